"""The coordinators' side: headcounts against a known fixture, the check-in list,
safe exports, and editors who never see a registrant."""

import csv
import io
from pathlib import Path

from django.urls import reverse

from wagtail.models import ModelLogEntry

import pytest

from registrations.choices import Status
from registrations.models import Registration
from tests.factories.registrations import RegistrationFactory

INDEX = "registrations:index"


@pytest.fixture
def known(registration_site):
    """Five confirmed (two want Spanish, one Haitian Creole; 3 children), one
    waitlisted wanting Spanish, one cancelled."""
    c = registration_site.convening
    RegistrationFactory(
        convening=c, name="Zoe", interpretation="es", children=2, children_ages="3, 6"
    )
    RegistrationFactory(convening=c, name="ana", interpretation="es", dietary="Halal")
    RegistrationFactory(
        convening=c,
        name="Bea",
        interpretation="ht",
        children=1,
        accessibility="Wheelchair",
    )
    RegistrationFactory(convening=c, name="Carl", transport="Ride", dietary="Vegan")
    RegistrationFactory(convening=c, name="Dan", organization="=cmd|' /C calc'!A0")
    RegistrationFactory(
        convening=c, name="Wait", status=Status.WAITLISTED, interpretation="es"
    )
    RegistrationFactory(convening=c, name="Gone", status=Status.CANCELLED, children=4)
    return c


def test_headcounts_match_the_fixture(coordinator_client, known):
    response = coordinator_client.get(
        reverse("registrations_headcounts", args=[known.pk])
    )

    assert response.status_code == 200
    counts = response.context["counts"]
    assert counts["confirmed"] == 5
    assert counts["waitlisted"] == 1
    assert counts["cancelled"] == 1
    assert [(str(label), n) for label, n in counts["interpretation"]] == [
        ("Spanish", 2),
        ("Haitian Creole", 1),
    ]
    assert counts["children"] == 3
    assert counts["childcare_registrations"] == 2
    assert (counts["accessibility"], counts["dietary"], counts["transport"]) == (
        1,
        2,
        1,
    )


def test_the_check_in_list_is_sorted_names_of_those_with_a_place(
    coordinator_client, known
):
    response = coordinator_client.get(
        reverse("registrations_check_in", args=[known.pk])
    )

    names = [r.name for r in response.context["registrations"]]
    assert names == ["ana", "Bea", "Carl", "Dan", "Zoe"]
    assert "@media print" in Path("static/css/check_in.css").read_text()
    assert (
        ModelLogEntry.objects.filter(action="registrations.check_in_list").count() == 5
    )


def test_an_export_has_no_contact_details_and_no_formula(coordinator_client, known):
    response = coordinator_client.get(reverse(INDEX) + "?export=csv")

    assert response.status_code == 200
    text = b"".join(response.streaming_content).decode()
    rows = list(csv.reader(io.StringIO(text)))
    assert len(rows) == 8
    for secret in ("Zoe", "example.org", "Wheelchair", "Halal", "calc"):
        assert secret not in text
    assert ModelLogEntry.objects.filter(action="registrations.export").count() == 7


def test_an_editor_sees_no_registrant(client, editor, known):
    registration = RegistrationFactory(convening=known, name="Secret Person")
    client.force_login(editor)

    for url in (
        reverse(INDEX),
        reverse(INDEX) + "?export=csv",
        reverse("registrations:edit", args=[registration.pk]),
        reverse("registrations:inspect", args=[registration.pk]),
        reverse("registration_settings:index"),
        reverse("registrations_headcounts", args=[known.pk]),
        reverse("registrations_check_in", args=[known.pk]),
    ):
        response = client.get(url)
        assert response.status_code in (302, 403), url
        assert "Secret Person" not in response.content.decode()
    home = client.get(reverse("wagtailadmin_home")).content.decode()
    assert reverse(INDEX) not in home


def test_a_coordinator_sees_registrations_in_the_menu(coordinator_client, known):
    response = coordinator_client.get(
        reverse(INDEX) + f"?convening={known.pk}&need=childcare"
    )

    assert response.status_code == 200
    html = response.content.decode()
    assert "Zoe" in html and "Bea" in html and "Carl" not in html


def test_the_headcounts_say_what_to_book(coordinator_client, known):
    response = coordinator_client.get(
        reverse("registrations_headcounts", args=[known.pk])
    )

    html = response.content.decode()
    assert "Book 2 interpreters: 1 into Spanish, 1 into Haitian Creole." in html
    assert "3 children in childcare (ages: 3, 6)." in html
    assert known.program_url() in html
    assert reverse("registrations_check_in", args=[known.pk]) in html


@pytest.mark.parametrize(("listeners", "interpreters"), [(10, 1), (11, 2)])
def test_one_interpreter_per_started_group_of_ten(
    registration_site, listeners, interpreters
):
    convening = registration_site.convening
    Registration.objects.bulk_create(
        Registration(convening=convening, reference=f"RG-{n}", interpretation="es")
        for n in range(listeners)
    )

    counts = Registration.objects.filter(convening=convening).headcounts()

    assert [(str(label), n) for label, n in counts["interpreters"]] == [
        ("Spanish", interpreters)
    ]


def test_headcounts_are_in_the_menu_of_coordinators_only(
    client, coordinator_client, editor
):
    url = reverse("registrations_headcounts_index")

    assert url in coordinator_client.get(reverse("wagtailadmin_home")).content.decode()
    client.force_login(editor)
    assert url not in client.get(reverse("wagtailadmin_home")).content.decode()
