"""A Get involved form page's public views: the form, and the thank-you page it
sends people to. Both are for one visitor at a time (the form holds a CSRF token
and, shown again, what they typed): never cached, never shared.

The answers never reach a log line, an error report or a URL: a rejected
submission is logged by its reason, an accepted one by the page's id alone.
"""

import logging

from django.db import transaction
from django.http import HttpResponseRedirect
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext
from django.views.decorators.debug import sensitive_variables

from training_requests import guards
from training_requests.tokens import check_form_stamp, form_stamp
from training_requests.views import stamp_message

from .forms import HONEYPOT_FIELD, STAMP_FIELD

logger = logging.getLogger("involvement")

WHAT = "Get involved form"
SUBMISSIONS_PER_HOUR = 10


def never_cached(response):
    add_never_cache_headers(response)
    return response


def form_page(request, page):
    if request.method == "POST":
        return submit(request, page)
    form = page.get_form(page=page, user=request.user)
    return render_form(request, page, form, form_stamp())


def render_form(request, page, form, stamp, status=200):
    response = page.render(
        request,
        context_overrides={
            "form": form,
            "honeypot_field": HONEYPOT_FIELD,
            "stamp": stamp,
            "stamp_field": STAMP_FIELD,
        },
    )
    response.status_code = status
    return never_cached(response)


@sensitive_variables()
def submit(request, page):
    # Error reports (and emails to ADMINS) must not carry what the visitor typed.
    request.sensitive_post_parameters = "__ALL__"
    rejection = guards.check_submission(
        request,
        scope="involvement",
        limit=SUBMISSIONS_PER_HOUR,
        too_many=gettext(
            "This connection has sent this form many times in a short time. Please "
            "try again in an hour."
        ),
        what=WHAT,
        refused=gettext("We could not accept this form"),
    )
    if rejection is not None:
        return never_cached(rejection)
    form = page.get_form(request.POST, page=page, user=request.user)
    valid = form.is_valid()
    # Sent sooner than a person can fill it in, or long after: say so and give a
    # fresh stamp.
    stamp = check_form_stamp(request.POST.get(STAMP_FIELD))
    if not stamp.ok:
        logger.info("%s rejected (form stamp %s)", WHAT, stamp.problem)
        form.add_error(None, stamp_message(stamp.problem))
        return render_form(request, page, form, form_stamp(), status=400)
    if not valid:
        return render_form(request, page, form, request.POST.get(STAMP_FIELD), 400)
    with transaction.atomic():
        page.process_form_submission(form)
    logger.info("%s received (page %s)", WHAT, page.pk)
    response = HttpResponseRedirect(page.thanks_url(request))
    response.status_code = 303
    return never_cached(response)


def thanks(request, page):
    response = page.render(
        request, template="involvement/involvement_form_page_landing.html"
    )
    response["X-Robots-Tag"] = "noindex, nofollow"
    return never_cached(response)
