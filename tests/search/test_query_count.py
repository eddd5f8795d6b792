"""A search costs the same number of queries however many pages it finds."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

import pytest

from tests.fixtures.catalog import make_modules
from translations.locales import synchronize_all_trees

from .conftest import result_titles

MAX_QUERIES = 12
GLEANING = "Gleaning after the harvest: what growers owe the crew."


def queries_for(client, url, django_assert_max_num_queries):
    client.get(url)  # the first request fills the shared caches
    with (
        django_assert_max_num_queries(MAX_QUERIES),
        CaptureQueriesContext(connection) as captured,
    ):
        response = client.get(url)
    assert response.status_code == 200
    return len(captured.captured_queries), response


@pytest.mark.parametrize(
    "url",
    [
        "/en/search/?q=gleaning",
        "/en/search/?q=gleaning&type=module&sector=farm-work",
        "/ht/search/?q=gleaning",
        "/en/search/?q=gleanign",
    ],
)
def test_a_search_costs_the_same_with_3_or_40_results(
    client, catalog, url, django_assert_max_num_queries
):
    farm = [catalog.sectors["farm-work"]]
    make_modules(catalog.catalog, 3, introduction=GLEANING, sectors=farm)
    synchronize_all_trees()
    few, response = queries_for(client, url, django_assert_max_num_queries)

    make_modules(catalog.catalog, 37, introduction=GLEANING, sectors=farm)
    synchronize_all_trees()
    many, response = queries_for(client, url, django_assert_max_num_queries)

    assert many == few
    if "gleanign" not in url:
        assert result_titles(response)
