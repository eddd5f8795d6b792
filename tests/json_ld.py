"""Reading a page's JSON-LD back, as a search engine would."""

import json

from tests.html import soup


def json_ld(response) -> list[dict]:
    """Every item of every <script type="application/ld+json"> in the <head>."""
    assert response.status_code == 200
    found = []
    for script in soup(response).head.find_all("script", type="application/ld+json"):
        data = json.loads(script.string)
        found.extend(data if isinstance(data, list) else [data])
    return found


def of_type(items, schema_type) -> dict:
    for item in items:
        types = item["@type"] if isinstance(item["@type"], list) else [item["@type"]]
        if schema_type in types:
            assert item.get("@context", "https://schema.org") == "https://schema.org"
            return item
    raise AssertionError(f"no {schema_type} in {items}")
