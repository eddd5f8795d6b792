"""What the search tests share: asking the search page as a reader would, and
reading back what the page shows."""

from django.db import connection

import pytest

from tests.html import soup

on_postgresql = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="PostgreSQL's text search only"
)


def search(client, code, q=None, **params):
    """The search page of language `code` for `q` (and any facet or page)."""
    if q is not None:
        params["q"] = q
    response = client.get(f"/{code}/search/", params)
    assert response.status_code == 200, response.status_code
    return response


def result_titles(response) -> list[str]:
    """The titles of the results, in the order shown."""
    results = soup(response).find("ol", class_="search-results")
    if results is None:
        return []
    return [
        h2.get_text().strip()
        for h2 in results.find_all("h2", class_="search-result__title")
    ]


def result_items(response):
    results = soup(response).find("ol", class_="search-results")
    return [] if results is None else results.find_all("li", class_="search-result")


def result_count(response) -> str:
    return soup(response).find(class_="result-count").get_text(strip=True)
