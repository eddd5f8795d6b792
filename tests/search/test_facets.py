"""Narrowing the results by type, topic and sector: plain links with counts, each
one narrowing what is shown, "Show all" undoing it; nonsense in the address is
ignored, never an error; the pages of results keep the search."""

import pytest

from tests.fixtures.catalog import make_modules
from tests.html import soup

from .conftest import result_count, result_titles, search

ALL = [
    "Curricula",
    "Documenting wage theft",
    "Facilitation for peer trainers",
    "From worker to trainer",
    "Heat stress in the fields",
    "Holding a one-on-one",
    "Training Hub",
]


def facets(response) -> dict[str, list[tuple[str, str]]]:
    """{heading: [(option, count), ...]} as the reader sees the facets."""
    nav = soup(response).find("nav", class_="search-facets")
    if nav is None:
        return {}
    return {
        section.find("h2").get_text(strip=True): [
            (
                (li.find("a") or li.find("strong")).get_text(" ", strip=True)
                if not li.find("strong")
                else li.find("strong").contents[0].strip(),
                li.find(class_="search-facet__count").get_text(strip=True),
            )
            for li in section.find_all("li")
        ]
        for section in nav.find_all("section")
    }


def link(response, text):
    """The href of the link whose text is `text`, in the search's part of the page
    (the site's menu has links named like the types)."""
    found = soup(response).find(class_="search-page").find("a", string=text)
    assert found is not None, f"no link {text!r}"
    return found["href"]


def follow(client, response, text):
    href = link(response, text)
    assert href.startswith("?"), href
    following = client.get(response.request["PATH_INFO"] + href)
    assert following.status_code == 200
    return following


@pytest.fixture
def everything(client, catalog):
    """A search that finds every module, the curriculum, the list of curricula
    and the home page."""
    response = search(client, "en", "worker")
    assert sorted(result_titles(response)) == ALL
    return response


def test_the_facets_count_the_results_of_each_type_topic_and_sector(everything):
    assert facets(everything) == {
        "Type": [
            ("Training modules", "(4)"),
            ("Curricula", "(1)"),
            ("Other pages", "(2)"),
        ],
        "Topic": [
            ("Wage theft", "(1)"),
            ("Health and safety", "(1)"),
            ("One-on-ones", "(2)"),
        ],
        "Sector": [("Farm work", "(2)"), ("Hospitality", "(2)")],
    }


def test_a_type_link_narrows_the_results_to_that_type(client, everything):
    narrowed = follow(client, everything, "Curricula")

    assert result_titles(narrowed) == ["From worker to trainer"]
    assert result_count(narrowed) == "1 result"


def test_a_topic_link_narrows_the_results_to_that_topic(client, everything):
    narrowed = follow(client, everything, "One-on-ones")

    assert sorted(result_titles(narrowed)) == [
        "Facilitation for peer trainers",
        "Holding a one-on-one",
    ]


def test_a_sector_link_narrows_the_results_and_the_other_counts(client, everything):
    narrowed = follow(client, everything, "Farm work")

    assert sorted(result_titles(narrowed)) == [
        "Documenting wage theft",
        "Heat stress in the fields",
    ]
    # The chosen sector is shown as chosen, the other facets count within it.
    assert facets(narrowed)["Sector"][0] == ("Farm work", "(2)")
    assert facets(narrowed)["Topic"] == [
        ("Wage theft", "(1)"),
        ("Health and safety", "(1)"),
    ]
    assert soup(narrowed).find("strong", attrs={"aria-current": "true"}) is not None


def test_two_facets_narrow_together(client, everything):
    farm = follow(client, everything, "Farm work")
    both = follow(client, farm, "Health and safety")

    assert result_titles(both) == ["Heat stress in the fields"]


def test_show_all_takes_the_narrowing_away(client, everything):
    narrowed = follow(client, everything, "Farm work")
    again = follow(client, narrowed, "Show all")

    assert sorted(result_titles(again)) == ALL
    assert "sector" not in again.request["QUERY_STRING"]
    assert "q=worker" in again.request["QUERY_STRING"]


@pytest.mark.parametrize("value", ["nonsense", "<script>", "", "module' OR 1=1"])
def test_an_unknown_type_is_ignored(client, catalog, value):
    response = search(client, "en", "worker", type=value)

    assert sorted(result_titles(response)) == ALL


@pytest.mark.parametrize("param", ["topic", "sector"])
@pytest.mark.parametrize("value", ["<script>alert(1)</script>", "x" * 500, "a b"])
def test_a_malformed_topic_or_sector_is_ignored(client, catalog, param, value):
    response = search(client, "en", "worker", **{param: value})

    assert sorted(result_titles(response)) == ALL
    assert b"<script>alert(1)" not in response.content


def test_a_topic_no_one_has_finds_nothing_and_offers_to_search_everything(
    client, catalog
):
    response = search(client, "en", "worker", topic="no-such-topic")

    assert result_titles(response) == []
    assert result_count(response) == "0 results"
    again = follow(client, response, "Search everything again")
    assert sorted(result_titles(again)) == ALL


def test_the_pages_of_results_keep_the_search_and_the_narrowing(client, catalog):
    # The factory's modules all speak of unpaid wages.
    make_modules(catalog.catalog, 21)
    first = search(client, "en", "wages", type="module")
    assert result_count(first) == "25 results"
    assert len(result_titles(first)) == 20

    second = client.get("/en/search/" + link(first, "Next"))

    assert second.status_code == 200
    assert "q=wages" in second.request["QUERY_STRING"]
    assert "type=module" in second.request["QUERY_STRING"]
    assert len(result_titles(second)) == 5
    assert set(result_titles(first)).isdisjoint(result_titles(second))


@pytest.mark.parametrize("page", ["abc", "-1", "0", "99999", "2.5", ""])
def test_a_page_number_out_of_range_shows_a_real_page(client, catalog, page):
    response = search(client, "en", "worker", page=page)

    assert len(result_titles(response)) == len(ALL)
