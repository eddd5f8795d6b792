"""django-axes: a username locks from one address after repeated failures, an
address after many usernames; others are unaffected; permitted staff unlock."""

import logging

from django.contrib.auth.models import Group, Permission
from django.urls import reverse

from wagtail.models import ModelLogEntry

import pytest
from axes.models import AccessAttempt

from accounts import audit
from tests.fixtures.people import COORDINATOR_PASSWORD, sign_in

LOGIN = "wagtailadmin_login"
ATTACKER = "203.0.113.7"
OFFICE = "198.51.100.20"
WRONG = "not-the-password-0"


@pytest.fixture(autouse=True)
def limits(settings):
    settings.AXES_FAILURE_LIMIT = 5
    settings.AXES_ADDRESS_FAILURE_LIMIT = 20


def try_password(client, username, password, address=ATTACKER, **headers):
    return client.post(
        reverse(LOGIN),
        {"username": username, "password": password},
        REMOTE_ADDR=address,
        **headers,
    )


def fail(client, username, times, address=ATTACKER, **headers):
    for n in range(times):
        response = try_password(client, username, f"{WRONG}{n}", address, **headers)
        assert response.status_code in (200, 429)


def test_five_failures_lock_the_account_from_that_address(client, coordinator):
    fail(client, "marisol", 4)
    assert try_password(client, "marisol", COORDINATOR_PASSWORD).status_code == 302
    client.logout()

    fail(client, "marisol", 5)
    response = try_password(client, "marisol", COORDINATOR_PASSWORD)

    assert response.status_code == 429
    assert "Too many failed sign-ins" in response.content.decode()
    assert "15 minutes" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_another_account_and_another_address_are_unaffected(
    client, coordinator, editor
):
    fail(client, "marisol", 6)

    assert try_password(client, "editor", "pw").status_code == 302
    client.logout()
    # The coordinator, from the office, signs in as usual.
    response = try_password(client, "marisol", COORDINATOR_PASSWORD, OFFICE)
    assert response.status_code == 302


def test_an_address_trying_many_usernames_is_locked_for_every_username(
    client, coordinator, editor
):
    for n in range(4):
        fail(client, f"guess{n}", 5)

    assert try_password(client, "editor", "pw").status_code == 429
    assert try_password(client, "editor", "pw", OFFICE).status_code == 302


def test_a_forged_forwarded_for_header_does_not_escape_the_lock(client, coordinator):
    for n in range(6):
        try_password(client, "marisol", WRONG, HTTP_X_FORWARDED_FOR=f"192.0.2.{n}")

    response = try_password(
        client, "marisol", COORDINATOR_PASSWORD, HTTP_X_FORWARDED_FOR="192.0.2.99"
    )

    assert response.status_code == 429
    assert set(AccessAttempt.objects.values_list("ip_address", flat=True)) == {ATTACKER}


def test_the_lockout_page_speaks_the_readers_language(client, coordinator):
    fail(client, "marisol", 5)

    response = try_password(
        client, "marisol", COORDINATOR_PASSWORD, HTTP_ACCEPT_LANGUAGE="es"
    )

    assert response.status_code == 429
    assert 'lang="es"' in response.content.decode()
    assert "Demasiados intentos" in response.content.decode()


def test_a_superuser_unlocks_from_locked_sign_ins(client, coordinator, admin_user):
    fail(client, "marisol", 5)
    staff = sign_in(client.__class__(), admin_user)
    listing = staff.get(reverse("accounts_locked_sign_ins"))
    assert listing.status_code == 200
    assert "marisol" in listing.content.decode()

    attempt = AccessAttempt.objects.get(username="marisol")
    response = staff.post(reverse("accounts_unlock", args=[attempt.pk]))

    assert response.status_code == 302
    assert try_password(client, "marisol", COORDINATOR_PASSWORD).status_code == 302
    entry = ModelLogEntry.objects.get(action=audit.UNLOCKED)
    assert (entry.object_id, entry.user) == (str(coordinator.pk), admin_user)


def test_a_group_given_the_unlock_permission_may_unlock(
    client, coordinator, editor, admin_user
):
    fail(client, "marisol", 5)
    attempt = AccessAttempt.objects.get(username="marisol")
    other = client.__class__()
    sign_in(other, editor)
    assert other.get(reverse("accounts_locked_sign_ins")).status_code in (302, 403)
    assert other.post(reverse("accounts_unlock", args=[attempt.pk])).status_code in (
        302,
        403,
    )
    assert AccessAttempt.objects.filter(pk=attempt.pk).exists()

    helpers, _ = Group.objects.get_or_create(name="Sign-in helpers")
    helpers.permissions.add(
        Permission.objects.get(
            content_type__app_label="axes", codename="delete_accessattempt"
        )
    )
    editor.groups.add(helpers)
    other.post(reverse("accounts_unlock", args=[attempt.pk]))

    assert not AccessAttempt.objects.filter(pk=attempt.pk).exists()


def test_the_logs_never_carry_a_password(client, coordinator, caplog):
    with caplog.at_level(logging.DEBUG):
        fail(client, "marisol", 6)

    text = "\n".join(record.getMessage() for record in caplog.records)
    assert "AXES" in text
    assert WRONG not in text
    assert ATTACKER not in text
    stored = AccessAttempt.objects.get()
    assert WRONG not in stored.post_data and WRONG not in stored.get_data
