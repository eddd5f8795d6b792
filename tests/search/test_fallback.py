"""What a reader is shown through the fallback chain is what they find: a module
not translated into Creole is found under /ht/ by its English words and says it is
in English; with Spanish before English in the chain, the Spanish is found."""

from django.utils import translation

from search.indexing import rebuild

from .conftest import result_items, result_titles, search


def in_language_label(reader, language_name_in_english):
    """ "In English" as a reader of `reader` reads it, from the translation catalog."""
    with translation.override(reader):
        return translation.gettext("In %(language)s") % {
            "language": translation.gettext(language_name_in_english)
        }


def test_an_untranslated_module_is_found_under_ht_by_its_english_words(client, catalog):
    assert result_titles(search(client, "ht", "heat stress")) == [
        "Heat stress in the fields"
    ]


def test_an_untranslated_module_says_it_is_in_english_in_creole_words(client, catalog):
    [item] = result_items(search(client, "ht", "heat stress"))

    label = item.find(class_="search-result__language").get_text(strip=True)
    assert label == in_language_label("ht", "English")
    link = item.find("h2").find("a")
    assert link["href"] == "/ht/trainings/heat-stress/"
    assert link["hreflang"] == "en"
    assert item.find(class_="search-result__snippet")["lang"] == "en"


def test_a_result_in_the_readers_own_language_says_no_language(client, catalog):
    [item] = result_items(search(client, "es", "salario"))

    assert item.find(class_="search-result__language") is None
    assert not item.find("h2").find("a").has_attr("hreflang")


def test_with_spanish_in_the_chain_a_creole_reader_finds_the_spanish_module(
    client, catalog, settings
):
    settings.LANGUAGE_FALLBACKS = {"ht": ["es"]}
    rebuild()

    response = search(client, "ht", "salarios")

    assert result_titles(response) == ["Documentar el robo de salario"]
    [item] = result_items(response)
    label = item.find(class_="search-result__language").get_text(strip=True)
    assert label == in_language_label("ht", "Spanish")
    assert item.find("h2").find("a")["href"] == "/ht/trainings/documenting-wage-theft/"


def test_with_spanish_in_the_chain_the_english_words_no_longer_find_it(
    client, catalog, settings
):
    # The Creole reader is shown the Spanish: the English title is not what
    # they read.
    settings.LANGUAGE_FALLBACKS = {"ht": ["es"]}
    rebuild()

    assert "Documenting wage theft" not in result_titles(
        search(client, "ht", "documenting")
    )
    # The modules with no Spanish translation are still found in English.
    assert result_titles(search(client, "ht", "heat stress")) == [
        "Heat stress in the fields"
    ]
