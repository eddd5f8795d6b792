"""Whatever is in the address, the search page answers: junk is ignored or finds
nothing, a long query is cut, and nothing typed is ever an error."""

import pytest

from search.models import SearchQuery
from tests.html import soup

from .conftest import result_titles, search

JUNK = [
    '"(((',
    "-",
    "!",
    ":*",
    "'",
    "\\",
    "wage:*",
    "!wage",
    "-wage",
    "wage | heat",
    "wage & !",
    '"unclosed wage',
    "or",
    "' OR 1=1 --",
    "%",
    "_",
    "<script>alert(1)</script>",
    "\u202e\u200b",
    "🙂",
]


def input_value(response):
    return soup(response).find("input", attrs={"name": "q"})["value"]


@pytest.mark.parametrize("typed", JUNK)
def test_search_syntax_junk_is_never_an_error(client, catalog, typed):
    for code in ("en", "es", "ht", "ar"):
        search(client, code, typed)


def test_a_minus_word_does_not_exclude_it_or_fail(client, catalog):
    # Whatever the database makes of it, the reader gets a page.
    response = search(client, "en", "-wage")

    assert b"<script" not in response.content.split(b"</head>")[1]


def test_nul_bytes_are_read_as_spaces(client, catalog):
    response = search(client, "en", "wage\x00theft\x00")

    assert "\x00" not in input_value(response)
    assert result_titles(response) == ["Documenting wage theft"]


def test_a_query_of_5000_characters_is_cut_to_200(client, catalog):
    response = search(client, "en", "wage " * 1000)

    assert len(input_value(response)) <= 200
    assert "Documenting wage theft" in result_titles(response)


def test_a_query_of_5000_characters_without_spaces_is_cut_to_200(client, catalog):
    response = search(client, "en", "a" * 5000)

    assert len(input_value(response)) == 200


@pytest.mark.parametrize("page", ["abc", "-1", "99999", "1e9", "\x00"])
def test_a_malformed_page_number_shows_the_results(client, catalog, page):
    response = search(client, "en", "wage", page=page)

    assert "Documenting wage theft" in result_titles(response)


def test_the_search_asked_twice_uses_one_of_them(client, catalog):
    response = client.get("/en/search/?q=zzyzx&q=wage")

    assert response.status_code == 200
    assert "Documenting wage theft" in result_titles(response)


def test_every_parameter_repeated_or_empty_is_never_an_error(client, catalog):
    for query in [
        "q=wage&type=module&type=curriculum",
        "q=wage&topic=&sector=",
        "q=&type=module",
        "q=wage&page=1&page=2",
        "q[]=wage",
        "q=wage&topic[]=wage-theft",
        "type=module",
        "q=%ff%fe",
    ]:
        response = client.get(f"/en/search/?{query}")
        assert response.status_code == 200, query


def test_an_empty_query_is_not_a_search(client, catalog):
    response = search(client, "en", "   \x00  ")

    assert soup(response).find(class_="result-count") is None
    assert not SearchQuery.objects.exists()


def test_nothing_hostile_is_stored_as_typed(client, catalog):
    for typed in [*JUNK, "wage\x00theft", "x" * 5000]:
        search(client, "en", typed)

    for row in SearchQuery.objects.all():
        assert "\x00" not in row.query
        assert len(row.query) <= 100
