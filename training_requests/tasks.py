"""Sending a new request's emails in the background, and again when a send fails.

`announce` queues one task per email in the transaction that stores the request, so
both are stored or neither is. The worker (`manage.py run_tasks`) sends them. A mail
server that is down or hangs costs a task attempt, never a visitor's wait: the task
is queued again after the next of MAIL_RETRY_DELAYS, and logged, by reference only.
A task carries ids and the site's address, never an email address.
"""

import logging
from datetime import timedelta
from functools import partial

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from wagtail.models import Page

from django_tasks import task

from . import notifications
from .models.requests import TrainingRequest

logger = logging.getLogger("training_requests")


class MailNotSent(Exception):
    """A send failed; the message says which email, never to whom."""


def queue_email(kind, training_request, page, origin):
    """Queue one email about the request, as part of the caller's transaction.

    A backend that keeps tasks in the database writes the task in that
    transaction. One that runs tasks at once (the demo, the tests) waits for the
    commit instead. Either way a change that is rolled back sends nothing.
    """
    enqueue_in_transaction(
        send_training_request_email, kind, training_request.pk, page.pk, origin
    )


def enqueue_in_transaction(task_function, *args):
    """Queue `task_function(*args)` with the caller's transaction: written in it by
    a backend that stores tasks, run after the commit by one that runs them at
    once. Other apps' emails (session proposals) are queued the same way."""
    enqueue = partial(task_function.enqueue, *args)
    if task_function.get_backend().supports_defer:
        enqueue()  # a queue that stores tasks for a worker
    else:
        transaction.on_commit(enqueue, robust=True)


def announce(training_request, page, origin):
    """Queue the staff notification and the requester's confirmation."""
    for kind in notifications.KINDS:
        queue_email(kind, training_request, page, origin)


@task()
def send_training_request_email(kind, training_request_id, page_id, origin, attempt=1):
    training_request = (
        TrainingRequest.objects.select_related("locale", "region")
        .filter(pk=training_request_id)
        .first()
    )
    page = Page.objects.filter(pk=page_id).specific().first()
    if training_request is None or page is None:
        return "gone"  # deleted since: nothing to say, nobody to say it to
    message = notifications.message_for(kind, training_request, page, origin)
    if message is None:
        return "nobody to send to"
    try:
        message.send()
    except Exception as error:  # any failure of the mail server, whatever its kind
        retry_later(kind, training_request, page_id, origin, attempt, error)
        # The class of the error only: its message may quote the recipient.
        raise MailNotSent(
            f"{kind} email for {training_request.reference}, attempt {attempt}: "
            f"{type(error).__name__}"
        ) from None
    logger.info(
        "Sent the %s email for training request %s", kind, training_request.reference
    )
    return "sent"


def retry_later(kind, training_request, page_id, origin, attempt, error):
    delays = settings.MAIL_RETRY_DELAYS
    backend = send_training_request_email.get_backend()
    if attempt > len(delays) or not backend.supports_defer:
        logger.error(
            "Could not send the %s email for training request %s (%s); giving up "
            "after %d attempts",
            kind,
            training_request.reference,
            type(error).__name__,
            attempt,
        )
        return
    delay = delays[attempt - 1]
    send_training_request_email.using(
        run_after=timezone.now() + timedelta(seconds=delay)
    ).enqueue(kind, training_request.pk, page_id, origin, attempt + 1)
    logger.warning(
        "Could not send the %s email for training request %s (%s); trying again in "
        "%d s",
        kind,
        training_request.reference,
        type(error).__name__,
        delay,
    )
