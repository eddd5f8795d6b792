"""`manage.py purge_request_contacts`: blanks who asked on finished requests after
the retention period, keeps the anonymous facts, and can be tried first."""

from io import StringIO

from django.core.management import call_command
from django.core.management.base import CommandError

import pytest

from tests.factories.training_requests import TrainingRequestFactory, days_ago
from training_requests.choices import Status

PERSONAL = (
    "contact_name",
    "email",
    "phone",
    "notes",
    "accessibility_needs",
    "not_sure_description",
    "city",
    "preferred_dates",
    "scheduled_place",
    "internal_notes",
)


def finished(days, status=Status.CLOSED, **kwargs):
    request = TrainingRequestFactory(
        created_at=days_ago(days + 30),
        not_sure_description="Our 12 workers at the Miller farm.",
        internal_notes="Rosa's cousin works there too.",
        scheduled_place="Church hall on Elm St",
        languages=["es", "mam"],
        support_needs=["childcare"],
        participants=14,
        **kwargs,
    )
    request.status_changes.update(changed_at=days_ago(days + 30))
    request.change_status(status, at=days_ago(days), note="Called Rosa at home.")
    return request


def purge(*args):
    out = StringIO()
    call_command("purge_request_contacts", *args, stdout=out)
    return out.getvalue()


def test_old_finished_requests_lose_their_contact_details(db):
    request = finished(400, status=Status.DECLINED)

    output = purge()

    request.refresh_from_db()
    for name in PERSONAL:
        assert getattr(request, name) == "", name
    assert request.organization_name == ""
    assert request.contacts_purged_at is not None
    assert all(change.note == "" for change in request.status_changes.all())
    assert "Purged the contact details of 1 training request" in output


def test_the_anonymous_facts_are_kept(db):
    request = finished(400)
    reference, created = request.reference, request.created_at

    purge()

    request.refresh_from_db()
    assert request.reference == reference
    assert request.created_at == created
    assert request.status == Status.CLOSED
    assert request.languages == ["es", "mam"]
    assert request.support_needs == ["childcare"]
    assert request.participants == 14
    assert request.delivery == "in_person"
    assert request.locale is not None
    assert request.status_changes.count() == 2


def test_a_partners_name_is_kept(db, site_tree):
    from tests.factories.training_requests import build_request_site

    partner = build_request_site(site_tree).partner
    request = finished(400, organization=partner, organization_name="Geneva chapter")

    purge()

    request.refresh_from_db()
    assert request.organization == partner
    assert request.organization_name == "Geneva chapter"
    assert request.contact_name == ""


@pytest.mark.parametrize(
    "status", [Status.NEW, Status.REVIEWING, Status.SCHEDULED, Status.DELIVERED]
)
def test_requests_still_in_progress_are_left_alone(db, status):
    request = finished(400, status=status)

    purge()

    request.refresh_from_db()
    assert request.contact_name.startswith("Rosa")
    assert request.contacts_purged_at is None


def test_recently_finished_requests_are_left_alone(db):
    request = finished(100, status=Status.SPAM)

    assert "0 training request" in purge()
    request.refresh_from_db()
    assert request.email


def test_days_can_be_given(db):
    request = finished(100, status=Status.SPAM)

    assert "1 training request" in purge("--days", "90")
    request.refresh_from_db()
    assert request.email == ""


def test_the_setting_sets_the_default(db, settings):
    settings.TRAINING_REQUEST_RETENTION_DAYS = 30
    request = finished(40)

    purge()

    request.refresh_from_db()
    assert request.contacts_purged_at is not None


def test_a_dry_run_changes_nothing(db):
    request = finished(400)

    output = purge("--dry-run")

    request.refresh_from_db()
    assert "Would purge the contact details of 1 training request" in output
    assert request.contact_name.startswith("Rosa")
    assert request.contacts_purged_at is None


def test_a_purged_request_is_not_purged_again(db):
    request = finished(400)
    purge()
    request.refresh_from_db()
    first = request.contacts_purged_at

    assert "0 training request" in purge()
    request.refresh_from_db()
    assert request.contacts_purged_at == first


def test_negative_days_are_refused(db):
    with pytest.raises(CommandError):
        purge("--days", "-1")
