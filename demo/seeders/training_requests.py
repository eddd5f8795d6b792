"""Training requests: the request form in every language, the "Training
coordinators" group with a demo coordinator, and two dozen invented requests in
every status, across sectors, regions and languages, with their histories
(demo/content/training-requests.yaml), so that the listing, the dashboard and the
report have something real to show.

Every person, phone number (555-01xx) and address (@example.org) there is invented.
Requests are keyed by reference: running it again adds nothing.
"""

from dataclasses import dataclass, field
from datetime import datetime, time, timedelta

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from wagtail.models import Locale

from curriculum.choices import Delivery
from curriculum.models import CurriculumPage, TrainingModulePage
from demo.content import load, translations_of
from demo.seeders.site import child_page, home_page, translate_into_all
from demo.seeding import demo_seeder
from taxonomy.models import Sector
from training_requests.choices import Source, Status
from training_requests.models import (
    TrainingRequest,
    TrainingRequestPage,
    TrainingRequestStatusChange,
)
from training_requests.permissions import ensure_coordinators_group

PAGE_FIELDS = ["title", "introduction", "consent_text"]


@dataclass
class DemoRequest:
    """One invented request. `steps` are (days ago, new status, note) after it came
    in `days_ago` days ago; `scheduled_in` is days from today (negative: past)."""

    reference: str
    days_ago: int
    contact_name: str
    language: str
    languages: list[str]
    partner: str = ""
    organization_name: str = ""
    email: str = ""
    phone: str = ""
    source: str = Source.WEB
    modules: list[str] = field(default_factory=list)
    curricula: list[str] = field(default_factory=list)
    not_sure: str = ""
    sector: str = ""
    region: str = ""
    participants: int | None = None
    delivery: str = Delivery.IN_PERSON
    city: str = ""
    preferred_dates: str = ""
    interpretation: bool = False
    support: list[str] = field(default_factory=list)
    accessibility: str = ""
    notes: str = ""
    steps: list[tuple[int, str, str]] = field(default_factory=list)
    scheduled_in: int | None = None
    place: str = ""
    reached: int | None = None
    trainer: str = ""
    internal_notes: str = ""


def demo_requests():
    return [
        DemoRequest(
            **{
                **item,
                "steps": [
                    (step["days_ago"], step["status"], step["note"])
                    for step in item.get("steps", [])
                ],
            }
        )
        for item in load("training-requests.yaml")["requests"]
    ]


def _at(days_ago, hour=10):
    day = timezone.localdate() - timedelta(days=days_ago)
    return timezone.make_aware(datetime.combine(day, time(hour, 0)))


def ensure_request_page():
    data = load("training-requests.yaml")["page"]
    page = child_page(
        home_page(),
        TrainingRequestPage,
        data["slug"],
        title=data["title"],
        introduction=data["introduction"],
        consent_text=data["consent_text"],
        show_in_menus=True,
    )
    translate_into_all(page, translations_of(data, PAGE_FIELDS))
    return page


def ensure_coordinator():
    group = ensure_coordinators_group()
    user_model = get_user_model()
    coordinator = load("training-requests.yaml")["coordinator"]
    user = user_model.objects.filter(username=coordinator["username"]).first()
    if user is None:
        user = user_model(**coordinator)
        # No password: set one with `manage.py changepassword coordinator`.
        user.set_unusable_password()
        user.save()
    user.groups.add(group)
    return user


def _by_slug(queryset, slugs):
    found = {item.slug: item for item in queryset.filter(slug__in=slugs)}
    return [found[slug] for slug in slugs if slug in found]


def create_request(data, coordinator, lookups):
    default = lookups["default"]
    partner = lookups["partners"].get(data.partner)
    region = lookups["regions"].get(data.region) or (
        lookups["regions_by_pk"].get(partner.region_id) if partner else None
    )
    request = TrainingRequest.objects.create(
        reference=data.reference,
        created_at=_at(data.days_ago, hour=9),
        source=data.source,
        status=Status.NEW,
        organization=partner,
        organization_name=data.organization_name,
        contact_name=data.contact_name,
        email=data.email,
        phone=data.phone,
        locale=lookups["locales"].get(data.language, default),
        not_sure_description=data.not_sure,
        languages=data.languages,
        interpretation_needed=data.interpretation,
        sector=lookups["sectors"].get(data.sector),
        participants=data.participants,
        delivery=data.delivery,
        city=data.city,
        region=region,
        preferred_dates=data.preferred_dates,
        support_needs=data.support,
        accessibility_needs=data.accessibility,
        notes=data.notes,
    )
    request.modules.set(
        _by_slug(TrainingModulePage.objects.filter(locale=default), data.modules)
    )
    request.curricula.set(
        _by_slug(CurriculumPage.objects.filter(locale=default), data.curricula)
    )
    arrival = lookups["arrival_notes"][data.source]
    web = data.source == Source.WEB
    request.record_arrival(by=None if web else coordinator, note=arrival)
    for days_ago, status, note in data.steps:
        request.change_status(status, by=coordinator, note=note, at=_at(days_ago, 14))
    if data.steps:
        request.assigned_to = coordinator
    if data.scheduled_in is not None:
        request.scheduled_for = timezone.localdate() + timedelta(days=data.scheduled_in)
        request.scheduled_place = data.place
        request.trainer = data.trainer
    if request.status in (Status.DELIVERED, Status.CLOSED) and data.reached:
        request.delivered_on = request.scheduled_for
        request.participants_reached = data.reached
    request.internal_notes = data.internal_notes
    request.save()
    return request


def reset():
    """Remove the demo requests (the pages go with the page tree)."""
    references = [data.reference for data in demo_requests()]
    TrainingRequestStatusChange.objects.filter(
        request__reference__in=references
    ).delete()
    TrainingRequest.objects.filter(reference__in=references).delete()


@demo_seeder(order=40, reset=reset)
def seed():
    """The request form in every language, the "Training coordinators" group with a
    demo coordinator (no password: `manage.py changepassword coordinator`), and
    invented requests in every status with their histories."""
    ensure_request_page()
    coordinator = ensure_coordinator()
    requests = demo_requests()
    existing = set(
        TrainingRequest.objects.filter(
            reference__in=[data.reference for data in requests]
        ).values_list("reference", flat=True)
    )
    missing = [data for data in requests if data.reference not in existing]
    if not missing:
        return
    default = Locale.get_default()
    partner_model = TrainingRequest._meta.get_field("organization").related_model
    region_model = TrainingRequest._meta.get_field("region").related_model
    regions = list(region_model.objects.filter(locale=default))
    lookups = {
        "default": default,
        "locales": {locale.language_code: locale for locale in Locale.objects.all()},
        "partners": {p.slug: p for p in partner_model.objects.filter(locale=default)},
        "regions": {region.slug: region for region in regions},
        "regions_by_pk": {region.pk: region for region in regions},
        "sectors": {s.slug: s for s in Sector.objects.filter(locale=default)},
        "arrival_notes": load("training-requests.yaml")["arrival_notes"],
    }
    with transaction.atomic():
        for data in missing:
            create_request(data, coordinator, lookups)
