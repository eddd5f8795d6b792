"""A worker on a phone finds the worker centers in their region that serve in
Spanish, opens one, reads the report of the Syracuse convening it took part in, and
adds the next convening to their calendar."""

from io import StringIO

from django.core.management import call_command

import pytest

from tests.browser.conftest import assert_no_serious_axe_violations
from tests.conftest import restore_rows_made_by_migrations


@pytest.fixture
def seeded(transactional_db):
    restore_rows_made_by_migrations()
    call_command("seed_demo", stdout=StringIO())


def assert_fits_a_phone(page):
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 360, "the page scrolls sideways on a phone"


def test_directory_to_partner_to_convening_report_on_a_phone(
    phone, live_server, seeded, foreign_requests
):
    phone.goto(f"{live_server.url}/en/partners/")
    filters = phone.locator("form.partner-filters")
    filters.get_by_label("Region").select_option("north-country")
    filters.get_by_label("Kind").select_option("worker-center")
    filters.get_by_label("Language served").select_option("es")
    filters.get_by_role("button", name="Show organizations").click()

    phone.wait_for_url("**/en/partners/?*language=es*")
    results = phone.locator(".partner-card h2")
    assert results.all_inner_texts() == [
        "Adirondack Hospitality Workers Center",
        "North Country Dairy Workers' Center",
    ]
    assert_fits_a_phone(phone)
    assert_no_serious_axe_violations(phone)

    phone.get_by_role("link", name="North Country Dairy Workers' Center").click()
    phone.wait_for_url("**/en/partners/north-country-dairy-workers-center/")
    assert phone.get_by_role("heading", name="Public contact").is_visible()
    assert_fits_a_phone(phone)
    assert_no_serious_axe_violations(phone)

    phone.locator(".partner-convenings").get_by_role(
        "link", name="Syracuse convening: building long-term worker power upstate"
    ).click()
    phone.wait_for_url("**/en/convenings/syracuse-2024/")
    assert phone.get_by_role("heading", name="Action areas").is_visible()
    assert phone.locator(".convening-partners .partner-card").count() > 8
    assert_fits_a_phone(phone)
    assert_no_serious_axe_violations(phone)

    assert foreign_requests == []


def test_adding_the_next_convening_to_a_calendar_in_arabic(
    phone, live_server, seeded, foreign_requests
):
    phone.goto(f"{live_server.url}/ar/convenings/")
    assert phone.locator("html").get_attribute("dir") == "rtl"
    phone.locator(".convenings-upcoming .convening-card a").first.click()
    phone.wait_for_url("**/ar/convenings/spring-peer-trainers-gathering/")
    assert_fits_a_phone(phone)
    assert_no_serious_axe_violations(phone)

    with phone.expect_download() as download:
        phone.locator(".take-part a[download]").click()

    assert download.value.suggested_filename == "spring-peer-trainers-gathering.ics"
    assert b"BEGIN:VEVENT" in download.value.path().read_bytes()
    assert foreign_requests == []
