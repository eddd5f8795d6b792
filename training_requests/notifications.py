"""The two emails a new request sends, as tasks stored with the request.

Staff (the notification address in site settings, and the region's coordinator)
learn what was asked and where, with a link to the request in the admin, but not
who asked: contact details stay in the admin. The requester, if they gave an email
address, gets a confirmation in their language with the reference and their private
status link.

The web request never talks to the mail server: tasks.py queues one task per email
with the request, and the worker builds and sends each message here, from the
request as it is by then (a requester who erased their details gets no email).
"""

import logging

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from home.models import SiteSettings

from . import tokens

logger = logging.getLogger("training_requests")

ADMIN_EDIT_URL_NAME = "training_requests:edit"
STAFF = "staff"
CONFIRMATION = "confirmation"
ERASED = "erased"
KINDS = (STAFF, CONFIRMATION)  # what a new request sends


def staff_recipients(site_settings, region):
    recipients = []
    for address in (
        getattr(site_settings, "notification_email", ""),
        getattr(region, "coordinator_email", "") if region else "",
    ):
        if address and address.lower() not in {r.lower() for r in recipients}:
            recipients.append(address)
    return recipients


def staff_email(recipients, render, name, context):
    """A notice to staff, in the site's language: `render(name, context)` gives
    its subject and body. Other apps' staff notices are made the same way."""
    with translation.override(settings.LANGUAGE_CODE):
        subject, body = render(name, context)
    return EmailMessage(
        subject=subject,
        body=body,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=recipients,
    )


def admin_url(training_request):
    base = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    return base + reverse(ADMIN_EDIT_URL_NAME, args=[training_request.pk])


def _render(name, context):
    subject = render_to_string(f"training_requests/emails/{name}_subject.txt", context)
    body = render_to_string(f"training_requests/emails/{name}.txt", context)
    return " ".join(subject.split()), body


def status_url(training_request, page, origin):
    """A fresh private status link, on the host the form was sent from."""
    _site_id, _root_url, page_path = page.get_url_parts()
    token = tokens.status_token(training_request.reference)
    return origin + page_path + page.reverse_subpage("status_view", args=[token])


def staff_message(training_request, site_settings, template="training_request_staff"):
    """A notification to staff, in the site's language; None with nobody to tell."""
    recipients = staff_recipients(site_settings, training_request.region)
    if not recipients:
        logger.warning(
            "No notification address is set for training request %s; set one under "
            "Settings > Site settings",
            training_request.reference,
        )
        return None
    return staff_email(
        recipients,
        _render,
        template,
        {
            "training_request": training_request,
            "request_info": training_request.summary_for_staff(),
            "admin_url": admin_url(training_request),
            "coalition_name": site_settings.coalition_name,
        },
    )


def confirmation_message(training_request, site_settings, link):
    """The requester's confirmation in their language; None without an address."""
    if not training_request.email:
        return None
    language = (
        training_request.locale.language_code
        if training_request.locale
        else settings.LANGUAGE_CODE
    )
    with translation.override(language):
        subject, body = _render(
            "training_request_confirmation",
            {
                "reference": training_request.reference,
                "status_url": link,
                "coalition_name": site_settings.coalition_name,
                "wanted": training_request.wanted_titles(language),
            },
        )
    contact = site_settings.contact_email
    return EmailMessage(
        subject=subject,
        body=body,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[training_request.email],
        reply_to=[contact] if contact else [],
    )


def message_for(kind, training_request, page, origin):
    """The email of this kind for the request, built now; None if there is none."""
    site_settings = SiteSettings.for_site(page.get_site())
    if kind == STAFF:
        return staff_message(training_request, site_settings)
    if kind == ERASED:
        return staff_message(
            training_request, site_settings, template="training_request_erased"
        )
    link = status_url(training_request, page, origin)
    return confirmation_message(training_request, site_settings, link)
