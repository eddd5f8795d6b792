"""The calendar of upcoming convenings that calendar apps subscribe to, per language:
read back with the icalendar library, as a calendar app would."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from tests.factories.partners import ConveningPageFactory
from tests.html import soup
from translations.locales import synchronize_all_trees
from translations.localize import translate

NEW_YORK = ZoneInfo("America/New_York")
NOW = datetime(2030, 3, 1, 12, 0, tzinfo=NEW_YORK)

SPANISH = {
    "Spring gathering": "Encuentro de primavera",
    "A day to plan together.": "Un día para planificar juntos.",
    "Step-free hall.": "Salón sin escalones.",
}


@pytest.fixture
def now(time_machine):
    time_machine.move_to(NOW, tick=False)
    return NOW


def published(page):
    """The page as an editor leaves it after pressing Publish."""
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def convening(partners_tree, title, start, **fields):
    return published(
        ConveningPageFactory(
            parent=partners_tree.convenings,
            title=title,
            start=start,
            end=start + timedelta(hours=5),
            **fields,
        )
    )


@pytest.fixture
def spring(partners_tree, now):
    page = convening(
        partners_tree,
        "Spring gathering",
        NOW + timedelta(days=30),
        accessibility="Step-free hall.",
    )
    synchronize_all_trees()
    return page


def events(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return Calendar.from_ical(response.content)


def event_titled(calendar, title):
    [event] = [e for e in calendar.walk("VEVENT") if str(e["SUMMARY"]) == title]
    return event


def test_every_upcoming_convening_is_in_the_calendar_once(client, partners_tree, now):
    for days in (3, 40, 90):
        convening(partners_tree, f"In {days} days", NOW + timedelta(days=days))

    calendar = events(client, "/en/convenings.ics")

    assert [str(e["SUMMARY"]) for e in calendar.walk("VEVENT")] == [
        "In 3 days",
        "In 40 days",
        "In 90 days",
    ]


def test_past_convenings_are_left_out(client, partners_tree, now):
    convening(partners_tree, "Last winter", NOW - timedelta(days=60))
    convening(partners_tree, "Next month", NOW + timedelta(days=30))

    calendar = events(client, "/en/convenings.ics")

    assert [str(e["SUMMARY"]) for e in calendar.walk("VEVENT")] == ["Next month"]


def test_drafts_and_unpublished_convenings_are_left_out(client, partners_tree, now):
    draft = convening(partners_tree, "Not decided yet", NOW + timedelta(days=10))
    draft.unpublish()

    calendar = events(client, "/en/convenings.ics")

    assert calendar.walk("VEVENT") == []


def test_an_event_has_the_uid_of_the_convenings_own_calendar_file(client, spring):
    feed = event_titled(events(client, "/en/convenings.ics"), "Spring gathering")
    single = events(client, f"/en/convenings/{spring.slug}/ics/").walk("VEVENT")[0]

    assert str(feed["UID"]) == str(single["UID"])
    assert str(feed["UID"]) == f"convening-{spring.translation_key}@localhost"


def test_an_event_has_the_same_uid_in_every_language(client, spring, site_tree):
    translate(spring, site_tree.locales["es"], SPANISH)

    english = event_titled(events(client, "/en/convenings.ics"), "Spring gathering")
    spanish = event_titled(
        events(client, "/es/convenings.ics"), "Encuentro de primavera"
    )

    assert str(english["UID"]) == str(spanish["UID"])


def test_a_republished_convening_keeps_its_uid_with_a_higher_sequence(
    client, spring, time_machine
):
    before = event_titled(events(client, "/en/convenings.ics"), "Spring gathering")
    time_machine.move_to(NOW + timedelta(hours=2), tick=False)
    spring.venue = "The new union hall"
    published(spring)

    after = event_titled(events(client, "/en/convenings.ics"), "Spring gathering")

    assert str(after["UID"]) == str(before["UID"])
    assert after["SEQUENCE"] > before["SEQUENCE"]
    assert after.decoded("LAST-MODIFIED") > before.decoded("LAST-MODIFIED")
    assert "The new union hall" in str(after["LOCATION"])


def test_every_time_zone_used_is_described(client, partners_tree, now):
    convening(partners_tree, "In Rochester", NOW + timedelta(days=5))
    convening(
        partners_tree,
        "In Los Angeles",
        NOW + timedelta(days=6),
        time_zone="America/Los_Angeles",
    )

    calendar = events(client, "/en/convenings.ics")

    zones = {str(zone["TZID"]) for zone in calendar.walk("VTIMEZONE")}
    assert zones == {"America/New_York", "America/Los_Angeles"}
    assert str(calendar["X-WR-TIMEZONE"]) == "America/New_York"
    assert event_titled(calendar, "In Los Angeles")["DTSTART"].params["TZID"] == (
        "America/Los_Angeles"
    )


def test_the_spanish_calendar_is_named_and_written_in_spanish(
    client, spring, site_tree
):
    translate(spring, site_tree.locales["es"], SPANISH)

    calendar = events(client, "/es/convenings.ics")

    assert str(calendar["X-WR-CALNAME"]) == "Training Hub: encuentros"
    assert str(calendar["NAME"]) == "Training Hub: encuentros"
    event = event_titled(calendar, "Encuentro de primavera")
    assert "Un día para planificar juntos." in str(event["DESCRIPTION"])
    assert "Accesibilidad: Salón sin escalones." in str(event["DESCRIPTION"])
    assert str(event["URL"]).startswith("http://localhost/es/convenings/")


def test_an_untranslated_convening_is_shown_in_english_and_says_so(client, spring):
    calendar = events(client, "/ht/convenings.ics")

    event = event_titled(calendar, "Spring gathering")
    assert event["SUMMARY"].params["LANGUAGE"] == "en"
    assert str(event["URL"]) == f"http://localhost/ht/convenings/{spring.slug}/"


def test_calendar_apps_can_subscribe_to_it(client, spring):
    response = client.get("/es/convenings.ics")

    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert "Content-Disposition" not in response
    assert not response.cookies
    calendar = Calendar.from_ical(response.content)
    assert calendar["REFRESH-INTERVAL"].dt == timedelta(hours=6)
    assert b"\r\nX-PUBLISHED-TTL:PT6H\r\n" in response.content


def test_the_calendar_is_kept_in_the_page_cache(client, spring, settings):
    settings.PAGE_CACHE_SECONDS = 600
    client.get("/en/convenings.ics")

    assert client.get("/en/convenings.ics")["X-Page-Cache"] == "hit"


def test_the_convenings_page_links_to_the_calendar(client, spring):
    page = soup(client.get("/es/convenings/"))

    subscribe = page.find("a", string="Suscribirse al calendario")
    assert subscribe["href"] == "webcal://testserver/es/convenings.ics"
    links = page.find(class_="calendar-links").find_all("a")
    assert links[1]["href"] == "http://testserver/es/convenings.ics"
