"""django-otp: who must use a second step, enrolling with a real code, signing in
with one, recovery codes used once, and a password alone opening nothing."""

import re

from django.core.management import call_command
from django.urls import reverse

from wagtail.models import ModelLogEntry

import pytest
from django_otp.plugins.otp_totp.models import TOTPDevice

from accounts import audit
from tests.factories.training_requests import TrainingRequestFactory
from tests.fixtures.people import (
    COORDINATOR_PASSWORD,
    authenticator_app,
    code_from,
    sign_in,
)

INDEX = "training_requests:index"


def password_only(client, username, password):
    response = client.post(
        reverse("wagtailadmin_login"), {"username": username, "password": password}
    )
    assert response.status_code == 302
    return client


def test_a_coordinator_enrolls_on_first_sign_in_with_a_real_code(
    client, coordinator, site_tree
):
    password_only(client, "marisol", COORDINATOR_PASSWORD)

    response = client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("accounts:enroll"))
    set_up = client.get(response["Location"])
    assert set_up["Cache-Control"] == "no-store"
    page = set_up.content.decode()
    device = TOTPDevice.objects.get(user=coordinator, confirmed=False)
    assert "<svg" in page and "otpauth" not in page
    secret = re.search(r'class="two-step__secret"[^>]*>([A-Z2-7 ]+)<', page)[1]
    assert len(secret.replace(" ", "")) == 32

    done = client.post(reverse("accounts:enroll"), {"otp_token": code_from(device)})

    assert done.status_code == 200
    codes = re.findall(r"<li><code>([a-z2-7]{8})</code></li>", done.content.decode())
    assert len(codes) == 10
    assert done["Cache-Control"] == "no-store"
    device.refresh_from_db()
    assert device.confirmed
    assert client.get(reverse(INDEX)).status_code == 200


def test_a_wrong_code_does_not_enroll(client, coordinator, site_tree):
    password_only(client, "marisol", COORDINATOR_PASSWORD)
    client.get(reverse("accounts:enroll"))

    response = client.post(reverse("accounts:enroll"), {"otp_token": "000000"})

    assert response.status_code == 200
    assert not TOTPDevice.objects.filter(confirmed=True).exists()
    assert client.get(reverse(INDEX)).status_code == 302


def test_a_coordinator_signs_in_with_password_then_code(client, coordinator, site_tree):
    device = authenticator_app(coordinator)
    password_only(client, "marisol", COORDINATOR_PASSWORD)
    redirect = client.get(reverse(INDEX))
    assert redirect["Location"].startswith(reverse("accounts:verify"))

    response = client.post(
        redirect["Location"], {"otp_token": code_from(device), "next": reverse(INDEX)}
    )

    assert response.status_code == 302
    assert response["Location"] == reverse(INDEX)
    assert client.get(reverse(INDEX)).status_code == 200


def test_a_recovery_code_works_once(client, coordinator, site_tree):
    from accounts.two_step import new_recovery_codes

    authenticator_app(coordinator)
    code = new_recovery_codes(coordinator)[0]
    password_only(client, "marisol", COORDINATOR_PASSWORD)
    used = client.post(reverse("accounts:verify"), {"otp_token": code.upper()})
    assert used.status_code == 302
    assert client.get(reverse(INDEX)).status_code == 200

    client.logout()
    password_only(client, "marisol", COORDINATOR_PASSWORD)
    again = client.post(reverse("accounts:verify"), {"otp_token": code})

    assert again.status_code == 200
    assert client.get(reverse(INDEX)).status_code == 302


def test_a_stolen_password_cannot_add_another_app(client, coordinator, site_tree):
    authenticator_app(coordinator)
    password_only(client, "marisol", COORDINATOR_PASSWORD)

    response = client.get(reverse("accounts:enroll"))

    assert response["Location"].startswith(reverse("accounts:verify"))
    assert TOTPDevice.objects.filter(user=coordinator).count() == 1


@pytest.mark.parametrize(
    "path",
    [
        "/admin/",
        "/admin/training-requests/",
        "/admin/training-requests/?export=csv",
        "/admin/training-requests/?export=xlsx",
        "/admin/reports/training-requests/",
        "/admin/users/",
        "/admin/groups/",
        "/admin/locked-sign-ins/",
        "/admin/account/",
        "/admin/account/two-step/",
        "/admin/pages/",
        "/admin/snippets/",
    ],
)
def test_a_password_alone_opens_no_admin_url(client, coordinator, site_tree, path):
    request = TrainingRequestFactory()
    authenticator_app(coordinator)
    password_only(client, "marisol", COORDINATOR_PASSWORD)

    response = client.get(path)

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("accounts:verify"))
    body = response.content.decode()
    assert request.email not in body and request.contact_name not in body


def test_the_export_and_inspect_urls_too(client, coordinator, site_tree):
    request = TrainingRequestFactory()
    password_only(client, "marisol", COORDINATOR_PASSWORD)

    for name, args in [("inspect", [request.pk]), ("edit", [request.pk])]:
        response = client.get(reverse(f"training_requests:{name}", args=args))
        assert response.status_code == 302
        assert request.phone not in response.content.decode()


def test_outside_the_admin_an_unverified_session_is_anonymous(
    client, admin_user, site_tree
):
    password_only(client, "admin", "password")

    response = client.get("/en/")

    assert response.status_code == 200
    assert "wagtail-userbar" not in response.content.decode()


def test_an_editor_needs_no_second_step(client, editor):
    password_only(client, "editor", "pw")

    assert client.get(reverse("wagtailadmin_home")).status_code == 200


def test_an_editor_who_turned_it_on_is_asked_for_a_code(client, editor):
    authenticator_app(editor)
    password_only(client, "editor", "pw")

    response = client.get(reverse("wagtailadmin_home"))

    assert response["Location"].startswith(reverse("accounts:verify"))


def test_an_editor_may_turn_it_off_and_a_coordinator_may_not(
    client, editor, coordinator
):
    sign_in(client, editor)
    client.post(reverse("accounts_turn_off"))
    assert not TOTPDevice.objects.filter(user=editor).exists()

    sign_in(client, coordinator)
    response = client.post(reverse("accounts_turn_off"))
    assert response.status_code in (302, 403)
    assert TOTPDevice.objects.filter(user=coordinator).exists()


def test_the_account_page_makes_new_recovery_codes(coordinator_client):
    page = coordinator_client.get(reverse("accounts_two_step"))
    assert page.status_code == 200

    response = coordinator_client.post(reverse("accounts_new_recovery_codes"))

    assert len(re.findall(r"<li><code>", response.content.decode())) == 10


def test_a_superuser_resets_a_lost_phone(client, admin_user, coordinator, site_tree):
    authenticator_app(coordinator)
    sign_in(client, admin_user)

    client.post(reverse("accounts_reset_two_step"), {"username": "marisol"})

    assert not TOTPDevice.objects.filter(user=coordinator).exists()
    entry = ModelLogEntry.objects.get(action=audit.RESET)
    assert (entry.object_id, entry.user) == (str(coordinator.pk), admin_user)
    client.logout()
    password_only(client, "marisol", COORDINATOR_PASSWORD)
    redirect = client.get(reverse(INDEX))
    assert redirect["Location"].startswith(reverse("accounts:enroll"))


def test_reset_two_factor_command(coordinator, capsys):
    authenticator_app(coordinator)

    call_command("reset_two_factor", "marisol")

    assert not TOTPDevice.objects.filter(user=coordinator).exists()
    assert "marisol" in capsys.readouterr().out


def test_the_sign_in_pages_can_load_their_icons_before_the_code(
    client, coordinator, site_tree
):
    authenticator_app(coordinator)
    password_only(client, "marisol", COORDINATOR_PASSWORD)

    assert client.get(reverse("wagtailadmin_sprite")).status_code == 200
