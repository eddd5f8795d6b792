"""How long a requester's contact details are kept, and their purge.

Once a request is closed, declined or marked spam, and its status has not changed
for the retention period, everything that could say who asked is blanked: names,
email, phone, the free text they or staff wrote, the city and the place. What is
left (when, what was asked, the sector, region and languages, the outcome) is
anonymous and keeps the reports whole. Nothing is deleted.
"""

from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from . import audit
from .choices import FINISHED_STATUSES
from .models.requests import TrainingRequest, TrainingRequestStatusChange

DEFAULT_RETENTION_DAYS = 365


def retention_days() -> int:
    return int(
        getattr(settings, "TRAINING_REQUEST_RETENTION_DAYS", DEFAULT_RETENTION_DAYS)
    )


def purgeable(days=None, now=None):
    """Finished requests, not yet purged, whose status last changed more than `days`
    days ago."""
    days = retention_days() if days is None else days
    cutoff = (now or timezone.now()) - timedelta(days=days)
    return (
        TrainingRequest.objects.filter(
            status__in=FINISHED_STATUSES, contacts_purged_at__isnull=True
        )
        .with_last_change()
        .filter(last_change_at__lt=cutoff)
    )


def purge(requests, now=None, record=True):
    """Blank the personal fields of `requests`; returns how many were purged.
    `record`: write a purge entry in the audit log for each."""
    now = now or timezone.now()
    ids = list(requests.values_list("pk", flat=True))
    if not ids:
        return 0
    blank = dict.fromkeys(TrainingRequest.PERSONAL_FIELDS, "")
    with transaction.atomic():
        TrainingRequest.objects.filter(pk__in=ids).update(
            **blank, contacts_purged_at=now
        )
        # A typed name may name the people; a partner's name is public already.
        TrainingRequest.objects.filter(pk__in=ids, organization__isnull=True).update(
            organization_name=""
        )
        # Staff notes in the history may quote the requester.
        TrainingRequestStatusChange.objects.filter(request_id__in=ids).update(note="")
        if record:
            audit.record_purge(ids)
    return len(ids)
