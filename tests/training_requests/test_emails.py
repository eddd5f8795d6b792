"""The emails a new request sends: to staff (and the region's coordinator) without
contact details, to the requester in their language with the status link; none on
a rollback, and a mail server that is down never costs the request."""

import logging
from urllib.parse import urlencode

from django.core import mail
from django.db import transaction
from django.utils import translation
from django.utils.translation import gettext

import pytest

from tests.factories.training_requests import submission
from tests.html import soup
from training_requests.models import TrainingRequest

URLENCODED = "application/x-www-form-urlencoded"
PERSONAL = ["Rosa M.", "rosa@example.org", "315-555-0142", "wheelchair", "6 pm"]

pytestmark = pytest.mark.usefixtures("fresh_rate_limits")


class BrokenMailServer:
    """An email backend whose server is down: every send fails to connect."""

    def __init__(self, *args, **kwargs):
        pass

    def send_messages(self, messages):
        recipients = ", ".join(a for m in messages for a in m.recipients())
        raise ConnectionError(f"Connection refused while sending to {recipients}")


def send(client, request_site, code="en", **overrides):
    return client.post(
        request_site.url(code),
        urlencode(submission(**overrides), doseq=True),
        content_type=URLENCODED,
    )


def test_staff_and_the_regions_coordinator_hear_of_it_without_contact_details(
    client, request_site, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        send(
            client,
            request_site,
            organization_name=request_site.partner.title,
            modules=[str(request_site.modules["heat"].pk)],
        )

    request = TrainingRequest.objects.get()
    staff = next(m for m in mail.outbox if "requests@staff.example.org" in m.to)
    assert staff.to == [
        "requests@staff.example.org",
        "finger-lakes@coordinators.example.org",
    ]
    assert staff.subject == f"New training request {request.reference}"
    assert "Finger Lakes Farmworker Center" in staff.body
    assert "Heat stress in the fields" in staff.body
    assert "Finger Lakes" in staff.body
    assert "Spanish" in staff.body
    assert f"http://testserver/admin/training-requests/edit/{request.pk}/" in (
        staff.body
    )
    for text in PERSONAL:
        assert text not in staff.body
        assert text not in staff.subject


def test_the_requester_gets_a_confirmation_in_their_language(
    client, request_site, django_capture_on_commit_callbacks
):
    spanish_module = request_site.in_locale(request_site.modules["wage-theft"], "es")
    with django_capture_on_commit_callbacks(execute=True):
        response = send(
            client,
            request_site,
            "es",
            modules=[str(request_site.modules["wage-theft"].pk)],
        )

    request = TrainingRequest.objects.get()
    confirmation = next(m for m in mail.outbox if m.to == ["rosa@example.org"])
    assert request.reference in confirmation.subject
    with translation.override("es"):
        assert confirmation.subject == gettext(
            "We have your training request %(reference)s"
        ) % {"reference": request.reference}
        assert gettext("Thank you for asking us for a training.") in confirmation.body
    assert spanish_module.title in confirmation.body
    assert confirmation.reply_to == ["hub@example.org"]
    link = next(
        line for line in confirmation.body.splitlines() if "/status/" in line
    ).strip()
    assert link.startswith("http://testserver/es/request-a-training/status/")
    assert client.get(link.removeprefix("http://testserver")).status_code == 200
    assert response["Location"].split("/")[-2] == link.split("/")[-2]


def test_no_confirmation_without_an_email_address(
    client, request_site, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        send(client, request_site, email="")

    assert [m.to for m in mail.outbox] == [["requests@staff.example.org"]]


class Rollback(Exception):
    pass


def test_no_email_is_sent_when_the_transaction_rolls_back(
    client, request_site, django_capture_on_commit_callbacks
):
    # As if something later in the same transaction failed (with ATOMIC_REQUESTS, or
    # a caller wrapping the view): the request is rolled back, and its emails too.
    with (
        django_capture_on_commit_callbacks(execute=True) as callbacks,
        pytest.raises(Rollback),
        transaction.atomic(),
    ):
        send(client, request_site)
        assert TrainingRequest.objects.count() == 1
        raise Rollback

    assert callbacks == []
    assert mail.outbox == []
    assert TrainingRequest.objects.count() == 0


def test_emails_wait_for_the_commit(client, request_site):
    # In a test transaction nothing commits, so nothing is sent.
    send(client, request_site)

    assert TrainingRequest.objects.count() == 1
    assert mail.outbox == []


def test_a_mail_server_that_is_down_never_costs_the_request(
    client, request_site, settings, caplog, django_capture_on_commit_callbacks
):
    settings.EMAIL_BACKEND = f"{__name__}.BrokenMailServer"
    caplog.set_level(logging.INFO)

    with django_capture_on_commit_callbacks(execute=True):
        response = send(client, request_site)

    assert response.status_code == 303
    request = TrainingRequest.objects.get()
    failures = [r for r in caplog.records if "Could not send" in r.getMessage()]
    assert len(failures) == 2
    assert all(request.reference in r.getMessage() for r in failures)
    for text in [*PERSONAL, "requests@staff.example.org", "coordinators.example"]:
        assert text not in caplog.text
    assert client.get(response["Location"]).status_code == 200


def test_the_thank_you_page_says_the_email_is_on_its_way_not_that_it_went(
    client, request_site, settings, django_capture_on_commit_callbacks
):
    settings.EMAIL_BACKEND = f"{__name__}.BrokenMailServer"
    with django_capture_on_commit_callbacks(execute=True):
        response = send(client, request_site)

    thanks = soup(client.get(response["Location"])).main.get_text(" ", strip=True)
    assert "is on its way to you" in thanks
    assert "We have also sent" not in thanks


def test_the_status_page_works_when_the_email_never_arrived(
    client, request_site, settings, django_capture_on_commit_callbacks
):
    settings.EMAIL_BACKEND = f"{__name__}.BrokenMailServer"
    with django_capture_on_commit_callbacks(execute=True):
        response = send(client, request_site, code="es")
    thanks = soup(client.get(response["Location"]))

    status = client.get(thanks.select_one("a.button[href*='/status/']")["href"])

    assert mail.outbox == []
    assert status.status_code == 200
    assert TrainingRequest.objects.get().reference in status.content.decode()
