"""The emails about a proposal, built by the worker when it sends them (from the
proposal as it is by then): the proposer's acknowledgement, staff's notice of a new
proposal (what, never who), and the decision, each to the proposer in the language
they wrote in."""

import logging

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from home.models import SiteSettings
from training_requests.notifications import staff_email, staff_recipients

from .choices import Status

logger = logging.getLogger("proposals")

ACKNOWLEDGEMENT = "acknowledgement"
STAFF = "staff"
DECISION = "decision"
KINDS = (STAFF, ACKNOWLEDGEMENT)  # what a new proposal sends

DECISION_TEMPLATES = {
    Status.ACCEPTED: "accepted",
    Status.WAITLISTED: "waitlisted",
    Status.DECLINED: "declined",
}


def _render(name, context):
    subject = render_to_string(f"proposals/emails/{name}_subject.txt", context)
    body = render_to_string(f"proposals/emails/{name}.txt", context)
    return " ".join(subject.split()), body


def admin_url(proposal):
    base = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    return base + reverse("session_proposals:edit", args=[proposal.pk])


def convening_title(proposal, language):
    """The convening's title in the proposer's language where it is translated."""
    convening = proposal.convening
    local = (
        type(convening)
        .objects.live()
        .filter(
            translation_key=convening.translation_key,
            locale__language_code=language,
            alias_of__isnull=True,
        )
        .values_list("title", flat=True)
        .first()
    )
    return local or convening.title


def to_proposer(proposal, site_settings, template, origin, page):
    if not proposal.email:
        return None
    language = proposal.language_code
    with translation.override(language):
        subject, body = _render(
            template,
            {
                "proposal": proposal,
                "reference": proposal.reference,
                "title": proposal.title,
                "convening": convening_title(proposal, language),
                "convening_url": origin + page.get_url_parts()[2],
                "coalition_name": site_settings.coalition_name,
            },
        )
    contact = site_settings.contact_email
    return EmailMessage(
        subject=subject,
        body=body,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[proposal.email],
        reply_to=[contact] if contact else [],
    )


def to_staff(proposal, site_settings):
    """To the site's notification address and the host region's coordinator."""
    recipients = staff_recipients(site_settings, proposal.convening.host_region)
    if not recipients:
        logger.warning(
            "No notification address is set for session proposal %s; set one under "
            "Settings > Site settings",
            proposal.reference,
        )
        return None
    return staff_email(
        recipients,
        _render,
        "staff",
        {
            "proposal": proposal,
            "convening": proposal.convening.title,
            "admin_url": admin_url(proposal),
            "coalition_name": site_settings.coalition_name,
        },
    )


def message_for(kind, proposal, page, origin):
    """The email of this kind about the proposal, built now; None if there is none."""
    site_settings = SiteSettings.for_site(page.get_site())
    if kind == STAFF:
        return to_staff(proposal, site_settings)
    if kind == ACKNOWLEDGEMENT:
        return to_proposer(proposal, site_settings, "acknowledgement", origin, page)
    template = DECISION_TEMPLATES.get(proposal.status)
    if template is None:
        return None  # put back to "submitted" since: no decision to tell
    return to_proposer(proposal, site_settings, template, origin, page)
