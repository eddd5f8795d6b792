"""The home page describes the site and the coalition that runs it."""

from tests.json_ld import json_ld, of_type


def test_the_home_page_is_a_website_and_the_coalition(client, site_tree):
    items = json_ld(client.get("/en/"))
    site = of_type(items, "WebSite")
    coalition = of_type(items, "Organization")
    assert site["url"] == "http://testserver/en/"
    assert site["publisher"]["name"] == coalition["name"]
    assert coalition["name"]


def test_a_plain_page_has_no_json_ld(client, site_tree):
    assert json_ld(client.get("/en/about/")) == []
