"""The emails a registrant gets, in their language, each with the convening's
calendar file: the confirmation (a place, or a place on the waiting list) and the
news that a place has come free for them; and staff's notice of a new
registration, which says which convening, the reference and the status, never who
registered or what they need. Built by the worker (tasks.py) from the
registration as it is by then; a registrant without an email address gets none."""

import logging

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from home.models import SiteSettings
from partners.calendar import convening_calendar
from training_requests.notifications import staff_email, staff_recipients

from .choices import Status
from .tokens import registration_token

CONFIRMATION = "confirmation"
MOVED_UP = "moved_up"
CANCELLED = "cancelled"
STAFF = "staff"
KINDS = (CONFIRMATION, MOVED_UP, CANCELLED)

logger = logging.getLogger("registrations")


def convening_in(convening, language):
    """The convening's page in the registrant's language (its translation or
    alias), or the source page."""
    translated = (
        type(convening)
        .objects.filter(
            translation_key=convening.translation_key,
            locale__language_code=language,
        )
        .first()
    )
    return translated or convening


def manage_url(registration, page, origin):
    """The private link to change or cancel, on the host the form was sent from."""
    _site_id, _root_url, page_path = page.get_url_parts()
    rest = registration_token(registration.reference) + "/"
    return (
        origin
        + page_path
        + page.reverse_subpage(
            "action", kwargs={"action": "registration", "rest": rest}
        )
    )


def _render(name, context):
    subject = render_to_string(f"registrations/emails/{name}_subject.txt", context)
    body = render_to_string(f"registrations/emails/{name}.txt", context)
    return " ".join(subject.split()), body


def staff_message(registration):
    """The coordinators' notice of a new registration, in the site's language:
    to the site's notification address and the host region's coordinator."""
    convening = registration.convening
    site_settings = SiteSettings.for_site(convening.get_site())
    recipients = staff_recipients(site_settings, convening.host_region)
    if not recipients:
        logger.warning(
            "No notification address is set for registration %s; set one under "
            "Settings > Site settings",
            registration.reference,
        )
        return None
    base = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    return staff_email(
        recipients,
        _render,
        STAFF,
        {
            "convening": convening.title,
            "reference": registration.reference,
            "status": Status(registration.status).label,  # lazy: read in English
            "admin_url": base
            + reverse("registrations:inspect", args=[registration.pk]),
            "coalition_name": site_settings.coalition_name,
        },
    )


def message_for(kind, registration, origin):
    """The email of this kind for the registration; None without an address."""
    if kind == STAFF:
        return staff_message(registration)
    if not registration.email or kind not in KINDS:
        return None
    language = registration.language or settings.LANGUAGE_CODE
    page = convening_in(registration.convening, language)
    site_settings = SiteSettings.for_site(page.get_site())
    with translation.override(language):
        context = {
            "registration": registration,
            "reference": registration.reference,
            "convening": page,
            "waitlisted": registration.status == Status.WAITLISTED,
            "manage_url": manage_url(registration, page, origin),
            "coalition_name": site_settings.coalition_name,
        }
        subject, body = _render(kind, context)
        calendar = convening_calendar(page)
    contact = site_settings.contact_email
    message = EmailMessage(
        subject=subject,
        body=body,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[registration.email],
        reply_to=[contact] if contact else [],
    )
    if kind != CANCELLED:
        message.attach(f"{page.slug}.ics", calendar, "text/calendar; charset=utf-8")
    return message
