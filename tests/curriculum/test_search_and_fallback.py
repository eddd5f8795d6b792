"""Modules in the site search, and the nearest-language fallback on module routes."""

import pytest

from tests.fixtures.catalog import SECRET_NOTE
from tests.html import soup


@pytest.mark.search_index
def test_site_search_finds_modules_in_the_readers_language(client, catalog):
    english = soup(client.get("/en/search/", {"q": "heat"}))
    spanish = soup(client.get("/es/search/", {"q": "robo"}))

    assert "Heat stress in the fields" in english.select_one(".search-results").text
    assert (
        "Documentar el robo de salario"
        in spanish.select_one(".search-results").get_text()
    )


def test_untranslated_module_shows_the_nearest_translation_on_every_route(
    client, catalog, settings
):
    # A Creole reader whose next language is Spanish gets the Spanish module, the
    # facilitator guide included.
    settings.LANGUAGE_FALLBACKS = {"ht": ["es"]}

    public = soup(client.get("/ht/trainings/documenting-wage-theft/"))
    guide = client.get("/ht/trainings/documenting-wage-theft/facilitator/")

    assert public.h1.get_text() == "Documentar el robo de salario"
    assert soup(guide).h1.get_text() == "Documentar el robo de salario"
    assert SECRET_NOTE.encode() in guide.content
