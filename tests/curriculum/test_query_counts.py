"""The catalog and a module page make as many queries for 60 modules as for 5."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.fixtures.catalog import make_modules
from translations.locales import synchronize_all_trees

# The whole page, header, switcher, translation notice and footer included.
CATALOG_BUDGET = 45
MODULE_BUDGET = 55

URLS = {
    "/en/trainings/": CATALOG_BUDGET,
    "/es/trainings/?topic=wage-theft&sector=farm-work&language=en&q=module": (
        CATALOG_BUDGET
    ),
    "/es/trainings/?page=2": CATALOG_BUDGET,
    "/en/trainings/documenting-wage-theft/": MODULE_BUDGET,
    "/es/trainings/documenting-wage-theft/facilitator/": MODULE_BUDGET,
    "/es/trainings/heat-stress/": MODULE_BUDGET,
}


def queries_per_url(client, django_assert_max_num_queries):
    counts = {}
    for url, budget in URLS.items():
        client.get(url)  # warm the caches a real site keeps warm
        with (
            django_assert_max_num_queries(budget),
            CaptureQueriesContext(connection) as queries,
        ):
            assert client.get(url).status_code == 200
        counts[url] = len(queries)
    return counts


def test_queries_do_not_grow_from_5_to_60_modules(
    client, catalog, django_assert_max_num_queries
):
    def add(count):
        # Every new module shares a topic and a sector with the module pages
        # measured, so related modules and filters have work to do.
        make_modules(
            catalog.catalog,
            count,
            topics=[catalog.topics["wage-theft"]],
            sectors=[catalog.sectors["farm-work"]],
        )
        synchronize_all_trees()

    add(5)
    with_5 = queries_per_url(client, django_assert_max_num_queries)
    add(55)
    with_60 = queries_per_url(client, django_assert_max_num_queries)

    assert with_60 == with_5
