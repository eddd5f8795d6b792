"""Convenings as schema.org Events and partners as Organizations (JSON-LD), from
what their pages' contexts already hold."""

from django.utils import timezone

from home.structured_data import absolute, organization_link, page_basics

OFFLINE = "https://schema.org/OfflineEventAttendanceMode"
ONLINE = "https://schema.org/OnlineEventAttendanceMode"
MIXED = "https://schema.org/MixedEventAttendanceMode"


def convening_data(page, context, coalition) -> dict:
    request = context.get("request")
    data = page_basics(page, request, "Event")
    in_person = bool(page.venue or page.address)
    locations = []
    if in_person:
        locations.append(
            {
                "@type": "Place",
                "name": page.venue or page.address.splitlines()[0],
                "address": {
                    "@type": "PostalAddress",
                    "streetAddress": " ".join(page.address.split()),
                },
            }
        )
    if page.online:
        locations.append(
            {
                "@type": "VirtualLocation",
                "url": page.registration_url or data["url"],
            }
        )
    hosts = context.get("host_partners") or []
    data.update(
        {
            "description": page.summary,
            "startDate": timezone.localtime(page.start, page.zone).isoformat(),
            "endDate": timezone.localtime(page.end, page.zone).isoformat(),
            "eventStatus": "https://schema.org/EventScheduled",
            "eventAttendanceMode": (
                MIXED
                if in_person and page.online
                else ONLINE
                if page.online
                else OFFLINE
            ),
            "location": locations[0] if len(locations) == 1 else locations,
            "organizer": [organization_link(host, request) for host in hosts]
            or [coalition],
        }
    )
    program_url = context.get("program_url")
    if program_url:
        data["subEvent"] = [
            session_data(session, page, absolute(request, program_url))
            for session in context.get("program_sessions", [])
            if not session.is_break
        ]
    return data


def session_data(session, convening, program_url) -> dict:
    """One session of the program as an Event within the convening's."""
    data = {
        "@type": "Event",
        "name": session.title,
        "url": f"{program_url}#session-{session.translation_key}",
        "startDate": timezone.localtime(session.start, convening.zone).isoformat(),
        "endDate": timezone.localtime(session.end, convening.zone).isoformat(),
    }
    if session.description:
        data["description"] = session.description
    if session.languages:
        data["inLanguage"] = list(session.languages)
    if session.room:
        data["location"] = {"@type": "Place", "name": session.room}
    return data


def partner_data(page, context, coalition) -> dict:
    request = context.get("request")
    data = page_basics(page, request, "Organization")
    region = context.get("display_region")
    data["description"] = page.introduction
    data["memberOf"] = coalition
    if page.website:
        data["sameAs"] = [page.website]
    if page.city or region:
        data["address"] = {"@type": "PostalAddress"}
        if page.city:
            data["address"]["addressLocality"] = page.city
        if region:
            data["address"]["addressRegion"] = region.name
    if region:
        data["areaServed"] = {"@type": "AdministrativeArea", "name": region.name}
    if page.logo_id:
        data["logo"] = absolute(request, page.logo.file.url)
    return data
