"""What readers look for: counted per day, language and normalized query, with
nothing about who searched and nothing that looks like a person's details; kept
for the retention period; shown to curriculum staff, found-nothing first."""

from datetime import timedelta
from io import StringIO

from django.contrib.auth.models import Group, Permission
from django.core.management import call_command
from django.core.management.sql import emit_post_migrate_signal
from django.test import Client
from django.utils import timezone

import pytest
import time_machine

from search.models import SearchQuery
from tests.fixtures.people import sign_in
from tests.html import soup

from .conftest import search

ADDRESS = "203.0.113.77"


def counts(language=None):
    rows = SearchQuery.objects.all()
    if language:
        rows = rows.filter(language=language)
    return {row.query: (row.searches, row.results) for row in rows}


def test_a_search_is_counted_by_its_normalized_words_with_its_results(client, catalog):
    for typed in ["Salario", "  salário ", "SALARIO", "salario"]:
        search(client, "es", typed)

    assert counts("es") == {"salario": (4, 1)}


def test_searches_are_counted_per_language(client, catalog):
    search(client, "es", "salario")
    search(client, "en", "salario")

    assert counts("es") == {"salario": (1, 1)}
    assert counts("en") == {"salario": (1, 0)}


def test_a_narrowed_search_is_not_counted_again(client, catalog):
    search(client, "en", "wage")
    search(client, "en", "wage", type="module")

    # The four modules that speak of wages.
    assert counts("en") == {"wage": (1, 4)}


@pytest.mark.parametrize(
    "typed",
    [
        "rosa@example.org",
        "rosa at example.org rosa(at)example.org",
        "+1 (315) 555-0142",
        "315-555-0142",
        "3155550142",
        "call 315 555 0142",
        "TR-7KQ2-M9XD",
        "tr 7kq2 m9xd",
        "my request tr7kq2m9xd",
    ],
)
def test_a_search_that_looks_like_personal_details_is_not_stored(
    client, catalog, typed
):
    search(client, "en", typed)

    assert not SearchQuery.objects.exists()


def test_no_row_holds_the_readers_address(catalog):
    reader = Client(REMOTE_ADDR=ADDRESS)
    search(reader, "en", "wage")
    search(reader, "en", "nothing like this")

    fields = {field.name for field in SearchQuery._meta.get_fields()}
    assert fields == {"id", "day", "language", "query", "searches", "results"}
    for row in SearchQuery.objects.values():
        assert ADDRESS not in " ".join(str(value) for value in row.values())


def test_one_client_counts_thirty_searches_an_hour_at_most(catalog):
    reader = Client(REMOTE_ADDR=ADDRESS)
    for number in range(31):
        search(reader, "en", f"wage {number}")

    assert sum(searches for searches, _ in counts().values()) == 30
    assert "wage 30" not in counts()
    # Another reader is still counted.
    search(Client(REMOTE_ADDR="198.51.100.4"), "en", "wage 30")
    assert "wage 30" in counts()


def test_a_client_is_counted_again_an_hour_later(catalog):
    reader = Client(REMOTE_ADDR=ADDRESS)
    with time_machine.travel(timezone.now(), tick=False) as traveller:
        for number in range(30):
            search(reader, "en", f"wage {number}")
        traveller.shift(timedelta(hours=1, minutes=1))
        search(reader, "en", "one more")

    assert "one more" in counts()


def test_forgetting_old_searches_keeps_the_retention_period(client, catalog, settings):
    settings.SEARCH_QUERY_RETENTION_DAYS = 90
    now = timezone.now()
    with time_machine.travel(now - timedelta(days=100)):
        search(client, "en", "old search")
    with time_machine.travel(now - timedelta(days=80)):
        search(client, "en", "recent search")
    search(client, "en", "today's search")
    out = StringIO()

    call_command("forget_old_searches", stdout=out)

    assert set(counts()) == {"recent search", "today's search"}
    assert "Deleted 1 daily counts older than 90 days." in out.getvalue()


# The admin report -------------------------------------------------------------

REPORT = "/admin/reports/searches/"


@pytest.fixture
def searched(client, catalog):
    search(client, "en", "wage")
    search(client, "en", "wage")
    search(client, "en", "overtime claim")
    search(client, "es", "cosecha")
    return catalog


def sections(response):
    """{heading: [query, ...]} in the order the report shows them."""
    main = soup(response).find("main") or soup(response)
    found = {}
    for section in main.find_all("section"):
        heading = section.find("h2").get_text(strip=True)
        found[heading] = [th.get_text(strip=True) for th in section.select("tbody th")]
    return found


@pytest.fixture
def editors_member(site_tree, django_user_model):
    """A member of Wagtail's Editors group, as `migrate` leaves it."""
    group, made = Group.objects.get_or_create(name="Editors")
    if made:  # a live-server test emptied the database: as Wagtail made it
        group.permissions.add(Permission.objects.get(codename="access_admin"))
    emit_post_migrate_signal(verbosity=0, interactive=False, db="default")
    user = django_user_model.objects.create_user(username="ines", password="pw")
    user.groups.add(group)
    return user


def test_the_report_shows_the_searches_that_found_nothing_first(searched, admin_user):
    response = sign_in(Client(), admin_user).get(REPORT)

    assert response.status_code == 200
    assert list(sections(response).items()) == [
        ("Found nothing", ["overtime claim"]),
        ("Found something", ["wage"]),
    ]
    row = soup(response).find("th", string="wage").find_parent("tr")
    assert [td.get_text(strip=True) for td in row.find_all("td")] == ["2", "4"]


def test_the_report_shows_one_language_at_a_time(searched, admin_user):
    response = sign_in(Client(), admin_user).get(REPORT, {"language": "es"})

    assert sections(response) == {
        "Found nothing": ["cosecha"],
        "Found something": [],
    }


def test_an_unknown_language_shows_the_first(searched, admin_user):
    response = sign_in(Client(), admin_user).get(REPORT, {"language": "<x>"})

    assert response.status_code == 200
    assert sections(response)["Found something"] == ["wage"]


def test_an_editors_group_member_sees_the_report(searched, editors_member):
    response = sign_in(Client(), editors_member).get(REPORT)

    assert response.status_code == 200
    assert "overtime claim" in response.content.decode()


def test_a_translator_is_refused_the_report(searched, translator):
    response = sign_in(Client(), translator).get(REPORT)

    assert response.status_code in (302, 403)
    assert b"overtime claim" not in response.content


def test_an_anonymous_visitor_is_refused_the_report(searched):
    response = Client().get(REPORT)

    assert response.status_code in (302, 403)
    assert b"overtime claim" not in response.content
