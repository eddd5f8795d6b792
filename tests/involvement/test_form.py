"""The public Get involved form: valid and invalid in English and Spanish, hostile
input turned away with a 4xx and no row, and nothing kept by a cache."""

import pytest

from involvement.models import InvolvementSubmission
from tests.factories.proposals import aged_stamp
from tests.html import assert_lang_and_dir, assert_valid_html, soup
from tests.public_forms import URLENCODED, errors_of, post
from training_requests.tokens import form_stamp


def answers(**overrides):
    data = {
        "your_name": "Rosa Example",
        "email": "rosa@example.org",
        "how_would_you_like_to_help": "Teach a workshop",
        "anything_else": "",
        "started": aged_stamp(),
    }
    data.update(overrides)
    return {name: value for name, value in data.items() if value is not None}


@pytest.mark.parametrize("code", ["en", "es", "ht", "ar"])
def test_the_form_renders_in_every_language_never_cached(
    client, involvement_site, code
):
    response = client.get(involvement_site.url(code))

    assert response.status_code == 200
    assert_valid_html(response.content)
    assert_lang_and_dir(response, code)
    assert soup(response).select_one("form input[name=csrfmiddlewaretoken]")
    assert "no-store" in response["Cache-Control"]
    assert "private" in response["Cache-Control"]
    assert "X-Page-Cache" not in response


def test_the_spanish_translation_shows_spanish_labels_under_the_english_keys(
    client, involvement_site
):
    page = soup(client.get(involvement_site.url("es")))

    labels = {
        label.get_text(" ", strip=True)
        for label in page.select("label.tr-field__label, legend")
    }
    assert "Su nombre (obligatorio)" in labels
    assert "¿Cómo le gustaría ayudar? (obligatorio)" in labels
    assert page.select_one("input[name=your_name]")
    choices = [
        i["value"] for i in page.select("input[name=how_would_you_like_to_help]")
    ]
    assert choices == ["Dar un taller", "Traducir"]
    assert page.select_one("button[type=submit]").get_text(strip=True) == "Enviar"


def test_a_valid_answer_in_english_is_kept_and_thanked(client, involvement_site):
    response = post(client, involvement_site.url(), answers())

    assert response.status_code == 303
    submission = InvolvementSubmission.objects.get()
    assert submission.page_id == involvement_site.page.pk
    assert submission.form_data["your_name"] == "Rosa Example"
    # The address holds nothing that was sent.
    assert "Rosa" not in response["Location"]
    thanks = client.get(response["Location"])
    assert thanks.status_code == 200
    assert "no-store" in thanks["Cache-Control"]
    assert "We will write to you within a week." in thanks.content.decode()
    assert "Rosa" not in thanks.content.decode()
    assert_valid_html(thanks.content)


def test_a_spanish_answer_lines_up_with_the_english_columns(client, involvement_site):
    response = post(
        client,
        involvement_site.url("es"),
        answers(how_would_you_like_to_help="Traducir"),
    )

    assert response.status_code == 303
    assert response["Location"].startswith("/es/")
    submission = InvolvementSubmission.objects.get()
    assert submission.page_id == involvement_site.spanish.pk
    # The choice is kept in the source's words, under the source's key.
    assert submission.form_data["how_would_you_like_to_help"] == "Translate"
    assert submission.get_data()["language"] == "es"
    assert list(involvement_site.page.get_submissions()) == [submission]


def test_missing_answers_are_refused_in_english(client, involvement_site):
    response = post(client, involvement_site.url(), answers(your_name="", email="x"))

    assert response.status_code == 400
    assert "This field is required." in errors_of(response)
    assert "Enter a valid email address." in errors_of(response)
    assert_valid_html(response.content)
    assert not InvolvementSubmission.objects.exists()


def test_missing_answers_are_refused_in_spanish(client, involvement_site):
    response = post(
        client,
        involvement_site.url("es"),
        answers(your_name="", email="x", how_would_you_like_to_help="Traducir"),
    )

    assert response.status_code == 400
    errors = errors_of(response)
    assert "Este campo es necesario." in errors
    assert "Introduzca una dirección de correo electrónico válida." in errors
    assert not InvolvementSubmission.objects.exists()


@pytest.mark.parametrize(
    "overrides",
    [
        {"website": "http://spam.example"},
        {"your_name": "x" * 201},
        {"anything_else": "y" * 2001},
        {"your_name": "Rosa\x00"},
        {"how_would_you_like_to_help": "Something else"},
    ],
)
def test_hostile_input_is_refused_with_no_row(client, involvement_site, overrides):
    response = post(client, involvement_site.url(), answers(**overrides))

    assert 400 <= response.status_code < 500
    assert not InvolvementSubmission.objects.exists()


@pytest.mark.parametrize(
    "stamp, message",
    [
        (form_stamp, "más rápido de lo que una persona"),
        (lambda: aged_stamp(60 * 60 * 24 * 3), "abierto mucho tiempo"),
        (lambda: "forged", "algo salió mal"),
    ],
)
def test_a_form_sent_too_fast_too_late_or_forged_is_refused_in_spanish(
    client, involvement_site, stamp, message
):
    response = post(client, involvement_site.url("es"), answers(started=stamp()))

    assert response.status_code == 400
    assert any(message in error.lower() for error in errors_of(response))
    assert not InvolvementSubmission.objects.exists()


def test_an_oversized_body_is_refused(client, involvement_site):
    response = post(client, involvement_site.url(), answers(anything_else="z" * 40000))

    assert response.status_code == 413
    assert not InvolvementSubmission.objects.exists()


def test_a_body_that_is_not_utf8_is_refused(client, involvement_site):
    response = client.post(
        involvement_site.url(),
        b"your_name=%FF%FE&email=a%40example.org",
        content_type=URLENCODED,
    )

    assert response.status_code == 400
    assert not InvolvementSubmission.objects.exists()


def test_a_multipart_body_is_refused(client, involvement_site):
    response = client.post(involvement_site.url(), answers())

    assert response.status_code == 400
    assert not InvolvementSubmission.objects.exists()


def test_too_many_answers_from_one_connection_are_refused_in_spanish(
    client, involvement_site
):
    for _ in range(10):
        post(
            client,
            involvement_site.url("es"),
            answers(how_would_you_like_to_help="Traducir"),
        )

    response = post(client, involvement_site.url("es"), answers())

    assert response.status_code == 429
    assert "Demasiadas peticiones" in response.content.decode()
    assert InvolvementSubmission.objects.count() == 10


def test_nothing_sent_reaches_the_log(client, involvement_site, caplog):
    caplog.set_level("DEBUG")
    post(client, involvement_site.url(), answers(your_name="Zebulon Secret"))
    post(client, involvement_site.url(), answers(your_name="Zebulon Secret", email="x"))
    post(client, involvement_site.url(), answers(your_name="Zebulon\x00Secret"))

    assert "Zebulon" not in caplog.text
    assert "rosa@example.org" not in caplog.text


def test_the_form_page_is_not_in_the_open_data_api(client, involvement_site):
    response = client.get("/api/v2/pages/?type=involvement.InvolvementFormPage")

    assert response.status_code in (400, 404) or not response.json()["items"]
