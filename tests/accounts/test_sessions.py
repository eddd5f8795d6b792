"""Idle admin sessions end, a new password ends the account's other sessions, and
every response says which browser features no page may use."""

from django.test import Client
from django.urls import reverse

import time_machine

from tests.fixtures.people import sign_in

HOME = "wagtailadmin_home"


def test_an_idle_session_ends(admin_user, site_tree, settings):
    settings.ADMIN_IDLE_MINUTES = 30
    with time_machine.travel("2026-03-02 09:00", tick=False) as clock:
        client = sign_in(Client(), admin_user)
        assert client.get(reverse(HOME)).status_code == 200
        clock.shift(29 * 60)
        assert client.get(reverse(HOME)).status_code == 200
        clock.shift(29 * 60)
        assert client.get(reverse(HOME)).status_code == 200

        clock.shift(31 * 60)
        response = client.get(reverse(HOME))

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("wagtailadmin_login"))
    assert "_auth_user_id" not in client.session
    login_page = client.get(response["Location"]).content.decode()
    assert "without activity" in login_page


def test_a_new_password_ends_the_accounts_other_sessions(editor):
    phone = Client()
    phone.force_login(editor)
    laptop = Client()
    laptop.force_login(editor)
    assert phone.get(reverse(HOME)).status_code == 200

    response = laptop.post(
        reverse("wagtailadmin_account"),
        {
            # The account page saves every panel at once, as a browser sends it.
            "name_email-first_name": "Kwame",
            "name_email-last_name": "Boateng",
            "name_email-email": "editor@example.org",
            "theme-theme": "system",
            "theme-contrast": "system",
            "theme-density": "default",
            "password-old_password": "pw",
            "password-new_password1": "a-much-longer-passphrase-42",
            "password-new_password2": "a-much-longer-passphrase-42",
        },
    )

    assert response.status_code == 302
    editor.refresh_from_db()
    assert editor.check_password("a-much-longer-passphrase-42")
    # The session that changed it goes on; the other is signed out.
    assert laptop.get(reverse(HOME)).status_code == 200
    assert phone.get(reverse(HOME)).status_code == 302


def test_permissions_policy_on_public_and_admin_responses(client, site_tree):
    for url in ("/en/", reverse("wagtailadmin_login")):
        policy = client.get(url)["Permissions-Policy"]
        for feature in ("camera", "microphone", "geolocation", "payment", "usb"):
            assert f"{feature}=()" in policy


def test_the_admin_csp_allows_nothing_from_other_hosts(client, db):
    policy = client.get(reverse("wagtailadmin_login"))["Content-Security-Policy"]

    assert "default-src 'self'" in policy
    assert "form-action 'self'" in policy
    assert "object-src 'none'" in policy
    assert "http" not in policy and "*" not in policy
