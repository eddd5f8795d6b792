"""Checks a submission must pass before its fields are even read.

The body's size is checked on the raw request, before Django parses it; then the
body must be URL-encoded (what the form sends), well-formed UTF-8 without NUL
characters (PostgreSQL refuses NUL, and Django would otherwise replace bad bytes
silently). home.middleware.UnreadablePostMiddleware refuses most such bodies on
every URL already; the form checks again for itself. Each check names what went
wrong so the visitor gets a clear message; nothing is stored for a rejected
submission, and nothing of what was sent is logged.
"""

import logging

from django.http import RawPostDataException
from django.utils.translation import gettext as _

from home.rate_limit import within_limit
from home.request_bodies import (
    UPLOAD_PREFIXES,
    URLENCODED,
    declares_another_charset,
    urlencoded_is_clean,
)
from home.views import problem

from .forms import HONEYPOT_FIELD

logger = logging.getLogger("training_requests")

# Room for every field at its longest in Arabic (six bytes per letter once
# percent-encoded) and a few dozen modules ticked; a real request is far smaller.
MAX_BODY_BYTES = 32 * 1024
SUBMISSIONS_PER_HOUR = 10


def _declared_length(request):
    try:
        return int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        return MAX_BODY_BYTES + 1


def body_too_large(request) -> bool:
    if _declared_length(request) > MAX_BODY_BYTES:
        return True
    try:
        return len(request.body) > MAX_BODY_BYTES
    except RawPostDataException:  # already read as a stream: rely on the header
        return False


def body_is_clean(request) -> bool:
    """URL-encoded UTF-8, without NUL characters."""
    if request.content_type != URLENCODED or declares_another_charset(request):
        return False
    return urlencoded_is_clean(request.body)


def reject(request, reason, title, message, status, what="Training request"):
    """`what` names the kind of submission in the log line (never what was sent)."""
    logger.info("%s rejected (%s)", what, reason)
    return problem(request, title, message, status=status)


def filled_by_a_program(request, title, what="Training request"):
    """A 400 when the field only programs fill in (the form's hidden "leave empty"
    field) holds anything, or None. `title` names what was refused."""
    if not request.POST.get(HONEYPOT_FIELD):
        return None
    return reject(
        request,
        "honeypot",
        title,
        _(
            "It looks as if the form was filled in by a program. If you are "
            "a person, please go back, leave the field marked “leave empty” "
            "empty, and send the form again."
        ),
        status=400,
        what=what,
    )


def too_large(request):
    return reject(
        request,
        "body too large",
        _("Your request is too long"),
        _(
            "Please shorten the longest answers and send the form again. If you "
            "have a lot to tell us, send the form with a short note and we will "
            "call or write to you."
        ),
        status=413,
    )


def check_submission(
    request,
    scope="training-request",
    limit=SUBMISSIONS_PER_HOUR,
    too_many=None,
    what="Training request",
    refused=None,
):
    """A 4xx response for a submission that must not be read any further, or None.

    Other public forms (a convening's registration) pass their own rate-limit
    `scope` and `limit`, their own `too_many` message, and `what` for the log.
    With `refused` (the title of the refusal: "We could not accept this
    request"), a form whose honeypot is filled in is refused too."""
    if body_too_large(request):
        return too_large(request)
    if not within_limit(request, scope, limit, 60 * 60):
        return reject(
            request,
            "rate limit",
            _("Too many requests"),
            too_many
            or _(
                "This connection has sent many training requests in a short time. "
                "Please try again in an hour."
            ),
            status=429,
            what=what,
        )
    if not body_is_clean(request):
        return reject(
            request,
            "malformed body",
            _("We could not read your request"),
            _(
                "Some of the text could not be read. Please go back, check your "
                "answers for unusual characters and send the form again."
            ),
            status=400,
            what=what,
        )
    if refused is not None:
        return filled_by_a_program(request, refused, what=what)
    return None


class PublicPostSizeLimitMiddleware:
    """Refuse an oversized POST to the public site before anything parses it.

    Django's CSRF middleware reads request.POST (parsing up to
    DATA_UPLOAD_MAX_MEMORY_SIZE, 2.5 MB) before any view runs, so the request
    form's own cap comes too late to spare that work. Placed before
    CsrfViewMiddleware, this applies the same cap, from the Content-Length header
    alone, to every POST outside the admin: the public site's forms (a training
    request, a wish for a translation) are all far smaller.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if (
            request.method == "POST"
            and not request.path.startswith(UPLOAD_PREFIXES)
            and _declared_length(request) > MAX_BODY_BYTES
        ):
            # Rendered here: only a view's template response is rendered for us.
            return too_large(request).render()
        return self.get_response(request)
