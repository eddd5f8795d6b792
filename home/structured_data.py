"""JSON-LD (schema.org) for the page being shown, written into its <head>.

Each page type that describes something (a course, an event, an organization)
gives `structured_data(context, coalition)`, a dict or a list of dicts, built from
what the page's context already holds and the coalition as an Organization (from
the site's chrome, home.site_chrome, by the template tag): no query of its own.
This module writes the JSON so that no text in it can end the <script> element.
"""

import json

from django.core.serializers.json import DjangoJSONEncoder
from django.utils.safestring import mark_safe

from .languages import content_language

CONTEXT = "https://schema.org"
# As Django's json_script: <, > and & as JSON escapes, so "</script>" in a title
# stays inside the string.
ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


def json_ld_script(data) -> str:
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False)
    return mark_safe(  # noqa: S308 (escaped above)
        f'<script type="application/ld+json">{text.translate(ESCAPES)}</script>'
    )


def absolute(request, url):
    if not url:
        return None
    return request.build_absolute_uri(url) if request is not None else url


def coalition_from(site_chrome, request) -> dict:
    """The coalition as a schema.org Organization."""
    return {
        "@type": "Organization",
        "name": site_chrome.get("coalition_name", ""),
        "url": absolute(request, site_chrome.get("home_url")),
    }


def page_basics(page, request, schema_type) -> dict:
    """What every described page says: type, name, URL, the language its words are
    in (an untranslated page shown under /ht/ is in English), dates."""
    data = {
        "@context": CONTEXT,
        "@type": schema_type,
        "name": page.title,
        "url": absolute(request, page.get_url(request)),
        "inLanguage": content_language(page),
    }
    if page.first_published_at:
        data["datePublished"] = page.first_published_at.isoformat()
    if page.last_published_at:
        data["dateModified"] = page.last_published_at.isoformat()
    return data


def organization_link(page, request) -> dict:
    return {
        "@type": "Organization",
        "name": page.title,
        "url": absolute(request, page.get_url(request)),
    }


def home_page_data(page, context, coalition) -> list:
    """The home page: the site and the coalition that runs it."""
    site = page_basics(page, context.get("request"), "WebSite")
    site["name"] = coalition["name"] or page.title
    site["publisher"] = coalition
    return [site, {"@context": CONTEXT, **coalition}]
