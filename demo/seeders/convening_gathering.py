"""The spring gathering as a coordinator finds it: an open call for sessions with
proposals in every state and their histories (the accepted ones are the sessions
of its program), and about thirty registrations with their needs, a waiting
list and two cancellations (demo/content/convenings/spring-gathering-*.yaml).

Registrations are made through registrations.places, as the form makes them, so
the last few wait and those who cancel free a place for the next. No email is
sent. Proposals are keyed by title, registrations by name: running it again adds
nothing. Every person and organization in them is invented.
"""

from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from wagtail.models import Locale

from demo.content import load
from demo.seeders.training_requests import ensure_coordinator
from demo.seeding import demo_seeder
from partners.models import ConveningPage, PartnerPage
from proposals.choices import Status as ProposalStatus
from proposals.models import (
    CallForSessions,
    SessionProposal,
    SessionProposalPresenter,
    SessionProposalStatusChange,
)
from registrations import places
from registrations.models import Registration, RegistrationSettings

GATHERING = "spring-peer-trainers-gathering"
PROPOSALS = "convenings/spring-gathering-proposals.yaml"
REGISTRATIONS = "convenings/spring-gathering-registrations.yaml"
# A registration as the YAML gives it: the model's own field names.
REGISTRATION_FIELDS = (
    "name",
    "email",
    "phone",
    "organization",
    "language",
) + Registration.NEEDS_FIELDS


def gathering():
    """The spring gathering's English page (None before the partners seeder)."""
    return ConveningPage.objects.filter(
        locale=Locale.get_default(), slug=GATHERING
    ).first()


def _days_ago(days, hour):
    moment = timezone.now() - timedelta(days=days)
    return moment.replace(hour=hour, minute=0, second=0, microsecond=0)


# Proposals ------------------------------------------------------------------------
def open_call(convening, data):
    """Open the call until a couple of weeks before the day (moved with the
    gathering when it is moved to the next spring)."""
    deadline = convening.start - timedelta(days=data["closes_days_before"])
    CallForSessions.objects.update_or_create(
        convening=convening, defaults={"is_open": True, "deadline": deadline}
    )


def program_keys(convening):
    """{English session title: translation key} of the gathering's program."""
    return dict(convening.sessions.values_list("title", "translation_key"))


def create_proposal(convening, item, coordinator, lookups):
    proposal = SessionProposal.objects.create(
        convening=convening,
        created_at=_days_ago(item["days_ago"], 9),
        title=item["title"],
        format=item["format"],
        description=item["description"],
        languages=item["languages"],
        access_needs=item.get("access_needs", ""),
        contact_name=item["contact_name"],
        email=item.get("email", ""),
        locale=lookups["locales"].get(item["language"]),
        staff_notes=item.get("staff_notes", ""),
        program_session_key=lookups["sessions"].get(item.get("session")),
    )
    for order, presenter in enumerate(item["presenters"]):
        if isinstance(presenter, str):
            who = {"partner": lookups["partners"].get(presenter)}
        else:
            who = {
                "name": presenter["name"],
                "organization_name": presenter["organization"],
            }
        SessionProposalPresenter.objects.create(
            proposal=proposal, sort_order=order, **who
        )
    SessionProposalStatusChange.objects.create(
        proposal=proposal,
        changed_at=proposal.created_at,
        to_status=ProposalStatus.SUBMITTED,
        note=lookups["arrival_note"],
    )
    for step in item["steps"]:
        proposal.change_status(
            step["status"],
            by=coordinator,
            note=" ".join(step["note"].split()),
            at=_days_ago(step["days_ago"], 14),
        )
    return proposal


def clear_proposals():
    """Remove the demo's proposals (they keep their convening page from being
    deleted, so they go before the page tree)."""
    titles = [item["title"] for item in load(PROPOSALS)["proposals"]]
    SessionProposal.objects.filter(convening__slug=GATHERING, title__in=titles).delete()


@demo_seeder(order=50, clear=clear_proposals)
def seed_proposals():
    """The spring gathering's open call and the proposals sent to it."""
    convening = gathering()
    if convening is None:
        return
    data = load(PROPOSALS)
    coordinator = ensure_coordinator()
    with transaction.atomic():
        open_call(convening, data["call"])
        existing = set(
            SessionProposal.objects.filter(convening=convening).values_list(
                "title", flat=True
            )
        )
        missing = [item for item in data["proposals"] if item["title"] not in existing]
        if not missing:
            return
        default = Locale.get_default()
        lookups = {
            "locales": {lc.language_code: lc for lc in Locale.objects.all()},
            "partners": {
                page.slug: page for page in PartnerPage.objects.filter(locale=default)
            },
            "sessions": program_keys(convening),
            "arrival_note": "Sent through the website.",
        }
        for item in missing:
            create_proposal(convening, item, coordinator, lookups)


# Registrations --------------------------------------------------------------------
def register(convening, item):
    fields = {name: item[name] for name in REGISTRATION_FIELDS if name in item}
    return places.register(
        convening.pk, created_at=_days_ago(item["days_ago"], 19), **fields
    )


@demo_seeder(order=55)
def seed_registrations():
    """Registration open for the spring gathering, its places taken, a waiting
    list, and two people who cancelled (the first two waiting moved up). No
    reset: the registrations, the settings and the call go with the page."""
    convening = gathering()
    if convening is None:
        return
    data = load(REGISTRATIONS)
    with transaction.atomic():
        RegistrationSettings.objects.get_or_create(
            convening=convening,
            defaults={"registration_open": True, "capacity": data["capacity"]},
        )
        existing = set(
            Registration.objects.filter(convening=convening).values_list(
                "name", flat=True
            )
        )
        made = [
            (register(convening, item), item)
            for item in data["registrations"]
            if item["name"] not in existing
        ]
        for registration, item in made:
            if item.get("cancels"):
                places.cancel(registration)
