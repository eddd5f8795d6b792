"""Places and the waiting list at the boundary, the private link (change, cancel,
tampered), and the emails in the registrant's language with the .ics."""

from urllib.parse import urlencode

from django.core import mail

import pytest
from icalendar import Calendar

from registrations import places
from registrations.choices import Status
from registrations.models import Registration
from registrations.tokens import registration_token
from tests.factories.registrations import RegistrationFactory, registration_data

URLENCODED = "application/x-www-form-urlencoded"


def post(client, url, data):
    return client.post(url, urlencode(data, doseq=True), content_type=URLENCODED)


def register(client, site, code="en", **overrides):
    return post(client, site.register_url(code), registration_data(**overrides))


def test_the_third_registration_for_two_places_is_waitlisted(client, registration_site):
    for n in range(3):
        assert (
            register(client, registration_site, email=f"p{n}@example.org").status_code
            == 303
        )

    statuses = list(
        Registration.objects.order_by("created_at", "pk").values_list(
            "status", flat=True
        )
    )
    assert statuses == [Status.CONFIRMED, Status.CONFIRMED, Status.WAITLISTED]


def test_a_cancellation_moves_the_first_waitlisted_up_and_tells_them(
    client, registration_site, django_capture_on_commit_callbacks
):
    convening = registration_site.convening
    first = RegistrationFactory(convening=convening)
    RegistrationFactory(convening=convening)
    waiting = RegistrationFactory(
        convening=convening,
        status=Status.WAITLISTED,
        language="ht",
        email="w@example.org",
    )
    RegistrationFactory(convening=convening, status=Status.WAITLISTED)
    url = (
        registration_site.url() + f"registration/{registration_token(first.reference)}/"
    )

    with django_capture_on_commit_callbacks(execute=True):
        response = post(client, url, {"action": "cancel"})

    assert response.status_code == 303
    first.refresh_from_db()
    waiting.refresh_from_db()
    assert first.status == Status.CANCELLED
    assert waiting.status == Status.CONFIRMED
    assert Registration.objects.filter(status=Status.WAITLISTED).count() == 1
    moved = next(m for m in mail.outbox if m.to == ["w@example.org"])
    assert moved.subject == "Yon plas pou ou: Spring gathering"
    assert moved.attachments[0][2].startswith("text/calendar")


def test_the_confirmation_is_in_spanish_with_the_ics_and_the_private_link(
    client, registration_site, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        register(client, registration_site, code="es", language="es")

    registration = Registration.objects.get()
    [message] = mail.outbox
    assert message.to == ["rosa@example.org"]
    assert message.subject == "Estás inscrita o inscrito: Encuentro de primavera"
    assert "Tienes una plaza." in message.body
    assert registration.reference in message.body
    link = registration_site.url("es") + "registration/"
    assert link in message.body
    name, content, mimetype = message.attachments[0]
    assert name.endswith(".ics")
    assert mimetype.startswith("text/calendar")
    event = Calendar.from_ical(content).walk("VEVENT")[0]
    assert str(event["SUMMARY"]) == "Encuentro de primavera"


def test_a_waitlisted_registrant_is_told_so(
    client, registration_site, django_capture_on_commit_callbacks
):
    RegistrationFactory.create_batch(2, convening=registration_site.convening)
    with django_capture_on_commit_callbacks(execute=True):
        register(client, registration_site, language="en")

    [message] = mail.outbox
    assert message.subject == "Waiting list: Spring gathering"


def test_no_email_is_sent_when_the_transaction_rolls_back(
    registration_site, django_capture_on_commit_callbacks
):
    from django.db import transaction

    from registrations import notifications, tasks

    with django_capture_on_commit_callbacks(execute=True):
        try:
            with transaction.atomic():
                registration = places.register(
                    registration_site.convening.pk, name="A", email="a@example.org"
                )
                tasks.queue_email(notifications.CONFIRMATION, registration, "http://x")
                raise RuntimeError
        except RuntimeError:
            pass

    assert mail.outbox == []
    assert not Registration.objects.exists()


def test_the_private_link_changes_needs(client, registration_site):
    registration = RegistrationFactory(convening=registration_site.convening)
    url = registration_site.url("es") + (
        f"registration/{registration_token(registration.reference)}/"
    )

    page = client.get(url)
    assert page.status_code == 200
    assert "Tu inscripción" in page.content.decode()
    response = post(
        client,
        url,
        {
            "action": "change",
            "interpretation": "ht",
            "children": "3",
            "children_ages": "1, 2, 3",
        },
    )

    assert response.status_code == 303
    registration.refresh_from_db()
    assert (registration.interpretation, registration.children) == ("ht", 3)
    assert (
        "Guardamos tus necesidades" in client.get(response["Location"]).content.decode()
    )


@pytest.mark.parametrize(
    "token",
    ["tampered", "x" * 30, "%00", "abc.def"],
)
def test_a_tampered_link_is_a_4xx_in_the_readers_language(
    client, registration_site, token
):
    registration = RegistrationFactory(convening=registration_site.convening)
    good = registration_token(registration.reference)
    for bad in (good[:-2] + "xy", token):
        response = client.get(registration_site.url("es") + f"registration/{bad}/")
        assert 400 <= response.status_code < 500
    response = client.get(registration_site.url("es") + f"registration/{good[:-2]}zz/")
    assert "Este enlace no funciona" in response.content.decode() or (
        response.status_code == 404
    )
    registration.refresh_from_db()
    assert registration.status == Status.CONFIRMED


def test_a_link_for_another_convening_does_not_open(client, registration_site):
    from tests.factories.partners import ConveningPageFactory

    other = ConveningPageFactory(parent=registration_site.convening.get_parent())
    registration = RegistrationFactory(convening=other)

    response = client.get(
        registration_site.url()
        + f"registration/{registration_token(registration.reference)}/"
    )

    assert response.status_code == 404
