"""Template helpers for modules and curricula: durations and the featured modules
for the home page."""

from django import template
from django.db.models import F
from django.utils import translation
from django.utils.html import format_html
from django.utils.translation import get_language, gettext, ngettext

from curriculum import choices
from curriculum.listing import annotate_for_listing
from curriculum.models import (
    ModuleIndexPage,
    TrainingModulePage,
)
from home.languages import active_locale
from home.site_chrome import section_url

register = template.Library()

FEATURED_MODULES = 3


def _minutes(value):
    try:
        return max(int(value), 0)
    except (TypeError, ValueError):
        return None


@register.filter
def duration(value):
    """90 -> "1 h 30 min", in the reader's language."""
    minutes = _minutes(value)
    if minutes is None:
        return ""
    hours, rest = divmod(minutes, 60)
    if not hours:
        return ngettext("%(minutes)d minute", "%(minutes)d minutes", rest) % {
            "minutes": rest
        }
    if not rest:
        return ngettext("%(hours)d hour", "%(hours)d hours", hours) % {"hours": hours}
    return gettext("%(hours)d h %(minutes)d min") % {"hours": hours, "minutes": rest}


@register.filter
def iso_duration(value):
    """90 -> "PT90M", for <time datetime="...">."""
    minutes = _minutes(value)
    return f"PT{minutes}M" if minutes is not None else ""


@register.filter
def clock(value):
    """Minutes into the session as a clock reading: 65 -> "1:05"."""
    minutes = _minutes(value) or 0
    hours, rest = divmod(minutes, 60)
    return f"{hours}:{rest:02d}"


@register.inclusion_tag("curriculum/includes/featured_modules.html", takes_context=True)
def featured_modules(context, count=FEATURED_MODULES):
    """The most recently published modules in the reader's language (translated
    ones first) and a link to the catalog, for the home page."""
    locale = active_locale()
    modules = list(
        TrainingModulePage.objects.live()
        .public()
        .filter(locale=locale)
        .select_related("locale")
        .order_by(F("alias_of").asc(nulls_first=True), "-first_published_at", "path")[
            : int(count)
        ]
    )
    annotate_for_listing(modules, locale)
    request = context.get("request")
    return {
        "modules": modules,
        "catalog_url": section_url(request, ModuleIndexPage),
        "request": request,
    }


@register.filter
def language_name(code):
    """ "es" -> "español": a language's own name for itself."""
    return choices.language_name(code) if code else ""


def _lang_attributes(code):
    direction = "rtl" if translation.get_language_info(code)["bidi"] else "ltr"
    return format_html(' lang="{}" dir="{}"', code, direction)


@register.simple_tag(takes_context=True)
def content_lang(context, code=None):
    """` lang="en" dir="ltr"` on an element whose words are not in the reader's
    language (an untranslated page shows its source's words), nothing otherwise."""
    code = code or context.get("content_language")
    if code and code != get_language():
        return _lang_attributes(code)
    return ""


@register.simple_tag(takes_context=True)
def reader_lang(context):
    """` lang="es" dir="ltr"` on interface words placed among words in another
    language, so screen readers switch voice and Arabic runs right to left."""
    code = context.get("content_language")
    active = get_language()
    if code and code != active:
        return _lang_attributes(active)
    return ""
