"""The partners: the regions, an invented set of partner organizations, the
Syracuse convening of 25 October 2024 with its report, and the next convening
(demo/content/regions.yaml, sections.yaml, partners/ and convenings/). Every
organization, person and address in them is invented."""

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from django.utils import timezone

from wagtail.models import Locale, Page

from demo.content import body_blocks, load, paragraphs, translations_of
from demo.seeders.site import child_page, home_page, translate_into_all
from demo.seeding import demo_seeder
from partners.models import (
    ConveningHost,
    ConveningIndexPage,
    ConveningOutcome,
    ConveningPage,
    ConveningParticipant,
    ConveningSession,
    PartnerIndexPage,
    PartnerLanguage,
    PartnerPage,
    PartnerSector,
)
from taxonomy.models import Region, Sector
from translations.localize import translate

INDEX_FIELDS = ["title", "introduction"]
PARTNER_FIELDS = ["title", "city", "introduction", "description"]
CONVENING_FIELDS = [
    "title",
    "introduction",
    "venue",
    "address",
    "registration_details",
    "accessibility",
    "interpretation",
    "report_summary",
    "report_body",
    "sessions",
]
SESSION_DETAILS = [
    "description",
    "room",
    "room_url",
    "languages",
    "interpretation",
    "took_place",
    "attendance",
]
CONVENING_DETAILS = [
    "venue",
    "address",
    "online",
    "registration_url",
    "registration_details",
    "accessibility",
    "interpretation",
    "report_summary",
]


def section(slug):
    return load("sections.yaml")[slug]


def next_spring_saturday(today: date) -> date:
    """The last Saturday of April that is at least four weeks away."""
    year = today.year
    while True:
        day = date(year, 4, 30)
        day -= timedelta(days=(day.weekday() - 5) % 7)
        if day >= today + timedelta(weeks=4):
            return day
        year += 1


def _translate_once(instance, locale, strings):
    existing = instance.get_translation_or_none(locale)
    if existing is None or getattr(existing, "alias_of_id", None):
        translate(instance, locale, strings)


# Seeders ------------------------------------------------------------------------
def reset_regions():
    """Remove the regions in every language (the pages go with the page tree).

    wagtail-localize's records of past translations stay, as they do for pages: page
    translation sources still refer to the regions' translation keys."""
    Region.objects.all().delete()


def seed_regions():
    default = Locale.get_default()
    regions = {}
    for slug, names in load("regions.yaml").items():
        name = names[default.language_code]
        region = Region.objects.filter(locale=default, slug=slug).first()
        if region is None:
            region = Region.objects.create(
                locale=default,
                slug=slug,
                name=name,
                coordinator_email=f"{slug}@coordinators.upstateworkerpower.example.org",
            )
        for code, their_name in names.items():
            locale = Locale.objects.filter(language_code=code).first()
            if locale is None or locale == default:
                continue
            if region.get_translation_or_none(locale) is None:
                translate(region, locale, {name: their_name})
        regions[slug] = region
    return regions


def demo_sectors(partners):
    """The source-language sectors the demo partners organize in, by slug: the
    shared list of sectors, seeded with its translations first (seed_taxonomy)."""
    wanted = {slug for data in partners for slug in data["sectors"]}
    sectors = {
        sector.slug: sector
        for sector in Sector.objects.filter(
            locale=Locale.get_default(), slug__in=wanted
        )
    }
    if missing := wanted - set(sectors):
        raise LookupError(
            f"Seed the sectors before the partners; missing: {sorted(missing)}"
        )
    return sectors


@demo_seeder(order=10, reset=reset_regions)
def seed_partners():
    regions = seed_regions()
    index = section("partners")
    partners = [load(f"partners/{slug}.yaml") for slug in index["pages"]]
    sectors = demo_sectors(partners)
    home = home_page()
    directory = child_page(
        home,
        PartnerIndexPage,
        "partners",
        title=index["title"],
        introduction=index["introduction"],
        show_in_menus=True,
    )
    translate_into_all(directory, translations_of(index, INDEX_FIELDS))
    for data in partners:
        partner = child_page(
            directory,
            PartnerPage,
            data["slug"],
            title=data["title"],
            kind=data["kind"],
            region=regions[data["region"]],
            city=data["city"],
            introduction=data["introduction"],
            description=paragraphs(data["description"]),
            website=data["website"],
            public_email=data["public_email"],
            public_phone=data["public_phone"],
            sectors=[PartnerSector(sector=sectors[slug]) for slug in data["sectors"]],
            languages=[PartnerLanguage(language=code) for code in data["languages"]],
        )
        translate_into_all(partner, translations_of(data, PARTNER_FIELDS))


def _partners(slugs):
    by_slug = {
        page.slug: page
        for page in PartnerPage.objects.filter(
            locale=Locale.get_default(), slug__in=slugs
        )
    }
    return [by_slug[slug] for slug in slugs if slug in by_slug]


def _link_outcomes(convening, slugs):
    """The modules and curricula that came out of a convening (seeded by the
    curriculum seeder, found here by slug)."""
    if convening.outcomes.exists():
        return
    pages = {
        page.slug: page
        for page in Page.objects.filter(slug__in=slugs, locale=Locale.get_default())
    }
    for slug in slugs:
        if slug in pages:
            ConveningOutcome.objects.create(page=convening, training=pages[slug])
    convening.save_revision().publish()


def _at(day, clock, zone):
    hours, minutes = map(int, clock.split(":"))
    return datetime.combine(day, time(hours, minutes), tzinfo=zone)


def _program(data, day, zone):
    """The sessions of a convening's program (one day), as an editor builds them:
    presenters are partner slugs or a name with an organization, modules are slugs
    of the curriculum seeder's modules."""
    items = data.get("sessions") or []
    partners = {
        p.slug: p
        for p in _partners(
            [p for s in items for p in s.get("presenters", []) if isinstance(p, str)]
        )
    }
    module_slugs = {slug for item in items for slug in item.get("modules", [])}
    modules = {
        page.slug: page
        for page in Page.objects.filter(
            slug__in=module_slugs, locale=Locale.get_default()
        )
    }
    sessions = []
    for item in items:
        presenters = []
        for presenter in item.get("presenters", []):
            if isinstance(presenter, str):
                if presenter in partners:
                    presenters.append(("partner", partners[presenter]))
            else:
                presenters.append(("person", presenter))
        sessions.append(
            ConveningSession(
                title=item["title"],
                format=item["format"],
                start=_at(day, item["start"], zone),
                end=_at(day, item["end"], zone),
                presenters=presenters,
                modules=[
                    ("module", modules[slug])
                    for slug in item.get("modules", [])
                    if slug in modules
                ],
                **{key: item[key] for key in SESSION_DETAILS if key in item},
            )
        )
    return sessions


def _add_program(convening, data, day, zone):
    """Give a convening seeded before it had a program its sessions (and carry
    them into its translations); a program already there is left as it is."""
    if convening.sessions.exists() or not data.get("sessions"):
        return
    convening.sessions = _program(data, day, zone)
    convening.save_revision().publish()
    for code, strings in translations_of(data, CONVENING_FIELDS).items():
        existing = convening.get_translation_or_none(
            Locale.objects.filter(language_code=code).first()
        )
        if existing is not None and not existing.alias_of_id:
            translate(convening, existing.locale, strings)


def convening(index, data, day):
    zone = ZoneInfo(data["time_zone"])
    details = {key: data[key] for key in CONVENING_DETAILS if key in data}
    if "report_body" in data:
        details["report_body"] = body_blocks(data["report_body"])
    page = child_page(
        index,
        ConveningPage,
        data["slug"],
        title=data["title"],
        introduction=data["introduction"],
        **details,
        start=_at(day, data["start"], zone),
        end=_at(day, data["end"], zone),
        time_zone=data["time_zone"],
        hosts=[ConveningHost(partner=p) for p in _partners(data["hosts"])],
        participants=[
            ConveningParticipant(partner=p) for p in _partners(data["participants"])
        ],
        sessions=_program(data, day, zone),
    )
    return page, zone


@demo_seeder(order=30)
def seed_convenings():
    home = home_page()
    data = section("convenings")
    index = child_page(
        home,
        ConveningIndexPage,
        "convenings",
        title=data["title"],
        introduction=data["introduction"],
        show_in_menus=True,
    )
    translate_into_all(index, translations_of(data, INDEX_FIELDS))
    syracuse_data, spring_data = (
        load(f"convenings/{slug}.yaml") for slug in data["pages"]
    )

    syracuse, _zone = convening(
        index, syracuse_data, date.fromisoformat(syracuse_data["date"])
    )
    _link_outcomes(syracuse, syracuse_data["outcomes"])
    _add_program(
        syracuse, syracuse_data, date.fromisoformat(syracuse_data["date"]), _zone
    )
    translate_into_all(syracuse, translations_of(syracuse_data, CONVENING_FIELDS))

    day = next_spring_saturday(timezone.localdate())
    spring, zone = convening(index, spring_data, day)
    spring_strings = translations_of(spring_data, CONVENING_FIELDS)
    if spring.is_upcoming:
        _add_program(spring, spring_data, day, zone)
        translate_into_all(spring, spring_strings)
    else:
        # Seeded long ago: move the gathering and its program to the coming spring
        # again, and carry the new dates into its translation.
        spring.start = _at(day, spring_data["start"], zone)
        spring.end = _at(day, spring_data["end"], zone)
        # The same sessions, moved (so calendars that have them update them).
        moved = _program(spring_data, day, zone)
        sessions = list(spring.sessions.all())
        if len(sessions) == len(moved):
            for session, new in zip(sessions, moved, strict=True):
                session.start, session.end = new.start, new.end
            moved = sessions
        spring.sessions = moved
        spring.save_revision().publish()
        for code, strings in spring_strings.items():
            locale = Locale.objects.filter(language_code=code).first()
            if locale is not None:
                translate(spring, locale, strings)
