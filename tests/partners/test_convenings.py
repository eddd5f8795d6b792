"""Convenings: an event with a calendar file until it ends, its report afterwards,
and the index of upcoming and past convenings."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from tests.conftest import LANGUAGE_CODES
from tests.factories.partners import ConveningPageFactory, PartnerPageFactory
from tests.html import assert_lang_and_dir, assert_valid_html, soup
from translations.locales import synchronize_all_trees
from translations.localize import translate

NEW_YORK = ZoneInfo("America/New_York")
START = datetime(2030, 4, 27, 10, 0, tzinfo=NEW_YORK)
END = datetime(2030, 4, 27, 15, 30, tzinfo=NEW_YORK)


@pytest.fixture
def convening(partners_tree):
    host = PartnerPageFactory(parent=partners_tree.directory, title="Workers Assembly")
    guest = PartnerPageFactory(parent=partners_tree.directory, title="Farm Center")
    return ConveningPageFactory(
        parent=partners_tree.convenings,
        title="Spring gathering",
        slug="spring-gathering",
        start=START,
        end=END,
        venue="Union hall",
        address="210 Lyell Avenue\nRochester, NY 14608",
        registration_url="https://rsvp.example.org/spring",
        registration_details="RSVP by the Friday before.",
        accessibility="Step-free hall; childcare provided.",
        interpretation="Spanish and Arabic on request.",
        report_summary="We agreed on three action areas.",
        report_body=[
            ("heading", {"text": "What we decided", "level": "h2"}),
            (
                "action_areas",
                {
                    "heading": "Action areas",
                    "areas": [{"title": "Expand organizing", "description": "More."}],
                },
            ),
        ],
        hosts=[host],
        participants=[guest],
    )


def test_before_it_ends_a_convening_is_an_event(client, convening, time_machine):
    time_machine.move_to(END - timedelta(seconds=1), tick=False)

    page = soup(client.get("/en/convenings/spring-gathering/"))

    assert page.find(class_="badge").get_text() == "Upcoming convening"
    take_part = page.find("section", class_="take-part")
    assert take_part.find("a", string="Register or RSVP")["href"] == (
        "https://rsvp.example.org/spring"
    )
    calendar = take_part.find("a", href="/en/convenings/spring-gathering/ics/")
    assert calendar.has_attr("download")
    assert "Step-free hall" in page.get_text()
    assert "three action areas" not in page.get_text()
    assert page.find(id="convening-partners-heading").get_text() == (
        "Who is taking part"
    )


def test_once_it_has_ended_a_convening_shows_its_report(
    client, convening, time_machine
):
    time_machine.move_to(END + timedelta(seconds=1), tick=False)

    page = soup(client.get("/en/convenings/spring-gathering/"))

    assert page.find(class_="badge").get_text() == "Convening report"
    assert page.find("section", class_="take-part") is None
    assert page.find(class_="report-summary").get_text() == (
        "We agreed on three action areas."
    )
    assert page.find("section", class_="action-areas").h2.get_text() == "Action areas"
    assert page.find(id="convening-partners-heading").get_text() == "Who took part"


def test_index_moves_a_convening_from_upcoming_to_past_when_it_ends(
    client, convening, time_machine
):
    time_machine.move_to(END - timedelta(seconds=1), tick=False)
    before = soup(client.get("/en/convenings/"))
    time_machine.move_to(END + timedelta(seconds=1), tick=False)
    after = soup(client.get("/en/convenings/"))

    assert before.find("section", class_="convenings-upcoming").find(
        "a", string="Spring gathering"
    )
    assert before.find("section", class_="convenings-past") is None
    assert (
        "No convening is planned"
        in after.find("section", class_="convenings-upcoming").get_text()
    )
    assert after.find("section", class_="convenings-past").find(
        "a", string="Spring gathering"
    )


def test_index_lists_past_convenings_by_year_newest_first(client, partners_tree):
    for title, year, month in [
        ("Buffalo roundtable", 2023, 3),
        ("Syracuse convening", 2024, 10),
        ("Albany retreat", 2024, 2),
        ("Spring gathering", 2099, 4),
    ]:
        start = datetime(year, month, 10, 10, tzinfo=NEW_YORK)
        ConveningPageFactory(
            parent=partners_tree.convenings,
            title=title,
            start=start,
            end=start + timedelta(hours=6),
        )

    past = soup(client.get("/en/convenings/")).find("section", class_="convenings-past")

    years = [h3.get_text() for h3 in past.find_all("h3", class_="year-heading")]
    assert years == ["2024", "2023"]
    titles = [a.get_text() for a in past.select(".convening-card a")]
    assert titles == ["Syracuse convening", "Albany retreat", "Buffalo roundtable"]


def test_upcoming_convenings_are_listed_soonest_first(client, partners_tree):
    for title, days in [("Later", 60), ("Sooner", 10)]:
        ConveningPageFactory(
            parent=partners_tree.convenings,
            title=title,
            start=datetime(2099, 1, 1, tzinfo=NEW_YORK) + timedelta(days=days),
        )

    upcoming = soup(client.get("/en/convenings/")).find(
        "section", class_="convenings-upcoming"
    )

    assert [a.get_text() for a in upcoming.select(".convening-card a")] == [
        "Sooner",
        "Later",
    ]


def test_calendar_file_describes_the_convening(client, convening):
    response = client.get("/en/convenings/spring-gathering/ics/")

    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert 'filename="spring-gathering.ics"' in response["Content-Disposition"]
    calendar = Calendar.from_ical(response.content)
    [event] = calendar.walk("VEVENT")
    assert str(event["UID"]) == f"convening-{convening.translation_key}@localhost"
    assert event.decoded("DTSTART") == START
    assert event.decoded("DTEND") == END
    assert event["DTSTART"].params["TZID"] == "America/New_York"
    assert [tz["TZID"] for tz in calendar.walk("VTIMEZONE")] == ["America/New_York"]
    assert str(event["LOCATION"]) == (
        "Union hall, 210 Lyell Avenue Rochester, NY 14608"
    )
    assert str(event["URL"]) == "http://localhost/en/convenings/spring-gathering/"
    assert str(event["SUMMARY"]) == "Spring gathering"
    assert "RSVP by the Friday before." in str(event["DESCRIPTION"])


def test_calendar_entry_is_the_same_event_in_every_language(client, convening):
    synchronize_all_trees()

    english = Calendar.from_ical(
        client.get("/en/convenings/spring-gathering/ics/").content
    )
    arabic = Calendar.from_ical(
        client.get("/ar/convenings/spring-gathering/ics/").content
    )

    assert english.walk("VEVENT")[0]["UID"] == arabic.walk("VEVENT")[0]["UID"]


def test_calendar_file_of_an_online_convening_says_online(client, partners_tree):
    ConveningPageFactory(
        parent=partners_tree.convenings,
        slug="online-call",
        venue="",
        address="",
        online=True,
        time_zone="UTC",
    )

    response = client.get("/en/convenings/online-call/ics/")
    [event] = Calendar.from_ical(response.content).walk("VEVENT")

    assert str(event["LOCATION"]) == "Online"
    assert event.decoded("DTSTART").utcoffset() == timedelta(0)


def test_times_are_shown_in_the_convenings_own_time_zone(client, partners_tree):
    ConveningPageFactory(
        parent=partners_tree.convenings,
        slug="west-coast",
        start=datetime(2099, 6, 1, 9, 0, tzinfo=ZoneInfo("America/Los_Angeles")),
        end=datetime(2099, 6, 1, 17, 0, tzinfo=ZoneInfo("America/Los_Angeles")),
        time_zone="America/Los_Angeles",
    )

    page = soup(client.get("/en/convenings/west-coast/"))
    when = page.find("dl", class_="facts").find("dd").get_text(" ", strip=True)

    assert when == "June 1, 2099 , 9 a.m. – 5 p.m. PDT"
    assert page.find("time")["datetime"] == "2099-06-01T09:00:00-07:00"


def test_dates_follow_the_readers_language(client, convening):
    synchronize_all_trees()

    when = soup(client.get("/es/convenings/spring-gathering/")).find("time")

    assert when.get_text() == "27 de abril de 2030"


def test_convening_links_partners_in_the_readers_language(
    client, partners_tree, convening
):
    synchronize_all_trees()
    guest = convening.participants.get().partner
    translate(guest, partners_tree.site_tree.locales["es"], {"Farm Center": "Centro"})

    page = soup(client.get("/es/convenings/spring-gathering/"))
    cards = page.select(".convening-partners .partner-card h3 a")

    assert [(a.get_text(), a["href"]) for a in cards] == [
        ("Workers Assembly", "/es/partners/workers-assembly/"),
        ("Centro", "/es/partners/farm-center/"),
    ]
    # The untranslated partner's name is marked as English for screen readers.
    assert cards[0].parent["lang"] == "en"
    assert not cards[1].parent.has_attr("lang")


def test_unpublished_partners_are_not_shown_on_a_convening(
    client, partners_tree, convening
):
    convening.participants.get().partner.unpublish()

    page = soup(client.get("/en/convenings/spring-gathering/"))

    assert [a.get_text() for a in page.select(".partner-card h3 a")] == [
        "Workers Assembly"
    ]


def test_missing_calendar_route_is_a_404(client, convening):
    assert client.get("/en/convenings/spring-gathering/event.ics").status_code == 404
    assert client.get("/en/convenings/spring-gathering/nope/").status_code == 404


@pytest.mark.parametrize("moment", [END - timedelta(days=1), END + timedelta(days=1)])
def test_convening_pages_are_valid_html_in_every_language(
    client, convening, moment, time_machine
):
    synchronize_all_trees()
    time_machine.move_to(moment, tick=False)

    for code in LANGUAGE_CODES:
        for path in ("convenings/", "convenings/spring-gathering/"):
            response = client.get(f"/{code}/{path}")
            assert response.status_code == 200
            assert_lang_and_dir(response, code)
            assert_valid_html(response.content)


def test_index_queries_do_not_grow_with_convenings(
    client, partners_tree, django_assert_max_num_queries
):
    client.get("/en/convenings/")
    queries = {}
    for size in (3, 30):
        while partners_tree.convenings.get_children().count() < size:
            n = partners_tree.convenings.get_children().count()
            start = datetime(2020 + n % 12, 5, 1, 10, tzinfo=NEW_YORK)
            if n % 2:
                start = start.replace(year=2090 + n % 5)
            ConveningPageFactory(
                parent=partners_tree.convenings,
                start=start,
                end=start + timedelta(hours=5),
            )
        with django_assert_max_num_queries(40) as captured:
            response = client.get("/en/convenings/")
        assert len(soup(response).select(".convening-card")) == min(
            size, 20 + size // 2
        )
        queries[size] = len(captured.captured_queries)

    assert queries[3] == queries[30], queries


def test_convening_page_queries_do_not_grow_with_participants(
    client, partners_tree, convening, django_assert_max_num_queries
):
    client.get(convening.url)
    queries = {}
    for size in (3, 30):
        partners = [
            PartnerPageFactory(parent=partners_tree.directory)
            for _ in range(size - convening.participants.count())
        ]
        convening.participants = [
            *convening.participants.all(),
            *(convening.participants.model(partner=p) for p in partners),
        ]
        convening.save()
        with django_assert_max_num_queries(40) as captured:
            response = client.get(convening.url)
        # The host is listed among those who take part, too.
        assert len(soup(response).select(".partner-card")) == size + 1
        queries[size] = len(captured.captured_queries)

    assert queries[3] == queries[30], queries


def test_untranslated_words_are_marked_with_their_language(client, convening):
    synchronize_all_trees()

    page = soup(client.get("/ar/convenings/spring-gathering/"))

    assert page.html["lang"] == "ar"
    for element in (page.h1, page.find("address"), page.find(class_="take-part").p):
        assert (element["lang"], element["dir"]) == ("en", "ltr")


@pytest.mark.parametrize(
    ("code", "when"),
    [
        ("en", "April 27, 2030 , 10 a.m. – 3:30 p.m. EDT"),
        ("es", "27 de abril de 2030 , 10:00 – 15:30 EDT"),
        ("ht", "27 avril 2030 , 10:00 – 15:30 EDT"),
        ("ar", "27 أبريل، 2030 , 10:00 ص – 3:30 م EDT"),
    ],
)
def test_the_date_and_hours_are_written_as_the_reader_writes_them(
    client, convening, code, when
):
    synchronize_all_trees()

    page = soup(client.get(f"/{code}/convenings/spring-gathering/"))

    assert page.find("time").parent.get_text(" ", strip=True) == when
    assert page.find("time")["datetime"] == START.isoformat()
