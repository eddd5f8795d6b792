"""What the header and footer of every page show, built once per content version.

The coalition's name and contact address, the home page and main menu of each
language, the footer text (its rich text already rendered) and which parts of the
tree are private: every page shows or needs them, and they change only when an
editor saves something, which ends the content version (home.content_cache). So a
page costs no query for its header and footer.
"""

from django.contrib.contenttypes.models import ContentType
from django.utils.translation import get_language

from wagtail.models import Page
from wagtail.rich_text import expand_db_html

from .content_cache import cached
from .languages import (
    content_language,
    content_language_code,
    default_locale,
    locale_for,
)
from .models import FooterText, SiteSettings
from .routing import site_for
from .view_restrictions import is_under_private_path, only_public


def chrome(request) -> dict | None:
    site = site_for(request) if request is not None else None
    if site is None:
        return None
    language = content_language_code(get_language())
    return cached(
        f"chrome:{site.pk}:{language}", lambda: _build(request, site, language)
    )


def _build(request, site, language):
    settings = SiteSettings.for_site(site)
    home = site.root_page.localized
    return {
        "coalition_name": settings.coalition_name,
        "contact_email": settings.contact_email,
        "home_url": home.get_url(request) if home else f"/{language}/",
        "menu": _menu(request, home, language),
        "footer_html": _footer(language),
        "sections": _sections(request, home),
    }


def _menu(request, home, language):
    if home is None:
        return []
    items = (
        home.get_children()
        .live()
        .public()
        .in_menu()
        .select_related("alias_of__locale", "locale")
    )
    menu = []
    for item in items:
        written_in = content_language(item)
        menu.append(
            {
                "title": item.title,
                "url": item.get_url(request),
                "path": item.path,
                # An untranslated title is marked with its own language.
                "lang": written_in if written_in != language else None,
            }
        )
    return menu


def _sections(request, home):
    """The URL of the first live, public page of each type right under the home
    page (the catalog, the directory, the convenings, the request form ...), by
    "app_label.model"."""
    if home is None:
        return {}
    sections = {}
    for page in only_public(home.get_children().live()):
        content_type = ContentType.objects.get_for_id(page.content_type_id)
        label = f"{content_type.app_label}.{content_type.model}"
        sections.setdefault(label, page.get_url(request))
    return sections


def section_url(request, model) -> str | None:
    """Where the reader's home page keeps its page of this type (the catalog, the
    partner directory, the convenings, the request form), without a query."""
    site_chrome = chrome(request)
    return site_chrome["sections"].get(model._meta.label_lower) if site_chrome else None


def _footer(language):
    """The footer in the reader's language, or the source language's."""
    footer = (
        FooterText.objects.filter(locale=locale_for(language)).first()
        or FooterText.objects.filter(locale=default_locale()).first()
    )
    return expand_db_html(footer.body) if footer else ""


def is_public(page: Page) -> bool:
    """Whether the page can be read without a password or signing in."""
    return not is_under_private_path(page) or not page.get_view_restrictions().exists()
