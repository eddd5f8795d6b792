"""The call for sessions on a convening's page: <convening>/propose/ shows the form
(while the call is open) and takes a proposal; <convening>/propose/thanks/<token>/
says it arrived. Registered with the convening page's `convening_actions` hook, so
it exists under every language's copy of the page.
"""

import logging
import re

from django.db import transaction
from django.http import Http404, HttpResponseRedirect
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext
from django.views.decorators.debug import sensitive_variables

from wagtail.models import Locale

from home.views import problem
from training_requests import guards, tokens
from training_requests.views import origin, stamp_message

from . import tasks
from .forms import HONEYPOT_FIELD, STAMP_FIELD, SessionProposalForm
from .models import CallForSessions, SessionProposal

logger = logging.getLogger("proposals")

ACTION = "propose"
THANKS = re.compile(r"^thanks/(?P<token>[-_A-Za-z0-9]+)/?$")
THANKS_SALT = "proposals.session-proposal.thanks"
THANKS_MAX_AGE = 7 * 24 * 60 * 60
CONSENT_TEXT_ID = "sp-consent-text"


def open_call(page):
    """The convening's call for sessions if it takes proposals now, else None."""
    call = (
        CallForSessions.objects.for_convening(page).select_related("convening").first()
    )
    if call is None or not call.accepts_proposals():
        return None
    return call


def propose(request, page, rest):
    """Every sub-URL of <convening>/propose/."""
    if rest:
        match = THANKS.match(rest)
        if match is None:
            raise Http404
        return thanks(request, page, match["token"])
    call = open_call(page)
    if call is None:
        return closed(request, page, status=200 if request.method == "GET" else 403)
    if request.method == "POST":
        return submit(request, page, call)
    return render_form(request, page, call, SessionProposalForm(), tokens.form_stamp())


def never_cached(response):
    add_never_cache_headers(response)
    return response


def closed(request, page, status):
    """The call is not open (never opened, closed, past its deadline): say so."""
    response = page.render(
        request,
        template="proposals/closed.html",
        context_overrides={"convening_url": page.get_url(request)},
    )
    response.status_code = status
    return never_cached(response)


def render_form(request, page, call, form, stamp, status=200):
    form.fields["consent"].widget.attrs["aria-describedby"] = CONSENT_TEXT_ID
    response = page.render(
        request,
        template="proposals/propose.html",
        context_overrides={
            "form": form,
            "call": call,
            "stamp": stamp,
            "stamp_field": STAMP_FIELD,
            "honeypot_field": HONEYPOT_FIELD,
            "consent_text_id": CONSENT_TEXT_ID,
            "sections": form.sections(),
            "action_url": page.action_url(ACTION, request),
        },
    )
    response.status_code = status
    return never_cached(response)


@sensitive_variables()
def submit(request, page, call):
    # Error reports (and emails to ADMINS) must not carry what the visitor typed.
    request.sensitive_post_parameters = "__ALL__"
    rejection = guards.check_submission(
        request,
        scope="session-proposal",
        what="Session proposal",
        too_many=gettext(
            "This connection has sent many session proposals in a short time. "
            "Please try again in an hour."
        ),
        refused=gettext("We could not accept this proposal"),
    )
    if rejection is not None:
        return rejection
    form = SessionProposalForm(request.POST)
    valid = form.is_valid()
    stamp = tokens.check_form_stamp(request.POST.get(STAMP_FIELD))
    if not stamp.ok:
        logger.info("Session proposal rejected (form stamp %s)", stamp.problem)
        form.add_error(None, stamp_message(stamp.problem))
        return render_form(request, page, call, form, tokens.form_stamp(), status=400)
    if not valid:
        return render_form(
            request, page, call, form, request.POST.get(STAMP_FIELD), status=400
        )
    with transaction.atomic():
        proposal = SessionProposal.from_public_form(
            form.cleaned_data, call.convening, Locale.get_active()
        )
        tasks.announce(proposal, page, origin=origin(request))
    logger.info("Session proposal %s received", proposal.reference)
    token = tokens.signed_token(proposal.reference, THANKS_SALT)
    response = HttpResponseRedirect(
        f"{page.action_url(ACTION, request)}thanks/{token}/"
    )
    response.status_code = 303
    return response


def thanks(request, page, token):
    try:
        reference = tokens.value_from_token(token, THANKS_SALT, THANKS_MAX_AGE)
    except (tokens.BadStatusToken, tokens.ExpiredStatusToken):
        return never_cached(
            problem(
                request,
                gettext("This link does not work"),
                gettext(
                    "The link may have been cut short, changed or be too old. Your "
                    "proposal's reference is in the email we sent you."
                ),
                status=400,
            )
        )
    proposal = SessionProposal.objects.filter(reference=reference).first()
    if proposal is None:
        raise Http404
    response = page.render(
        request,
        template="proposals/thanks.html",
        context_overrides={
            "reference": proposal.reference,
            "emailed": bool(proposal.email),
            "convening_url": page.get_url(request),
        },
    )
    response["X-Robots-Tag"] = "noindex, nofollow"
    return never_cached(response)
