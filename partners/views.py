"""Public views of the partners app that are not pages: the calendar of upcoming
convenings that calendar apps subscribe to."""

from urllib.parse import urlsplit

from django.conf import settings
from django.db.models import prefetch_related_objects
from django.utils import timezone
from django.utils.translation import gettext as _

from home.languages import active_locale
from home.site_chrome import chrome
from translations.fallback import nearest_translations

from .calendar import convening_events, subscription_calendar, subscription_response
from .models import ConveningPage, attach_program_details, in_time_order


def upcoming_convenings(locale, now=None):
    """Every live, public convening in `locale` that has not ended, soonest first,
    each with the translation its reader is shown: [(page, shown), ...]. Two
    queries at most, however many convenings (the second only when the reader's
    fallback chain has a language between their own and the source)."""
    pages = list(
        ConveningPage.objects.live()
        .public()
        .filter(locale=locale)
        .upcoming(now)
        .select_related("locale", "alias_of__locale")
    )
    nearest = nearest_translations(pages, locale.language_code)
    return [(page, nearest.get(page.pk, page)) for page in pages]


def convenings_calendar(request):
    """Every upcoming convening in the reader's language, as a calendar to subscribe
    to: a plain GET with nothing to remember, so the page cache and any proxy in
    front keep it, and calendar apps fetch it again every few hours."""
    locale = active_locale()
    site_chrome = chrome(request) or {}
    coalition = site_chrome.get("coalition_name") or settings.WAGTAIL_SITE_NAME
    host = urlsplit(request.build_absolute_uri("/")).hostname
    upcoming = upcoming_convenings(locale, timezone.now())
    # Every program's sessions with their presenters, in a few queries in all.
    shown_pages = list({id(shown): shown for _page, shown in upcoming}.values())
    prefetch_related_objects(shown_pages, "sessions")
    attach_program_details(
        [session for shown in shown_pages for session in shown.sessions.all()],
        locale.pk,
    )
    convenings = [
        (
            shown,
            convening_events(page, request, shown, in_time_order(shown.sessions.all())),
        )
        for page, shown in upcoming
    ]
    body = subscription_calendar(
        convenings,
        uid=f"convenings-{locale.language_code}@{host}",
        name=_("%(coalition)s: convenings") % {"coalition": coalition},
        description=_("Upcoming convenings, where partners meet to plan together."),
        language=locale.language_code,
    )
    return subscription_response(body)
