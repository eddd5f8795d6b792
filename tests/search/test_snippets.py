"""The lines under a result: the words that matched marked, and nothing else from
the index taken as HTML."""

from django.db import connection

import pytest

from tests.factories.curriculum import TrainingModulePageFactory
from translations.localize import translate

from .conftest import result_items, search

HOSTILE = "<script>alert(1)</script> wage <b>bold</b> & more"


def snippet_of(response, title):
    for item in result_items(response):
        if item.find("h2").get_text(strip=True) == title:
            return item.find(class_="search-result__snippet")
    raise AssertionError(f"{title!r} is not among the results")


def test_markup_in_a_module_is_shown_as_text_with_only_the_matches_marked(
    client, catalog
):
    TrainingModulePageFactory(
        parent=catalog.catalog,
        title="Pay stubs",
        slug="pay-stubs",
        introduction=HOSTILE,
    )

    response = search(client, "en", "wage")
    snippet = snippet_of(response, "Pay stubs")

    assert [tag.name for tag in snippet.find_all(True)] == ["mark"]
    assert [mark.get_text() for mark in snippet.find_all("mark")] == ["wage"]
    # (PostgreSQL's fragments start at a word: the first "<" may be left out.)
    assert "script>alert(1)</script> wage <b>bold</b> & more" in snippet.get_text()
    assert b"<script>alert(1)" not in response.content


def test_every_matched_word_is_marked_whatever_its_form(client, catalog):
    TrainingModulePageFactory(
        parent=catalog.catalog,
        title="Pay stubs",
        slug="pay-stubs",
        introduction="Unpaid wages: check every wage statement against your hours.",
    )

    snippet = snippet_of(search(client, "en", "wage"), "Pay stubs")

    assert [mark.get_text() for mark in snippet.find_all("mark")] == [
        "wages",
        "wage",
    ]


def test_a_spanish_snippet_marks_the_spanish_words(client, catalog, site_tree):
    translate(
        catalog.modules["heat"],
        site_tree.locales["es"],
        {
            "Heat stress in the fields": "El calor en el campo",
            "Workers learn to spot and document unpaid wages.": (
                "Aprendemos a documentar los salarios no pagados."
            ),
        },
    )

    snippet = snippet_of(search(client, "es", "salario"), "El calor en el campo")

    assert [mark.get_text() for mark in snippet.find_all("mark")] == ["salarios"]


@pytest.mark.skipif(
    connection.vendor == "postgresql",
    reason="PostgreSQL's ts_headline starts its fragments at a word",
)
def test_a_snippet_keeps_what_comes_before_the_first_word(client, catalog):
    # A Spanish question starts with "¿": the snippet starts where the text does,
    # without an ellipsis saying something was left out.
    TrainingModulePageFactory(
        parent=catalog.catalog,
        title="Pay stubs",
        slug="pay-stubs",
        introduction="¿Who pays the wage? Ask.",
    )

    snippet = snippet_of(search(client, "en", "wage"), "Pay stubs")

    assert snippet.get_text().startswith("¿Who pays the wage? Ask.")
