"""`make demo` prints a login for each staff role, and each sees what its role
should: the coordinator the training requests, the editor none of them."""

from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.urls import reverse

import pytest

REQUESTS = "training_requests:index"


@pytest.fixture
def logins(db, settings, tmp_path, capsys):
    settings.VAR_DIR = tmp_path

    def run(with_codes=False):
        call_command("ensure_demo_logins")
        out = capsys.readouterr().out
        found, codes = {}, {}
        username = None
        for line in out.splitlines():
            words = line.split()
            if words[:1] == ["username:"]:
                username = words[1]
                if not words[3].startswith("("):
                    found[username] = words[3]
            elif words[:2] == ["then", "a"]:
                codes[username] = line.split(":", 1)[1].split()
        return (found, codes) if with_codes else found

    return run


def sign_in(client, username, password, codes=()):
    """Sign in as a newcomer would: the password on the admin's sign-in page, then,
    when asked, one of the printed codes."""
    response = client.post(
        reverse("wagtailadmin_login"), {"username": username, "password": password}
    )
    assert response.status_code == 302, username
    response = client.get(reverse("wagtailadmin_home"))
    if response.status_code == 302 and codes:
        assert response["Location"].startswith(reverse("accounts:verify"))
        response = client.post(reverse("accounts:verify"), {"otp_token": codes[0]})
        assert response.status_code == 302
        response = client.get(reverse("wagtailadmin_home"))
    return response


def test_each_role_gets_a_login_that_works_and_stays_the_same(client, logins):
    first, codes = logins(with_codes=True)
    second = logins()

    assert set(first) == {"admin", "coordinator", "editor", "translator"}
    assert second == first
    # The two who see training requests get codes for the second step.
    assert set(codes) == {"admin", "coordinator"}
    for username, password in first.items():
        client.logout()
        response = sign_in(client, username, password, codes.get(username, ()))
        assert response.status_code == 200, username
    assert get_user_model().objects.filter(is_superuser=True).count() == 1


def test_the_coordinator_sees_requests_and_the_editor_does_not(client, logins):
    passwords, codes = logins(with_codes=True)

    sign_in(client, "coordinator", passwords["coordinator"], codes["coordinator"])
    assert client.get(reverse(REQUESTS)).status_code == 200
    client.logout()
    assert sign_in(client, "editor", passwords["editor"]).status_code == 200
    assert client.get(reverse(REQUESTS)).status_code in (302, 403)


def test_a_password_set_by_hand_is_left_alone(client, logins):
    user = get_user_model().objects.create_user("editor", password="my-own-secret")

    printed = logins()

    assert "editor" not in printed
    user.refresh_from_db()
    assert user.check_password("my-own-secret")


def test_the_admin_login_of_an_earlier_demo_is_kept(settings, logins):
    get_user_model().objects.create_superuser("admin", password="kept-from-before")
    (settings.VAR_DIR / "demo-admin-login.txt").write_text("admin kept-from-before\n")

    printed = logins()

    assert printed["admin"] == "kept-from-before"


def test_used_codes_are_not_printed_again(client, logins):
    passwords, codes = logins(with_codes=True)
    for code in codes["admin"][:3]:
        client.logout()
        sign_in(client, "admin", passwords["admin"], [code])

    _passwords, again = logins(with_codes=True)

    assert not set(again["admin"]) & set(codes["admin"][:3])
    assert len(again["admin"]) == 5
