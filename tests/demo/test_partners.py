"""The partners' demo content: regions, partners, the Syracuse report and the next
convening, translated, and the same after a second run."""

from datetime import date, timedelta
from io import StringIO

from django.core.management import call_command
from django.utils import timezone

from wagtail.models import Locale
from wagtail_localize.models import Translation

import pytest
from icalendar import Calendar

from demo.seeders.partners import next_spring_saturday
from partners.choices import PartnerKind
from partners.models import (
    ConveningHost,
    ConveningPage,
    ConveningParticipant,
    PartnerIndexPage,
    PartnerLanguage,
    PartnerPage,
    PartnerSector,
)
from taxonomy.models import Region, Sector
from tests.conftest import LANGUAGE_CODES
from tests.html import assert_valid_html, soup


def english(model):
    return model.objects.filter(locale=Locale.get_default())


def counts():
    return {
        model.__name__: model.objects.count()
        for model in (
            Region,
            PartnerIndexPage,
            PartnerPage,
            PartnerSector,
            PartnerLanguage,
            ConveningPage,
            ConveningHost,
            ConveningParticipant,
            Translation,
        )
    }


def test_seed_builds_a_directory_of_invented_partners(client, seeded):
    partners = list(english(PartnerPage).select_related("region"))

    assert len(partners) >= 8
    assert len({p.region.slug for p in partners}) >= 4
    assert {p.kind for p in partners} == set(PartnerKind.values)
    sectors = set(PartnerSector.objects.values_list("sector__slug", flat=True))
    assert {"farm-work", "factory-and-food-processing", "youth-workers"} <= sectors
    assert english(Region).count() == 8
    assert Region.objects.count() == 8 * len(LANGUAGE_CODES)
    menu = soup(client.get("/en/")).find("nav", class_="main-menu")
    assert menu.find("a", string="Partners")["href"] == "/en/partners/"
    assert menu.find("a", string="Convenings")["href"] == "/en/convenings/"


def test_a_visitor_finds_worker_centers_in_their_region_that_speak_spanish(
    client, seeded
):
    response = client.get(
        "/es/partners/",
        {"region": "north-country", "kind": "worker-center", "language": "es"},
    )

    assert response.status_code == 200
    names = [a.get_text() for a in soup(response).select(".partner-card h2 a")]
    assert names == [
        "Adirondack Hospitality Workers Center",
        "Centro de Trabajadores Lecheros del North Country",
    ]


def test_partners_and_modules_share_one_list_of_sectors(client, seeded):
    partner_sectors = Sector.objects.filter(partner_sectors__isnull=False).distinct()
    module_sectors = Sector.objects.filter(modules__isnull=False).distinct()

    assert set(partner_sectors.values_list("locale__language_code", flat=True)) == {
        "en"
    }
    assert {"farm-work", "care-work", "hospitality"} <= set(
        partner_sectors.values_list("slug", flat=True)
    ) & set(module_sectors.values_list("slug", flat=True))
    for sector in partner_sectors:
        assert Sector.objects.filter(
            translation_key=sector.translation_key
        ).count() == (len(LANGUAGE_CODES)), sector.slug


def test_a_spanish_reader_filters_partners_by_a_sector_named_in_spanish(client, seeded):
    response = client.get("/es/partners/", {"sector": "domestic-work"})

    page = soup(response)
    chosen = page.find("select", attrs={"name": "sector"}).find("option", selected=True)
    assert chosen.get_text().startswith("Trabajo del hogar (")
    names = [a.get_text() for a in page.select(".partner-card h2 a")]
    assert names == ["Cooperativa de Trabajadoras del Hogar Manos Unidas"]
    partner = soup(client.get("/es/partners/manos-unidas-cooperative/"))
    sectors = [a.get_text() for a in partner.select("dl.facts a[href*='sector=']")]
    assert sectors == ["Trabajo de cuidado", "Trabajo del hogar"]


def test_the_syracuse_report_says_what_was_decided_and_who_took_part(client, seeded):
    syracuse = english(ConveningPage).get(slug="syracuse-2024")
    assert timezone.localtime(syracuse.start).date() == date(2024, 10, 25)
    assert syracuse.participants.count() + syracuse.hosts.count() > 8

    for code, heading in [("en", "Action areas"), ("es", "Áreas de acción")]:
        response = client.get(f"/{code}/convenings/syracuse-2024/")
        page = soup(response)
        assert page.find("section", class_="action-areas").h2.get_text() == heading
        assert len(page.select(".convening-partners .partner-card")) > 8
        assert_valid_html(response.content)
    spanish = soup(client.get("/es/convenings/syracuse-2024/"))
    assert spanish.h1.get_text().startswith("Encuentro de Syracuse")
    assert "Ampliar la organización" in spanish.get_text()


def test_the_next_convening_is_upcoming_and_can_be_added_to_a_calendar(client, seeded):
    spring = english(ConveningPage).get(slug="spring-peer-trainers-gathering")
    assert spring.is_upcoming
    assert spring.registration_url

    page = soup(client.get("/en/convenings/"))
    upcoming = page.find("section", class_="convenings-upcoming")
    assert upcoming.find("a", string="Spring gathering of peer trainers")

    response = client.get("/en/convenings/spring-peer-trainers-gathering/ics/")
    # The convening itself; its program's sessions follow as events of their own.
    [event] = [
        event
        for event in Calendar.from_ical(response.content).walk("VEVENT")
        if str(event["UID"]).startswith("convening-")
    ]
    assert event.decoded("DTSTART") == spring.start


def test_spanish_translations_cover_every_segment(seeded):
    spanish = Locale.objects.get(language_code="es")
    translated = [
        english(ConveningPage).get(slug="syracuse-2024"),
        english(ConveningPage).get(slug="spring-peer-trainers-gathering"),
        *english(PartnerPage).filter(
            slug__in=[
                "north-country-dairy-workers-center",
                "finger-lakes-farmworker-center",
                "manos-unidas-cooperative",
            ]
        ),
    ]
    assert len(translated) == 5

    for page in translated:
        translation = Translation.objects.get(
            source__object_id=page.translation_key, target_locale=spanish
        )
        total, done = translation.get_progress()
        assert total == done, page.slug
        assert page.get_translation(spanish).alias_of_id is None


def test_seeding_after_the_next_convening_moves_it_to_the_coming_spring(
    seeded, time_machine
):
    spring = english(ConveningPage).get(slug="spring-peer-trainers-gathering")
    time_machine.move_to(spring.end + timedelta(days=1), tick=False)

    call_command("seed_demo", stdout=StringIO())

    spring.refresh_from_db()
    assert spring.is_upcoming
    spanish = spring.get_translation(Locale.objects.get(language_code="es"))
    assert spanish.specific.start == spring.start


def test_seed_twice_adds_nothing(seeded):
    before = counts()

    call_command("seed_demo", stdout=StringIO())

    assert counts() == before


@pytest.mark.parametrize(
    ("today", "expected"),
    [
        (date(2026, 11, 24), date(2027, 4, 24)),
        (date(2027, 3, 1), date(2027, 4, 24)),
        (date(2027, 4, 10), date(2028, 4, 29)),
    ],
)
def test_the_next_convening_falls_on_a_spring_saturday(today, expected):
    day = next_spring_saturday(today)

    assert day == expected
    assert day.weekday() == 5
