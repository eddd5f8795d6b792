"""Convenings as iCalendar: one convening's file to add to any calendar app, and the
feed of every upcoming convening that a calendar app subscribes to.

Both are built from the same events, so a convening added from its page and the
same convening seen through the subscription are one entry in the reader's calendar.
"""

from datetime import UTC, datetime, timedelta
from urllib.parse import urlsplit

from django.conf import settings
from django.http import HttpResponse
from django.utils import timezone
from django.utils.translation import gettext as _

from icalendar import Calendar, Event, vDuration

from home.languages import content_language

CONTENT_TYPE = "text/calendar; charset=utf-8"
# How often calendar apps are asked to fetch the subscription again.
REFRESH_INTERVAL = timedelta(hours=6)
# SEQUENCE counts the seconds from here to the convening's last publication: it
# grows each time an editor publishes it, with no counter to keep.
SEQUENCE_EPOCH = datetime(2020, 1, 1, tzinfo=UTC)


def convening_uid(page, host) -> str:
    """The same in every language (it comes from the page's translation key), so
    adding the Spanish and the English page gives one calendar entry."""
    return f"convening-{page.translation_key}@{host}"


def last_changed(page):
    """When the convening's words were last published (None for a page that never
    went through a publication, as pages made in code may not)."""
    return page.last_published_at or page.first_published_at


def sequence(page) -> int:
    """A number that grows each time the convening is published again, so calendar
    apps replace their copy of the event instead of keeping the old one."""
    changed = last_changed(page)
    if changed is None:
        return 0
    return max(0, int((changed - SEQUENCE_EPOCH).total_seconds()))


def convening_event(page, request=None, shown=None) -> Event:
    """The VEVENT of a convening listed under `page`'s URL, in the words of `shown`
    (the translation the reader is shown: `page` itself unless it is an alias read
    in a nearer language, see translations.fallback)."""
    shown = shown or page
    url = page.get_full_url(request)
    host = urlsplit(url or "").hostname or "training-hub.invalid"
    description = [shown.introduction]
    if shown.registration_details or shown.registration_url:
        how = " ".join(
            filter(None, [shown.registration_details, shown.registration_url])
        )
        description.append(_("How to register: %(how)s") % {"how": how})
    if shown.accessibility:
        description.append(_("Accessibility: %(text)s") % {"text": shown.accessibility})
    if shown.interpretation:
        description.append(
            _("Interpretation: %(text)s") % {"text": shown.interpretation}
        )
    changed = last_changed(shown)
    event = Event.new(
        uid=convening_uid(page, host),
        summary=shown.title,
        start=timezone.localtime(shown.start, shown.zone),
        end=timezone.localtime(shown.end, shown.zone),
        location=shown.location or None,
        url=url,
        description="\n\n".join(part for part in description if part) or None,
        stamp=changed or timezone.now(),
        last_modified=changed,
        sequence=sequence(shown),
    )
    # Words not written in the reader's language say which language they are in.
    written_in = content_language(shown)
    if written_in != page.locale.language_code:
        for name in ("SUMMARY", "DESCRIPTION", "LOCATION"):
            if name in event:
                event[name].params["LANGUAGE"] = written_in
    return event


def calendar_of(events, *, first, last, extra=(), **properties) -> bytes:
    """One VCALENDAR of `events` (Calendar.new's `properties`, then `extra` name
    and value pairs), with the rules of every time zone the events use for the
    years around `first` and `last` (enough for any app, and small)."""
    calendar = Calendar.new(
        prodid=f"-//{settings.WAGTAIL_SITE_NAME}//Convenings//EN",
        subcomponents=events,
        **properties,
    )
    for name, value in extra:
        calendar.add(name, value)
    calendar.add_missing_timezones(
        first_date=first - timedelta(days=366), last_date=last + timedelta(days=366)
    )
    return calendar.to_ical()


def session_uid(page, session, host) -> str:
    """Like the convening's, the same in every language and across edits: it
    comes from the translation keys of the page and of the session."""
    return f"session-{page.translation_key}-{session.translation_key}@{host}"


def _names(labels):
    return ", ".join(str(label) for label in labels)


def session_event(page, session, request=None, shown=None) -> Event:
    """The VEVENT of one session of the convening listed under `page`'s URL, in the
    words of `shown` (see convening_event). The session carries its presenters and
    language names (partners.models.program.attach_program_details)."""
    shown = shown or page
    url = page.get_full_url(request)
    host = urlsplit(url or "").hostname or "training-hub.invalid"
    description = [session.description]
    presenters = [
        presenter["partner"].title
        if "partner" in presenter
        else ", ".join(filter(None, [presenter["name"], presenter["organization"]]))
        for presenter in getattr(session, "presenter_list", [])
    ]
    if presenters:
        description.append(
            _("Presenters: %(names)s") % {"names": "; ".join(presenters)}
        )
    if getattr(session, "language_names", None):
        description.append(
            _("Languages: %(names)s") % {"names": _names(session.language_names)}
        )
    if getattr(session, "interpretation_names", None):
        description.append(
            _("Interpretation into: %(names)s")
            % {"names": _names(session.interpretation_names)}
        )
    description.append(
        _("Part of %(convening)s: %(url)s") % {"convening": shown.title, "url": url}
    )
    changed = last_changed(shown)
    location = ", ".join(filter(None, [session.room, shown.venue]))
    event = Event.new(
        uid=session_uid(page, session, host),
        summary=session.title,
        start=timezone.localtime(session.start, shown.zone),
        end=timezone.localtime(session.end, shown.zone),
        location=location or None,
        url=session.room_url or url,
        description="\n\n".join(part for part in description if part),
        stamp=changed or timezone.now(),
        last_modified=changed,
        sequence=sequence(shown),
    )
    written_in = content_language(shown)
    if written_in != page.locale.language_code:
        for name in ("SUMMARY", "DESCRIPTION", "LOCATION"):
            if name in event:
                event[name].params["LANGUAGE"] = written_in
    return event


def convening_events(page, request=None, shown=None, sessions=()) -> list[Event]:
    """The convening's VEVENT, then one per session of its program."""
    return [
        convening_event(page, request, shown),
        *(session_event(page, session, request, shown) for session in sessions),
    ]


def convening_calendar(page, request=None, shown=None, sessions=()) -> bytes:
    """The iCalendar text of one convening: its VEVENT, one per session, and its
    time zone."""
    shown = shown or page
    return calendar_of(
        convening_events(page, request, shown, sessions),
        first=shown.start.date(),
        last=shown.end.date(),
    )


def _attachment(body, filename) -> HttpResponse:
    response = HttpResponse(body, content_type=CONTENT_TYPE)
    response["Content-Disposition"] = f'attachment; filename="{filename}.ics"'
    return response


def calendar_response(page, request, shown=None, sessions=()) -> HttpResponse:
    return _attachment(convening_calendar(page, request, shown, sessions), page.slug)


def session_calendar_response(page, request, shown, session) -> HttpResponse:
    """One session alone, as the same event the convening's file carries."""
    body = calendar_of(
        [session_event(page, session, request, shown)],
        first=session.start.date(),
        last=session.end.date(),
    )
    return _attachment(body, f"{page.slug}-{session.sort_order or 0}")


def subscription_calendar(convenings, *, uid, name, description, language) -> bytes:
    """The calendar a reader subscribes to: `convenings` is (shown, events) for
    each convening (its own event and its sessions'), soonest first."""
    today = timezone.now().date()
    return calendar_of(
        [event for _shown, events in convenings for event in events],
        first=min((shown.start.date() for shown, _ in convenings), default=today),
        last=max((shown.end.date() for shown, _ in convenings), default=today),
        uid=uid,
        name=name,
        description=description,
        language=language,
        refresh_interval=REFRESH_INTERVAL,
        # What Google Calendar, Apple Calendar and Thunderbird read before (or
        # instead of) the standard NAME and REFRESH-INTERVAL.
        extra=[
            ("X-PUBLISHED-TTL", vDuration(REFRESH_INTERVAL)),
            ("X-WR-TIMEZONE", settings.TIME_ZONE),
        ],
    )


def subscription_response(body: bytes) -> HttpResponse:
    """Sent inline (no attachment), so that a calendar app given its webcal://
    address subscribes to it rather than importing it once."""
    return HttpResponse(body, content_type=CONTENT_TYPE)
