"""Give the demo's staff a password, and print how to log in as each of them.

Four people, one per role, so a newcomer can see what each role sees: the admin
(everything), a training coordinator (training requests), an editor (pages, but no
training requests) and a translator (translations, not the English pages).
Passwords are made on first run and kept in var/ (never committed), so a second
`make demo` prints the same logins. A password someone set by hand is left alone.

The admin and the coordinator must sign in with a second step (accounts/). So that a
newcomer needs no phone, they get single-use recovery codes made here, printed under
their login (new ones when fewer than three are left): type one where the admin asks
for a code. Only the demo does this; a deployment enrolls an authenticator app.
"""

import secrets
from collections.abc import Callable
from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core.management.base import BaseCommand

from wagtail.models import GroupPagePermission, Page

from accounts import two_step
from demo.content import load
from training_requests.permissions import ensure_coordinators_group
from translations.groups import ensure_translators_group

LOGINS_FILE = "demo-logins.txt"
DEMO_CODES_SHOWN = 5
DEMO_CODES_LOW = 3
LEGACY_ADMIN_FILE = "demo-admin-login.txt"


def editors_group():
    """Wagtail's own "Editors" group (made by its migrations): may add and edit
    every page and reach the admin. Made the same way if it was removed."""
    group, created = Group.objects.get_or_create(name="Editors")
    if created:
        group.permissions.add(
            Permission.objects.get(
                content_type__app_label="wagtailadmin", codename="access_admin"
            )
        )
        for codename in ("add_page", "change_page"):
            GroupPagePermission.objects.create(
                group=group,
                page=Page.get_first_root_node(),
                permission=Permission.objects.get(
                    content_type__app_label="wagtailcore", codename=codename
                ),
            )
    return group


GROUPS = {
    "coordinators": ensure_coordinators_group,
    "editors": editors_group,
    "translators": ensure_translators_group,
}


@dataclass(frozen=True)
class DemoLogin:
    username: str
    role: str
    first_name: str
    last_name: str
    group: Callable[[], Group] | None = None


def demo_logins():
    """The demo's staff, from demo/content/logins.yaml."""
    return [
        DemoLogin(
            username=login["username"],
            role=login["sees"],
            first_name=login["first_name"],
            last_name=login["last_name"],
            group=GROUPS[login["group"]] if login.get("group") else None,
        )
        for login in load("logins.yaml")
    ]


class Command(BaseCommand):
    help = "Give the demo's staff passwords and print their logins."

    def handle(self, *args, **options):
        path = settings.VAR_DIR / LOGINS_FILE
        saved = {}
        # Earlier versions kept only the admin's login, in its own file.
        for name in (LEGACY_ADMIN_FILE, LOGINS_FILE):
            file = settings.VAR_DIR / name
            if file.exists():
                saved.update(
                    line.split(maxsplit=1)
                    for line in file.read_text().splitlines()
                    if line.strip()
                )
        self.stdout.write("Log in at http://127.0.0.1:8000/admin/ as:")
        for login in demo_logins():
            password = self.ensure(login, saved)
            shown = password or "(your own password; reset it with changepassword)"
            self.stdout.write(
                self.style.SUCCESS(
                    f"  username: {login.username:<12} password: {shown:<20} "
                    f"sees {login.role}"
                )
            )
            codes = self.second_step_codes(login.username)
            if codes:
                self.stdout.write(
                    f"    then a code (each works once): {' '.join(codes)}"
                )
        path.write_text("".join(f"{name} {pw}\n" for name, pw in saved.items()))

    def second_step_codes(self, username):
        """Recovery codes for a login that must use two-step sign-in, unless it
        has set up an authenticator app of its own."""
        user = get_user_model().objects.get(username=username)
        if not two_step.is_required(user) or two_step.has_app(user):
            return []
        if two_step.recovery_codes_left(user) < DEMO_CODES_LOW:
            two_step.new_recovery_codes(user)
        return two_step.recovery_codes(user)[:DEMO_CODES_SHOWN]

    def ensure(self, login, saved):
        """The login's password, or None when someone set their own."""
        User = get_user_model()
        user, created = User.objects.get_or_create(
            username=login.username,
            defaults={
                "first_name": login.first_name,
                "last_name": login.last_name,
                "email": f"{login.username}@example.org",
            },
        )
        if login.username == "admin" and not user.is_superuser:
            user.is_staff = user.is_superuser = True
            user.save()
        if login.group is not None:
            user.groups.add(login.group())
        password = saved.get(login.username)
        if password and user.check_password(password):
            return password
        if user.has_usable_password() and not created:
            saved.pop(login.username, None)
            return None
        password = secrets.token_urlsafe(12)
        user.set_password(password)
        user.save()
        saved[login.username] = password
        return password
