"""The state of the background task queue (django-tasks-db), for /healthz and the
worker: how long the oldest due task has waited, and handing back tasks whose
worker died while it ran them."""

from datetime import timedelta

from django.utils import timezone

from django_tasks.base import TaskResultStatus
from django_tasks_db.models import DBTaskResult, get_date_max

# A task still marked running after this long lost its worker (a mail send gives
# up after EMAIL_TIMEOUT, Wagtail's index updates take seconds).
ABANDONED_AFTER = timedelta(minutes=15)


def oldest_wait(now=None) -> timedelta:
    """How long the task that has been due longest has waited; zero when none has.

    A task is due from when it was queued, or from its run_after when it was put
    off (a mail send tried again later).
    """
    now = now or timezone.now()
    due = DBTaskResult.objects.ready()
    queued = (
        due.filter(run_after=get_date_max())
        .order_by("enqueued_at")
        .values_list("enqueued_at", flat=True)
        .first()
    )
    put_off = (
        due.exclude(run_after=get_date_max())
        .order_by("run_after")
        .values_list("run_after", flat=True)
        .first()
    )
    since = min((t for t in (queued, put_off) if t is not None), default=now)
    return max(now - since, timedelta(0))


def hand_back(task_ids) -> int:
    """Make tasks that were running again ready to run; return how many."""
    return DBTaskResult.objects.filter(
        id__in=list(task_ids), status=TaskResultStatus.RUNNING
    ).update(status=TaskResultStatus.READY, started_at=None)


def hand_back_abandoned(now=None) -> int:
    """Tasks marked running for longer than any task takes: their worker died."""
    now = now or timezone.now()
    return DBTaskResult.objects.filter(
        status=TaskResultStatus.RUNNING, started_at__lt=now - ABANDONED_AFTER
    ).update(status=TaskResultStatus.READY, started_at=None)
