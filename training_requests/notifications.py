"""The two emails a new request sends, once the database has committed it.

Staff (the notification address in site settings, and the region's coordinator)
learn what was asked and where, with a link to the request in the admin, but not
who asked: contact details stay in the admin. The requester, if they gave an email
address, gets a confirmation in their language with the reference and their private
status link. A mail server that is down costs an email, never the request; the
failure is logged with the reference only.
"""

import logging
from dataclasses import dataclass, field

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from home.models import SiteSettings

logger = logging.getLogger("training_requests")

ADMIN_EDIT_URL_NAME = "training_requests:edit"


@dataclass
class Announcement:
    """What the emails need, gathered while the visitor's request is at hand."""

    reference: str
    staff_recipients: list[str] = field(default_factory=list)
    requester_email: str = ""
    requester_language: str = ""
    status_url: str = ""
    coalition_name: str = ""
    reply_to: list[str] = field(default_factory=list)


def staff_recipients(site_settings, region):
    recipients = []
    for address in (
        getattr(site_settings, "notification_email", ""),
        getattr(region, "coordinator_email", "") if region else "",
    ):
        if address and address.lower() not in {r.lower() for r in recipients}:
            recipients.append(address)
    return recipients


def admin_url(training_request):
    base = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    return base + reverse(ADMIN_EDIT_URL_NAME, args=[training_request.pk])


def announcement_for(training_request, http_request, status_url):
    site_settings = SiteSettings.for_request(http_request)
    contact = site_settings.contact_email
    return Announcement(
        reference=training_request.reference,
        staff_recipients=staff_recipients(site_settings, training_request.region),
        requester_email=training_request.email,
        requester_language=(
            training_request.locale.language_code
            if training_request.locale
            else settings.LANGUAGE_CODE
        ),
        status_url=status_url,
        coalition_name=site_settings.coalition_name,
        reply_to=[contact] if contact else [],
    )


def _render(name, context):
    subject = render_to_string(f"training_requests/emails/{name}_subject.txt", context)
    body = render_to_string(f"training_requests/emails/{name}.txt", context)
    return " ".join(subject.split()), body


def _send(kind, reference, message):
    try:
        message.send()
    except Exception as error:  # any failure of the mail server, whatever its kind
        # The class of the error only: its message may quote the recipient.
        logger.error(
            "Could not send the %s email for training request %s (%s)",
            kind,
            reference,
            type(error).__name__,
        )
        return False
    return True


def staff_message(training_request, announcement):
    with translation.override(settings.LANGUAGE_CODE):
        subject, body = _render(
            "training_request_staff",
            {
                "training_request": training_request,
                "request_info": training_request.summary_for_staff(),
                "admin_url": admin_url(training_request),
                "coalition_name": announcement.coalition_name,
            },
        )
    return EmailMessage(
        subject=subject,
        body=body,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=announcement.staff_recipients,
    )


def confirmation_message(training_request, announcement):
    with translation.override(announcement.requester_language):
        subject, body = _render(
            "training_request_confirmation",
            {
                "reference": announcement.reference,
                "status_url": announcement.status_url,
                "coalition_name": announcement.coalition_name,
                "wanted": training_request.wanted_titles(
                    announcement.requester_language
                ),
            },
        )
    return EmailMessage(
        subject=subject,
        body=body,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[announcement.requester_email],
        reply_to=announcement.reply_to,
    )


def send_announcements(training_request, announcement):
    """Send both emails now; return how many went out."""
    sent = 0
    if announcement.staff_recipients:
        sent += _send(
            "staff",
            announcement.reference,
            staff_message(training_request, announcement),
        )
    else:
        logger.warning(
            "No notification address is set for training request %s; set one under "
            "Settings > Site settings",
            announcement.reference,
        )
    if announcement.requester_email:
        sent += _send(
            "confirmation",
            announcement.reference,
            confirmation_message(training_request, announcement),
        )
    return sent


def announce_on_commit(training_request, announcement):
    """Send the emails once the request is safely stored; not at all on rollback."""
    transaction.on_commit(
        lambda: send_announcements(training_request, announcement), robust=True
    )
