"""A visitor opens the home page on a phone and switches to Arabic."""

from tests.browser.conftest import assert_no_serious_axe_violations


def test_switching_to_arabic_turns_the_page_right_to_left(
    phone, live_server, site_tree, foreign_requests
):
    phone.goto(f"{live_server.url}/en/")
    assert phone.locator("html").get_attribute("dir") == "ltr"

    phone.get_by_role("navigation", name="Choose a language").get_by_role(
        "link", name="العربيّة"
    ).click()

    phone.wait_for_url(f"{live_server.url}/ar/")
    assert phone.locator("html").get_attribute("lang") == "ar"
    assert phone.locator("html").get_attribute("dir") == "rtl"
    direction = phone.locator("header").evaluate("el => getComputedStyle(el).direction")
    assert direction == "rtl"
    page_width = phone.evaluate("document.documentElement.scrollWidth")
    assert page_width <= 360, "the page scrolls sideways on a phone"
    assert foreign_requests == []
    assert_no_serious_axe_violations(phone)
