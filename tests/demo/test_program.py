"""The demo's convening programs: the Syracuse report's sessions with attendance,
and the spring gathering's program in English and Spanish."""

from io import StringIO

from django.core.management import call_command

from partners.models import ConveningSession
from tests.html import soup


def test_syracuse_report_lists_the_sessions_of_the_day(seeded, client):
    page = soup(client.get("/en/convenings/syracuse-2024/"))
    held = page.select_one(".convening-sessions-held")

    titles = [row.select_one("td").get_text() for row in held.select("tbody tr")]
    assert titles[0] == "Welcome and visioning session"
    assert "Alliances between unions and worker centers" in titles
    assert "Lunch" not in titles
    assert "207" in held.select_one(".convening-attendance").get_text()


def test_spring_gathering_program_in_spanish(seeded, client):
    page = soup(client.get("/es/convenings/spring-peer-trainers-gathering/program/"))

    titles = [h.get_text() for h in page.select(".program-session h3")]
    assert len(titles) == 6
    assert titles[0] == "Bienvenida y lo que aprendimos este año"


def test_seeding_again_adds_no_session(seeded):
    before = ConveningSession.objects.count()

    call_command("seed_demo", stdout=StringIO())

    assert ConveningSession.objects.count() == before
