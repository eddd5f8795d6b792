"""A convening as an iCalendar file, so a visitor can add it to any calendar app."""

from datetime import timedelta
from urllib.parse import urlsplit

from django.conf import settings
from django.http import HttpResponse
from django.utils import timezone
from django.utils.translation import gettext as _

from icalendar import Calendar, Event


def convening_calendar(page, request=None) -> bytes:
    """The iCalendar text of one convening: one VEVENT with its time zone.

    The UID is the same in every language (it comes from the page's translation
    key), so adding the Spanish and the English page gives one calendar entry.
    """
    url = page.get_full_url(request)
    host = urlsplit(url or "").hostname or "training-hub.invalid"
    description = [page.introduction]
    if page.registration_details or page.registration_url:
        how = " ".join(filter(None, [page.registration_details, page.registration_url]))
        description.append(_("How to register: %(how)s") % {"how": how})
    if page.accessibility:
        description.append(_("Accessibility: %(text)s") % {"text": page.accessibility})
    if page.interpretation:
        description.append(
            _("Interpretation: %(text)s") % {"text": page.interpretation}
        )
    event = Event.new(
        uid=f"convening-{page.translation_key}@{host}",
        summary=page.title,
        start=timezone.localtime(page.start, page.zone),
        end=timezone.localtime(page.end, page.zone),
        location=page.location or None,
        url=url,
        description="\n\n".join(part for part in description if part) or None,
    )
    calendar = Calendar.new(
        prodid=f"-//{settings.WAGTAIL_SITE_NAME}//Convenings//EN",
        subcomponents=[event],
    )
    # Time zone rules only for the years around the convening keep the file small.
    calendar.add_missing_timezones(
        first_date=page.start.date() - timedelta(days=366),
        last_date=page.end.date() + timedelta(days=366),
    )
    return calendar.to_ical()


def calendar_response(page, request) -> HttpResponse:
    response = HttpResponse(
        convening_calendar(page, request), content_type="text/calendar; charset=utf-8"
    )
    response["Content-Disposition"] = f'attachment; filename="{page.slug}.ics"'
    return response
