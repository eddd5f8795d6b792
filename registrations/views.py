"""A convening's registration pages, hung off its page through the
`convening_actions` hook: <convening>/register/ (the form) and
<convening>/registration/<token>/ (the registrant's private page, reached from the
link in their email, to change their needs, cancel or delete their details).

Each view takes the ConveningPage being served, in the reader's language; the
registration itself points at the source-language page.
"""

import logging
import re

from django.db import transaction
from django.http import Http404, HttpResponseRedirect
from django.utils import timezone
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext
from django.views.decorators.debug import sensitive_variables

from home.views import problem
from training_requests import guards
from training_requests.tokens import check_form_stamp, form_stamp
from training_requests.views import origin, stamp_message

from . import audit, notifications, places, retention, tasks, tokens
from .choices import Status
from .forms import HONEYPOT_FIELD, STAMP_FIELD, NeedsForm, RegistrationForm
from .models import Registration, RegistrationSettings, source_page_id

logger = logging.getLogger("registrations")

WHAT = "Registration"
REGISTRATIONS_PER_HOUR = 10
CHANGES_PER_HOUR = 30
TOKEN_PATTERN = re.compile(r"^([A-Za-z0-9_-]{1,400})/?$")
CONSENT_TEXT_ID = "rg-consent-text"


def private(response):
    """Never cached, never indexed: the form carries a fresh stamp, the private
    page someone's registration."""
    add_never_cache_headers(response)
    response["X-Robots-Tag"] = "noindex, nofollow"
    return response


def registration_settings(page):
    return RegistrationSettings.for_convening(page)


def registration_open(page, settings_row):
    return (
        settings_row is not None and settings_row.registration_open and page.is_upcoming
    )


def closed(request, page):
    if not page.is_upcoming:
        return problem(
            request,
            gettext("This convening is over"),
            gettext(
                "Registration has closed. The report will be published on its page."
            ),
            status=404,
        )
    return problem(
        request,
        gettext("Registration is not open"),
        gettext(
            "This convening does not take registrations on this site. Its page says "
            "how to take part."
        ),
        status=404,
    )


# The form -----------------------------------------------------------------------
def register(request, page, rest):
    if rest:
        raise Http404
    settings_row = registration_settings(page)
    if not registration_open(page, settings_row):
        return private(closed(request, page))
    if request.method == "POST":
        return submit(request, page, settings_row)
    return render_form(request, page, settings_row, RegistrationForm(), form_stamp())


def places_left(page, settings_row):
    if settings_row.capacity is None:
        return None
    taken = (
        Registration.objects.filter(convening_id=settings_row.convening_id)
        .confirmed()
        .count()
    )
    return max(0, settings_row.capacity - taken)


def render_form(request, page, settings_row, form, stamp, status=200):
    form.fields["consent"].widget.attrs["aria-describedby"] = CONSENT_TEXT_ID
    response = page.render(
        request,
        template="registrations/register.html",
        context_overrides={
            "form": form,
            "stamp": stamp,
            "stamp_field": STAMP_FIELD,
            "honeypot_field": HONEYPOT_FIELD,
            "consent_text_id": CONSENT_TEXT_ID,
            "places_left": places_left(page, settings_row),
            "register_url": page.action_url("register", request),
        },
    )
    response.status_code = status
    return private(response)


@sensitive_variables()
def submit(request, page, settings_row):
    request.sensitive_post_parameters = "__ALL__"
    rejection = guards.check_submission(
        request,
        scope="registration",
        limit=REGISTRATIONS_PER_HOUR,
        too_many=gettext(
            "This connection has sent many registrations in a short time. Please "
            "try again in an hour."
        ),
        what=WHAT,
        refused=gettext("We could not accept this registration"),
    )
    if rejection is not None:
        return private(rejection)
    form = RegistrationForm(request.POST)
    valid = form.is_valid()
    stamp = check_form_stamp(request.POST.get(STAMP_FIELD))
    if not stamp.ok:
        logger.info("Registration rejected (form stamp %s)", stamp.problem)
        form.add_error(None, stamp_message(stamp.problem))
        return render_form(request, page, settings_row, form, form_stamp(), 400)
    if not valid:
        return render_form(
            request, page, settings_row, form, request.POST.get(STAMP_FIELD), 400
        )
    with transaction.atomic():
        registration = places.register(
            settings_row.convening_id, **form.registration_fields()
        )
        tasks.queue_email(notifications.CONFIRMATION, registration, origin(request))
        tasks.queue_email(notifications.STAFF, registration, origin(request))
    logger.info(
        "Registration %s received (%s)", registration.reference, registration.status
    )
    return see_other(manage_url(request, page, registration))


def see_other(url):
    response = HttpResponseRedirect(url)
    response.status_code = 303
    return private(response)


def manage_url(request, page, registration):
    token = tokens.registration_token(registration.reference)
    return page.get_url(request) + page.reverse_subpage(
        "action", kwargs={"action": "registration", "rest": token + "/"}
    )


# The registrant's private page ---------------------------------------------------
def registration_for_token(request, page, rest):
    """The registration the link names, or the response to give instead."""
    match = TOKEN_PATTERN.match(rest)
    if match is None:
        return None, not_working(request)
    try:
        reference = tokens.reference_from_token(match.group(1))
    except tokens.ExpiredStatusToken:
        return None, problem(
            request,
            gettext("This link has expired"),
            gettext(
                "Write to us with your registration's reference and we will help "
                "you change or cancel it."
            ),
            status=410,
        )
    except tokens.BadStatusToken:
        return None, not_working(request)
    registration = (
        Registration.objects.filter(
            reference=reference, convening_id=source_page_id(page)
        )
        .select_related("convening")
        .first()
    )
    if registration is None:
        return None, problem(
            request,
            gettext("We could not find this registration"),
            gettext("Write to us with your registration's reference."),
            status=404,
        )
    return registration, None


def not_working(request):
    return problem(
        request,
        gettext("This link does not work"),
        gettext(
            "The link may have been cut short or changed. Copy the whole link from "
            "your email, or write to us with your registration's reference."
        ),
        status=400,
    )


def manage(request, page, rest):
    registration, failure = registration_for_token(request, page, rest)
    if failure is not None:
        return private(failure)
    if request.method == "POST":
        return change(request, page, registration)
    return render_manage(
        request,
        page,
        registration,
        needs_form(registration),
        notice=done_notice(request.GET.get("done")),
    )


def done_notice(done):
    return {
        "changed": gettext("Your needs are saved. Thank you for telling us."),
        "cancelled": gettext("Your registration is cancelled."),
        "erased": gettext("Your name and contact details are deleted."),
    }.get(done, "")


def needs_form(registration):
    return NeedsForm(
        initial={name: getattr(registration, name) for name in NeedsForm.NEEDS}
    )


def can_change(page, registration):
    return (
        page.is_upcoming
        and registration.status != Status.CANCELLED
        and registration.has_contact_details
    )


def render_manage(request, page, registration, form, status=200, notice=""):
    response = page.render(
        request,
        template="registrations/registration.html",
        context_overrides={
            "registration": registration,
            "form": form,
            "can_change": can_change(page, registration),
            "notice": notice,
            "action_url": request.path,
            "status_code": registration.status,
        },
    )
    response.status_code = status
    return private(response)


@sensitive_variables()
def change(request, page, registration):
    request.sensitive_post_parameters = "__ALL__"
    rejection = guards.check_submission(
        request,
        scope="registration-change",
        limit=CHANGES_PER_HOUR,
        too_many=gettext(
            "This connection has changed registrations many times in a short time. "
            "Please try again in an hour."
        ),
        what=WHAT,
    )
    if rejection is not None:
        return private(rejection)
    action = request.POST.get("action")
    here = request.path
    if action == "erase":
        erase(request, registration)
        return see_other(here + "?done=erased")
    if not can_change(page, registration):
        return render_manage(
            request,
            page,
            registration,
            needs_form(registration),
            status=409,
            notice=gettext("This registration can no longer be changed."),
        )
    if action == "cancel":
        cancel(request, registration)
        return see_other(here + "?done=cancelled")
    if action != "change":
        return render_manage(request, page, registration, needs_form(registration), 400)
    form = NeedsForm(request.POST)
    if not form.is_valid():
        return render_manage(request, page, registration, form, status=400)
    for name, value in form.needs().items():
        setattr(registration, name, value)
    registration.save(update_fields=[*NeedsForm.NEEDS, "changed_at"])
    logger.info(
        "Registration %s: needs changed by the registrant", registration.reference
    )
    return see_other(here + "?done=changed")


def cancel(request, registration):
    with transaction.atomic():
        moved = places.cancel(registration)
        tasks.queue_email(notifications.CANCELLED, registration, origin(request))
        tasks.tell_moved_up(moved, origin(request))
    logger.info("Registration %s cancelled by the registrant", registration.reference)


def erase(request, registration):
    """The registrant deletes their details: the registration is cancelled (a
    nameless place helps nobody) and blanked as the retention purge does."""
    if not registration.has_contact_details:
        return
    with transaction.atomic():
        if registration.status != Status.CANCELLED:
            tasks.tell_moved_up(places.cancel(registration), origin(request))
        retention.purge(Registration.objects.filter(pk=registration.pk), record=False)
        audit.record_erasure(registration)
    registration.contacts_purged_at = timezone.now()
    logger.info(
        "Registration %s: details deleted by the registrant", registration.reference
    )
