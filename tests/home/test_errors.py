from django.template.loader import render_to_string
from django.test import Client
from django.utils import translation

import pytest

from tests.html import assert_lang_and_dir, assert_valid_html, soup


@pytest.mark.parametrize(
    ("code", "heading"),
    [
        ("en", "Page not found"),
        ("es", "Página no encontrada"),
        ("ht", "Nou pa jwenn paj la"),
        ("ar", "الصفحة غير موجودة"),
    ],
)
def test_missing_page_says_so_in_the_visitors_language(
    client, site_tree, code, heading
):
    response = client.get(f"/{code}/no-such-page/")

    assert response.status_code == 404
    assert soup(response).h1.get_text(strip=True) == heading
    assert_lang_and_dir(response, code)
    assert_valid_html(response.content)


def test_server_error_page_renders_on_its_own():
    with translation.override("es"):
        html = render_to_string("500.html")

    assert 'lang="es"' in html
    assert "Algo salió mal" in html


def test_a_form_sent_without_its_token_is_refused_in_the_visitors_language(
    site_tree,
):
    client = Client(enforce_csrf_checks=True)

    response = client.post(
        "/es/search/", "q=salario", content_type="application/x-www-form-urlencoded"
    )

    assert response.status_code == 403
    assert "Este formulario ha caducado" in soup(response).h1.get_text()
    assert_lang_and_dir(response, "es")
