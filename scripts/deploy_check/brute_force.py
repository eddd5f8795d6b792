"""Stage: guessing a staff password through the proxy. Wrong passwords for one
account from one address lock that account for that address (the right password
is then refused there too); the same account from another address, and another
account from the same address, still sign in. The accounts are made for the
stage, with passwords nobody else knows."""

import secrets

from .client import Client
from .forms import hidden_fields

LOGIN = "/admin/login/"
GUESSER, ELSEWHERE = "127.0.0.210", "127.0.0.211"
# Two staff accounts that need no second step; passwords come in the environment.
MAKE_USERS = """
import os
from django.contrib.auth.models import Permission
from django.contrib.auth import get_user_model
access = Permission.objects.get(codename="access_admin")
for name in ("bf-target", "bf-colleague"):
    password = os.environ["PASSWORD_" + name.replace("-", "_").upper()]
    user, _ = get_user_model().objects.get_or_create(username=name)
    user.set_password(password)
    user.save()
    user.user_permissions.add(access)
"""


def sign_in(client: Client, base_url, username, password):
    """POST the admin's sign-in form as a browser would; the response."""
    form = client.get(LOGIN)
    data = hidden_fields(form.body)
    data.update(username=username, password=password, next="/admin/")
    headers = {"Referer": base_url + LOGIN, "Origin": base_url}
    return client.post(LOGIN, data, headers=headers)


def signed_in(response) -> bool:
    return response.status == 302 and LOGIN not in response.header("location")


def brute_force_stage(stack, report, context):
    target, colleague = secrets.token_urlsafe(12), secrets.token_urlsafe(12)
    passwords = {"PASSWORD_BF_TARGET": target, "PASSWORD_BF_COLLEAGUE": colleague}
    stack.manage_with("brute-force-users", passwords, "shell", "-c", MAKE_USERS)
    limit = int(stack.env.get("AXES_FAILURE_LIMIT", "5"))
    base_url = stack.base_url
    guesser = stack.client(source=GUESSER)
    answers = [
        sign_in(guesser, base_url, "bf-target", f"guess-{n}").status
        for n in range(limit)
    ]
    # The form again for each wrong password; the one that reaches the limit may
    # already be answered with the lockout.
    report.add(
        "brute force",
        f"{limit} wrong passwords",
        " ".join(str(status) for status in answers),
        ok=all(status == 200 for status in answers[:-1]) and answers[-1] in (200, 429),
        bar=f"200 × {limit - 1}, then 200 or 429",
    )
    locked = sign_in(guesser, base_url, "bf-target", target)
    report.add(
        "brute force",
        "then the right password, same address",
        locked.status,
        ok=locked.status in (403, 429) and not signed_in(locked),
        bar="refused (locked)",
    )
    other_account = sign_in(
        stack.client(source=GUESSER), base_url, "bf-colleague", colleague
    )
    report.add(
        "brute force",
        "another account, same address",
        "signed in" if signed_in(other_account) else other_account.status,
        ok=signed_in(other_account),
        bar="signed in",
    )
    other_address = sign_in(
        stack.client(source=ELSEWHERE), base_url, "bf-target", target
    )
    report.add(
        "brute force",
        "the same account, another address",
        "signed in" if signed_in(other_address) else other_address.status,
        ok=signed_in(other_address),
        bar="signed in",
    )
    return {"locked_status": locked.status}
