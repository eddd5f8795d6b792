"""The private status link: it shows the status, the date and what was asked, and
nothing else; a changed link is refused and an old one has expired."""

from datetime import date, timedelta

from django.utils import timezone

import pytest
import time_machine

from tests.factories.training_requests import (
    TrainingRequestFactory,
)
from tests.html import assert_lang_and_dir, assert_valid_html, soup
from training_requests.choices import Status
from training_requests.tokens import (
    STATUS_LINK_MAX_AGE,
    status_token,
)


def status_url(request, code="en"):
    return f"/{code}/request-a-training/status/{status_token(request.reference)}/"


def test_the_status_page_shows_status_date_and_trainings_only(client, request_site):
    request = TrainingRequestFactory(
        status=Status.SCHEDULED,
        scheduled_for=date(2026, 5, 9),
        scheduled_place="Rosa's kitchen, 12 Elm St",
        internal_notes="Partner slow to answer.",
        trainer="Marisol T.",
        modules=[request_site.modules["wage-theft"]],
    )

    response = client.get(status_url(request))

    assert response.status_code == 200
    assert_valid_html(response.content)
    text = soup(response).select_one(".tr-status").get_text(" ", strip=True)
    assert request.reference in text
    assert "Scheduled" in text
    assert "May 9, 2026" in text
    assert "Documenting wage theft" in text
    for private in (
        request.contact_name,
        request.email,
        request.phone,
        "Rosa's kitchen",
        "Partner slow",
        "Marisol",
        request.notes,
        request.organization_name,
    ):
        assert private not in response.content.decode()
    assert response["X-Robots-Tag"] == "noindex, nofollow"
    assert "no-store" in response["Cache-Control"]


def test_the_status_page_speaks_the_readers_language(client, request_site):
    request = TrainingRequestFactory(
        status=Status.SCHEDULED,
        scheduled_for=date(2026, 5, 9),
        modules=[request_site.modules["wage-theft"]],
    )

    response = client.get(status_url(request, "es"))

    assert_lang_and_dir(response, "es")
    text = soup(response).select_one(".tr-status").get_text(" ", strip=True)
    assert "Documentar el robo de salario" in text
    assert "2026" in text


def test_spam_is_shown_to_the_requester_as_closed(client, request_site):
    request = TrainingRequestFactory(status=Status.SPAM)

    text = soup(client.get(status_url(request))).select_one(".tr-status").get_text()

    assert "Closed" in text
    assert "Spam" not in text


def test_no_date_is_shown_before_the_training_is_scheduled(client, request_site):
    request = TrainingRequestFactory(
        status=Status.REVIEWING, scheduled_for=date(2026, 5, 9)
    )

    text = soup(client.get(status_url(request))).get_text()

    assert "2026" not in text


@pytest.mark.parametrize(
    "tamper",
    [
        pytest.param(lambda token: token[:-3] + "AAA", id="signature"),
        pytest.param(lambda token: "X" + token[1:], id="payload"),
        pytest.param(lambda token: token[:20], id="cut short"),
        pytest.param(lambda token: "not-a-token", id="garbage"),
    ],
)
def test_a_tampered_link_is_refused(client, request_site, tamper):
    request = TrainingRequestFactory()
    token = tamper(status_token(request.reference))

    response = client.get(f"/en/request-a-training/status/{token}/")

    assert response.status_code == 400
    assert_valid_html(response.content)
    assert "This link does not work" in response.content.decode()
    assert request.reference not in response.content.decode()


def test_a_link_for_another_reference_cannot_be_forged(client, request_site):
    TrainingRequestFactory(reference="TR-7KQ2-M9XD")
    genuine = status_token("TR-7KQ2-M9XE")

    response = client.get(f"/en/request-a-training/status/{genuine}/")

    assert response.status_code == 404


def test_a_link_expires_after_a_year(client, request_site):
    request = TrainingRequestFactory()
    with time_machine.travel(timezone.now() - timedelta(days=366)):
        old_url = status_url(request)
    with time_machine.travel(timezone.now() - timedelta(days=364)):
        recent_url = status_url(request)

    expired = client.get(old_url)

    assert expired.status_code == 410
    assert "This link has expired" in expired.content.decode()
    assert client.get(recent_url).status_code == 200
    assert STATUS_LINK_MAX_AGE == 365 * 24 * 60 * 60


def test_the_thank_you_page_needs_a_genuine_link_too(client, request_site):
    request = TrainingRequestFactory()
    token = status_token(request.reference)

    assert client.get(f"/en/request-a-training/thanks/{token}/").status_code == 200
    bad = client.get(f"/en/request-a-training/thanks/{token[:-2]}xx/")
    assert bad.status_code == 400
