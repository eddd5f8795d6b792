"""Readers always know which language they are reading, and can ask for theirs."""

from urllib.parse import urlencode

from django.core.cache import cache

import pytest

from tests.html import assert_valid_html, soup
from translations.fallback import fallback_chain, reading_translation
from translations.models import TranslationWish


@pytest.fixture(autouse=True)
def empty_cache():
    cache.clear()


def notice(response):
    return soup(response).find("aside", id="translation-notice")


def test_chain_runs_through_configured_fallbacks_to_the_source(settings):
    settings.LANGUAGES = [
        ("en", "English"),
        ("es", "Spanish"),
        ("ht", "Haitian"),
        ("fr", "French"),
    ]
    settings.LANGUAGE_FALLBACKS = {"ht": ["fr", "es"]}

    assert fallback_chain("ht") == ["ht", "fr", "es", "en"]
    assert fallback_chain("es") == ["es", "en"]


def test_chain_skips_a_middle_language_that_is_not_configured(settings):
    settings.LANGUAGE_FALLBACKS = {"ht": ["fr", "es"]}

    assert fallback_chain("ht") == ["ht", "es", "en"]


def test_untranslated_page_falls_back_along_the_chain(client, site_tree, settings):
    settings.LANGUAGE_FALLBACKS = {"ht": ["es"]}
    about_in_creole = site_tree.in_locale(site_tree.about, "ht")

    assert reading_translation(about_in_creole).locale.language_code == "es"
    response = client.get("/ht/about/")
    assert soup(response).h1.get_text() == "Sobre el centro"
    assert "Panyòl" in notice(response).get_text()
    assert soup(response).h1["lang"] == "es"


def test_untranslated_page_without_a_fallback_shows_the_source(client, site_tree):
    response = client.get("/ar/about/")

    assert soup(response).h1.get_text() == "About the hub"
    heading = soup(response).h1
    assert (heading["lang"], heading["dir"]) == ("en", "ltr")


@pytest.mark.parametrize(
    ("code", "words"),
    [
        ("ht", "Paj sa a poko tradui an Kreyòl ayisyen. Ou ap li l an Angle."),
        ("ar", "لم تُترجم هذه الصفحة إلى العربية بعد. أنت تقرؤها باللغة الإنجليزية."),
    ],
)
def test_notice_speaks_the_readers_language(client, site_tree, code, words):
    response = client.get(f"/{code}/about/")

    assert words in " ".join(notice(response).get_text().split())
    assert_valid_html(response.content)


def test_translated_page_has_no_notice(client, site_tree):
    assert notice(client.get("/es/about/")) is None
    assert notice(client.get("/en/about/")) is None


def test_switcher_says_which_languages_have_the_page(client, site_tree):
    nav = soup(client.get("/en/about/")).find("nav", class_="language-switcher")
    notes = {
        li.find(lang=True)["lang"]: bool(li.find(class_="language-switcher__note"))
        for li in nav.find_all("li")
    }

    assert notes == {"en": False, "es": False, "ht": True, "ar": True}


def ask(client, url, page):
    """Send the notice's form as a browser does: URL-encoded."""
    return client.post(
        url, urlencode({"page": page}), content_type="application/x-www-form-urlencoded"
    )


def test_reader_can_ask_for_a_translation_once_a_day(client, site_tree):
    about_in_creole = site_tree.in_locale(site_tree.about, "ht")

    first = ask(client, "/ht/ask-for-translation/", about_in_creole.pk)
    again = ask(client, "/ht/ask-for-translation/", about_in_creole.pk)

    assert first.status_code == 302
    assert first["Location"] == "/ht/about/?translation_requested=1#translation-notice"
    assert again.status_code == 302
    wish = TranslationWish.objects.get()
    assert (wish.page_id, wish.locale.language_code, wish.count) == (
        site_tree.about.pk,
        "ht",
        1,
    )
    thanks = client.get(first["Location"])
    assert "Mèsi" in notice(thanks).get_text()


def test_asking_for_translations_is_rate_limited(client, site_tree):
    about = site_tree.in_locale(site_tree.about, "ar")
    responses = [ask(client, "/ar/ask-for-translation/", about.pk) for _ in range(31)]

    assert responses[-2].status_code == 302
    assert responses[-1].status_code == 429
    assert "كثيرة" in soup(responses[-1]).h1.get_text()


def test_wishes_keep_no_personal_data():
    fields = {field.name for field in TranslationWish._meta.get_fields()}

    assert fields == {"id", "page", "locale", "count", "last_asked_at"}


@pytest.mark.parametrize("bad", ["", "abc", "999999", "1; DROP TABLE"])
def test_asking_about_an_unknown_page_is_a_clear_400(client, site_tree, bad):
    response = ask(client, "/es/ask-for-translation/", bad)

    assert response.status_code == 400
    assert soup(response).html["lang"] == "es"


def test_asking_needs_a_post(client, site_tree):
    assert client.get("/es/ask-for-translation/").status_code == 405


def test_a_listed_module_is_named_in_the_language_it_will_be_read_in(
    client, catalog, settings
):
    settings.LANGUAGE_FALLBACKS = {"ht": ["es"]}

    cards = soup(client.get("/ht/trainings/")).select(".module-card__title a")
    titles = {card.get_text(): card.get("lang") for card in cards}

    # Translated into Spanish only: a Creole reader is shown the Spanish page.
    assert titles["Documentar el robo de salario"] == "es"
    assert "Documenting wage theft" not in titles
    # Translated into nothing on the way: the source language, marked as such.
    assert titles["Heat stress in the fields"] == "en"


def test_a_module_read_along_the_chain_names_that_language(client, catalog, settings):
    settings.LANGUAGE_FALLBACKS = {"ht": ["es"]}

    response = client.get("/ht/trainings/documenting-wage-theft/")

    assert soup(response).h1.get_text() == "Documentar el robo de salario"
    assert soup(response).h1["lang"] == "es"
    assert "Panyòl" in notice(response).get_text()


def test_a_reader_of_the_source_language_sees_every_module_as_written(client, catalog):
    cards = soup(client.get("/en/trainings/")).select(".module-card__title a")

    assert "Documenting wage theft" in [card.get_text() for card in cards]
