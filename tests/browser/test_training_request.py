"""A partner on a phone asks for a training in Spanish from a module's page, gets a
reference; a coordinator schedules it in the admin; the partner's private status
link then shows the date."""

import re
import time
from datetime import timedelta

from django.utils import timezone

from tests.browser.conftest import (
    assert_fits_a_phone,
    assert_no_serious_axe_violations,
    sign_in_to_admin,
)
from tests.fixtures.people import COORDINATOR_PASSWORD
from training_requests.models import TrainingRequest
from training_requests.tokens import MIN_FILL_SECONDS


def test_a_partner_asks_in_spanish_and_follows_the_request_to_its_date(
    phone, live_server, request_site, coordinator, foreign_requests
):
    # The partner finds the module in Spanish and asks for it.
    phone.goto(f"{live_server.url}/es/trainings/documenting-wage-theft/")
    phone.locator(".module-actions a.button").first.click()
    phone.wait_for_url("**/es/request-a-training/?module=*")
    assert phone.locator("html").get_attribute("lang") == "es"
    form = phone.locator("form.tr-form")
    assert form.locator("input[name=modules]:checked").count() == 1
    assert_fits_a_phone(phone)
    assert_no_serious_axe_violations(phone)

    # They look for a second training; the first stays chosen.
    phone.locator("input[name=find]").fill("heat")
    phone.locator(".tr-find button[type=submit]").click()
    phone.wait_for_url("**/es/request-a-training/?find=heat*")
    opened_at = time.monotonic()
    heat = form.locator(
        f"input[name=modules][value='{request_site.modules['heat'].pk}']"
    )
    assert not heat.is_checked()
    heat.check()
    assert form.locator("input[name=modules]:checked").count() == 2
    assert_fits_a_phone(phone)

    form.locator("input[name=organization_name]").fill("Finger Lakes Farmworker Center")
    form.locator("input[name=contact_name]").fill("Rosa M.")
    form.locator("input[name=phone]").fill("315-555-0142")
    form.locator("input[name=languages][value=es]").check()
    form.locator("input[name=delivery][value=in_person]").check()
    form.locator("input[name=city]").fill("Geneva")
    form.locator("input[name=preferred_dates]").fill("Domingos por la tarde")
    form.locator("input[name=consent]").check()
    # A person takes a while; the form refuses anything faster.
    time.sleep(max(0, MIN_FILL_SECONDS + 0.5 - (time.monotonic() - opened_at)))
    form.locator("button[type=submit]").click()

    phone.wait_for_url("**/es/request-a-training/thanks/*/")
    reference = phone.locator(".tr-reference__code").inner_text()
    assert re.fullmatch(r"TR-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}", reference)
    assert "315" not in phone.url and "Rosa" not in phone.url
    assert_fits_a_phone(phone)
    assert_no_serious_axe_violations(phone)
    status_link = phone.locator(".tr-done a.button").get_attribute("href")
    assert status_link.startswith("/es/request-a-training/status/")

    # A coordinator schedules it.
    date = timezone.localdate() + timedelta(days=30)
    phone.set_viewport_size({"width": 1280, "height": 900})
    sign_in_to_admin(phone, live_server, coordinator, COORDINATOR_PASSWORD)
    phone.goto(f"{live_server.url}/admin/training-requests/")
    phone.get_by_role("link", name=reference, exact=True).click()
    phone.wait_for_url("**/admin/training-requests/edit/*/")
    phone.locator("select[name=status]").select_option("scheduled")
    phone.locator("input[name=scheduled_for]").fill(date.isoformat())
    phone.locator("textarea[name=status_note]").fill("Agreed by phone.")
    phone.keyboard.press("Escape")  # close the date picker
    phone.get_by_role("button", name="Save").click()
    phone.wait_for_url("**/admin/training-requests/")

    # The partner opens the private link and sees the date.
    phone.set_viewport_size({"width": 360, "height": 740})
    phone.goto(f"{live_server.url}{status_link}")
    assert phone.locator("html").get_attribute("lang") == "es"
    when = phone.locator(".tr-status time")
    assert when.get_attribute("datetime") == date.isoformat()
    assert str(date.year) in when.inner_text()
    assert reference in phone.locator(".tr-status").inner_text()
    assert "Rosa" not in phone.content()
    assert_fits_a_phone(phone)
    assert_no_serious_axe_violations(phone)

    assert foreign_requests == []
    request = TrainingRequest.objects.get(reference=reference)
    assert request.organization_id == request_site.partner.pk
    assert set(request.modules.all()) == set(request_site.modules.values())
