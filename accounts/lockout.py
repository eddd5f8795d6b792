"""Login throttling with django-axes: which failures count, from which address, and
the page a locked-out sign-in gets.

Two counts, both forgotten after AXES_COOLOFF_TIME:
- a username from one address: AXES_FAILURE_LIMIT failures lock that username
  *from that address*. Someone guessing a coordinator's password from one place
  cannot lock the coordinator out of their own office or phone.
- an address: AXES_ADDRESS_FAILURE_LIMIT failures, whatever usernames they tried,
  lock every sign-in from it. That stops one address walking through usernames.
"""

from django.conf import settings
from django.shortcuts import render

from axes.handlers.database import AxesDatabaseHandler
from axes.helpers import get_client_username, get_cool_off


def client_address(request):
    """The address django-xff already took from behind TRUSTED_PROXY_COUNT proxies
    (or the socket's, with none). X-Forwarded-For itself is never read: a client
    could write anything there."""
    return request.META.get("REMOTE_ADDR")


class LockoutHandler(AxesDatabaseHandler):
    """Axes' database handler with a higher limit for an address than for a username
    at an address. Axes has one limit for every lockout parameter, so the address's
    count is scaled to it: AXES_ADDRESS_FAILURE_LIMIT failures from an address count
    as AXES_FAILURE_LIMIT."""

    def get_failures(self, request, credentials=None) -> int:
        # One queryset per AXES_LOCKOUT_PARAMETERS entry, in its order:
        # [username and address, address].
        account_attempts, address_attempts = self.get_user_attempts(
            request, credentials
        )
        account = sum(a.failures_since_start for a in account_attempts)
        address = sum(a.failures_since_start for a in address_attempts)
        limit = settings.AXES_FAILURE_LIMIT
        return max(account, address * limit // settings.AXES_ADDRESS_FAILURE_LIMIT)


def lockout_response(request, original_response=None, credentials=None):
    """The admin's sign-in page, saying in the reader's language why it refuses and
    for how long (django-axes calls this instead of its plain-text reply)."""
    cool_off = get_cool_off(request)
    # Rendered here: a response made in middleware is not rendered for us.
    return render(
        request,
        "accounts/locked_out.html",
        {
            "username": get_client_username(request, credentials) or "",
            "minutes": round(cool_off.total_seconds() / 60) if cool_off else None,
        },
        status=settings.AXES_HTTP_RESPONSE_CODE,
    )
