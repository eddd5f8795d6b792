"""A coordinator's first sign-in on a phone: password, then setting up an
authenticator app from the QR code's key, the recovery codes shown once; then a
later sign-in with password and code."""

import re
import time

from django_otp.plugins.otp_totp.models import TOTPDevice

from tests.browser.conftest import assert_no_serious_axe_violations
from tests.fixtures.people import COORDINATOR_PASSWORD, code_from


def assert_fits_a_phone(page):
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 360, "the page scrolls sideways on a phone"


def sign_in_with_password(page, live_server):
    page.goto(f"{live_server.url}/admin/training-requests/")
    page.locator("#id_username").fill("marisol")
    page.locator("#id_password").fill(COORDINATOR_PASSWORD)
    page.locator("button[type=submit]").click()


def test_a_coordinator_sets_up_two_step_sign_in_and_signs_in_with_a_code(
    phone, live_server, request_site, coordinator, foreign_requests
):
    sign_in_with_password(phone, live_server)

    phone.wait_for_url("**/admin/two-step/set-up/*")
    assert phone.locator(".two-step__qr svg").is_visible()
    secret = phone.locator(".two-step__secret").inner_text()
    assert re.fullmatch(r"[A-Z2-7]{4}( [A-Z2-7]{4}){7}", secret)
    assert_fits_a_phone(phone)
    assert_no_serious_axe_violations(phone)
    device = TOTPDevice.objects.get(user=coordinator, confirmed=False)
    phone.locator("#id_otp_token").fill(code_from(device))
    phone.get_by_role("button", name="Turn on two-step sign-in").click()

    phone.get_by_role("heading", name="Your recovery codes").wait_for()
    codes = phone.locator(".two-step__codes code").all_inner_texts()
    assert len(codes) == 10
    assert_fits_a_phone(phone)
    phone.get_by_role("link", name="I have kept my codes: continue").click()
    phone.wait_for_url("**/admin/training-requests/")

    # Next time: password, then the code the app shows (a new one: each code is
    # taken once, so wait for the app's next step).
    phone.context.clear_cookies()
    time.sleep(device.step - time.time() % device.step + 0.5)
    sign_in_with_password(phone, live_server)
    phone.wait_for_url("**/admin/two-step/verify/*")
    assert_fits_a_phone(phone)
    phone.locator("#id_otp_token").fill(code_from(device))
    phone.get_by_role("button", name="Continue").click()
    phone.wait_for_url("**/admin/training-requests/")
    assert foreign_requests == []
