"""With the database down, a visitor gets a 503 with Retry-After and a page in their
language that says what they sent was not saved, and /healthz says the database is
failing. The failure is real: the site's connection points at a database that
cannot be reached (a SQLite file in a folder that does not exist, or a PostgreSQL
socket that nobody listens on)."""

from urllib.parse import urlencode

from django.db import connections
from django.db.utils import load_backend
from django.test import Client

import pytest

from home.views import RETRY_AFTER_SECONDS
from tests.factories.training_requests import submission
from tests.home.probes import probe
from tests.html import assert_lang_and_dir, assert_valid_html, soup


@pytest.fixture
def database_down(django_db_blocker, tmp_path):
    """The default database, unreachable from every thread for the test's length."""
    working = connections.settings["default"]
    broken = dict(working)
    if broken["ENGINE"].endswith("sqlite3"):
        broken["NAME"] = str(tmp_path / "no-such-folder" / "hub.sqlite3")
    else:
        broken["HOST"] = str(tmp_path / "no-such-socket-folder")
    open_connection = connections["default"]
    unreachable = load_backend(broken["ENGINE"]).DatabaseWrapper(broken, "default")
    connections.settings["default"] = broken  # for connections other threads open
    connections["default"] = unreachable
    with django_db_blocker.unblock():
        yield
    unreachable.close()
    connections["default"] = open_connection
    connections.settings["default"] = working


@pytest.fixture
def visitor():
    return Client(raise_request_exception=False)


@pytest.mark.usefixtures("database_down")
def test_a_page_is_a_503_with_retry_after_in_the_readers_language(visitor):
    response = visitor.get("/es/")

    assert response.status_code == 503
    assert response["Retry-After"] == str(RETRY_AFTER_SECONDS)
    assert "no-store" in response["Cache-Control"]
    page = soup(response)
    assert page.h1.get_text(strip=True) == "El sitio no está disponible en este momento"
    assert "Algo salió mal" not in page.get_text()
    assert_lang_and_dir(response, "es")
    assert_valid_html(response.content)


@pytest.mark.usefixtures("database_down")
def test_a_sent_form_is_said_not_to_be_saved_in_arabic(visitor):
    response = visitor.post(
        "/ar/request-a-training/",
        urlencode(submission(), doseq=True),
        content_type="application/x-www-form-urlencoded",
    )

    assert response.status_code == 503
    assert response["Retry-After"] == str(RETRY_AFTER_SECONDS)
    assert "لم يُحفظ ما أرسلته." in soup(response).main.get_text()
    assert_lang_and_dir(response, "ar")


@pytest.mark.usefixtures("database_down")
def test_the_503_page_gives_the_reference_of_the_logged_error(visitor, printed_log):
    response = visitor.get("/en/")

    request_id = response["X-Request-ID"]
    assert soup(response).select_one("code.error-reference").text == request_id
    [error] = [line for line in printed_log.lines if "database is unavailable" in line]
    assert f"[{request_id}]" in error
    assert "WARNING" in error


@pytest.mark.usefixtures("database_down")
def test_an_outage_logs_one_line_per_request_not_a_traceback(visitor, printed_log):
    for _ in range(3):
        visitor.get("/en/")

    assert "Traceback" not in printed_log.text
    lines = [line for line in printed_log.lines if "django.request" in line]
    assert len(lines) == 3


@pytest.mark.usefixtures("database_down")
def test_healthz_says_the_database_is_failing(visitor):
    response = probe(visitor)

    assert response.status_code == 500
    results = response.json()
    assert "Unavailable" in next(v for k, v in results.items() if "Database" in k)
    assert next(v for k, v in results.items() if "Cache" in k) == "OK"
