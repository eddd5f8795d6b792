"""The catalog: filters alone and together, bad input, pagination, languages."""

import pytest

from tests.conftest import LANGUAGE_CODES
from tests.fixtures.catalog import make_modules
from tests.html import assert_lang_and_dir, assert_valid_html, soup


def titles(response):
    cards = soup(response).select(".catalog-results .module-card__title")
    return [card.get_text(strip=True) for card in cards]


def count_heading(response):
    return soup(response).find(id="catalog-count").get_text(strip=True)


def test_catalog_lists_every_module_with_a_count(client, catalog):
    response = client.get("/en/trainings/")

    assert response.status_code == 200
    assert titles(response) == [
        "Documenting wage theft",
        "Heat stress in the fields",
        "Holding a one-on-one",
        "Facilitation for peer trainers",
    ]
    assert count_heading(response) == "4 trainings"


FILTER_CASES = [
    ({"topic": "wage-theft"}, ["Documenting wage theft"]),
    (
        {"topic": "one-on-ones"},
        ["Holding a one-on-one", "Facilitation for peer trainers"],
    ),
    (
        {"sector": "farm-work"},
        ["Documenting wage theft", "Heat stress in the fields"],
    ),
    ({"level": "intermediate"}, ["Holding a one-on-one"]),
    ({"level": "facilitators"}, ["Facilitation for peer trainers"]),
    # "either" modules run in person and online, so they match both.
    (
        {"format": "in_person"},
        [
            "Documenting wage theft",
            "Heat stress in the fields",
            "Facilitation for peer trainers",
        ],
    ),
    ({"format": "online"}, ["Documenting wage theft", "Holding a one-on-one"]),
    ({"duration": "up-to-1h"}, ["Heat stress in the fields"]),
    ({"duration": "1-2h"}, ["Documenting wage theft"]),
    ({"duration": "half-day"}, ["Holding a one-on-one"]),
    ({"duration": "full-day"}, ["Facilitation for peer trainers"]),
    ({"q": "heat"}, ["Heat stress in the fields"]),
]


@pytest.mark.search_index
def test_each_filter_alone(client, catalog):
    for query, expected in FILTER_CASES:
        assert titles(client.get("/en/trainings/", query)) == expected, query


def test_filters_combine(client, catalog):
    response = client.get(
        "/en/trainings/",
        {"sector": "farm-work", "duration": "1-2h", "format": "online"},
    )

    assert titles(response) == ["Documenting wage theft"]
    assert count_heading(response) == "1 training"


def test_filter_links_keep_the_chosen_values_in_the_form(client, catalog):
    page = soup(client.get("/en/trainings/", {"topic": "wage-theft", "q": "stub"}))

    assert page.find("option", value="wage-theft").has_attr("selected")
    assert page.find("input", attrs={"name": "q"})["value"] == "stub"


def test_language_filter_counts_real_translations_not_aliases(client, catalog):
    spanish = client.get("/en/trainings/", {"language": "es"})
    arabic = client.get("/en/trainings/", {"language": "ar"})

    assert titles(spanish) == ["Documenting wage theft"]
    assert titles(arabic) == []


BAD_QUERIES = [
    {"topic": "no-such-topic"},
    {"sector": "<script>"},
    {"level": "expert"},
    {"format": "by-pigeon"},
    {"duration": "forever"},
    {"language": "xx"},
    {"page": "x"},
    {"page": "9999"},
    {"page": "-1"},
    {"q": "\x00"},
    {"q": "a" * 5000},
    {"q": "' OR 1=1 --"},
    {"topic": ["wage-theft", "one-on-ones"]},
]


def test_bad_filter_values_are_ignored_without_error(client, catalog):
    for query in BAD_QUERIES:
        response = client.get("/en/trainings/", query)
        assert response.status_code == 200, query
        assert_valid_html(response.content)
        assert "errorlist" not in response.content.decode(), query
        assert "aria-invalid" not in response.content.decode(), query


def test_an_unknown_value_is_dropped_and_the_good_ones_still_apply(client, catalog):
    response = client.get("/en/trainings/", {"topic": "nope", "level": "intermediate"})

    assert titles(response) == ["Holding a one-on-one"]


def test_empty_result_says_what_to_loosen(client, catalog):
    response = client.get(
        "/en/trainings/", {"topic": "wage-theft", "level": "facilitators"}
    )
    empty = soup(response).find(class_="catalog-empty")

    assert titles(response) == []
    assert "No training matches all of these filters." in empty.get_text()
    links = {a.get_text(strip=True): a["href"] for a in empty.find_all("a")}
    assert links["Without Level: For facilitators"] == "/en/trainings/?topic=wage-theft"
    assert links["Without Topic: Wage theft"] == "/en/trainings/?level=facilitators"
    assert links["All trainings"] == "/en/trainings/"


def test_catalog_paginates_twelve_to_a_page_keeping_the_filters(client, catalog):
    make_modules(catalog.catalog, 13, topics=[catalog.topics["wage-theft"]])

    first = client.get("/en/trainings/", {"topic": "wage-theft"})
    next_link = soup(first).find("a", rel="next")["href"]
    second = client.get(f"/en/trainings/{next_link}")
    beyond = client.get("/en/trainings/", {"topic": "wage-theft", "page": "99"})

    assert count_heading(first) == "14 trainings"
    assert len(titles(first)) == 12
    assert "topic=wage-theft" in next_link
    assert "page=2" in next_link
    assert len(titles(second)) == 2
    assert titles(beyond) == titles(second)


def test_spanish_catalog_lists_the_spanish_tree_and_says_what_is_translated(
    client, catalog
):
    response = client.get("/es/trainings/")
    cards = soup(response).select(".catalog-results .module-card")

    assert titles(response)[0] == "Documentar el robo de salario"
    assert len(cards) == 4
    translated, untranslated = cards[0], cards[1]
    assert translated.find(class_="module-card__untranslated") is None
    assert translated.find("span", lang="es") is not None
    assert untranslated.find(class_="module-card__untranslated") is not None
    # The untranslated title is English and says so to screen readers.
    assert untranslated.find("a")["lang"] == "en"
    assert untranslated.find("a")["href"] == "/es/trainings/heat-stress/"


def test_spanish_catalog_filters_by_language_and_localized_topic(client, catalog):
    response = client.get("/es/trainings/", {"language": "es", "topic": "wage-theft"})

    assert titles(response) == ["Documentar el robo de salario"]
    option = soup(response).find("option", value="wage-theft")
    assert option.get_text() == "Robo de salario"


def test_catalog_is_valid_html_with_lang_and_dir_in_every_language(client, catalog):
    for code in LANGUAGE_CODES:
        response = client.get(f"/{code}/trainings/")
        assert response.status_code == 200, code
        assert_lang_and_dir(response, code)
        assert_valid_html(response.content)


def test_the_filter_form_is_a_plain_get_form_with_labels(client, catalog):
    form = soup(client.get("/en/trainings/")).find("form", class_="catalog-filters")

    assert form["method"] == "get"
    for field in form.find_all(["select", "input"]):
        assert form.find("label", attrs={"for": field["id"]}) is not None
    assert form.find("button", type="submit") is not None
