"""Every request has an id, sent back in X-Request-ID and printed on one access-log
line (method, path, status, duration: never a query string or what a form held);
the 500 page shows it so staff can find the traceback logged with it. A request
for an unknown host is a 400 and one line, without a traceback."""

import logging
import re
import uuid
from urllib.parse import urlencode

from django.test import Client

import pytest

from tests.factories.training_requests import submission
from tests.html import assert_lang_and_dir, assert_valid_html, soup

REQUEST_ID = re.compile(r"^[0-9a-f]{32}$")

pytestmark = pytest.mark.usefixtures("fresh_rate_limits")


def access_lines(printed_log):
    return [line for line in printed_log.lines if " hub.access: " in line]


def test_each_response_carries_its_own_request_id(client, site_tree):
    first = client.get("/en/")
    second = client.get("/en/")

    assert REQUEST_ID.match(first["X-Request-ID"])
    assert first["X-Request-ID"] != second["X-Request-ID"]


def test_a_well_formed_id_from_the_proxy_is_kept(client, site_tree):
    from_proxy = uuid.uuid4().hex

    response = client.get("/en/", headers={"X-Request-ID": from_proxy})

    assert response["X-Request-ID"] == from_proxy


def test_a_malformed_id_is_replaced(client, site_tree):
    response = client.get("/en/", headers={"X-Request-ID": "rosa@example.org"})

    assert REQUEST_ID.match(response["X-Request-ID"])


def test_each_request_is_one_line_with_its_id_status_and_duration(
    client, site_tree, printed_log
):
    response = client.get("/en/about/")

    [line] = access_lines(printed_log)
    assert f"[{response['X-Request-ID']}]" in line
    assert re.search(r"hub\.access: GET /en/about/ 200 \d+ms$", line)


def test_the_log_has_no_query_string_and_no_form_field(
    client, request_site, printed_log
):
    client.get("/en/search/", {"q": "rosa@example.org"})
    client.post(
        request_site.url(),
        urlencode(submission(), doseq=True),
        content_type="application/x-www-form-urlencoded",
    )

    lines = access_lines(printed_log)
    assert [line.split("hub.access: ")[1].rsplit(" ", 1)[0] for line in lines] == [
        "GET /en/search/ 200",
        "POST /en/request-a-training/ 303",
    ]
    for personal in ["rosa@example.org", "Rosa", "315-555-0142", "q="]:
        assert personal not in printed_log.text


def test_a_status_link_is_logged_without_its_token(client, request_site, printed_log):
    response = client.post(
        request_site.url(),
        urlencode(submission(), doseq=True),
        content_type="application/x-www-form-urlencoded",
    )
    token = response["Location"].rstrip("/").rsplit("/", 1)[1]

    client.get(response["Location"])
    client.get(f"{request_site.url()}status/{token}/")

    lines = [line.split("hub.access: ")[1] for line in access_lines(printed_log)]
    assert lines[1].startswith("GET /en/request-a-training/thanks/…/ 200")
    assert lines[2].startswith("GET /en/request-a-training/status/…/ 200")
    assert token not in printed_log.text


def test_the_500_page_shows_the_reference_of_the_logged_traceback(
    site_tree, settings, printed_log
):
    settings.ROOT_URLCONF = "tests.home.broken_urls"
    client = Client(raise_request_exception=False)

    response = client.get("/broken/", headers={"accept-language": "es"})

    request_id = response["X-Request-ID"]
    assert response.status_code == 500
    assert soup(response).select_one("code.error-reference").text == request_id
    assert "Referencia:" in soup(response).main.get_text()
    assert_lang_and_dir(response, "es")
    assert_valid_html(response.content)
    [error] = [line for line in printed_log.lines if "Internal Server Error" in line]
    assert f"[{request_id}]" in error
    assert "RuntimeError: a bug in a view" in printed_log.text


def test_a_500_after_a_post_does_not_say_nothing_was_lost(site_tree, settings):
    settings.ROOT_URLCONF = "tests.home.broken_urls"
    client = Client(raise_request_exception=False)

    response = client.post(
        "/broken/", "q=x", content_type="application/x-www-form-urlencoded"
    )

    text = soup(response).main.get_text(" ", strip=True)
    assert "may not have been saved" in text
    assert "lost" not in text


def test_a_bad_host_is_a_400_logged_as_one_line_without_traceback(
    client, site_tree, settings, caplog, printed_log
):
    settings.ALLOWED_HOSTS = ["training.example.org"]

    response = client.get("/en/", headers={"host": "scanner.example.net"})

    assert response.status_code == 400
    [record] = caplog.records
    assert record.levelno == logging.INFO
    assert record.exc_info is None
    assert "GET /en/ 400" in record.getMessage()
    assert "host not allowed" in record.getMessage()
    assert len(printed_log.lines) == 1
    assert "Traceback" not in printed_log.text


def test_an_allowed_host_is_served(client, site_tree, settings):
    settings.ALLOWED_HOSTS = ["training.example.org"]

    response = client.get("/en/", headers={"host": "training.example.org"})

    assert response.status_code == 200
