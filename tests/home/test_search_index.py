"""On PostgreSQL, search reads the entries that match through an index, rather
than every entry of the site (home/migrations/0004)."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

import pytest

pytestmark = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="the index is PostgreSQL's"
)


def test_a_search_can_use_the_index_on_title_and_body(client, site_tree):
    with CaptureQueriesContext(connection) as captured:
        response = client.get("/en/search/?q=about")
    searches = [q["sql"] for q in captured.captured_queries if "@@" in q["sql"]]

    assert response.status_code == 200
    assert "About the hub" in response.content.decode()
    assert searches
    with connection.cursor() as cursor:
        # The table is tiny here: ask whether the index can serve the query at all.
        cursor.execute("SET LOCAL enable_seqscan = off")
        for sql in searches:
            cursor.execute("EXPLAIN " + sql)
            plan = "\n".join(row[0] for row in cursor.fetchall())
            assert "home_search_title_body_gin" in plan, plan
