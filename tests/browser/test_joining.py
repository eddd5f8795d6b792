"""A worker on a phone answers the "Join us" form in Spanish: a missing answer is
named in Spanish at the top of the form, then the thank-you page; the Arabic form
runs right to left. Nothing needs JavaScript, nothing scrolls sideways."""

import time

from involvement.models import InvolvementSubmission
from tests.browser.conftest import assert_fits_a_phone, assert_no_serious_axe_violations
from training_requests.tokens import MIN_FILL_SECONDS


def test_a_worker_joins_in_spanish_on_a_phone(
    phone, live_server, involvement_site, foreign_requests
):
    phone.goto(f"{live_server.url}{involvement_site.url('es')}")
    assert phone.locator("html").get_attribute("lang") == "es"
    assert_fits_a_phone(phone)
    assert_no_serious_axe_violations(phone)

    form = phone.locator("form.tr-form")
    form.locator("input[name=email]").fill("rosa@example.org")
    form.locator("button[type=submit]").click()
    summary = phone.locator(".tr-error-summary")
    assert "Este campo es necesario." in summary.inner_text()
    assert_fits_a_phone(phone)
    assert_no_serious_axe_violations(phone)

    opened_at = time.monotonic()
    form.locator("input[name=your_name]").fill("Rosa Ejemplo")
    form.get_by_label("Traducir").check()
    # The form refuses what is sent faster than a person types.
    time.sleep(max(0, MIN_FILL_SECONDS + 0.5 - (time.monotonic() - opened_at)))
    form.locator("button[type=submit]").click()
    phone.wait_for_url("**/es/get-involved/join-us/thanks/")
    assert "Rosa" not in phone.url
    assert_fits_a_phone(phone)
    assert_no_serious_axe_violations(phone)

    submission = InvolvementSubmission.objects.get()
    assert submission.form_data["how_would_you_like_to_help"] == "Translate"
    assert foreign_requests == []


def test_the_arabic_form_runs_right_to_left(phone, live_server, involvement_site):
    phone.goto(f"{live_server.url}{involvement_site.url('ar')}")

    assert phone.locator("html").get_attribute("dir") == "rtl"
    assert_fits_a_phone(phone)
    assert_no_serious_axe_violations(phone)
