"""The two-step pages (code, set-up, recovery codes, one's own settings) and the
"Locked sign-ins" page in Settings."""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST
from django.views.generic import TemplateView

from wagtail.admin.auth import require_admin_access
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from axes.models import AccessAttempt
from django_otp.plugins.otp_static.models import StaticDevice

from . import audit, two_step
from .forms import CodeForm, ResetTwoStepForm, VerifyForm

UNLOCK_PERMISSION = "axes.delete_accessattempt"


def next_url(request):
    url = request.POST.get("next") or request.GET.get("next")
    if url and url_has_allowed_host_and_scheme(
        url, {request.get_host()}, require_https=request.is_secure()
    ):
        return url
    return reverse("wagtailadmin_home")


# The password step is done (the session has a user), the second may not be:
# Wagtail's own check (signed in, may use the admin, in the user's language).
signed_in = require_admin_access


@signed_in
def verify(request):
    """After the password: a code from the app, or a recovery code."""
    if request.user.is_verified():
        return redirect(next_url(request))
    if not two_step.has_device(request.user):
        return redirect(f"{reverse('accounts:enroll')}?{request.GET.urlencode()}")
    form = VerifyForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        device = two_step.verify(request, form.cleaned_data["otp_token"])
        if device is not None:
            if isinstance(device, StaticDevice):
                left = two_step.recovery_codes_left(request.user)
                messages.warning(
                    request,
                    _(
                        "You used a recovery code; %(left)d left. Make new ones "
                        "under Account › Two-step sign-in."
                    )
                    % {"left": left},
                )
            return redirect(next_url(request))
        form.add_error(
            "otp_token",
            _("That code did not work. Check it and try again; wait a moment first."),
        )
    return TemplateResponse(
        request, "accounts/verify.html", {"form": form, "next": next_url(request)}
    )


@signed_in
def enroll(request):
    """Set up an authenticator app: a QR code and the key as text, then a code from
    the app, then the recovery codes, shown once. Someone with an app already
    verifies with it first (a stolen password must not add a second app)."""
    user = request.user
    if two_step.has_device(user) and not user.is_verified():
        return redirect(f"{reverse('accounts:verify')}?{request.GET.urlencode()}")
    device = two_step.pending_app(user)
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        codes = two_step.confirm_app(request, device, form.cleaned_data["otp_token"])
        if codes is not None:
            audit.record(audit.APP_SET_UP, user, by=user)
            return recovery_codes_page(request, codes)
        form.add_error(
            "otp_token",
            _("That code did not work. Check the app's clock and try the next code."),
        )
    response = TemplateResponse(
        request,
        "accounts/enroll.html",
        {
            "form": form,
            "next": next_url(request),
            "qr_code": two_step.qr_code_svg(device),
            "secret": two_step.secret_as_text(device),
            "required": two_step.is_required(user),
        },
    )
    # The page holds the app's key: never kept by a browser or a proxy.
    response["Cache-Control"] = "no-store"
    return response


def recovery_codes_page(request, codes):
    response = TemplateResponse(
        request,
        "accounts/recovery_codes.html",
        {"codes": codes, "next": next_url(request)},
    )
    # Shown once: never kept by a browser or a proxy.
    response["Cache-Control"] = "no-store"
    return response


class TwoStepAccountView(WagtailAdminTemplateMixin, TemplateView):
    """Account › Two-step sign-in: whether it is on, new recovery codes, a new phone,
    and (for those who need not use it) turning it off."""

    template_name = "accounts/two_step.html"
    page_title = gettext_lazy("Two-step sign-in")
    header_icon = "key"

    def get_context_data(self, **kwargs):
        user = self.request.user
        return {
            **super().get_context_data(**kwargs),
            "has_app": two_step.has_app(user),
            "required": two_step.is_required(user),
            "codes_left": two_step.recovery_codes_left(user),
        }


@require_POST
def new_recovery_codes(request):
    if not two_step.has_app(request.user):
        return redirect("accounts_two_step")
    codes = two_step.new_recovery_codes(request.user)
    audit.record(audit.RECOVERY_CODES, request.user, by=request.user)
    return recovery_codes_page(request, codes)


@require_POST
def turn_off(request):
    if two_step.is_required(request.user):
        raise PermissionDenied
    two_step.turn_off(request.user)
    audit.record(audit.TURNED_OFF, request.user, by=request.user)
    messages.success(request, _("Two-step sign-in is off for your account."))
    return redirect("accounts_two_step")


# Settings › Locked sign-ins ---------------------------------------------------
def can_unlock(user) -> bool:
    return user.has_perm(UNLOCK_PERMISSION)


class LockedSignInsView(WagtailAdminTemplateMixin, TemplateView):
    """Failed sign-ins still counting (within the cool-off), each with Unlock; and,
    for superusers, resetting someone's two-step sign-in (a lost phone)."""

    template_name = "accounts/locked_sign_ins.html"
    page_title = gettext_lazy("Locked sign-ins")
    header_icon = "lock"

    def dispatch(self, request, *args, **kwargs):
        if not can_unlock(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        since = timezone.now() - settings.AXES_COOLOFF_TIME
        attempts = AccessAttempt.objects.filter(attempt_time__gte=since).order_by(
            "-attempt_time"
        )
        limit = settings.AXES_FAILURE_LIMIT
        return {
            **super().get_context_data(**kwargs),
            "attempts": [
                {"attempt": a, "locked": a.failures_since_start >= limit}
                for a in attempts
            ],
            "failure_limit": limit,
            "address_limit": settings.AXES_ADDRESS_FAILURE_LIMIT,
            "cooloff_minutes": round(settings.AXES_COOLOFF_TIME.total_seconds() / 60),
            "reset_form": (
                ResetTwoStepForm() if self.request.user.is_superuser else None
            ),
        }


@require_POST
def unlock(request, pk):
    if not can_unlock(request.user):
        raise PermissionDenied
    for attempt in AccessAttempt.objects.filter(pk=pk):
        account = get_user_model().objects.filter(username=attempt.username).first()
        if account is not None:
            audit.record(audit.UNLOCKED, account, by=request.user)
        attempt.delete()
    messages.success(request, _("Unlocked. That sign-in can be tried again now."))
    return redirect("accounts_locked_sign_ins")


@require_POST
def reset_two_step(request):
    """A superuser removes a user's app and recovery codes (a lost phone): they set
    up a new app at their next sign-in."""
    if not request.user.is_superuser:
        raise PermissionDenied
    form = ResetTwoStepForm(request.POST)
    user = None
    if form.is_valid():
        user = (
            get_user_model()
            .objects.filter(username=form.cleaned_data["username"])
            .first()
        )
    if user is None:
        messages.error(request, _("No account has that username."))
    else:
        two_step.turn_off(user)
        audit.record(audit.RESET, user, by=request.user)
        messages.success(
            request,
            _("%(username)s sets up two-step sign-in again at their next sign-in.")
            % {"username": user.get_username()},
        )
    return redirect("accounts_locked_sign_ins")
