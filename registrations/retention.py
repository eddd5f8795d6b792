"""How long registrants' details are kept, and their purge.

Once a convening has been over for the retention period (the training requests'
TRAINING_REQUEST_RETENTION_DAYS unless REGISTRATION_RETENTION_DAYS says otherwise),
everything that could say who registered is blanked: name, email, phone,
organization and what they wrote. What is left (status, preferred language, which
needs, how many children) is anonymous and keeps attendance figures whole.
"""

from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from training_requests.retention import retention_days as request_retention_days

from . import audit
from .models import Registration


def retention_days() -> int:
    return int(
        getattr(settings, "REGISTRATION_RETENTION_DAYS", None)
        or request_retention_days()
    )


def purgeable(days=None, now=None):
    """Registrations not yet purged for convenings that ended more than `days` ago."""
    days = retention_days() if days is None else days
    cutoff = (now or timezone.now()) - timedelta(days=days)
    return Registration.objects.filter(
        contacts_purged_at__isnull=True, convening__end__lt=cutoff
    )


def purge(registrations, now=None, record=True):
    """Blank the personal fields of `registrations`; returns how many."""
    now = now or timezone.now()
    ids = list(registrations.values_list("pk", flat=True))
    if not ids:
        return 0
    with transaction.atomic():
        Registration.objects.filter(pk__in=ids).update(
            **dict.fromkeys(Registration.PERSONAL_FIELDS, ""),
            contacts_purged_at=now,
        )
        if record:
            audit.record_purge(ids)
    return len(ids)
