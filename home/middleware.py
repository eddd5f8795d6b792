"""The site shell's middleware: Content-Security-Policy and Permissions-Policy
headers on every response, one access-log line per request (and a short refusal for
unknown hosts), and a clear refusal of a POST body the site cannot read.

The public site allows only our own origin (no CDNs, fonts or trackers); the Wagtail
admin gets a policy that tolerates its inline styles and scripts (see CSP_ADMIN).
No page uses the camera, microphone, location, payments or USB: Permissions-Policy
refuses them to every page and frame.
"""

import logging
import re
import time

from django.conf import settings
from django.core.exceptions import DisallowedHost
from django.http import HttpResponseBadRequest
from django.utils import translation
from django.utils.encoding import escape_uri_path
from django.utils.translation import gettext

from .request_bodies import why_unreadable
from .views import problem

access_log = logging.getLogger("hub.access")

HEALTH_PATH = "/healthz"
# A request's signed status link works like a password for its status page: the log
# keeps that such a page was opened, never the token itself.
PRIVATE_LINK = re.compile(r"/(thanks|status)/[^/]+/")


class ContentSecurityPolicyMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if "Content-Security-Policy" not in response:
            admin = request.path.startswith("/admin/")
            response["Content-Security-Policy"] = (
                settings.CSP_ADMIN if admin else settings.CSP_PUBLIC
            )
        response.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        return response


# The access log -------------------------------------------------------------------
def note_for_the_log(request, note):
    """Say on the request's access-log line why it was refused."""
    request.refused_because = note


class RequestLogMiddleware:
    """One line per request in the "hub.access" log: method, path without its query
    string, status and duration; the log format adds the request id. Never the query
    string, a form's fields or a header: they may hold a name, an email address or a
    phone number. Successful health checks are left out (a load balancer asks every
    few seconds).

    A request for a host not in ALLOWED_HOSTS is answered here with a 400, before
    anything else asks for the host: its access-log line is all that is logged of
    it, where Django would log a traceback for each one a scanner sends.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        started = time.monotonic()
        try:
            request.get_host()
        except DisallowedHost:
            note_for_the_log(request, "host not allowed")
            response = host_not_allowed(request)
        else:
            response = self.get_response(request)
        if request.path != HEALTH_PATH or response.status_code != 200:
            refused = getattr(request, "refused_because", "")
            access_log.info(
                "%s %s %s %dms%s",
                request.method,
                PRIVATE_LINK.sub(r"/\1/…/", escape_uri_path(request.path)),
                response.status_code,
                round((time.monotonic() - started) * 1000),
                f" ({refused})" if refused else "",
            )
        return response


def host_not_allowed(request):
    """Plain text: the page shell needs the host to find its site."""
    with translation.override(translation.get_language_from_request(request)):
        text = gettext("This site does not answer to that address.")
    return HttpResponseBadRequest(text, content_type="text/plain; charset=utf-8")


# Bodies the site cannot read ------------------------------------------------------
class UnreadablePostMiddleware:
    """Refuse with a 400, in the reader's language, a POST whose body the site
    cannot read (see home.request_bodies), before the CSRF middleware parses it:
    otherwise Django's CSRF check raises on it, and raises again in the error view.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method == "POST":
            reason = why_unreadable(request)
            if reason:
                note_for_the_log(request, f"unreadable body: {reason}")
                # Rendered here: only a view's template response is rendered for us.
                return unreadable(request, reason).render()
        return self.get_response(request)


def unreadable(request, reason):
    if reason == "multipart":
        message = gettext(
            "This page's forms send plain text only, never files. Please go back, "
            "reload the page and send the form again."
        )
    else:
        message = gettext(
            "Part of the text could not be read. Please go back, check it for "
            "unusual characters and send it again."
        )
    return problem(
        request, gettext("We could not read what you sent"), message, status=400
    )
