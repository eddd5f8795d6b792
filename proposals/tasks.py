"""Sending a proposal's emails in the background, queued in the transaction that
stores the proposal or its decision (so a rollback sends nothing). A task carries
ids and the site's address, never an email address."""

import logging

from wagtail.models import Page

from django_tasks import task

from training_requests.tasks import MailNotSent, enqueue_in_transaction

from . import notifications
from .models import SessionProposal

logger = logging.getLogger("proposals")


def queue_email(kind, proposal, page, origin):
    enqueue_in_transaction(send_proposal_email, kind, proposal.pk, page.pk, origin)


def announce(proposal, page, origin):
    """Queue staff's notice and the proposer's acknowledgement."""
    for kind in notifications.KINDS:
        queue_email(kind, proposal, page, origin)


def tell_decision(proposal, origin):
    """Queue the email that tells the proposer staff's decision, in their language.
    The links go to the convening's page in the proposer's language."""
    convening = proposal.convening
    page = (
        type(convening)
        .objects.filter(
            translation_key=convening.translation_key,
            locale__language_code=proposal.language_code,
        )
        .first()
        or convening
    )
    queue_email(notifications.DECISION, proposal, page, origin)


@task()
def send_proposal_email(kind, proposal_id, page_id, origin):
    proposal = (
        SessionProposal.objects.select_related("locale", "convening")
        .filter(pk=proposal_id)
        .first()
    )
    page = Page.objects.filter(pk=page_id).specific().first()
    if proposal is None or page is None:
        return "gone"
    message = notifications.message_for(kind, proposal, page, origin)
    if message is None:
        return "nobody to send to"
    try:
        message.send()
    except Exception as error:  # any failure of the mail server, whatever its kind
        # The class of the error only: its message may quote the recipient.
        raise MailNotSent(
            f"{kind} email for {proposal.reference}: {type(error).__name__}"
        ) from None
    logger.info("Sent the %s email for session proposal %s", kind, proposal.reference)
    return "sent"
