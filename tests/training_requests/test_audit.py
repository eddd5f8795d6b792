"""The audit trail: who opened a request's contact details, exported requests,
changed a status or an assignment, and every purge, in Wagtail's log, visible in
the request's history and in Site history for those who may see requests, never
holding a contact detail."""

import io
import json

from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from wagtail.models import ModelLogEntry

import pytest
import time_machine

from tests.factories.training_requests import TrainingRequestFactory
from tests.html import soup
from tests.training_requests.test_admin import edit_data
from training_requests import audit
from training_requests.choices import Status

PERSONAL = [
    "Committee",
    "Rosa M.",
    "example.org",
    "315-555-01",
    "wheelchair",
    "6 pm",
    "Geneva",
]

pytestmark = pytest.mark.django_db


def entries(action):
    return ModelLogEntry.objects.filter(action=action).order_by("timestamp")


def assert_nothing_personal():
    stored = json.dumps(
        list(ModelLogEntry.objects.values("label", "data")), default=str
    )
    for text in PERSONAL:
        assert text not in stored


def test_opening_a_request_records_who_saw_its_contact_details(
    coordinator_client, coordinator
):
    request = TrainingRequestFactory()

    for view in ("inspect", "edit"):
        response = coordinator_client.get(
            reverse(f"training_requests:{view}", args=[request.pk])
        )
        assert "Rosa M." in response.content.decode()

    seen = entries(audit.VIEW_CONTACT_DETAILS)
    assert [(e.user, e.object_id, e.label) for e in seen] == [
        (coordinator, str(request.pk), request.reference)
    ] * 2
    assert_nothing_personal()


def test_an_export_records_its_format_filters_and_rows_for_each_request(
    coordinator_client, coordinator
):
    reviewing = TrainingRequestFactory.create_batch(2, status=Status.REVIEWING)
    TrainingRequestFactory(status=Status.NEW)

    coordinator_client.get(
        reverse("training_requests:index") + "?status=reviewing&q=Committee&export=csv"
    )

    exported = entries(audit.EXPORT)
    assert sorted(e.object_id for e in exported) == sorted(str(r.pk) for r in reviewing)
    entry = exported.first()
    assert entry.user == coordinator
    assert entry.data == {
        "format": "csv",
        "rows": 2,
        "filters": {"status": ["reviewing"], "searched": True},
    }
    assert len({e.uuid for e in exported}) == 1
    assert_nothing_personal()


def test_status_changes_and_assignments_are_recorded_by_whom(
    coordinator_client, coordinator
):
    request = TrainingRequestFactory()

    coordinator_client.post(
        reverse("training_requests:edit", args=[request.pk]),
        edit_data(request, status=Status.REVIEWING, assigned_to=coordinator.pk),
    )

    change = entries(audit.CHANGE_STATUS).get()
    assert (change.user, change.data) == (
        coordinator,
        {"from": Status.NEW, "to": Status.REVIEWING},
    )
    assignment = entries(audit.ASSIGN).get()
    assert assignment.data == {"assignee": "Marisol"}
    history = coordinator_client.get(
        reverse("training_requests:history", args=[request.pk])
    )
    text = soup(history).get_text(" ", strip=True)
    assert "Status changed from “New” to “Reviewing”" in text
    assert "Assigned to Marisol" in text
    assert "Opened the request with its contact details" not in text  # a POST only


def test_the_retention_purge_is_recorded_for_each_request(settings):
    settings.TRAINING_REQUEST_RETENTION_DAYS = 30
    with time_machine.travel(timezone.now() - timezone.timedelta(days=60)):
        old = TrainingRequestFactory(status=Status.CLOSED)
    TrainingRequestFactory(status=Status.CLOSED)

    call_command("purge_request_contacts", stdout=io.StringIO())

    purged = entries(audit.PURGE).get()
    assert (purged.object_id, purged.user) == (str(old.pk), None)
    assert_nothing_personal()


def test_site_history_filters_by_action_for_coordinators_and_hides_it_from_editors(
    coordinator_client, client, editor
):
    request = TrainingRequestFactory()
    coordinator_client.get(reverse("training_requests:inspect", args=[request.pk]))
    url = reverse("wagtailadmin_reports:site_history") + (
        f"?action={audit.VIEW_CONTACT_DETAILS}"
    )

    listed = soup(coordinator_client.get(url)).get_text(" ", strip=True)
    assert request.reference in listed
    assert "View contact details" in listed

    client.force_login(editor)
    assert request.reference not in client.get(url).content.decode()
