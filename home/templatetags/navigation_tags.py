"""The header and footer: main menu, language switcher and footer text, each in the
reader's language."""

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language, get_language_info

from wagtail.models import Locale, Page, Site

from home.languages import content_language
from home.models import FooterText

register = template.Library()


def localized_home(request):
    """The home page of the active language (or the site root when it has none)."""
    site = Site.find_for_request(request) if request else None
    if site is None:
        return None
    cached = getattr(request, "_localized_home", None)
    if cached is None:
        cached = site.root_page.localized
        request._localized_home = cached
    return cached


@register.inclusion_tag("includes/main_menu.html", takes_context=True)
def main_menu(context):
    request = context.get("request")
    home = localized_home(request)
    items = Page.objects.none()
    if home:
        items = (
            home.get_children()
            .live()
            .public()
            .in_menu()
            .select_related("alias_of__locale", "locale")
        )
    current = context.get("page")
    current_path = current.path if isinstance(current, Page) else ""
    reader = get_language()
    menu = []
    for item in items:
        written_in = content_language(item)
        menu.append(
            {
                "page": item,
                "is_current": item.path == current_path,
                "is_ancestor": current_path.startswith(item.path),
                # An untranslated title is marked with its own language.
                "lang": written_in if written_in != reader else None,
            }
        )
    return {"items": menu, "request": request}


@register.inclusion_tag("components/language_switcher.html", takes_context=True)
def language_switcher(context):
    """Every configured language, each linking to this page in that language.

    A page that exists in a locale only as an alias of the source is marked so the
    switcher can say it has not been translated yet.
    """
    request = context.get("request")
    page = context.get("page")
    active = get_language()
    translations = {}
    if isinstance(page, Page) and page.pk:
        translations = {
            p.locale.language_code: p
            for p in page.get_translations(inclusive=True).select_related("locale")
        }
    links = []
    for code, label in settings.LANGUAGES:
        target = translations.get(code)
        if target is not None:
            url = target.get_url(request)
            translated = target.alias_of_id is None
        else:
            url = (
                translate_url(request.get_full_path(), code) if request else f"/{code}/"
            )
            if url == (request.get_full_path() if request else None):
                url = f"/{code}/"
            translated = None
        links.append(
            {
                "code": code,
                "label": label,
                "name_local": get_language_info(code)["name_local"],
                "url": url,
                "is_active": code == active,
                "translated": translated,
            }
        )
    return {"links": links}


@register.simple_tag(takes_context=True)
def footer_text(context):
    """The footer for the active language, or the source language's as a fallback."""
    locale = Locale.get_active()
    footer = FooterText.objects.filter(locale=locale).first()
    if footer is None:
        footer = FooterText.objects.filter(locale=Locale.get_default()).first()
    return footer


@register.simple_tag(takes_context=True)
def home_url(context):
    request = context.get("request")
    home = localized_home(request)
    return home.get_url(request) if home else f"/{get_language()}/"
