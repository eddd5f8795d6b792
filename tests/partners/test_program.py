"""A convening's program: sessions built in the page editor (or from a proposal),
the program page in every language, each session in the calendar file, and the
report's sessions and attendance."""

from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield
from wagtail_localize.models import StringSegment, TranslationSource

import pytest
from icalendar import Calendar

from partners.models import ConveningPage, ConveningSession, add_session
from tests.factories.partners import ConveningPageFactory, PartnerPageFactory
from tests.html import soup
from translations.locales import synchronize_all_trees
from translations.localize import translate

NEW_YORK = ZoneInfo("America/New_York")
DAY_ONE = datetime(2030, 4, 26, 9, 0, tzinfo=NEW_YORK)
DAY_TWO = datetime(2030, 4, 27, 9, 0, tzinfo=NEW_YORK)


def at(day, hours, minutes=0):
    return day.replace(hour=hours, minute=minutes)


@pytest.fixture
def partner(partners_tree):
    return PartnerPageFactory(parent=partners_tree.directory, title="Farm Center")


@pytest.fixture
def convening(partners_tree, partner):
    """A two-day gathering with three sessions, published."""
    page = ConveningPageFactory(
        parent=partners_tree.convenings,
        title="Spring gathering",
        slug="spring-gathering",
        start=at(DAY_ONE, 9),
        end=at(DAY_TWO, 16),
    )
    page.sessions = [
        ConveningSession(
            title="Peer-to-peer training",
            format="training",
            description="Workers who train their co-workers.",
            start=at(DAY_TWO, 10),
            end=at(DAY_TWO, 11, 30),
            room="Room B",
            languages=["en", "es"],
            interpretation=["ht"],
            presenters=[
                ("partner", partner),
                ("person", {"name": "Rosa Martínez", "organization": "Local 418"}),
            ],
            took_place=True,
            attendance=31,
        ),
        ConveningSession(
            title="Visioning session",
            format="plenary",
            start=at(DAY_ONE, 9, 30),
            end=at(DAY_ONE, 11),
            room="Main hall",
            languages=["en"],
            took_place=True,
            attendance=58,
        ),
        ConveningSession(
            title="Lunch",
            format="break",
            start=at(DAY_ONE, 12),
            end=at(DAY_ONE, 13),
        ),
    ]
    page.save_revision().publish()
    synchronize_all_trees()
    return page


def program(client, url):
    response = client.get(url)
    assert response.status_code == 200, response.status_code
    return soup(response)


# Validation -------------------------------------------------------------------


def test_a_session_ends_after_it_starts(convening):
    session = ConveningSession(
        page=convening,
        locale=convening.locale,
        title="Backwards",
        start=at(DAY_ONE, 11),
        end=at(DAY_ONE, 10),
    )

    with pytest.raises(ValidationError) as error:
        session.full_clean(exclude=["page"])

    assert "end" in error.value.message_dict


def test_a_session_happens_on_the_convenings_days(convening):
    with pytest.raises(ValidationError) as error:
        add_session(
            convening,
            title="The day after",
            start=at(DAY_TWO, 10) + timedelta(days=1),
            end=at(DAY_TWO, 11) + timedelta(days=1),
        )

    assert set(error.value.message_dict) == {"start", "end"}
    assert convening.sessions.count() == 3


def test_a_proposal_becomes_a_draft_session_without_retyping(convening, partner):
    session = add_session(
        convening,
        title="Know your rights on the farm",
        format="workshop",
        description="A workshop proposed by a member.",
        start=at(DAY_TWO, 13),
        end=at(DAY_TWO, 14),
        room="Room C",
        languages=["es"],
        presenters=[partner, ("Ana Pierre", "Farm Center")],
    )

    convening.refresh_from_db()
    # A draft for an editor to check: the live program is unchanged until published.
    assert convening.has_unpublished_changes
    assert convening.sessions.count() == 3
    draft = convening.get_latest_revision_as_object()
    assert [s.title for s in draft.sessions.all()][-1] == session.title

    convening.get_latest_revision().publish()

    saved = ConveningSession.objects.get(
        translation_key=session.translation_key, locale=convening.locale
    )
    assert saved.presenters[0].value.pk == partner.pk
    assert saved.presenters[1].value["name"] == "Ana Pierre"


# The program page ---------------------------------------------------------------


def test_program_is_grouped_by_day_in_the_convenings_time_zone(client, convening):
    page = program(client, "/en/convenings/spring-gathering/program/")

    days = page.select(".program-day")
    assert [day.find("h2").get_text() for day in days] == [
        "Friday, April 26, 2030",
        "Saturday, April 27, 2030",
    ]
    assert [h.get_text() for h in days[0].select("h3")] == [
        "Visioning session",
        "Lunch",
    ]
    first = days[0].select_one(".program-session__time").get_text()
    assert first == "9:30 a.m.–11 a.m."
    training = days[1].select_one(".program-session")
    facts = training.select_one(".program-session__facts").get_text(" ", strip=True)
    assert "Farm Center" in facts
    assert "Rosa Martínez (Local 418)" in facts
    assert "English, Español" in facts or "English, Spanish" in facts
    assert training.select_one(".program-session__facts a")["href"] == (
        "/en/partners/farm-center/"
    )


def test_convening_page_links_its_program(client, convening):
    page = soup(client.get("/en/convenings/spring-gathering/"))

    link = page.find("a", string="See the program")
    assert link["href"] == "/en/convenings/spring-gathering/program/"


def test_calendar_file_still_served_beside_the_program(client, convening):
    response = client.get("/en/convenings/spring-gathering/ics/")

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")


def spanish_strings():
    return {
        "Spring gathering": "Encuentro de primavera",
        "Peer-to-peer training": "Capacitación entre pares",
        "Workers who train their co-workers.": "Trabajadores que capacitan.",
        "Visioning session": "Sesión de visión",
        "Main hall": "Sala principal",
    }


def test_program_in_spanish_reads_the_translation(client, convening, partners_tree):
    translate(convening, partners_tree.site_tree.locales["es"], spanish_strings())

    page = program(client, "/es/convenings/spring-gathering/program/")

    titles = [h.get_text() for h in page.select(".program-session h3")]
    assert titles == ["Sesión de visión", "Lunch", "Capacitación entre pares"]
    assert page.select_one(".program-day h2").get_text() == (
        "viernes, 26 de abril de 2030"
    )
    assert "Sala principal" in page.select_one(".program-session__meta").get_text()


def test_program_under_creole_falls_back_to_the_nearest_translation(
    client, convening, partners_tree, settings
):
    settings.LANGUAGE_FALLBACKS = {"ht": ["fr", "es"]}
    translate(convening, partners_tree.site_tree.locales["es"], spanish_strings())

    page = program(client, "/ht/convenings/spring-gathering/program/")

    titles = [h.get_text() for h in page.select(".program-session h3")]
    assert titles[0] == "Sesión de visión"
    assert page.select_one(".program-session h3")["lang"] == "es"


def test_sessions_are_translated_words_and_synchronized_facts(convening):
    source, _ = TranslationSource.update_or_create_from_instance(convening)
    segments = set(
        StringSegment.objects.filter(source=source).values_list(
            "string__data", flat=True
        )
    )

    assert {"Peer-to-peer training", "Room B", "Visioning session"} <= segments
    # Names of people and times are not offered for translation.
    assert "Rosa Martínez" not in segments


# The calendar -------------------------------------------------------------------


def events_of(response):
    assert response.status_code == 200
    return Calendar.from_ical(response.content).walk("VEVENT")


def test_each_session_is_its_own_event(client, convening):
    events = events_of(client.get("/en/convenings/spring-gathering/ics/"))

    assert [str(e["SUMMARY"]) for e in events] == [
        "Spring gathering",
        "Visioning session",
        "Lunch",
        "Peer-to-peer training",
    ]
    training = events[3]
    assert training.decoded("DTSTART") == at(DAY_TWO, 10)
    assert training["DTSTART"].params["TZID"] == "America/New_York"
    assert str(training["LOCATION"]).startswith("Room B")
    assert "Rosa Martínez, Local 418" in str(training["DESCRIPTION"])
    assert "Farm Center" in str(training["DESCRIPTION"])


def test_session_events_keep_their_uid_across_languages_and_edits(
    client, convening, partners_tree
):
    english = [
        str(e["UID"])
        for e in events_of(client.get("/en/convenings/spring-gathering/ics/"))
    ]
    translate(convening, partners_tree.site_tree.locales["es"], spanish_strings())
    page = convening.get_latest_revision_as_object()
    for session in page.sessions.all():
        if session.title == "Lunch":
            session.title = "Long lunch"
    page.save_revision().publish()

    spanish = [
        str(e["UID"])
        for e in events_of(client.get("/es/convenings/spring-gathering/ics/"))
    ]
    edited = [
        str(e["UID"])
        for e in events_of(client.get("/en/convenings/spring-gathering/ics/"))
    ]

    assert len(set(english)) == 4
    assert english == spanish == edited
    assert english[1].startswith(f"session-{convening.translation_key}-")


def test_subscription_feed_carries_the_sessions(client, convening, time_machine):
    time_machine.move_to(at(DAY_ONE, 8), tick=False)

    events = events_of(client.get(reverse("convenings_calendar")))

    assert len(events) == 4
    assert len({str(e["UID"]) for e in events}) == 4


def test_one_session_as_its_own_calendar_file(client, convening):
    session = convening.sessions.get(title="Peer-to-peer training")

    url = f"/en/convenings/spring-gathering/program/{session.translation_key}/ics/"
    [event] = events_of(client.get(url))

    assert str(event["SUMMARY"]) == "Peer-to-peer training"


# The report -------------------------------------------------------------------


def test_report_lists_sessions_that_took_place_and_counts_but_no_names(
    client, convening, time_machine
):
    time_machine.move_to(at(DAY_TWO, 18), tick=False)

    page = soup(client.get("/en/convenings/spring-gathering/"))
    held = page.select_one(".convening-sessions-held")

    rows = [
        [cell.get_text() for cell in row.select("td")]
        for row in held.select("tbody tr")
    ]
    assert rows == [
        ["Visioning session", "Plenary", "58"],
        ["Peer-to-peer training", "Training", "31"],
    ]
    assert "89" in held.select_one(".convening-attendance").get_text()
    assert "Lunch" not in held.get_text()
    assert "Rosa" not in held.get_text()
    # Each session leads to its place in the program of the day.
    visioning = convening.sessions.get(title="Visioning session")
    link = held.select_one("tbody a")
    assert link["href"] == (
        f"/en/convenings/spring-gathering/program/#session-{visioning.translation_key}"
    )
    program_page = soup(client.get("/en/convenings/spring-gathering/program/"))
    assert program_page.select_one(f"#session-{visioning.translation_key} h3")


# The editor -------------------------------------------------------------------


def test_editor_adds_a_session_in_the_program_tab(admin_client, convening, partner):
    data = nested_form_data(
        {
            "title": convening.title,
            "slug": convening.slug,
            "start": "2030-04-26 09:00",
            "end": "2030-04-27 16:00",
            "time_zone": "America/New_York",
            "venue": "Union hall",
            "hosts": inline_formset([]),
            "participants": inline_formset([]),
            "outcomes": inline_formset([]),
            "sessions": inline_formset(
                [
                    {
                        "id": s.pk,
                        "title": s.title,
                        "format": s.format,
                        "start": s.start.astimezone(NEW_YORK).strftime(
                            "%Y-%m-%d %H:%M"
                        ),
                        "end": s.end.astimezone(NEW_YORK).strftime("%Y-%m-%d %H:%M"),
                        "presenters": streamfield([]),
                        "modules": streamfield([]),
                    }
                    for s in ConveningPage.objects.get(pk=convening.pk).sessions.all()
                ]
                + [
                    {
                        "title": "Alliances between unions and worker centers",
                        "format": "roundtable",
                        "start": "2030-04-27 14:00",
                        "end": "2030-04-27 15:00",
                        "room": "Room A",
                        "presenters": streamfield(
                            [
                                ("partner", partner.pk),
                                (
                                    "person",
                                    {"name": "Ana Pierre", "organization": "Local 418"},
                                ),
                            ]
                        ),
                        "modules": streamfield([]),
                    }
                ],
                initial=3,
            ),
            "report_body": streamfield([]),
            "action-publish": "publish",
        }
    )
    # Ticked boxes are one field sent several times (nested_form_data would number
    # a list).
    data["sessions-3-languages"] = ["en", "es"]

    response = admin_client.post(
        reverse("wagtailadmin_pages:edit", args=[convening.pk]), data
    )

    assert response.status_code == 302, response.context["form"].errors
    session = ConveningPage.objects.get(pk=convening.pk).sessions.get(
        title="Alliances between unions and worker centers"
    )
    assert session.start == datetime(2030, 4, 27, 14, 0, tzinfo=NEW_YORK)
    assert session.languages == ["en", "es"]
    assert session.locale_id == convening.locale_id
    assert session.presenters[1].value["name"] == "Ana Pierre"


def test_editor_cannot_put_a_session_outside_the_convening(admin_client, convening):
    data = nested_form_data(
        {
            "title": convening.title,
            "slug": convening.slug,
            "start": "2030-04-26 09:00",
            "end": "2030-04-27 16:00",
            "time_zone": "America/New_York",
            "venue": "Union hall",
            "hosts": inline_formset([]),
            "participants": inline_formset([]),
            "outcomes": inline_formset([]),
            "sessions": inline_formset(
                [
                    {
                        "title": "Too late",
                        "format": "workshop",
                        "start": "2030-04-29 14:00",
                        "end": "2030-04-29 15:00",
                        "presenters": streamfield([]),
                        "modules": streamfield([]),
                    }
                ]
            ),
            "report_body": streamfield([]),
        }
    )

    response = admin_client.post(
        reverse("wagtailadmin_pages:edit", args=[convening.pk]), data
    )

    assert response.status_code == 200
    assert not convening.sessions.filter(title="Too late").exists()


def test_print_styles_keep_the_program_compact():
    css = (Path(settings.BASE_DIR) / "static" / "css" / "site.css").read_text()
    print_rules = css[css.rindex("@media print") :]

    assert ".program-session" in print_rules
    assert "break-inside: avoid" in print_rules
    assert ".program__back" in print_rules


# Queries ------------------------------------------------------------------------


@pytest.mark.parametrize("path", ["", "program/", "ics/"])
def test_pages_cost_the_same_queries_whatever_the_number_of_sessions(
    client, convening, partner, django_assert_max_num_queries, path
):
    url = f"/es/convenings/spring-gathering/{path}"
    client.get(url)  # warm the caches
    with CaptureQueriesContext(connection) as few:
        assert client.get(url).status_code == 200
    for hour in range(12):
        add_session(
            convening,
            title=f"Workshop {hour}",
            format="workshop",
            start=at(DAY_TWO, 8 + hour // 2, 30 * (hour % 2)),
            end=at(DAY_TWO, 8 + hour // 2, 30 * (hour % 2) + 25),
            presenters=[partner, ("Rosa M.", "Local 418")],
            languages=["es"],
            publish=True,
        )
    synchronize_all_trees()
    client.get(url)
    with django_assert_max_num_queries(len(few.captured_queries)):
        assert client.get(url).status_code == 200
