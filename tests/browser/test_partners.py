"""A worker on a phone finds the worker centers in their region that serve in
Spanish, opens one, reads the report of the Syracuse convening it took part in, and
adds the next convening to their calendar. An editor adds a sector once, and readers
find partners by it in their own language."""

from io import StringIO

from django.core.management import call_command

import pytest

from partners.choices import PartnerKind
from taxonomy.models import Sector
from tests.browser.conftest import (
    assert_fits_a_phone,
    assert_no_serious_axe_violations,
    sign_in_to_admin,
)
from tests.conftest import restore_rows_made_by_migrations
from tests.factories.partners import PartnerIndexPageFactory, PartnerPageFactory
from tests.factories.taxonomy import RegionFactory
from translations.locales import synchronize_all_trees
from translations.localize import translate


@pytest.fixture
def seeded(transactional_db):
    restore_rows_made_by_migrations()
    call_command("seed_demo", stdout=StringIO())


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


@pytest.fixture
def mall_workers(site_tree):
    directory = PartnerIndexPageFactory(parent=site_tree.home)
    partner = PartnerPageFactory(
        parent=directory,
        title="Mall Workers Union",
        slug="mall-workers-union",
        kind=PartnerKind.UNION,
        region=RegionFactory(name="Central New York", slug="central-ny"),
    )
    PartnerPageFactory(parent=directory, title="Orchard Workers Center")
    synchronize_all_trees()
    return partner


def choose_sector(page, label):
    """Choose a sector in the directory's filter, by the label a reader sees."""
    filters = page.locator("form.partner-filters")
    filters.get_by_label("Sector").select_option(label=label)
    filters.get_by_role("button").click()
    page.wait_for_url("**/partners/?*sector=*")


def test_a_sector_added_once_in_the_admin_lists_partners_in_every_language(
    page, live_server, admin_user, site_tree, mall_workers, foreign_requests
):
    # An editor adds the sector under Topics and sectors ...
    page.set_viewport_size({"width": 1280, "height": 900})
    sign_in_to_admin(page, live_server, admin_user, "password")
    page.goto(f"{live_server.url}/admin/snippets/taxonomy/sector/add/")
    page.locator("#id_name").fill("Retail")
    page.locator("#id_slug").fill("retail")
    page.get_by_role("button", name="Save").click()
    page.wait_for_url("**/admin/snippets/taxonomy/sector/?*")

    # ... and ticks it on the partner's page, which they publish.
    page.goto(f"{live_server.url}/admin/pages/{mall_workers.pk}/edit/")
    page.get_by_label("Retail").check()
    page.locator("footer .w-dropdown__toggle").click()
    page.get_by_role("button", name="Publish").click()
    page.wait_for_url(f"**/admin/pages/{mall_workers.get_parent().pk}/")

    # A visitor finds the partner by that sector.
    page.set_viewport_size({"width": 360, "height": 740})
    page.goto(f"{live_server.url}/en/partners/")
    choose_sector(page, "Retail (1)")
    assert page.locator(".partner-card h2").all_inner_texts() == ["Mall Workers Union"]
    assert_no_serious_axe_violations(page)

    # Once a translator has named it in Spanish, Spanish readers see that name.
    retail = Sector.objects.get(slug="retail")
    translate(retail, site_tree.locales["es"], {"Retail": "Comercio minorista"})
    page.goto(f"{live_server.url}/es/partners/")
    choose_sector(page, "Comercio minorista (1)")
    assert page.locator(".partner-card h2").all_inner_texts() == ["Mall Workers Union"]
    page.locator(".partner-card a").click()
    page.wait_for_url("**/es/partners/mall-workers-union/")
    assert (
        page.locator("dl.facts")
        .get_by_role("link", name="Comercio minorista")
        .is_visible()
    )
    assert_fits_a_phone(page)
    assert_no_serious_axe_violations(page)

    assert foreign_requests == []
