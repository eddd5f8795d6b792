"""A requester on a phone, reading Arabic, deletes their contact details from their
private status page, and the page says it is done, right to left."""

from tests.browser.conftest import assert_no_serious_axe_violations
from tests.factories.training_requests import TrainingRequestFactory
from training_requests.models import TrainingRequest
from training_requests.tokens import status_token


def test_a_requester_deletes_their_contact_details_in_arabic(
    phone, live_server, request_site, foreign_requests
):
    asked = TrainingRequestFactory(modules=[request_site.modules["heat"]])
    status = f"{live_server.url}/ar/request-a-training/status/"
    phone.goto(status + status_token(asked.reference) + "/")

    assert phone.locator("html").get_attribute("dir") == "rtl"
    section = phone.locator(".tr-erase")
    assert section.evaluate("element => getComputedStyle(element).direction") == "rtl"
    assert_no_serious_axe_violations(phone)
    section.locator("button[type=submit]").click()

    phone.wait_for_load_state()
    done = phone.locator(".tr-erase__done")
    assert done.is_visible()
    assert phone.locator(".tr-erase form").count() == 0
    assert phone.evaluate("document.documentElement.scrollWidth") <= 360
    stored = TrainingRequest.objects.get(pk=asked.pk)
    assert (stored.contact_name, stored.email, stored.phone) == ("", "", "")
    assert asked.reference in phone.locator(".tr-reference__code").inner_text()
    assert foreign_requests == []
