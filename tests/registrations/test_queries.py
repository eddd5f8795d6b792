"""The convening page, the registration form, and the coordinators' headcounts
and check-in list cost the same number of queries whether ten or a hundred people
have registered."""

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

import pytest

from tests.factories.registrations import RegistrationFactory


def queries(client, url, django_assert_max_num_queries, limit):
    with django_assert_max_num_queries(limit):
        assert client.get(url).status_code == 200


@pytest.mark.parametrize("path", ["", "register/"])
def test_query_count_is_flat_in_the_number_of_registrations(
    client, registration_site, django_assert_max_num_queries, path
):
    url = registration_site.url("es") + path
    client.get(url)  # warm the caches
    RegistrationFactory.create_batch(5, convening=registration_site.convening)
    with CaptureQueriesContext(connection) as few:
        client.get(url)
    RegistrationFactory.create_batch(60, convening=registration_site.convening)
    queries(client, url, django_assert_max_num_queries, len(few))


@pytest.mark.parametrize("view", ["registrations_headcounts", "registrations_check_in"])
def test_coordinators_pages_are_flat_in_the_number_of_registrations(
    coordinator_client, registration_site, django_assert_max_num_queries, view
):
    convening = registration_site.convening
    url = reverse(view, args=[convening.pk])
    RegistrationFactory.create_batch(
        5, convening=convening, interpretation="es", children=1
    )
    with CaptureQueriesContext(connection) as few:
        assert coordinator_client.get(url).status_code == 200
    RegistrationFactory.create_batch(
        60, convening=convening, interpretation="ht", dietary="Vegan"
    )
    with django_assert_max_num_queries(len(few)):
        assert coordinator_client.get(url).status_code == 200
