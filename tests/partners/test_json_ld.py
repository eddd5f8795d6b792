"""Convenings describe themselves as schema.org Events, partners as
Organizations."""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from partners.models import ConveningHost, add_session
from tests.factories.partners import ConveningPageFactory, PartnerPageFactory
from tests.json_ld import json_ld, of_type
from translations.locales import synchronize_all_trees

NEW_YORK = ZoneInfo("America/New_York")


@pytest.fixture
def partner(partners_tree):
    return PartnerPageFactory(
        parent=partners_tree.directory,
        title="Farmworker Center",
        slug="farmworker-center",
        introduction="Organizing farmworkers since 1990.",
        city="Rochester",
        website="https://farmworkers.example.org",
    )


def convening(partners_tree, **kwargs):
    values = {
        "title": "Spring gathering",
        "slug": "spring-gathering",
        "start": datetime(2030, 4, 27, 10, 0, tzinfo=NEW_YORK),
        "end": datetime(2030, 4, 27, 15, 30, tzinfo=NEW_YORK),
        "venue": "Union hall",
        "address": "210 Lyell Avenue\nRochester, NY 14608",
        "online": False,
    }
    return ConveningPageFactory(parent=partners_tree.convenings, **values | kwargs)


def event(client, path="/en/convenings/spring-gathering/"):
    return of_type(json_ld(client.get(path)), "Event")


def test_a_convening_is_an_event_with_offsets(client, partners_tree):
    convening(partners_tree)
    data = event(client)
    assert data["name"] == "Spring gathering"
    assert data["startDate"] == "2030-04-27T10:00:00-04:00"
    assert data["endDate"] == "2030-04-27T15:30:00-04:00"
    assert data["eventStatus"] == "https://schema.org/EventScheduled"
    assert data["inLanguage"] == "en"


def test_an_in_person_convening_is_at_a_place(client, partners_tree):
    convening(partners_tree)
    data = event(client)
    assert data["eventAttendanceMode"].endswith("OfflineEventAttendanceMode")
    assert data["location"]["@type"] == "Place"
    assert data["location"]["address"]["streetAddress"].startswith("210 Lyell")


def test_an_online_convening_is_at_a_virtual_location(client, partners_tree):
    convening(partners_tree, venue="", address="", online=True)
    data = event(client)
    assert data["eventAttendanceMode"].endswith("OnlineEventAttendanceMode")
    assert data["location"]["@type"] == "VirtualLocation"


def test_a_mixed_convening_is_at_both(client, partners_tree):
    convening(partners_tree, online=True)
    data = event(client)
    assert data["eventAttendanceMode"].endswith("MixedEventAttendanceMode")
    assert {place["@type"] for place in data["location"]} == {
        "Place",
        "VirtualLocation",
    }


def test_a_convening_is_organized_by_its_hosts(client, partners_tree, partner):
    page = convening(partners_tree)
    ConveningHost.objects.create(page=page, partner=partner)
    assert [o["name"] for o in event(client)["organizer"]] == ["Farmworker Center"]


def test_an_untranslated_convening_under_ht_says_english(client, partners_tree):
    convening(partners_tree)
    synchronize_all_trees()
    assert event(client, "/ht/convenings/spring-gathering/")["inLanguage"] == "en"


def test_a_partner_is_an_organization(client, partner):
    data = of_type(
        json_ld(client.get("/en/partners/farmworker-center/")), "Organization"
    )
    assert data["name"] == "Farmworker Center"
    assert data["description"] == "Organizing farmworkers since 1990."
    assert data["address"]["addressLocality"] == "Rochester"
    assert data["sameAs"] == ["https://farmworkers.example.org"]


def test_each_session_of_the_program_is_a_sub_event(client, partners_tree):
    page = convening(partners_tree)
    add_session(
        page,
        title="Practicing a know-your-rights session",
        format="workshop",
        start=datetime(2030, 4, 27, 11, 0, tzinfo=NEW_YORK),
        end=datetime(2030, 4, 27, 12, 15, tzinfo=NEW_YORK),
        room="Room A",
        languages=["es"],
        publish=True,
    )
    add_session(
        page,
        title="Lunch",
        format="break",
        start=datetime(2030, 4, 27, 12, 15, tzinfo=NEW_YORK),
        end=datetime(2030, 4, 27, 13, 0, tzinfo=NEW_YORK),
        publish=True,
    )
    session = page.sessions.get(format="workshop")

    [sub_event] = event(client)["subEvent"]

    assert sub_event["name"] == "Practicing a know-your-rights session"
    assert sub_event["startDate"] == "2030-04-27T11:00:00-04:00"
    assert sub_event["inLanguage"] == ["es"]
    assert sub_event["location"] == {"@type": "Place", "name": "Room A"}
    assert sub_event["url"] == (
        "http://testserver/en/convenings/spring-gathering/program/"
        f"#session-{session.translation_key}"
    )
