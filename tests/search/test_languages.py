"""Each language's words are matched by that language's rules: Spanish and English
plurals find the singular, case and accents never matter, Haitian Creole (which
has no stemmer) matches word for word, Arabic is found under /ar/."""

from django.db import connection, transaction

import pytest

from search.models import SearchDocument
from search.query import matching
from tests.factories.curriculum import TrainingModulePageFactory
from translations.localize import translate

from .conftest import on_postgresql, result_titles, search

HARVEST = "Safety during the harvest"
HARVEST_ES = {
    HARVEST: "Seguridad durante la cosecha",
    "Workers learn to spot and document unpaid wages.": (
        "Las trabajadoras aprenden a protegerse en la cosecha."
    ),
}
CREOLE = {
    "Documenting wage theft": "Dokimante vòl salè",
    "Keep a record of every hour and every paycheck.": (
        "Kenbe yon kaye pou chak èdtan travayè yo fè."
    ),
}
ARABIC = {
    "Documenting wage theft": "توثيق سرقة الأجور",
    "Keep a record of every hour and every paycheck.": "احتفظ بسجل لكل ساعة عمل.",
}


@pytest.fixture
def harvest(catalog, site_tree):
    """A module about the harvest, translated into Spanish."""
    module = TrainingModulePageFactory(
        parent=catalog.catalog, title=HARVEST, slug="harvest-safety"
    )
    return translate(module, site_tree.locales["es"], HARVEST_ES)


@pytest.fixture
def creole(catalog, site_tree):
    return translate(catalog.modules["wage-theft"], site_tree.locales["ht"], CREOLE)


@pytest.fixture
def arabic(catalog, site_tree):
    return translate(catalog.modules["wage-theft"], site_tree.locales["ar"], ARABIC)


def test_a_spanish_plural_finds_the_module_about_the_singular(client, catalog):
    assert "Documentar el robo de salario" in result_titles(
        search(client, "es", "salarios")
    )


def test_the_spanish_singular_finds_the_module_about_the_plural(client, harvest):
    # The title says "cosecha", the introduction "cosecha": "cosechas" and
    # "cosecha" find the same module.
    assert result_titles(search(client, "es", "cosechas")) == [
        "Seguridad durante la cosecha"
    ]
    assert result_titles(search(client, "es", "cosecha")) == [
        "Seguridad durante la cosecha"
    ]


def test_an_english_plural_and_singular_find_the_same_modules(client, catalog):
    plural = result_titles(search(client, "en", "wages"))
    singular = result_titles(search(client, "en", "wage"))

    assert "Documenting wage theft" in plural
    assert sorted(plural) == sorted(singular)


def test_case_and_accents_do_not_matter(client, harvest):
    for typed in ["COSECHÁ", "Cosechas", "cosécha"]:
        assert result_titles(search(client, "es", typed)) == [
            "Seguridad durante la cosecha"
        ], typed


def test_a_spanish_word_is_not_found_by_an_english_reader(client, harvest):
    assert result_titles(search(client, "en", "cosecha")) == []


def test_a_creole_word_of_a_creole_translation_is_found_under_ht(client, creole):
    assert result_titles(search(client, "ht", "travayè")) == ["Dokimante vòl salè"]
    # Creole readers type without accents as often as with them.
    assert result_titles(search(client, "ht", "TRAVAYE")) == ["Dokimante vòl salè"]


def test_creole_words_are_matched_as_written_not_stemmed(client, creole):
    # Haitian Creole has no stemmer: "travay" (work) is another word than
    # "travayè" (worker), and the translation only has the latter.
    assert result_titles(search(client, "ht", "travay")) == []


def test_an_arabic_word_is_found_under_ar(client, arabic):
    assert result_titles(search(client, "ar", "سرقة")) == ["توثيق سرقة الأجور"]


def test_each_document_says_the_language_and_rules_of_its_words(
    catalog, harvest, creole, site_tree
):
    documents = {
        code: SearchDocument.objects.get(
            page=catalog.in_locale(catalog.modules["wage-theft"], code)
        )
        for code in ("en", "es", "ht", "ar")
    }

    assert documents["en"].config == "hub_english"
    assert documents["es"].config == "hub_spanish"
    assert documents["ht"].config == "hub_simple"
    # Not translated into Arabic: an Arabic reader is shown the English, and
    # its words are English words.
    assert (documents["ar"].language, documents["ar"].config) == ("en", "hub_english")


@on_postgresql
def test_the_words_are_a_tsvector_made_with_the_documents_configuration(
    catalog, creole
):
    spanish = catalog.in_locale(catalog.modules["wage-theft"], "es")
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT config, words::text FROM search_searchdocument WHERE page_id = %s",
            [spanish.pk],
        )
        config, words = cursor.fetchone()

    assert config == "hub_spanish"
    # Spanish stems, unaccented: "salario" -> "salari".
    assert "'salari'" in words


def locale_indexes(cursor):
    cursor.execute(
        "SELECT indexname FROM pg_indexes WHERE tablename = 'search_searchdocument'"
        " AND indexdef LIKE '%(locale_id%'"
    )
    return [row[0] for row in cursor.fetchall()]


@on_postgresql
def test_the_search_uses_the_gin_index_on_the_words(catalog, site_tree):
    found = matching(site_tree.locales["es"], "salarios")
    sql, params = found.query.sql_with_params()
    with transaction.atomic(), connection.cursor() as cursor:
        # A few dozen documents are cheaper to read through the locale's indexes
        # (on a real site they hold every document of the language) or one by
        # one: with those out of the way until the test's transaction is rolled
        # back, the match itself must be answerable from the GIN index.
        for index in locale_indexes(cursor):
            cursor.execute(f'DROP INDEX "{index}"')
        cursor.execute("ANALYZE search_searchdocument")
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute("SET LOCAL enable_indexscan = off")
        cursor.execute(f"EXPLAIN {sql}", params)
        plan = "\n".join(row[0] for row in cursor.fetchall())

    assert "search_document_words_gin" in plan, plan
