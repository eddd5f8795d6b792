"""The convening page and the registration form cost the same number of queries
whether ten or a hundred people have registered."""

import pytest

from tests.factories.registrations import RegistrationFactory


def queries(client, url, django_assert_max_num_queries, limit):
    with django_assert_max_num_queries(limit):
        assert client.get(url).status_code == 200


@pytest.mark.parametrize("path", ["", "register/"])
def test_query_count_is_flat_in_the_number_of_registrations(
    client, registration_site, django_assert_max_num_queries, path
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    url = registration_site.url("es") + path
    client.get(url)  # warm the caches
    RegistrationFactory.create_batch(5, convening=registration_site.convening)
    with CaptureQueriesContext(connection) as few:
        client.get(url)
    RegistrationFactory.create_batch(60, convening=registration_site.convening)
    queries(client, url, django_assert_max_num_queries, len(few))
