"""Partners and convenings on each other's pages and on the home page: the next
convenings, the latest report, the convenings a partner took part in and how many
partner organizations there are, in the reader's language."""

from django import template
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import get_language, get_language_info

from home.languages import active_locale
from home.site_chrome import section_url
from partners.models import ConveningIndexPage, ConveningPage, PartnerPage

register = template.Library()


def _in_language(context):
    """A filter for the language of the page being shown (so previews work), or
    the active language."""
    locale_id = getattr(context.get("page"), "locale_id", None)
    if locale_id is not None:
        return {"locale_id": locale_id}
    return {"locale": active_locale()}


@register.inclusion_tag("partners/tags/upcoming_convenings.html", takes_context=True)
def upcoming_convenings(context, limit=3):
    """The next `limit` convenings that have not ended yet, soonest first, as cards
    with a link to the convenings index. Renders nothing when none is planned."""
    language = _in_language(context)
    convenings = list(
        ConveningPage.objects.live()
        .public()
        .filter(**language)
        .select_related("locale", "alias_of__locale")
        .upcoming(timezone.now())[: max(int(limit), 0)]
    )
    request = context.get("request")
    index_url = section_url(request, ConveningIndexPage) if convenings else None
    return {"request": request, "convenings": convenings, "index_url": index_url}


@register.inclusion_tag(
    "partners/tags/latest_convening_report.html", takes_context=True
)
def latest_convening_report(context):
    """The most recent past convening that has a report, as a card with a link to
    the report. Renders nothing when there is none."""
    language = _in_language(context)
    convening = (
        ConveningPage.objects.live()
        .public()
        .filter(**language)
        .past(timezone.now())
        .exclude(report_summary="")
        .select_related("locale", "alias_of__locale")
        .first()
    )
    return {"request": context.get("request"), "convening": convening}


@register.simple_tag(takes_context=True)
def partner_count(context):
    """How many partner organizations the directory lists in the reader's language,
    e.g. {% partner_count as count %}."""
    return PartnerPage.objects.live().public().filter(**_in_language(context)).count()


def written_in(page):
    """The language a page's words are in: an alias shows its source's words."""
    locale = page.alias_of.locale if page.alias_of_id else page.locale
    return locale.language_code


@register.simple_tag
def lang_attrs(page):
    """lang and dir attributes for a card's words when they are not in the reader's
    language (an untranslated partner shows its English words).
    List pages with .select_related("locale", "alias_of__locale")."""
    code = written_in(page)
    if code == get_language():
        return ""
    try:
        rtl = get_language_info(code)["bidi"]
    except KeyError:
        rtl = False
    return format_html(' lang="{}" dir="{}"', code, "rtl" if rtl else "ltr")


@register.simple_tag
def convenings_of(partner):
    """The live convenings in the partner page's language that the partner hosted
    or took part in, each marked `hosted`."""
    return ConveningPage.objects.took_part(partner)
