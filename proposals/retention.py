"""How long a proposer's contact details are kept, and their purge.

Once the convening is over and the retention period has passed, everything that
could say who proposed a session is blanked: the proposer's name and email, what
they wrote about access needs, staff notes and the notes in the history, and the
presenters' names (the program keeps those who spoke). What is left (the session,
its format, languages and organizations, the decision) keeps the record whole.
"""

from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from . import audit
from .models import (
    SessionProposal,
    SessionProposalPresenter,
    SessionProposalStatusChange,
)

DEFAULT_RETENTION_DAYS = 180


def retention_days() -> int:
    return int(
        getattr(settings, "SESSION_PROPOSAL_RETENTION_DAYS", DEFAULT_RETENTION_DAYS)
    )


def purgeable(days=None, now=None):
    """Proposals not yet purged for convenings that ended more than `days` ago."""
    days = retention_days() if days is None else days
    cutoff = (now or timezone.now()) - timedelta(days=days)
    return SessionProposal.objects.filter(
        contacts_purged_at__isnull=True, convening__end__lt=cutoff
    )


def purge(proposals, now=None):
    """Blank the personal fields of `proposals`; returns how many were purged."""
    now = now or timezone.now()
    ids = list(proposals.values_list("pk", flat=True))
    if not ids:
        return 0
    with transaction.atomic():
        SessionProposal.objects.filter(pk__in=ids).update(
            **dict.fromkeys(SessionProposal.PERSONAL_FIELDS, ""),
            contacts_purged_at=now,
        )
        SessionProposalPresenter.objects.filter(proposal_id__in=ids).update(name="")
        # A typed name may name the people; a partner's name is public already.
        SessionProposalPresenter.objects.filter(
            proposal_id__in=ids, partner__isnull=True
        ).update(organization_name="")
        SessionProposalStatusChange.objects.filter(proposal_id__in=ids).update(note="")
        audit.record_purge(ids)
    return len(ids)
