"""An Arabic reader on a phone: navigation, filter forms and cards run right to left."""

import time

import pytest

from tests.browser.conftest import assert_no_serious_axe_violations
from tests.factories.curriculum import ModuleIndexPageFactory, TrainingModulePageFactory
from tests.factories.partners import PartnerIndexPageFactory, PartnerPageFactory
from tests.factories.training_requests import build_request_site
from training_requests.tokens import MIN_FILL_SECONDS
from translations.locales import synchronize_all_trees
from translations.localize import translate

WIDTH = 360


@pytest.fixture
def arabic_site(site_tree):
    catalog = ModuleIndexPageFactory(parent=site_tree.home)
    module = TrainingModulePageFactory(parent=catalog, title="Holding a one-on-one")
    directory = PartnerIndexPageFactory(parent=site_tree.home)
    partner = PartnerPageFactory(parent=directory, title="Finger Lakes Workers")
    synchronize_all_trees()
    arabic = site_tree.locales["ar"]
    translate(module, arabic, {"Holding a one-on-one": "إجراء محادثة فردية"})
    translate(partner, arabic, {"Finger Lakes Workers": "عمال فينغر ليكس"})
    site_tree.module = module
    return site_tree


def direction(page, selector):
    return page.locator(selector).first.evaluate("el => getComputedStyle(el).direction")


def right_gap(page, selector):
    """Space between the element and the right edge of the screen."""
    box = page.locator(selector).first.bounding_box()
    return WIDTH - (box["x"] + box["width"])


@pytest.mark.parametrize("path", ["/ar/trainings/", "/ar/partners/"])
def test_listing_pages_mirror_in_arabic(phone, live_server, arabic_site, path):
    phone.goto(f"{live_server.url}{path}")

    assert phone.locator("html").get_attribute("dir") == "rtl"
    for selector in (".main-menu", "form", ".card"):
        assert direction(phone, selector) == "rtl", selector
    # Right to left: the site name and the first card start at the right edge.
    assert right_gap(phone, ".site-name") < 40
    assert right_gap(phone, ".card") < 40
    assert phone.evaluate("document.documentElement.scrollWidth") <= WIDTH
    assert_no_serious_axe_violations(phone)


@pytest.fixture
def arabic_request_form(site_tree):
    return build_request_site(site_tree)


def test_the_request_form_and_its_errors_run_right_to_left(
    phone, live_server, arabic_request_form
):
    phone.goto(f"{live_server.url}/ar/request-a-training/")
    opened_at = time.monotonic()

    assert phone.locator("html").get_attribute("dir") == "rtl"
    form = phone.locator("form.tr-form")
    assert direction(phone, "form.tr-form") == "rtl"
    assert right_gap(phone, "label[for=id_contact_name]") < 40
    name = form.locator("input[name=contact_name]")
    assert name.evaluate("el => getComputedStyle(el).textAlign") in {"start", "right"}
    assert phone.evaluate("document.documentElement.scrollWidth") <= WIDTH
    assert_no_serious_axe_violations(phone)

    # Sent without a way to reach the requester: the errors come back in Arabic,
    # beside their fields, with what was typed kept.
    name.fill("رشيد")
    time.sleep(max(0, MIN_FILL_SECONDS + 0.5 - (time.monotonic() - opened_at)))
    form.locator("button[type=submit]").click()
    phone.wait_for_load_state()

    summary = phone.locator(".tr-error-summary")
    assert summary.is_visible()
    assert direction(phone, ".tr-error-summary") == "rtl"
    assert "Please" not in summary.inner_text()
    assert any("\u0600" <= char <= "\u06ff" for char in summary.inner_text())
    assert phone.locator("input[name=contact_name]").input_value() == "رشيد"
    assert phone.evaluate("document.documentElement.scrollWidth") <= WIDTH
    assert_no_serious_axe_violations(phone)


def test_a_module_prints_right_to_left_without_the_site_around_it(
    phone, live_server, arabic_site
):
    phone.goto(f"{live_server.url}/ar/trainings/{arabic_site.module.slug}/")
    phone.emulate_media(media="print")

    assert direction(phone, "main") == "rtl"
    assert phone.locator("h1").first.inner_text() == "إجراء محادثة فردية"
    assert right_gap(phone, "h1") < 40
    assert not phone.locator(".main-menu").first.is_visible()
    assert not phone.locator(".language-switcher").first.is_visible()
    for table in phone.locator("main table").all():
        assert table.evaluate("el => getComputedStyle(el).direction") == "rtl"
