"""A reader at /ht/ meets a page nobody has translated yet, and asks for it."""

from tests.browser.conftest import assert_no_serious_axe_violations
from translations.models import TranslationWish


def test_creole_reader_is_told_the_language_and_can_ask_for_a_translation(
    phone, live_server, site_tree, foreign_requests
):
    phone.goto(f"{live_server.url}/ht/about/")

    notice = phone.get_by_role("complementary", name="Lang paj sa a")
    assert "Paj sa a poko tradui an Kreyòl ayisyen" in notice.inner_text()
    assert "Ou ap li l an Angle" in notice.inner_text()
    assert phone.locator("h1").get_attribute("lang") == "en"
    switcher = phone.get_by_role("navigation", name="Chwazi yon lang")
    assert "(poko tradui)" in switcher.inner_text()
    assert_no_serious_axe_violations(phone)

    notice.get_by_role("button", name="Mande paj sa a an Kreyòl ayisyen").click()

    phone.wait_for_url("**/ht/about/?translation_requested=1*")
    assert "Mèsi" in phone.get_by_role("status").inner_text()
    wish = TranslationWish.objects.get()
    assert (wish.locale.language_code, wish.count) == ("ht", 1)
    assert foreign_requests == []
    assert_no_serious_axe_violations(phone)


def test_the_skip_link_stays_out_of_sight_until_a_keyboard_reaches_it(
    phone, live_server, site_tree
):
    # Creole's "skip to main content" takes two lines on a phone.
    phone.goto(f"{live_server.url}/ht/about/")
    skip = phone.locator(".skip-link")

    box = skip.bounding_box()
    assert box["y"] + box["height"] <= 0, "the skip link shows over the header"

    phone.keyboard.press("Tab")
    box = skip.bounding_box()
    assert box["y"] >= 0
    assert box["x"] + box["width"] <= 360
    assert skip.evaluate("el => el === document.activeElement")
