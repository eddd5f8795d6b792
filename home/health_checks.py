"""Our own /healthz check: the task queue is being worked through."""

import dataclasses
from datetime import timedelta

from django.conf import settings

from health_check.base import HealthCheck
from health_check.exceptions import ServiceUnavailable

from .task_queue import oldest_wait


@dataclasses.dataclass
class TaskQueue(HealthCheck):
    """Fails when a due task has waited longer than HEALTH_MAX_TASK_WAIT seconds:
    the worker is down or cannot keep up, and emails are not going out."""

    def run(self):
        wait = oldest_wait()
        if wait > timedelta(seconds=settings.HEALTH_MAX_TASK_WAIT):
            raise ServiceUnavailable(
                f"The oldest queued task has waited {int(wait.total_seconds())} s"
            )
