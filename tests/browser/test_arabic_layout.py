"""An Arabic reader on a phone: navigation, filter forms and cards run right to left."""

import pytest

from home.locales import synchronize_all_trees
from home.localize import translate
from tests.browser.conftest import assert_no_serious_axe_violations
from tests.factories.curriculum import ModuleIndexPageFactory, TrainingModulePageFactory
from tests.factories.partners import PartnerIndexPageFactory, PartnerPageFactory

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
