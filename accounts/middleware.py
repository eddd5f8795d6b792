"""Staff sessions: they end after ADMIN_IDLE_MINUTES without a request, and an
account that needs a second step reaches nothing until its session is verified.

Every account on this site is a staff account (the public site has no sign-in), so
"a signed-in user" here always means staff.
"""

import time

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.models import AnonymousUser
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _

from .two_step import has_device, needs_second_step

LAST_SEEN = "accounts_last_seen"
# The session is written at most once a minute for this, not on every request.
LAST_SEEN_RESOLUTION = 60


class IdleStaffSessionMiddleware:
    """Sign out a session idle for longer than ADMIN_IDLE_MINUTES. The admin then
    asks for the password (and second step) again, saying why."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.user.is_authenticated:
            now = int(time.time())
            last_seen = request.session.get(LAST_SEEN)
            if last_seen and now - last_seen > settings.ADMIN_IDLE_MINUTES * 60:
                logout(request)
                messages.info(
                    request,
                    _(
                        "You were signed out after %(minutes)d minutes without "
                        "activity. Please sign in again."
                    )
                    % {"minutes": settings.ADMIN_IDLE_MINUTES},
                )
            elif not last_seen or now - last_seen >= LAST_SEEN_RESOLUTION:
                request.session[LAST_SEEN] = now
        return self.get_response(request)


class TwoStepRequiredMiddleware:
    """For a signed-in user who needs a second step and has not given it in this
    session (django-otp's ``user.is_verified()``): every admin URL (listings,
    exports, reports, settings, users) redirects to the code or set-up page, except
    signing in and out and the two-step pages themselves; outside the admin the
    request is treated as anonymous, so a password alone opens nothing."""

    def __init__(self, get_response):
        self.get_response = get_response
        self._open_paths = None

    def open_paths(self):
        if self._open_paths is None:
            self._open_paths = tuple(
                reverse(name)
                for name in (
                    "wagtailadmin_login",
                    "wagtailadmin_logout",
                    "wagtailadmin_password_reset",
                    # The icons and UI strings the sign-in pages load.
                    "wagtailadmin_javascript_catalog",
                    "wagtailadmin_sprite",
                    "accounts:verify",
                    "accounts:enroll",
                )
            )
        return self._open_paths

    def __call__(self, request):
        user = request.user
        if user.is_authenticated and not user.is_verified() and needs_second_step(user):
            path = request.path
            if not path.startswith(reverse("wagtailadmin_home")):
                request.user = AnonymousUser()
            elif not path.startswith(self.open_paths()):
                target = "accounts:verify" if has_device(user) else "accounts:enroll"
                query = urlencode({"next": request.get_full_path()})
                return redirect(f"{reverse(target)}?{query}")
        return self.get_response(request)
