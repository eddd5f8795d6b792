from django.conf import settings
from django.utils.translation import get_language_info

import pytest

from tests.conftest import LANGUAGE_CODES
from tests.html import soup


def switcher_links(response):
    nav = soup(response).find("nav", class_="language-switcher")
    return {a["hreflang"]: a["href"] for a in nav.find_all("a")}


@pytest.mark.parametrize("code", LANGUAGE_CODES)
def test_switcher_links_lead_to_the_same_page_in_each_language(client, site_tree, code):
    response = client.get(f"/{code}/about/")
    links = switcher_links(response)

    assert set(links) == set(LANGUAGE_CODES) - {code}
    for other, url in links.items():
        assert url == f"/{other}/about/"
        assert client.get(url).status_code == 200


def test_switcher_names_each_language_in_that_language(client, site_tree):
    nav = soup(client.get("/en/")).find("nav", class_="language-switcher")

    assert nav.find(lang="ht").get_text(strip=True) == "Kreyòl ayisyen"
    assert nav.find(lang="es").get_text(strip=True) == "español"
    assert nav.find(lang="en")["aria-current"] == "true"


def test_haitian_creole_has_proper_language_info():
    info = get_language_info("ht")

    assert info["name_local"] == "Kreyòl ayisyen"
    assert info["bidi"] is False
    assert "ht" in dict(settings.LANGUAGES)


@pytest.mark.parametrize(
    ("accept_language", "expected"),
    [
        ("es-MX,es;q=0.9,en;q=0.5", "/es/"),
        ("ar", "/ar/"),
        ("ht", "/ht/"),
        ("de", "/en/"),
    ],
)
def test_root_redirects_to_the_best_language(
    client, site_tree, accept_language, expected
):
    response = client.get("/", headers={"accept-language": accept_language})

    assert response.status_code == 302
    assert response["Location"] == expected


def test_root_without_accept_language_goes_to_english(client, site_tree):
    assert client.get("/")["Location"] == "/en/"


def test_a_page_created_in_english_appears_in_every_language_as_an_alias(
    client, site_tree
):
    for code in LANGUAGE_CODES[1:]:
        home = site_tree.in_locale(site_tree.home, code)
        assert home.locale.language_code == code


def test_untranslated_page_is_an_alias_of_the_english_page(site_tree):
    about_in_arabic = site_tree.in_locale(site_tree.about, "ar")

    assert about_in_arabic.alias_of_id == site_tree.about.pk
