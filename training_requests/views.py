"""The request page's views: the form, the thank-you page and the private status
page a requester reaches through the signed link in their email.

Each takes the TrainingRequestPage being served (the routes are declared on it, so
they exist under every language's copy of the page).
"""

import logging

from django.db import transaction
from django.http import HttpResponseRedirect
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext
from django.views.decorators.debug import sensitive_variables

from wagtail.models import Locale

from curriculum.models import ModuleIndexPage
from home.views import problem

from . import audit, guards, notifications, retention, tasks, tokens
from .choices import PUBLIC_STATUS, PUBLIC_STATUS_EXPLANATION, Status
from .forms import HONEYPOT_FIELD, STAMP_FIELD, TrainingRequestForm
from .lookups import FIND_MAX_LENGTH, FIND_PARAMETER, FOUND_LIMIT, reader_language
from .models.requests import TrainingRequest

logger = logging.getLogger("training_requests")

CONSENT_TEXT_ID = "tr-consent-text"


# The form -------------------------------------------------------------------------
def request_form(request, page):
    if request.method == "POST":
        return submit(request, page)
    form = TrainingRequestForm.from_link(request.GET)
    return render_form(request, page, form, tokens.form_stamp())


def form_preview(request, page):
    form = TrainingRequestForm()
    form.offer_more()
    return render_form(request, page, form, tokens.form_stamp())


def render_form(request, page, form, stamp, status=200):
    form.describe_consent_with(CONSENT_TEXT_ID)
    response = page.render(
        request,
        context_overrides={
            "form": form,
            "stamp": stamp,
            "stamp_field": STAMP_FIELD,
            "honeypot_field": HONEYPOT_FIELD,
            "consent_text_id": CONSENT_TEXT_ID,
            "sections": form.sections(),
            "find_parameter": FIND_PARAMETER,
            "find_max_length": FIND_MAX_LENGTH,
            "found_limit": FOUND_LIMIT,
            "catalog_url": catalog_url(request),
        },
    )
    response.status_code = status
    return never_cached(response)


def never_cached(response):
    """The form carries a fresh stamp (and, shown again, what the visitor typed): no
    cache may keep it, and none shared ("private")."""
    add_never_cache_headers(response)
    return response


def catalog_url(request):
    """The catalog in the reader's language, where every training can be browsed
    (each module's page links back here with the module chosen)."""
    catalog = (
        ModuleIndexPage.objects.live()
        .filter(locale__language_code=reader_language())
        .order_by("path")
        .first()
    )
    return catalog.get_url(request) if catalog else ""


@sensitive_variables()
def submit(request, page):
    # Error reports (and emails to ADMINS) must not carry what the visitor typed.
    request.sensitive_post_parameters = "__ALL__"
    rejection = guards.check_submission(
        request, refused=gettext("We could not accept this request")
    )
    if rejection is not None:
        return rejection
    form = TrainingRequestForm(request.POST)
    valid = form.is_valid()
    stamp = tokens.check_form_stamp(request.POST.get(STAMP_FIELD))
    if not stamp.ok:
        logger.info("Training request rejected (form stamp %s)", stamp.problem)
        form.add_error(None, stamp_message(stamp.problem))
        form.offer_more()
        return render_form(request, page, form, tokens.form_stamp(), status=400)
    if not valid:
        form.offer_more()
        return render_form(
            request, page, form, request.POST.get(STAMP_FIELD), status=400
        )
    with transaction.atomic():
        training_request = TrainingRequest.from_public_form(
            form.cleaned_data, Locale.get_active()
        )
        tasks.announce(training_request, page, origin=origin(request))
    token = tokens.status_token(training_request.reference)
    logger.info("Training request %s received", training_request.reference)
    response = HttpResponseRedirect(page.thanks_url(request, token))
    response.status_code = 303
    return response


def origin(request):
    """Where the visitor reached us ("https://host"): emails link back there, a host
    ALLOWED_HOSTS accepts, rather than the Site record's, maybe a placeholder."""
    return request.build_absolute_uri("/")[:-1]


def stamp_message(problem):
    if problem == "too_fast":
        return gettext(
            "That was faster than a person can fill in this form. Please check "
            "your answers and send it again."
        )
    if problem == "too_old":
        return gettext(
            "This form was open for a long time. Please check your answers and "
            "send it again."
        )
    return gettext(
        "Something went wrong with the form. Please check your answers and send "
        "it again."
    )


# After sending --------------------------------------------------------------------
def request_for_token(request, token):
    """The request the link names, or the response to give instead."""
    try:
        reference = tokens.reference_from_status_token(token)
    except tokens.ExpiredStatusToken:
        return None, problem(
            request,
            gettext("This link has expired"),
            gettext(
                "Status links work for a year. Write to us with your request's "
                "reference and we will tell you where it stands."
            ),
            status=410,
        )
    except tokens.BadStatusToken:
        return None, problem(
            request,
            gettext("This link does not work"),
            gettext(
                "The link may have been cut short or changed. Copy the whole link "
                "from your email, or write to us with your request's reference."
            ),
            status=400,
        )
    training_request = (
        TrainingRequest.objects.filter(reference=reference)
        .prefetch_related("modules", "curricula")
        .first()
    )
    if training_request is None:
        return None, problem(
            request,
            gettext("We could not find this request"),
            gettext("Write to us with your request's reference."),
            status=404,
        )
    return training_request, None


def private(response):
    """Never cached, never indexed: the page is for the requester alone."""
    add_never_cache_headers(response)
    response["X-Robots-Tag"] = "noindex, nofollow"
    return response


def thanks(request, page, token):
    training_request, failure = request_for_token(request, token)
    if failure is not None:
        return private(failure)
    return private(
        page.render(
            request,
            template="training_requests/thanks.html",
            context_overrides={
                "reference": training_request.reference,
                "status_url": page.status_url(request, token),
                "emailed": bool(training_request.email),
            },
        )
    )


def status(request, page, token):
    training_request, failure = request_for_token(request, token)
    if failure is not None:
        return private(failure)
    current = training_request.status
    show_date = current in (Status.SCHEDULED, Status.DELIVERED)
    training_date = None
    if show_date:
        training_date = training_request.delivered_on or training_request.scheduled_for
    return private(
        page.render(
            request,
            template="training_requests/status.html",
            context_overrides={
                "reference": training_request.reference,
                "erase_url": page.get_url(request)
                + page.reverse_subpage("erase_contacts_view", args=[token]),
                "contacts_deleted_at": training_request.contacts_purged_at,
                "status_label": PUBLIC_STATUS[current],
                "status_explanation": PUBLIC_STATUS_EXPLANATION[current],
                "training_date": training_date,
                "wanted": training_request.wanted_titles(
                    Locale.get_active().language_code
                ),
            },
        )
    )


def erase_contacts(request, page, token):
    """The requester deletes their contact details from their status page.

    The same blanking as the retention purge, at once: what was asked for stays,
    who asked goes. Staff are told; the audit log says the requester did it.
    """
    if request.method != "POST":
        return HttpResponseRedirect(page.status_url(request, token))
    training_request, failure = request_for_token(request, token)
    if failure is not None:
        return private(failure)
    if training_request.contacts_purged_at is None:
        with transaction.atomic():
            retention.purge(
                TrainingRequest.objects.filter(pk=training_request.pk), record=False
            )
            audit.record_erasure(training_request)
            tasks.queue_email(
                notifications.ERASED,
                training_request,
                page,
                origin=origin(request),
            )
        logger.info(
            "Training request %s: contact details deleted by the requester",
            training_request.reference,
        )
    response = HttpResponseRedirect(page.status_url(request, token))
    response.status_code = 303
    return private(response)
