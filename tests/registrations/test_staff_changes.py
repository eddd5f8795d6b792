"""Coordinators' changes go through the place logic (more places, a cancellation
in the admin move the first waiting up, who are emailed), and staff hear of a new
registration without learning who it is."""

from urllib.parse import urlencode

from django.core import mail
from django.urls import reverse

import pytest

from home.models import SiteSettings
from registrations.choices import Status
from registrations.models import Registration
from tests.factories.registrations import RegistrationFactory, registration_data

URLENCODED = "application/x-www-form-urlencoded"
STAFF_ADDRESS = "convenings@staff.example.org"


def post(client, url, data):
    return client.post(url, urlencode(data), content_type=URLENCODED)


@pytest.fixture
def full(registration_site):
    """Two places taken, three waiting (the first writes in Spanish)."""
    convening = registration_site.convening
    taken = [RegistrationFactory(convening=convening) for _ in range(2)]
    waiting = [
        RegistrationFactory(
            convening=convening,
            status=Status.WAITLISTED,
            language="es" if n == 0 else "en",
        )
        for n in range(3)
    ]
    return taken, waiting


def edit_data(registration, **changes):
    fields = ("status", "name", "email", "phone", "organization", "language")
    data = {
        name: getattr(registration, name)
        for name in (*fields, *Registration.NEEDS_FIELDS)
    }
    data.update(changes)
    return data


def staff_sets(client, registration, status):
    return post(
        client,
        reverse("registrations:edit", args=[registration.pk]),
        edit_data(registration, status=status),
    )


def statuses(registrations):
    return [Registration.objects.get(pk=r.pk).status for r in registrations]


def test_more_places_move_the_first_waiting_up_and_tell_them(
    coordinator_client, registration_site, full, django_capture_on_commit_callbacks
):
    _taken, waiting = full
    settings_row = registration_site.settings

    with django_capture_on_commit_callbacks(execute=True):
        response = post(
            coordinator_client,
            reverse("registration_settings:edit", args=[settings_row.pk]),
            {
                "convening": registration_site.convening.pk,
                "registration_open": "on",
                "capacity": "4",
            },
        )

    assert response.status_code == 302
    assert statuses(waiting) == [Status.CONFIRMED, Status.CONFIRMED, Status.WAITLISTED]
    told = {tuple(m.to): m.subject for m in mail.outbox}
    assert set(told) == {(waiting[0].email,), (waiting[1].email,)}
    assert told[(waiting[0].email,)] == "Una plaza para ti: Encuentro de primavera"


def test_a_cancellation_in_the_admin_moves_the_next_up(
    coordinator_client, full, django_capture_on_commit_callbacks
):
    taken, waiting = full

    with django_capture_on_commit_callbacks(execute=True):
        response = staff_sets(coordinator_client, taken[0], Status.CANCELLED)

    assert response.status_code == 302
    assert statuses([taken[0], *waiting]) == [
        Status.CANCELLED,
        Status.CONFIRMED,
        Status.WAITLISTED,
        Status.WAITLISTED,
    ]
    assert [m.to for m in mail.outbox] == [[waiting[0].email]]


def test_a_coordinator_may_confirm_beyond_the_places(
    coordinator_client, full, django_capture_on_commit_callbacks
):
    _taken, waiting = full

    with django_capture_on_commit_callbacks(execute=True):
        response = staff_sets(coordinator_client, waiting[2], Status.CONFIRMED)

    assert response.status_code == 302
    assert statuses(waiting) == [Status.WAITLISTED, Status.WAITLISTED, Status.CONFIRMED]
    assert Registration.objects.confirmed().count() == 3
    assert mail.outbox == []


def test_staff_hear_of_a_registration_without_who_it_is(
    client, registration_site, django_capture_on_commit_callbacks
):
    site_settings = SiteSettings.for_site(registration_site.site_tree.site)
    site_settings.notification_email = STAFF_ADDRESS
    site_settings.save()
    data = registration_data(phone="315-555-0142")

    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            registration_site.register_url("es"),
            urlencode(data),
            content_type=URLENCODED,
        )

    registration = Registration.objects.get()
    [notice] = [m for m in mail.outbox if m.to == [STAFF_ADDRESS]]
    text = notice.subject + notice.body
    assert registration.reference in text
    assert "Spring gathering" in text and "Confirmed" in text
    assert reverse("registrations:inspect", args=[registration.pk]) in notice.body
    for secret in (
        "Rosa",
        "rosa@example.org",
        "0142",
        "Geneva",
        "wheelchair",
        "4 and 7",
    ):
        assert secret not in text
    assert notice.attachments == []
