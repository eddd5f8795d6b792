"""The emails a registrant gets, in their language, each with the convening's
calendar file: the confirmation (a place, or a place on the waiting list) and the
news that a place has come free for them. Built by the worker (tasks.py) from the
registration as it is by then; a registrant without an email address gets none."""

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.utils import translation

from home.models import SiteSettings
from partners.calendar import convening_calendar

from .choices import Status
from .tokens import registration_token

CONFIRMATION = "confirmation"
MOVED_UP = "moved_up"
CANCELLED = "cancelled"
KINDS = (CONFIRMATION, MOVED_UP, CANCELLED)


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


def message_for(kind, registration, origin):
    """The email of this kind for the registration; None without an address."""
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
        subject = render_to_string(f"registrations/emails/{kind}_subject.txt", context)
        body = render_to_string(f"registrations/emails/{kind}.txt", context)
        calendar = convening_calendar(page)
    contact = site_settings.contact_email
    message = EmailMessage(
        subject=" ".join(subject.split()),
        body=body,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[registration.email],
        reply_to=[contact] if contact else [],
    )
    if kind != CANCELLED:
        message.attach(f"{page.slug}.ics", calendar, "text/calendar; charset=utf-8")
    return message
