"""POST bodies the site cannot read (multipart, another charset than UTF-8, bytes
that are not UTF-8) get a 400 with a clear page in the reader's language on every
URL, never a 500; the admin still takes uploads."""

from urllib.parse import urlencode

from django.test import Client

import pytest

from tests.factories.training_requests import submission
from tests.html import assert_lang_and_dir, assert_valid_html, soup
from training_requests.models import TrainingRequest

# A browser's CSRF cookie and the token its form carries, so the CSRF check passes
# and reads the body, as it does for a real visitor.
CSRF_SECRET = "a" * 32
UNREADABLE_ES = "No pudimos leer lo que envió"

pytestmark = pytest.mark.usefixtures("fresh_rate_limits")


@pytest.fixture
def visitor():
    client = Client(enforce_csrf_checks=True, raise_request_exception=False)
    client.cookies["csrftoken"] = CSRF_SECRET
    return client


@pytest.fixture(params=["form", "search", "page"])
def public_url(request, request_site):
    return {
        "form": request_site.url("es"),
        "search": "/es/search/",
        "page": "/es/about/",
    }[request.param]


def form_fields():
    return {**submission(), "csrfmiddlewaretoken": CSRF_SECRET}


def multipart(fields):
    boundary = "----hub-test-boundary"
    parts = []
    for name, value in fields.items():
        for item in value if isinstance(value, list) else [value]:
            parts.append(
                f"--{boundary}\r\n"
                f'Content-Disposition: form-data; name="{name}"\r\n\r\n'
                f"{item}\r\n"
            )
    body = "".join(parts) + f"--{boundary}--\r\n"
    return body.encode(), f"multipart/form-data; boundary={boundary}"


def assert_refused_in_spanish(response):
    assert response.status_code == 400
    assert soup(response).h1.get_text(strip=True) == UNREADABLE_ES
    assert_lang_and_dir(response, "es")
    assert_valid_html(response.content)


def test_a_multipart_post_is_refused_on_every_public_url(visitor, public_url):
    body, content_type = multipart(form_fields())

    response = visitor.post(public_url, body, content_type=content_type)

    assert_refused_in_spanish(response)
    assert "archivos" in soup(response).main.get_text()
    assert TrainingRequest.objects.count() == 0


def test_a_latin_1_post_is_refused_on_every_public_url(visitor, public_url):
    body = urlencode(form_fields(), doseq=True, encoding="latin-1")

    response = visitor.post(
        public_url,
        body,
        content_type="application/x-www-form-urlencoded; charset=latin-1",
    )

    assert_refused_in_spanish(response)
    assert TrainingRequest.objects.count() == 0


def test_bytes_that_are_not_utf_8_are_refused_on_every_public_url(visitor, public_url):
    body = urlencode(form_fields(), doseq=True).replace("Rosa", "Ros%E1")

    response = visitor.post(
        public_url, body, content_type="application/x-www-form-urlencoded"
    )

    assert_refused_in_spanish(response)
    assert TrainingRequest.objects.count() == 0


def test_the_admin_refuses_another_charset_too(visitor, site_tree):
    response = visitor.post(
        "/admin/login/",
        "username=ana&password=caf%E9&csrfmiddlewaretoken=" + CSRF_SECRET,
        content_type="application/x-www-form-urlencoded; charset=latin-1",
    )

    assert response.status_code == 400


def test_the_admin_still_takes_multipart_forms(visitor, site_tree):
    body, content_type = multipart(
        {"username": "nobody", "password": "wrong", "csrfmiddlewaretoken": CSRF_SECRET}
    )

    response = visitor.post("/admin/login/", body, content_type=content_type)

    assert response.status_code == 200  # the login form again, with its error
    assert b"username" in response.content


def test_the_error_views_do_not_run_the_csrf_check_again(visitor, site_tree, settings):
    """Without the middleware that refuses it first, Django's CSRF check raises on a
    Latin-1 body; the 400 page must not raise again (which made it gunicorn's bare
    500 on every URL)."""
    settings.MIDDLEWARE = [
        name for name in settings.MIDDLEWARE if "UnreadablePost" not in name
    ]

    response = visitor.post(
        "/es/about/",
        "q=caf%E9&csrfmiddlewaretoken=" + CSRF_SECRET,
        content_type="application/x-www-form-urlencoded; charset=latin-1",
    )

    assert_refused_in_spanish(response)


def test_an_oversized_post_to_any_public_page_is_refused(visitor, site_tree):
    body = urlencode({"q": "x" * 40_000, "csrfmiddlewaretoken": CSRF_SECRET})

    response = visitor.post(
        "/es/about/", body, content_type="application/x-www-form-urlencoded"
    )

    assert response.status_code == 413
    assert soup(response).h1.get_text(strip=True) == "Su solicitud es demasiado larga"
