"""The public form at <convening>/propose/: valid and invalid in English and
Spanish, hostile input refused with a 4xx and nothing stored, a closed call or a
passed deadline, and a page whose queries do not grow with partners or proposals."""

from datetime import timedelta
from urllib.parse import urlencode

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

import pytest

from proposals.models import SessionProposal, SessionProposalStatusChange
from tests.factories.partners import PartnerPageFactory
from tests.factories.proposals import SessionProposalFactory, submission
from tests.html import soup

URLENCODED = "application/x-www-form-urlencoded"

pytestmark = pytest.mark.usefixtures("fresh_rate_limits")


def send(client, proposal_site, code="en", body=None, **overrides):
    return client.post(
        proposal_site.url(code),
        body if body is not None else urlencode(submission(**overrides), doseq=True),
        content_type=URLENCODED,
    )


# Showing the form -------------------------------------------------------------------
def test_the_form_shows_in_english_with_the_partners(client, proposal_site):
    response = client.get(proposal_site.url("en"))

    assert response.status_code == 200
    assert "no-cache" in response["Cache-Control"]
    page = soup(response)
    assert page.select_one("h1").get_text(strip=True) == "Propose a session"
    options = [
        o.get_text(strip=True) for o in page.select("#id_presenter_1_partner option")
    ]
    assert "Finger Lakes Workers' Center" in options
    assert page.select_one("input[name=presenter_4_name]") is not None


def test_the_form_shows_in_spanish_with_partners_named_in_spanish(
    client, proposal_site
):
    response = client.get(proposal_site.url("es"))

    assert response.status_code == 200
    page = soup(response)
    assert page.select_one("html")["lang"] == "es"
    assert page.select_one("h1").get_text(strip=True) == "Proponer una sesión"
    options = {
        o.get_text(strip=True): o["value"]
        for o in page.select("#id_presenter_1_partner option")
    }
    # Named in Spanish, standing for the English page.
    assert options["Centro de Trabajadores"] == str(proposal_site.partner.pk)


def test_the_convening_page_links_to_an_open_call(client, proposal_site):
    response = client.get(proposal_site.page_url("es"))

    link = soup(response).select_one(".take-part__call a")
    assert link["href"] == proposal_site.url("es")


def test_the_convening_page_has_no_link_once_the_call_is_closed(client, proposal_site):
    proposal_site.call.is_open = False
    proposal_site.call.save()

    response = client.get(proposal_site.page_url("en"))

    assert response.status_code == 200
    assert soup(response).select_one(".take-part__call") is None


# Sending it -------------------------------------------------------------------------
def test_a_valid_proposal_in_english_is_stored_with_presenters_and_history(
    client, proposal_site
):
    response = send(
        client, proposal_site, presenter_2_partner=str(proposal_site.partner.pk)
    )

    assert response.status_code == 303
    proposal = SessionProposal.objects.get()
    assert response["Location"].startswith(proposal_site.url("en", "thanks/"))
    assert proposal.convening == proposal_site.convening
    assert proposal.locale.language_code == "en"
    assert proposal.status == "submitted"
    assert proposal.languages == ["es", "ht"]
    presenters = list(proposal.presenters.all())
    assert [p.name for p in presenters] == ["Rosa M.", "Jean P."]
    assert presenters[0].organization_name == "Comité de Trabajadores de Geneva"
    assert presenters[1].partner == proposal_site.partner
    change = SessionProposalStatusChange.objects.get(proposal=proposal)
    assert change.to_status == "submitted"

    thanks = client.get(response["Location"])
    assert thanks.status_code == 200
    assert proposal.reference in thanks.content.decode()


def test_a_typed_partner_name_in_spanish_links_to_the_partner(client, proposal_site):
    response = send(
        client,
        proposal_site,
        code="es",
        presenter_1_organization="centro de trabajadores",
    )

    assert response.status_code == 303
    proposal = SessionProposal.objects.get()
    assert proposal.locale.language_code == "es"
    assert proposal.presenters.first().partner == proposal_site.partner
    assert response["Location"].startswith(proposal_site.url("es", "thanks/"))


def test_a_proposal_is_taken_under_the_haitian_creole_alias(client, proposal_site):
    response = send(client, proposal_site, code="ht")

    assert response.status_code == 303
    assert SessionProposal.objects.get().locale.language_code == "ht"


def test_an_incomplete_proposal_says_what_is_missing_in_english(client, proposal_site):
    response = send(
        client,
        proposal_site,
        title="",
        languages=[],
        presenter_1_name="",
        presenter_2_name="",
    )

    assert response.status_code == 400
    summary = soup(response).select_one(".tr-error-summary").get_text(" ", strip=True)
    assert "Give your session a title." in summary
    assert "Choose at least one language." in summary
    assert "Give the presenter's name." in summary
    assert not SessionProposal.objects.exists()
    # What was typed is shown again.
    assert "Members practise keeping a log" in response.content.decode()


def test_an_incomplete_proposal_says_what_is_missing_in_spanish(client, proposal_site):
    response = send(client, proposal_site, code="es", title="", email="not-an-email")

    assert response.status_code == 400
    summary = soup(response).select_one(".tr-error-summary").get_text(" ", strip=True)
    assert "Dé un título a su sesión." in summary
    assert "Give your session a title." not in summary
    assert not SessionProposal.objects.exists()


def test_a_proposal_needs_a_presenter(client, proposal_site):
    response = send(
        client,
        proposal_site,
        presenter_1_name="",
        presenter_1_organization="",
        presenter_2_name="",
    )

    assert response.status_code == 400
    assert "Name at least one presenter" in response.content.decode()
    assert not SessionProposal.objects.exists()


# Hostile input ------------------------------------------------------------------------
@pytest.mark.parametrize(
    "overrides",
    [
        {"website": "http://spam.example"},  # the honeypot
        {"started": "forged"},
        {"started": None},
        {"presenter_1_partner": "999999999999999999999"},
        {"presenter_1_partner": "abc"},
        {"format": "party"},
        {"languages": ["xx"]},
        {"title": "x" * 201},
    ],
    ids=[
        "honeypot",
        "forged stamp",
        "no stamp",
        "partner out of range",
        "partner not a number",
        "unknown format",
        "unknown language",
        "title too long",
    ],
)
def test_hostile_input_is_refused_and_nothing_is_stored(
    client, proposal_site, overrides
):
    response = send(client, proposal_site, **overrides)

    assert 400 <= response.status_code < 500
    assert not SessionProposal.objects.exists()


def test_a_nul_character_is_refused(client, proposal_site):
    body = urlencode(submission(title="Wage\x00theft"), doseq=True)

    response = send(client, proposal_site, body=body)

    assert response.status_code == 400
    assert not SessionProposal.objects.exists()


def test_bytes_that_are_not_utf8_are_refused(client, proposal_site):
    body = urlencode(submission(), doseq=True) + "&title=%FF%FE"

    response = send(client, proposal_site, body=body)

    assert response.status_code == 400
    assert not SessionProposal.objects.exists()


def test_a_body_too_large_is_refused(client, proposal_site):
    response = send(client, proposal_site, description="x" * 40_000)

    assert response.status_code == 413
    assert not SessionProposal.objects.exists()


def test_a_multipart_body_is_refused(client, proposal_site):
    response = client.post(proposal_site.url("en"), submission())

    assert response.status_code == 400
    assert not SessionProposal.objects.exists()


def test_too_many_proposals_from_one_connection_are_refused(client, proposal_site):
    for _ in range(10):
        assert send(client, proposal_site).status_code == 303

    response = send(client, proposal_site)

    assert response.status_code == 429
    assert "session proposals" in response.content.decode()
    assert SessionProposal.objects.count() == 10


def test_an_unknown_sub_url_is_not_found(client, proposal_site):
    assert client.get(proposal_site.url("en", "elsewhere/")).status_code == 404
    assert client.get(proposal_site.url("en", "thanks/not-a-token/")).status_code == 400


# A call that is not open ------------------------------------------------------------
@pytest.mark.parametrize("code", ["en", "es"])
def test_a_closed_call_says_so_and_takes_nothing(client, proposal_site, code):
    proposal_site.call.is_open = False
    proposal_site.call.save()

    shown = client.get(proposal_site.url(code))
    sent = send(client, proposal_site, code=code)

    assert shown.status_code == 200
    assert soup(shown).select_one("form.tr-form") is None
    heading = soup(shown).select_one("h1").get_text(strip=True)
    assert (
        heading
        == {
            "en": "The call for sessions is closed",
            "es": "La convocatoria de sesiones está cerrada",
        }[code]
    )
    assert sent.status_code == 403
    assert not SessionProposal.objects.exists()


def test_a_passed_deadline_closes_the_call(client, proposal_site):
    proposal_site.call.deadline = timezone.now() - timedelta(minutes=1)
    proposal_site.call.save()

    assert "closed" in client.get(proposal_site.url("en")).content.decode()
    assert send(client, proposal_site).status_code == 403
    assert not SessionProposal.objects.exists()


def test_a_convening_without_a_call_takes_no_proposals(client, proposal_site):
    proposal_site.call.delete()

    assert client.get(proposal_site.url("en")).status_code == 200
    assert send(client, proposal_site).status_code == 403
    assert not SessionProposal.objects.exists()


# Speed --------------------------------------------------------------------------------
def queries_for(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


def test_the_form_costs_the_same_queries_for_many_partners_and_proposals(
    client, proposal_site
):
    client.get(proposal_site.url("es"))  # warm the caches
    few = queries_for(client, proposal_site.url("es"))

    for _ in range(15):
        PartnerPageFactory(parent=proposal_site.partners_tree.directory)
    for _ in range(10):
        SessionProposalFactory(convening=proposal_site.convening)
    client.get(proposal_site.url("es"))  # the caches again, after the new pages
    many = queries_for(client, proposal_site.url("es"))

    assert many == few
