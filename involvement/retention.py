"""How long Get involved answers are kept, and their deletion.

A form's answers are all the person wrote (names, contacts, why they want to join),
so once INVOLVEMENT_RETENTION_DAYS have passed since a submission was sent, it is
deleted outright; staff follow up well before then. Each form page's history says
how many of its submissions were deleted, never what they held.
"""

from collections import Counter
from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from . import audit
from .models import InvolvementFormPage, InvolvementSubmission

DEFAULT_RETENTION_DAYS = 180


def retention_days() -> int:
    return int(getattr(settings, "INVOLVEMENT_RETENTION_DAYS", DEFAULT_RETENTION_DAYS))


def purgeable(days=None, now=None):
    """Submissions sent more than `days` days ago."""
    days = retention_days() if days is None else days
    cutoff = (now or timezone.now()) - timedelta(days=days)
    return InvolvementSubmission.objects.filter(submit_time__lt=cutoff)


def purge(submissions, record=True):
    """Delete `submissions`; returns how many. `record`: one entry in each form
    page's history with the number deleted from it."""
    with transaction.atomic():
        per_page = Counter(submissions.values_list("page_id", flat=True))
        if not per_page:
            return 0
        InvolvementSubmission.objects.filter(
            pk__in=list(submissions.values_list("pk", flat=True))
        ).delete()
        if record:
            for page in InvolvementFormPage.objects.filter(pk__in=per_page):
                audit.record_purge(page, per_page[page.pk])
    return sum(per_page.values())
