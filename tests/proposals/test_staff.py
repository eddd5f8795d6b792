"""The staff side of session proposals: emails on commit in the proposer's
language, the review with its history, who may see proposals, safe exports, the
program session made from an accepted proposal, and the purge."""

import csv
import io
from datetime import timedelta
from urllib.parse import urlencode

from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from wagtail.models import ModelLogEntry

import pytest
from openpyxl import load_workbook

from proposals import program
from proposals.models import SessionProposal, SessionProposalStatusChange
from tests.factories.proposals import SessionProposalFactory, submission
from tests.fixtures.people import sign_in

URLENCODED = "application/x-www-form-urlencoded"
INDEX = "session_proposals:index"
CONTACT = ["Rosa M.", "@example.org", "cane", "6 pm"]

pytestmark = pytest.mark.usefixtures("fresh_rate_limits")


def send(client, proposal_site, code="en", **overrides):
    return client.post(
        proposal_site.url(code),
        urlencode(submission(**overrides), doseq=True),
        content_type=URLENCODED,
    )


def edit_data(proposal, **overrides):
    data = {
        "status": proposal.status,
        "status_note": "",
        "staff_notes": proposal.staff_notes,
        "convening": proposal.convening_id,
        "title": proposal.title,
        "format": proposal.format,
        "description": proposal.description,
        "languages": proposal.languages,
        "access_needs": proposal.access_needs,
        "contact_name": proposal.contact_name,
        "email": proposal.email,
        "locale": proposal.locale_id or "",
    }
    presenters = list(proposal.presenters.all())
    data.update(
        {
            "presenters-TOTAL_FORMS": len(presenters),
            "presenters-INITIAL_FORMS": len(presenters),
            "presenters-MIN_NUM_FORMS": 0,
            "presenters-MAX_NUM_FORMS": 1000,
        }
    )
    for i, presenter in enumerate(presenters):
        data.update(
            {
                f"presenters-{i}-id": presenter.pk,
                f"presenters-{i}-ORDER": i + 1,
                f"presenters-{i}-name": presenter.name,
                f"presenters-{i}-partner": presenter.partner_id or "",
                f"presenters-{i}-organization_name": presenter.organization_name,
            }
        )
    data.update(overrides)
    return data


def decide(client, proposal, status, note=""):
    return client.post(
        reverse("session_proposals:edit", args=[proposal.pk]),
        edit_data(proposal, status=status, status_note=note),
    )


# Emails -----------------------------------------------------------------------------
def test_a_spanish_proposer_is_acknowledged_in_spanish_and_staff_without_contact(
    client, proposal_site, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        assert send(client, proposal_site, code="es").status_code == 303

    proposal = SessionProposal.objects.get()
    acknowledgement = next(m for m in mail.outbox if m.to == ["rosa@example.org"])
    assert acknowledgement.subject == (
        f"Recibimos su propuesta de sesión {proposal.reference}"
    )
    assert "Encuentro de primavera" in acknowledgement.body
    assert acknowledgement.reply_to == ["hub@example.org"]
    staff = next(m for m in mail.outbox if m.to == ["convenings@staff.example.org"])
    assert proposal.reference in staff.subject
    assert "Documenting wage theft together" in staff.body
    for text in ["Rosa M.", "rosa@example.org"]:
        assert text not in staff.body


def test_a_rejected_proposal_sends_nothing(
    client, proposal_site, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        assert send(client, proposal_site, title="").status_code == 400

    assert mail.outbox == []


@pytest.mark.parametrize(
    ("status", "subject"),
    [
        ("accepted", "Su sesión fue aceptada: Talleres"),
        ("waitlisted", "Su sesión está en lista de espera: Talleres"),
        ("declined", "Sobre su propuesta de sesión: Talleres"),
    ],
)
def test_the_proposer_hears_the_decision_in_their_language_with_history_kept(
    coordinator_client,
    coordinator,
    proposal_site,
    django_capture_on_commit_callbacks,
    status,
    subject,
):
    proposal = SessionProposalFactory(
        convening=proposal_site.convening,
        title="Talleres",
        locale=proposal_site.partners_tree.site_tree.locales["es"],
    )

    with django_capture_on_commit_callbacks(execute=True):
        response = decide(coordinator_client, proposal, status, note="Fits day two.")

    assert response.status_code == 302
    proposal.refresh_from_db()
    assert proposal.status == status
    [message] = mail.outbox
    assert message.to == [proposal.email]
    assert message.subject == subject
    assert "Encuentro de primavera" in message.body
    change = SessionProposalStatusChange.objects.filter(proposal=proposal).last()
    assert (change.from_status, change.to_status) == ("submitted", status)
    assert change.changed_by == coordinator
    assert change.note == "Fits day two."
    assert SessionProposalStatusChange.objects.filter(proposal=proposal).count() == 2


def test_an_edit_without_a_new_decision_sends_nothing(
    coordinator_client, proposal_site, django_capture_on_commit_callbacks
):
    proposal = SessionProposalFactory(convening=proposal_site.convening)

    with django_capture_on_commit_callbacks(execute=True):
        decide(coordinator_client, proposal, "submitted")

    assert mail.outbox == []


# Who may see proposals --------------------------------------------------------------
def test_a_coordinator_sees_the_listing_with_filters(coordinator_client, proposal_site):
    workshop = SessionProposalFactory(convening=proposal_site.convening)
    panel = SessionProposalFactory(convening=proposal_site.convening, format="panel")

    response = coordinator_client.get(reverse(INDEX) + "?format=panel")

    assert response.status_code == 200
    text = response.content.decode()
    assert panel.reference in text
    assert workshop.reference not in text
    status = coordinator_client.get(reverse(INDEX) + "?status=accepted")
    assert workshop.reference not in status.content.decode()
    convening = coordinator_client.get(
        reverse(INDEX) + f"?convening={proposal_site.convening.pk}"
    )
    assert workshop.reference in convening.content.decode()


def test_an_editor_sees_no_proposal(client, editor, proposal_site):
    proposal = SessionProposalFactory(convening=proposal_site.convening)
    sign_in(client, editor)

    for url in (
        reverse(INDEX),
        reverse("session_proposals:edit", args=[proposal.pk]),
        reverse("session_proposals:inspect", args=[proposal.pk]),
        reverse(INDEX) + "?export=csv",
    ):
        response = client.get(url)
        assert response.status_code in (302, 403), url
        body = b"" if response.streaming else response.content
        assert proposal.contact_name.encode() not in body
    home = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Session proposals" not in home


def test_the_inspect_view_shows_the_history(coordinator_client, proposal_site):
    proposal = SessionProposalFactory(convening=proposal_site.convening)

    response = coordinator_client.get(
        reverse("session_proposals:inspect", args=[proposal.pk])
    )

    assert response.status_code == 200
    assert "Rosa said to call after 6 pm." in response.content.decode()


def test_opening_a_proposal_is_logged_by_reference_without_contact_details(
    coordinator_client, coordinator, proposal_site
):
    proposal = SessionProposalFactory(convening=proposal_site.convening)

    for view in ("inspect", "edit"):
        response = coordinator_client.get(
            reverse(f"session_proposals:{view}", args=[proposal.pk])
        )
        assert response.status_code == 200

    entries = ModelLogEntry.objects.filter(action="proposals.view_contact_details")
    assert entries.count() == 2
    for entry in entries:
        assert entry.user_id == coordinator.pk
        assert entry.label == proposal.reference
        logged = f"{entry.label} {entry.data}"
        for detail in CONTACT:
            assert detail not in logged


# Exports ---------------------------------------------------------------------------
def export(client, export_format):
    response = client.get(reverse(INDEX) + f"?export={export_format}")
    assert response.status_code == 200
    return b"".join(response.streaming_content)


def test_a_csv_export_holds_no_contact_and_runs_no_formula(
    coordinator_client, proposal_site
):
    SessionProposalFactory(
        convening=proposal_site.convening,
        title='=HYPERLINK("http://attacker.example","Click")',
        presenters=[{"name": "A", "organization_name": "@SUM(A1)\x01"}],
    )

    rows = list(csv.reader(io.StringIO(export(coordinator_client, "csv").decode())))
    [entry] = ModelLogEntry.objects.filter(action="proposals.export")
    assert (entry.data["format"], entry.data["rows"]) == ("csv", 1)

    text = "\n".join(",".join(row) for row in rows)
    assert "'=HYPERLINK" in text
    assert "'@SUM(A1)" in text
    assert "\x01" not in text
    for detail in CONTACT:
        assert detail not in text


def test_an_xlsx_export_opens_with_control_characters_stored(
    coordinator_client, proposal_site
):
    SessionProposalFactory(convening=proposal_site.convening, title="Wage\x0btheft")

    workbook = load_workbook(io.BytesIO(export(coordinator_client, "xlsx")))
    values = [v for row in workbook.active.iter_rows(values_only=True) for v in row]

    assert "Wagetheft" in values


# The program -----------------------------------------------------------------------
def test_accepting_a_proposal_adds_it_to_the_program_draft_once(
    coordinator_client, proposal_site
):
    proposal = SessionProposalFactory(convening=proposal_site.convening)

    decide(coordinator_client, proposal, "accepted")
    proposal.refresh_from_db()
    convening = proposal.convening.get_latest_revision_as_object()
    drafted = [s for s in convening.sessions.all() if s.title == proposal.title]

    assert [s.translation_key for s in drafted] == [proposal.program_session_key]
    assert drafted[0].format == proposal.format
    # An editor sets the time and publishes: the public program has no such session.
    assert not proposal.convening.sessions.filter(title=proposal.title).exists()
    assert program.session_from_proposal(proposal) == proposal.program_session_key


# Retention ------------------------------------------------------------------------
def test_contacts_are_purged_after_the_convening_and_the_retention_period(
    proposal_site,
):
    convening = proposal_site.convening
    convening.start = timezone.now() - timedelta(days=200)
    convening.end = convening.start + timedelta(hours=7)
    convening.save()
    old = SessionProposalFactory(convening=convening)
    out = io.StringIO()

    call_command("purge_proposal_contacts", "--days", "300", stdout=out)
    assert "0 session proposal(s)" in out.getvalue()

    call_command("purge_proposal_contacts", stdout=out)

    old.refresh_from_db()
    assert old.contacts_purged_at is not None
    assert (old.contact_name, old.email, old.access_needs, old.staff_notes) == (
        "",
        "",
        "",
        "",
    )
    assert old.title  # what was proposed stays
    assert old.presenters.get().name == ""
    assert old.presenters.get().organization_name == ""
    assert set(old.status_changes.values_list("note", flat=True)) == {""}
    [entry] = ModelLogEntry.objects.filter(action="proposals.purge")
    assert entry.label == old.reference


def test_contacts_of_an_upcoming_convening_are_kept(proposal_site):
    proposal = SessionProposalFactory(convening=proposal_site.convening)

    call_command("purge_proposal_contacts", "--days", "0", stdout=io.StringIO())

    proposal.refresh_from_db()
    assert proposal.email
