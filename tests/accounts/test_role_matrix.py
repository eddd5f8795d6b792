"""Every staff role against every admin address that matters, as one table: what
each may open and what is refused. A change to any group, permission policy or
two-step rule that shifts a single cell fails here, with the cell named."""

from django.test import Client
from django.urls import reverse

from wagtail.models import Site

import pytest

from tests.factories.training_requests import TrainingRequestFactory
from tests.fixtures.people import sign_in

OPEN, REFUSED = "open", "refused"
O, R = OPEN, REFUSED  # noqa: E741 (the matrix reads better in one letter)


def admin_addresses(site_tree, request):
    """What each row means: a name and the admin URL it opens."""
    home, about = site_tree.home, site_tree.about
    spanish_about = site_tree.in_locale(about, "es")
    site = Site.objects.get(is_default_site=True)
    index = reverse("training_requests:index")
    return {
        "pages: explorer": reverse("wagtailadmin_explore", args=[home.pk]),
        "pages: edit an English page": reverse(
            "wagtailadmin_pages:edit", args=[about.pk]
        ),
        "pages: edit a Spanish page": reverse(
            "wagtailadmin_pages:edit", args=[spanish_about.pk]
        ),
        "pages: add a page": reverse("wagtailadmin_pages:add_subpage", args=[home.pk]),
        "pages: delete a Spanish page": reverse(
            "wagtailadmin_pages:delete", args=[spanish_about.pk]
        ),
        "pages: unpublish a Spanish page": reverse(
            "wagtailadmin_pages:unpublish", args=[spanish_about.pk]
        ),
        "snippets: topics": reverse("wagtailsnippets_taxonomy_topic:list"),
        "snippets: footer text": reverse("wagtailsnippets_home_footertext:list"),
        "requests: listing": index,
        "requests: one request": reverse(
            "training_requests:inspect", args=[request.pk]
        ),
        "requests: edit": reverse("training_requests:edit", args=[request.pk]),
        "requests: CSV export": index + "?export=csv",
        "requests: XLSX export": index + "?export=xlsx",
        "reports: training requests": reverse("training_requests_report"),
        "reports: translation coverage": reverse("translation_coverage"),
        "reports: site history": reverse("wagtailadmin_reports:site_history"),
        "settings: site settings": reverse(
            "wagtailsettings:edit", args=["home", "sitesettings", site.pk]
        ),
        "users": reverse("wagtailusers_users:index"),
        "groups": reverse("wagtailusers_groups:index"),
        "locked sign-ins": reverse("accounts_locked_sign_ins"),
    }


ROLES = [
    "superuser",
    "coordinator",
    "coordinator, password only",
    "editor",
    "translator",
    "visitor",
]
# Each row: the address, then what each role in ROLES gets, in that order
# (superuser, coordinator, coordinator with a password only, editor, translator,
# visitor): O opens, R is refused.
# fmt: off
MATRIX = {
    "pages: explorer":                (O, R, R, O, O, R),
    "pages: edit an English page":    (O, R, R, O, R, R),
    "pages: edit a Spanish page":     (O, R, R, R, O, R),
    "pages: add a page":              (O, R, R, O, R, R),
    "pages: delete a Spanish page":   (O, R, R, R, R, R),
    "pages: unpublish a Spanish page": (O, R, R, R, R, R),
    "snippets: topics":               (O, R, R, R, O, R),
    "snippets: footer text":          (O, R, R, R, O, R),
    "requests: listing":              (O, O, R, R, R, R),
    "requests: one request":          (O, O, R, R, R, R),
    "requests: edit":                 (O, O, R, R, R, R),
    "requests: CSV export":           (O, O, R, R, R, R),
    "requests: XLSX export":          (O, O, R, R, R, R),
    "reports: training requests":     (O, O, R, R, R, R),
    "reports: translation coverage":  (O, O, R, O, O, R),
    "reports: site history":          (O, O, R, O, O, R),
    "settings: site settings":        (O, R, R, R, R, R),
    "users":                          (O, R, R, R, R, R),
    "groups":                         (O, R, R, R, R, R),
    "locked sign-ins":                (O, R, R, R, R, R),
}
# fmt: on


def outcome(response):
    return OPEN if response.status_code == 200 else REFUSED


@pytest.fixture
def clients(admin_user, coordinator, editor, translator):
    def made(user=None, verified=True):
        c = Client()
        if user is not None:
            if verified:
                sign_in(c, user)
            else:
                c.force_login(user)
        return c

    return {
        "superuser": made(admin_user),
        "coordinator": made(coordinator),
        "coordinator, password only": made(coordinator, verified=False),
        "editor": made(editor),
        "translator": made(translator),
        "visitor": made(),
    }


@pytest.mark.django_db
def test_every_role_against_every_admin_address(site_tree, clients):
    request = TrainingRequestFactory()
    addresses = admin_addresses(site_tree, request)
    assert set(addresses) == set(MATRIX)

    found = {
        row: tuple(outcome(clients[role].get(url)) for role in ROLES)
        for row, url in addresses.items()
    }

    wrong = {
        f"{row} / {role}: {got} (expected {expected})"
        for row in MATRIX
        for role, expected, got in zip(ROLES, MATRIX[row], found[row], strict=True)
        if expected != got
    }
    assert not wrong, "\n".join(sorted(wrong))
