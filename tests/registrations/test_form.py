"""The public registration form: valid and invalid in English and Spanish, and
hostile input turned away with a 4xx and no row."""

from datetime import timedelta

from django.utils import timezone

import pytest

from registrations.choices import Status
from registrations.models import Registration
from tests.factories.registrations import registration_data
from tests.html import soup
from tests.public_forms import URLENCODED, errors_of, post


@pytest.mark.parametrize("code", ["en", "es", "ht", "ar"])
def test_the_form_renders_in_every_language(client, registration_site, code):
    response = client.get(registration_site.register_url(code))

    assert response.status_code == 200
    page = soup(response)
    assert page.html["lang"] == code
    assert page.select_one("form.rg-form input[name=started]")["value"]
    assert "no-cache" in response["Cache-Control"]


def test_the_convening_page_links_to_the_form(client, registration_site):
    response = client.get(registration_site.url("es"))

    links = [a["href"] for a in soup(response).select(".take-part__actions a")]
    assert registration_site.register_url("es") in links


def test_a_convening_without_registration_keeps_its_external_link(
    client, registration_site
):
    convening = registration_site.convening
    convening.registration_url = "https://forms.example.org/rsvp"
    convening.save_revision().publish()
    registration_site.settings.registration_open = False
    registration_site.settings.save()

    links = [
        a["href"]
        for a in soup(client.get(registration_site.url())).select(
            ".take-part__actions a"
        )
    ]
    assert "https://forms.example.org/rsvp" in links
    assert client.get(registration_site.register_url()).status_code == 404


def test_a_past_convening_takes_no_registration(client, registration_site):
    convening = registration_site.convening
    convening.start = timezone.now() - timedelta(days=3)
    convening.end = convening.start + timedelta(hours=6)
    convening.save_revision().publish()

    response = post(client, registration_site.register_url(), registration_data())

    assert response.status_code == 404
    assert "This convening is over" in response.content.decode()
    assert not Registration.objects.exists()


def test_a_valid_registration_in_english(client, registration_site):
    response = post(
        client, registration_site.register_url(), registration_data(language="en")
    )

    assert response.status_code == 303
    registration = Registration.objects.get()
    assert registration.convening_id == registration_site.convening.pk
    assert registration.status == Status.CONFIRMED
    assert registration.language == "en"
    assert registration.interpretation == "es"
    assert registration.children == 2
    assert registration.reference.startswith("RG-")
    assert "/registration/" in response["Location"]
    # The private page names no contact detail in its URL.
    assert "rosa" not in response["Location"].lower()


def test_a_valid_registration_in_spanish_points_at_the_english_page(
    client, registration_site
):
    response = post(client, registration_site.register_url("es"), registration_data())

    assert response.status_code == 303
    registration = Registration.objects.get()
    assert registration.convening_id == registration_site.convening.pk
    assert response["Location"].startswith(registration_site.url("es"))
    page = client.get(response["Location"])
    assert page.status_code == 200
    assert "Tienes un lugar" in page.content.decode() or registration.reference in (
        page.content.decode()
    )


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("en", "Give us an email address or a phone number so we can reach you."),
        ("es", "Danos un correo electrónico o un teléfono para poder contactarte."),
    ],
)
def test_a_registration_without_contact_is_refused_in_the_readers_language(
    client, registration_site, code, expected
):
    response = post(
        client,
        registration_site.register_url(code),
        registration_data(email="", phone=""),
    )

    assert response.status_code == 400
    assert expected in errors_of(response)
    assert not Registration.objects.exists()


def test_another_language_must_be_named(client, registration_site):
    response = post(
        client,
        registration_site.register_url(),
        registration_data(interpretation="other", interpretation_other=""),
    )

    assert response.status_code == 400
    assert "Tell us which language you need." in errors_of(response)


@pytest.mark.parametrize(
    "overrides",
    [
        {"website": "http://spam.example"},
        {"started": ""},
        {"started": "forged"},
        {"interpretation": "klingon"},
        {"children": "-1"},
        {"children": "999"},
        {"language": "xx"},
        {"name": "x" * 500},
        {"name": "Rosa\x00"},
        {"consent": None},
    ],
)
def test_hostile_input_is_refused_with_no_row(client, registration_site, overrides):
    response = post(
        client, registration_site.register_url(), registration_data(**overrides)
    )

    assert 400 <= response.status_code < 500
    assert not Registration.objects.exists()


def test_a_body_that_is_not_utf8_is_refused(client, registration_site):
    response = client.post(
        registration_site.register_url(),
        b"name=%FF%FE&email=a%40example.org",
        content_type=URLENCODED,
    )

    assert response.status_code == 400
    assert not Registration.objects.exists()


def test_too_many_registrations_from_one_connection_are_refused(
    client, registration_site
):
    for _ in range(10):
        post(client, registration_site.register_url(), registration_data())

    response = post(client, registration_site.register_url(), registration_data())

    assert response.status_code == 429
    assert Registration.objects.count() == 10


def test_an_unknown_sub_page_is_not_found(client, registration_site):
    assert client.get(registration_site.url() + "register/more/").status_code == 404
    assert client.get(registration_site.url() + "nothing/").status_code == 404
