"""The spring gathering as a coordinator finds it after `make demo`: the call's
proposals in every state with the accepted ones in the program, registrations
whose headcounts book three interpreters and seven children's care, a waiting
list; and the Syracuse report in Spanish with the sessions of that day."""

from django.contrib.auth import get_user_model
from django.urls import reverse

from demo.seeders import convening_gathering
from partners.models import ConveningPage
from proposals.choices import Status as ProposalStatus
from proposals.models import CallForSessions, SessionProposal
from registrations.models import Registration
from tests.fixtures.people import sign_in
from tests.html import soup


def gathering():
    return convening_gathering.gathering()


def test_the_headcounts_book_three_interpreters_and_seven_children(seeded, client):
    sign_in(client, get_user_model().objects.get(username="coordinator"))

    response = client.get(reverse("registrations_headcounts", args=[gathering().pk]))

    html = response.content.decode()
    assert "Book 3 interpreters: 2 into Spanish, 1 into Haitian Creole." in html
    assert "7 children in childcare (ages:" in html
    counts = response.context["counts"]
    assert (counts["confirmed"], counts["waitlisted"], counts["cancelled"]) == (
        28,
        2,
        2,
    )


def test_proposals_in_every_state_and_the_accepted_in_the_program(seeded):
    convening = gathering()
    proposals = SessionProposal.objects.filter(convening=convening)
    call = CallForSessions.objects.get(convening=convening)

    assert call.accepts_proposals()
    assert set(proposals.values_list("status", flat=True)) == set(ProposalStatus.values)
    program = set(convening.sessions.values_list("translation_key", flat=True))
    accepted = proposals.filter(status=ProposalStatus.ACCEPTED)
    assert accepted.count() == 3
    assert {p.program_session_key for p in accepted} <= program
    for proposal in proposals:
        assert proposal.status_changes.last().to_status == proposal.status
    languages = {p.language_code for p in proposals}
    assert {"en", "es", "ht", "ar"} <= languages


def test_registrants_are_invented(seeded):
    for registration in Registration.objects.all():
        assert not registration.email or registration.email.endswith("@example.org")
        assert not registration.phone or registration.phone[4:10] == "555-01"


def test_seeding_the_gathering_again_adds_nothing(seeded):
    before = (SessionProposal.objects.count(), Registration.objects.count())

    convening_gathering.seed_proposals()
    convening_gathering.seed_registrations()

    assert (SessionProposal.objects.count(), Registration.objects.count()) == before


def test_the_syracuse_report_in_spanish_lists_sessions_and_outcomes(seeded, client):
    syracuse = ConveningPage.objects.get(
        slug="syracuse-2024", locale__language_code="es"
    )
    page = soup(client.get(syracuse.url))

    rows = page.select(".convening-sessions-held tbody tr")
    assert len(rows) == 5
    assert "64" in rows[0].get_text()
    assert page.select(".convening-outcomes a")
