"""Sending a registrant's emails in the background, queued in the transaction that
stores the change (as training_requests.tasks does). A task carries ids and the
site's address, never an email address; a failure is logged by reference only and
tried again after the next of MAIL_RETRY_DELAYS."""

import logging
from datetime import timedelta
from functools import partial

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from django_tasks import task

from training_requests.tasks import MailNotSent

from . import notifications
from .models import Registration

logger = logging.getLogger("registrations")


def queue_email(kind, registration, origin):
    enqueue = partial(send_registration_email.enqueue, kind, registration.pk, origin)
    if send_registration_email.get_backend().supports_defer:
        enqueue()  # stored with the caller's transaction
    else:
        transaction.on_commit(enqueue, robust=True)


def tell_moved_up(moved, origin):
    """Queue the "a place for you" email of each registration moved up."""
    for registration in moved:
        queue_email(notifications.MOVED_UP, registration, origin)


@task()
def send_registration_email(kind, registration_id, origin, attempt=1):
    registration = (
        Registration.objects.select_related("convening", "convening__locale")
        .filter(pk=registration_id)
        .first()
    )
    if registration is None:
        return "gone"
    message = notifications.message_for(kind, registration, origin)
    if message is None:
        return "nobody to send to"
    try:
        message.send()
    except Exception as error:  # any failure of the mail server
        retry_later(kind, registration, origin, attempt, error)
        raise MailNotSent(
            f"{kind} email for registration {registration.reference}, attempt "
            f"{attempt}: {type(error).__name__}"
        ) from None
    logger.info("Sent the %s email for registration %s", kind, registration.reference)
    return "sent"


def retry_later(kind, registration, origin, attempt, error):
    delays = settings.MAIL_RETRY_DELAYS
    backend = send_registration_email.get_backend()
    if attempt > len(delays) or not backend.supports_defer:
        logger.error(
            "Could not send the %s email for registration %s (%s); giving up",
            kind,
            registration.reference,
            type(error).__name__,
        )
        return
    send_registration_email.using(
        run_after=timezone.now() + timedelta(seconds=delays[attempt - 1])
    ).enqueue(kind, registration.pk, origin, attempt + 1)
