"""Public views that are not pages: robots.txt, the page that explains
a request the site could not accept, and the error pages Django falls back on."""

import sys

from django.db import InterfaceError, OperationalError
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import translation
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext

from django_guid import get_guid

# How long a visitor (or a crawler) is asked to wait while the database is away.
RETRY_AFTER_SECONDS = 120


def robots_txt(request):
    """What crawlers may visit: everything public, not the admin; and where the
    sitemap is. It needs no database, so `make bench` measures the middleware's
    own cost with it."""
    lines = [
        "User-agent: *",
        # The first rule that matches wins for some crawlers: the narrower first.
        "Disallow: /admin/",
        "Allow: /",
        "",
        f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}",
        "",
    ]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")


def problem(request, title, message, status):
    """A short page in the reader's language saying what went wrong and what to do,
    with the 4xx status that fits."""
    return TemplateResponse(
        request,
        "home/problem.html",
        {"title": title, "message": message},
        status=status,
    )


# Error pages ----------------------------------------------------------------------
# Django's own handlers re-run the CSRF check, which raises again on a body Django
# could not read (and turns a 400 into gunicorn's bare 500). These run no check, and
# their pages need neither the database nor the site's host.
def bad_request(request, exception):
    return bare_page(request, "400.html", status=400)


def csrf_failure(request, reason=""):
    """A form sent without its security token (a page left open for days, cookies
    cleared): say so in the visitor's language, with Django's 403."""
    return problem(
        request,
        gettext("This form has expired"),
        gettext(
            "For your safety, forms on this site only work for a while after the "
            "page is opened. Please go back, reload the page and send the form again."
        ),
        status=403,
    )


def server_error(request):
    """A 500; or, when the database cannot be reached, a 503 that tells the visitor
    what they sent was not saved and when to try again."""
    error = sys.exc_info()[1]
    if isinstance(error, OperationalError | InterfaceError):
        response = bare_page(request, "503.html", status=503)
        response["Retry-After"] = str(RETRY_AFTER_SECONDS)
        return response
    return bare_page(request, "500.html", status=500)


def bare_page(request, template, status):
    language = translation.get_language_from_request(request, check_path=True)
    with translation.override(language):
        html = render_to_string(
            template,
            {
                # Shown so that staff can find the traceback logged with it.
                "request_id": get_guid() or "",
                "sent_something": request.method not in ("GET", "HEAD", "OPTIONS"),
            },
        )
    response = HttpResponse(html, status=status)
    add_never_cache_headers(response)
    return response
