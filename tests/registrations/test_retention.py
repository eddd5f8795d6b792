"""Registrants' details are purged once the convening has been over for the
retention period, and erased at once on request."""

from datetime import timedelta
from io import StringIO
from pathlib import Path

from django.core.management import call_command
from django.utils import timezone

from registrations.choices import Status
from registrations.models import Registration
from registrations.tokens import registration_token
from tests.factories.registrations import RegistrationFactory


def end_convening(convening, days_ago):
    convening.start = timezone.now() - timedelta(days=days_ago, hours=8)
    convening.end = timezone.now() - timedelta(days=days_ago)
    convening.save()


def test_the_purge_blanks_details_after_the_retention_period(registration_site):
    convening = registration_site.convening
    registration = RegistrationFactory(
        convening=convening, accessibility="Wheelchair", interpretation="es"
    )
    end_convening(convening, 400)

    out = StringIO()
    call_command("purge_registration_contacts", stdout=out)

    registration.refresh_from_db()
    assert registration.name == registration.email == registration.accessibility == ""
    assert registration.interpretation == "es"  # anonymous counts stay
    assert registration.contacts_purged_at is not None
    assert "1 registration" in out.getvalue()


def test_a_recent_convening_keeps_its_details(registration_site):
    registration = RegistrationFactory(convening=registration_site.convening)
    end_convening(registration_site.convening, 10)

    call_command("purge_registration_contacts", stdout=StringIO())

    registration.refresh_from_db()
    assert registration.name


def test_the_purge_runs_every_night():
    unit = Path("deploy/systemd/training-hub-purge.service").read_text()
    assert "manage.py purge_registration_contacts" in unit


def test_a_registrant_erases_their_details(client, registration_site):
    registration = RegistrationFactory(convening=registration_site.convening)
    url = (
        registration_site.url()
        + f"registration/{registration_token(registration.reference)}/"
    )

    response = client.post(
        url, "action=erase", content_type="application/x-www-form-urlencoded"
    )

    assert response.status_code == 303
    registration.refresh_from_db()
    assert registration.name == registration.email == ""
    assert registration.status == Status.CANCELLED
    assert registration.contacts_purged_at is not None
    page = client.get(response["Location"]).content.decode()
    assert "deleted" in page
    assert Registration.objects.count() == 1
