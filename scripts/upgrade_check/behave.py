"""`behave`: what visitors and staff get, to compare before and after the upgrade."""

import sys
from collections import Counter, defaultdict
from pathlib import Path

from .labels import DEMO_USERS, canonical, ct_label, model_for, say, setup_django


def behave(outfile):
    """What visitors and staff get; the outcomes (written to `outfile`) must be the
    same before and after the upgrade. Exits 1 when an expectation is not met."""
    setup_django()
    from django.contrib.auth import get_user_model
    from django.test import Client
    from django.urls import reverse

    from wagtail.models import Locale, Page, Site

    site = Site.objects.get(is_default_site=True)
    client = Client(raise_request_exception=False, HTTP_HOST=site.hostname)
    lines, problems = [], []

    def check(line, ok):
        lines.append(line)
        if not ok:
            problems.append(line)

    pages = defaultdict(Counter)
    answered = defaultdict(Counter)
    for page in (
        Page.objects.live()
        .filter(depth__gt=1)
        .select_related("locale", "content_type")
        .order_by("path")
    ):
        model = page.content_type.model_class()
        kind = (
            f"aliases in {page.locale.language_code}"
            if page.alias_of_id
            else canonical(model._meta.label if model else ct_label(page.content_type))
        )
        pages[kind][page.locale.language_code] += 1
        parts = page.get_url_parts()
        status = client.get(parts[2]).status_code if parts else "no URL"
        if status == 200:
            answered[kind][page.locale.language_code] += 1
        else:
            problems.append(f"GET {page.url_path} ({kind}): {status}")
    for kind in sorted(pages, key=lambda k: (k.startswith("aliases"), k)):
        total, ok = sum(pages[kind].values()), sum(answered[kind].values())
        counts = (
            f"{total} ({', '.join(f'{c} {n}' for c, n in sorted(pages[kind].items()))})"
        )
        if kind.startswith("aliases"):
            counts = str(total)
        check(f"pages {kind}: {counts}, {ok} answered 200", ok == total)
    default = Locale.get_default().language_code
    for code in sorted({code for counter in pages.values() for code in counter}):
        if code != default and f"aliases in {code}" not in pages:
            lines.append(f"pages aliases in {code}: none (every page is translated)")

    users = {u.username: u for u in get_user_model().objects.filter(is_active=True)}
    for username, group in DEMO_USERS.items():
        user = users.get(username)
        member = user is not None and user.groups.filter(name=group).exists()
        check(f"{username} is in {group!r}: {'yes' if member else 'no'}", member)

    index_name, edit_name = request_admin_url_names()
    listing = reverse(index_name)
    request = model_for("curriculum.TrainingRequest").objects.order_by("reference")[0]
    translated = (
        Page.objects.live().filter(alias_of__isnull=True, depth__gt=2).order_by("path")
    )
    spanish = translated.filter(locale__language_code="es")
    edited = spanish.first()
    english = translated.filter(locale=Locale.get_default()).first()
    parent = spanish.filter(numchild__gt=0).first()
    leaf = spanish.filter(numchild=0).first()

    def page_url(view, page):
        return reverse(f"wagtailadmin_pages:{view}", args=[page.pk])

    def kind(page):
        return canonical(page.specific_class._meta.label)

    request_edit = reverse(edit_name, args=[request.pk])

    # (who, what, URL, expected: True 200, False refused, None only recorded)
    checks = [
        ("coordinator", "the training request listing", listing, True),
        ("coordinator", "a training request's edit page", request_edit, True),
        (
            "translator",
            f"editing a Spanish {kind(edited)}",
            page_url("edit", edited),
            True,
        ),
        (
            "translator",
            f"editing an English {kind(english)}",
            page_url("edit", english),
            False,
        ),
        ("translator", "the training request listing", listing, False),
        (
            "translator",
            f"deleting a Spanish {kind(parent)} with subpages",
            page_url("delete", parent),
            False,
        ),
        # Wagtail lets "change" + "publish" delete a page without subpages, which
        # the Translators group has: recorded so a change shows, not required.
        (
            "translator",
            f"deleting a Spanish {kind(leaf)} without subpages",
            page_url("delete", leaf),
            None,
        ),
        (
            "editor",
            f"editing an English {kind(english)}",
            page_url("edit", english),
            True,
        ),
        ("editor", "the training request listing", listing, False),
        ("editor", "a training request's edit page", request_edit, False),
    ]
    for username, what, url, allowed in checks:
        if username not in users:
            check(f"{username} GET {what}: no such user", False)
            continue
        sign_in(client, users[username])
        response = client.get(url)
        outcome = describe(response)
        refused = outcome.startswith("refused")
        check(
            f"{username} GET {what}: {outcome}",
            {True: outcome == "200", False: refused, None: True}[allowed],
        )
        client.logout()

    Path(outfile).write_text("".join(f"{line}\n" for line in lines))
    for line in lines:
        say(f"  {line}")
    for line in problems:
        say(f"  NOT AS EXPECTED: {line}")
    if problems:
        sys.exit(1)


def sign_in(client, user):
    """Log in as the user. A release with two-step sign-in (django-otp installed)
    asks those who see requests for a code: sign in as one who has set up their
    app and given it, so the comparison is of what the role may see."""
    from django.apps import apps

    client.force_login(user)
    if not apps.is_installed("django_otp"):
        return
    from django_otp import DEVICE_ID_SESSION_KEY
    from django_otp.plugins.otp_totp.models import TOTPDevice

    device = TOTPDevice.objects.filter(user=user, confirmed=True).first()
    if device is None:
        device = TOTPDevice.objects.create(
            user=user, name="Authenticator app", confirmed=True
        )
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = device.persistent_id
    session.save()


def describe(response):
    if response.status_code in (301, 302):
        target = response["Location"].split("?")[0]
        if "/login" in target or target.rstrip("/").endswith("/admin"):
            return f"refused ({response.status_code} to {target})"
        return f"{response.status_code} to {target}"
    if response.status_code == 403:
        return "refused (403)"
    return str(response.status_code)


def request_admin_url_names():
    """The URL names of the training request listing and edit views: from the
    viewset Wagtail registered for the model, wherever the model lives."""
    from django.urls import NoReverseMatch, get_resolver, reverse

    from wagtail.admin.viewsets import viewsets

    model = model_for("curriculum.TrainingRequest")
    get_resolver().url_patterns  # noqa: B018 - loading the admin URLs fills the registry
    for viewset in viewsets.viewsets:
        if getattr(viewset, "model", None) is model and hasattr(
            viewset, "get_url_name"
        ):
            return viewset.get_url_name("index"), viewset.get_url_name("edit")
    for namespace in named_namespaces(get_resolver()):
        if "trainingrequest" in namespace.replace("_", "").lower():
            try:
                reverse(f"{namespace}:index")
            except NoReverseMatch:
                continue
            return f"{namespace}:index", f"{namespace}:edit"
    raise LookupError("no admin viewset for training requests")


def named_namespaces(resolver, prefix=""):
    for name, (_pattern, sub) in resolver.namespace_dict.items():
        full = f"{prefix}{name}"
        yield full
        yield from named_namespaces(sub, f"{full}:")
