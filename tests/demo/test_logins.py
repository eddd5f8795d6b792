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

    def run():
        call_command("ensure_demo_logins")
        out = capsys.readouterr().out
        found = {}
        for line in out.splitlines():
            words = line.split()
            if words[:1] == ["username:"] and not words[3].startswith("("):
                found[words[1]] = words[3]
        return found

    return run


def test_each_role_gets_a_login_that_works_and_stays_the_same(client, logins):
    first = logins()
    second = logins()

    assert set(first) == {"admin", "coordinator", "editor", "translator"}
    assert second == first
    for username, password in first.items():
        assert client.login(username=username, password=password), username
    assert get_user_model().objects.filter(is_superuser=True).count() == 1


def test_the_coordinator_sees_requests_and_the_editor_does_not(client, logins):
    passwords = logins()

    client.login(username="coordinator", password=passwords["coordinator"])
    assert client.get(reverse(REQUESTS)).status_code == 200
    client.login(username="editor", password=passwords["editor"])
    assert client.get(reverse("wagtailadmin_home")).status_code == 200
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
