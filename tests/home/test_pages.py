from wagtail.models import Page
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

import pytest

from home.models import HomePage, StandardPage
from tests.conftest import LANGUAGE_CODES
from tests.html import assert_lang_and_dir, assert_valid_html, soup
from tests.page_types import SitePageTestCase


@pytest.mark.parametrize("code", LANGUAGE_CODES)
def test_home_page_renders_in_every_language_with_lang_and_dir(client, site_tree, code):
    response = client.get(f"/{code}/")

    assert response.status_code == 200
    assert_lang_and_dir(response, code)
    assert_valid_html(response.content)


@pytest.mark.parametrize("code", LANGUAGE_CODES)
def test_about_page_renders_in_every_language(client, site_tree, code):
    response = client.get(f"/{code}/about/")

    assert response.status_code == 200
    assert_lang_and_dir(response, code)
    assert_valid_html(response.content)


def test_translated_page_shows_its_translation(client, site_tree):
    response = client.get("/es/about/")

    assert soup(response).h1.get_text() == "Sobre el centro"


def test_menu_lists_pages_shown_in_menus_in_the_readers_language(client, site_tree):
    response = client.get("/es/")

    menu = soup(response).find("nav", class_="main-menu")
    assert menu.find("a", string="Sobre el centro")["href"] == "/es/about/"


def test_page_has_skip_link_and_no_request_to_another_host(client, site_tree):
    response = client.get("/en/about/")
    page = soup(response)

    assert page.find("a", class_="skip-link")["href"] == "#main"
    loaded = [
        *(link["href"] for link in page.find_all("link", rel="stylesheet")),
        *(tag["src"] for tag in page.find_all(["script", "img"], src=True)),
    ]
    assert loaded
    for url in loaded:
        assert url.startswith("/"), url
    assert "default-src 'self'" in response["Content-Security-Policy"]


class TestPageTypes(SitePageTestCase):
    """Tree rules and admin creation for the site shell's pages."""

    def test_home_page_sits_at_the_root(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})

    def test_standard_page_lives_under_home_or_another_standard_page(self):
        self.assertAllowedParentPageTypes(StandardPage, {HomePage, StandardPage})
        self.assertCanCreateAt(HomePage, StandardPage)
        self.assertCanNotCreateAt(StandardPage, HomePage)

    def test_editor_can_create_a_standard_page_with_a_body(self):
        self.assertCanCreate(
            self.home,
            StandardPage,
            nested_form_data(
                {
                    "title": "Get involved",
                    "slug": "get-involved",
                    "introduction": "Ways to take part.",
                    "body": streamfield(
                        [
                            ("heading", {"text": "Request a training", "level": "h2"}),
                            ("paragraph", rich_text("<p>Ask us any time.</p>")),
                        ]
                    ),
                }
            ),
        )
        page = StandardPage.objects.get(slug="get-involved", alias_of=None)
        assert page.body[0].value["text"] == "Request a training"
        # wagtail-localize keeps every other language's tree in step: an alias each.
        aliases = StandardPage.objects.filter(alias_of=page)
        assert {p.locale.language_code for p in aliases} == set(LANGUAGE_CODES) - {"en"}

    def test_standard_page_is_renderable(self):
        page = self.home.add_child(
            instance=StandardPage(title="About", slug="about", introduction="Hello")
        )
        self.assertPageIsRenderable(page)
