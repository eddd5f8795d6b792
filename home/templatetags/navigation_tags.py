"""The header and footer: main menu, language switcher and footer text, each in the
reader's language, from the site's chrome (home.site_chrome) and the page's
translations (home.page_translations), without a query of their own."""

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, get_language_info

from wagtail.models import Page

from home.page_translations import translations_of
from home.site_chrome import chrome

register = template.Library()


@register.inclusion_tag("includes/main_menu.html", takes_context=True)
def main_menu(context):
    request = context.get("request")
    site_chrome = chrome(request)
    current = context.get("page")
    current_path = current.path if isinstance(current, Page) else ""
    items = [
        {
            **item,
            "is_current": item["path"] == current_path,
            "is_ancestor": current_path.startswith(item["path"]),
        }
        for item in (site_chrome["menu"] if site_chrome else [])
    ]
    return {"items": items, "request": request}


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
            p.locale.language_code: p for p in translations_of(page) if p.live
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
def footer_html(context):
    """The footer's text for the active language (the source language's if it has
    none), already rendered."""
    site_chrome = chrome(context.get("request"))
    return mark_safe(site_chrome["footer_html"]) if site_chrome else ""  # noqa: S308


@register.simple_tag(takes_context=True)
def site_chrome(context):
    """The coalition's name, contact address and home URL (see home.site_chrome)."""
    request = context.get("request")
    return chrome(request) or {
        "coalition_name": settings.WAGTAIL_SITE_NAME,
        "contact_email": "",
        "home_url": f"/{get_language()}/",
    }


@register.simple_tag(takes_context=True)
def home_url(context):
    """The home page of the reader's language."""
    site_chrome = chrome(context.get("request"))
    return site_chrome["home_url"] if site_chrome else f"/{get_language()}/"
