"""Two-step verification with django-otp: who must use it, enrolling an
authenticator app (TOTP), recovery codes (static tokens, each used once), and the
QR code, drawn here as SVG by segno (no other host, no JavaScript)."""

from base64 import b32encode

from django.db import transaction
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

import segno
from django_otp import devices_for_user
from django_otp import login as otp_login
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from training_requests.permissions import can_see_requests

RECOVERY_CODE_COUNT = 10
APP_DEVICE_NAME = "Authenticator app"
RECOVERY_DEVICE_NAME = "Recovery codes"


def is_required(user) -> bool:
    """Whoever can see training requests (their contact details are in the admin)
    must sign in with a second step: superusers and training coordinators."""
    return user.is_authenticated and (user.is_superuser or can_see_requests(user))


def has_app(user) -> bool:
    return TOTPDevice.objects.devices_for_user(user, confirmed=True).exists()


def has_device(user) -> bool:
    """An app or recovery codes: something to verify a session with."""
    return any(devices_for_user(user, confirmed=True))


def needs_second_step(user) -> bool:
    """Whether this user's session must be verified before the admin opens: those
    who must use two-step, and anyone else who chose to set it up."""
    return user.is_authenticated and (is_required(user) or has_app(user))


def pending_app(user) -> TOTPDevice:
    """The authenticator app being set up: the same one until it is confirmed, so
    reloading the page shows the same QR code."""
    device = TOTPDevice.objects.filter(user=user, confirmed=False).first()
    return device or TOTPDevice.objects.create(
        user=user, name=APP_DEVICE_NAME, confirmed=False
    )


def confirm_app(request, device: TOTPDevice, code: str) -> list[str] | None:
    """Confirm the app with a code it shows; the session is then verified, any
    earlier app of the user's is removed, and new recovery codes are returned."""
    with transaction.atomic():
        if not device.verify_token(clean_code(code)):
            return None
        device.confirmed = True
        device.save(update_fields=["confirmed"])
        TOTPDevice.objects.filter(user=device.user).exclude(pk=device.pk).delete()
        otp_login(request, device)
        return new_recovery_codes(device.user)


def new_recovery_codes(user) -> list[str]:
    """Replace the user's recovery codes; they are shown once, never again."""
    device, _created = StaticDevice.objects.get_or_create(
        user=user, defaults={"name": RECOVERY_DEVICE_NAME, "confirmed": True}
    )
    device.token_set.all().delete()
    codes = [StaticToken.random_token() for _ in range(RECOVERY_CODE_COUNT)]
    StaticToken.objects.bulk_create(
        StaticToken(device=device, token=code) for code in codes
    )
    return codes


def recovery_codes_left(user) -> int:
    return StaticToken.objects.filter(device__user=user).count()


def recovery_codes(user) -> list[str]:
    """The codes not used yet (for the demo's printed logins only)."""
    return list(
        StaticToken.objects.filter(device__user=user)
        .order_by("pk")
        .values_list("token", flat=True)
    )


def verify(request, code: str):
    """Verify the session with a code from the app or a recovery code (which is
    then used up). django-otp slows down each device after failures."""
    code = clean_code(code)
    if not code:
        return None
    with transaction.atomic():
        for device in devices_for_user(request.user, for_verify=True):
            if device.verify_token(code):
                otp_login(request, device)
                return device
    return None


def clean_code(code: str) -> str:
    """People type codes with spaces or dashes, and recovery codes in capitals."""
    return "".join(ch for ch in (code or "") if ch.isalnum()).lower()[:16]


def turn_off(user) -> None:
    """Remove every device (app and recovery codes): an administrator's reset when a
    phone is lost, or an editor turning it off. Someone who must use two-step
    verification sets it up again at their next sign-in."""
    for model in (TOTPDevice, StaticDevice):
        model.objects.filter(user=user).delete()


def secret_as_text(device: TOTPDevice) -> str:
    """The key in base32 groups of four, for typing into an app by hand."""
    key = b32encode(device.bin_key).decode()
    return " ".join(key[i : i + 4] for i in range(0, len(key), 4))


def qr_code_svg(device: TOTPDevice) -> str:
    """The app's set-up link as an inline SVG QR code."""
    svg = segno.make(device.config_url, error="m").svg_inline(
        border=4, dark="#000", light="#fff", omitsize=True, title=_("QR code to scan")
    )
    # segno escapes the title; the rest is its own markup, with no user input.
    return mark_safe(svg)  # noqa: S308
