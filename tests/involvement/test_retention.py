"""Answers are deleted once the retention period has passed, by the nightly
command; each form page's history says how many, never what."""

from datetime import timedelta
from io import StringIO

from django.core.management import call_command
from django.utils import timezone

from wagtail.models import PageLogEntry

import pytest

from involvement import audit
from involvement.models import InvolvementSubmission


def sent(page, days_ago, name):
    submission = InvolvementSubmission.objects.create(
        page=page, form_data={"your_name": name}
    )
    InvolvementSubmission.objects.filter(pk=submission.pk).update(
        submit_time=timezone.now() - timedelta(days=days_ago)
    )
    return submission


@pytest.fixture
def old_and_new(involvement_site, settings):
    settings.INVOLVEMENT_RETENTION_DAYS = 30
    return {
        "old": sent(involvement_site.page, 31, "Old Example"),
        "old_es": sent(involvement_site.spanish, 40, "Vieja Example"),
        "new": sent(involvement_site.page, 29, "New Example"),
    }


def test_the_purge_deletes_answers_past_the_retention_period(old_and_new):
    out = StringIO()
    call_command("purge_involvement_submissions", stdout=out)

    assert list(InvolvementSubmission.objects.all()) == [old_and_new["new"]]
    assert "Deleted 2" in out.getvalue()


def test_the_purge_is_logged_on_each_page_without_values(involvement_site, old_and_new):
    call_command("purge_involvement_submissions", stdout=StringIO())

    entries = {
        entry.page_id: entry.data
        for entry in PageLogEntry.objects.filter(action=audit.PURGE)
    }
    assert entries == {
        involvement_site.page.pk: {"rows": 1},
        involvement_site.spanish.pk: {"rows": 1},
    }


def test_a_dry_run_deletes_nothing(old_and_new):
    out = StringIO()
    call_command("purge_involvement_submissions", "--dry-run", stdout=out)

    assert InvolvementSubmission.objects.count() == 3
    assert "Would delete 2" in out.getvalue()


def test_days_can_be_given(old_and_new):
    call_command("purge_involvement_submissions", "--days", "0", stdout=StringIO())

    assert not InvolvementSubmission.objects.exists()


def test_running_twice_finds_nothing_more(old_and_new):
    call_command("purge_involvement_submissions", stdout=StringIO())
    out = StringIO()
    call_command("purge_involvement_submissions", stdout=out)

    assert "Deleted 0" in out.getvalue()
