"""The admin loads nothing from other hosts either: no Gravatar, which would send a
hash of each staff member's email address to a third party."""

from urllib.parse import urlparse

from django.urls import reverse

from tests.fixtures.people import sign_in
from tests.html import soup


def fetched_urls(response):
    html = soup(response)
    for tag in html.find_all(["img", "script", "iframe", "source"]):
        if tag.get("src"):
            yield tag["src"]
    for tag in html.find_all("link", rel="stylesheet"):
        yield tag["href"]


def test_the_admin_home_fetches_nothing_from_another_host(client, admin_user):
    sign_in(client, admin_user)

    for url in (reverse("wagtailadmin_home"), reverse("wagtailadmin_account")):
        response = client.get(url)
        assert response.status_code == 200
        urls = list(fetched_urls(response))
        assert urls, "the page loads its own scripts and styles"
        assert [u for u in urls if urlparse(u).netloc] == [], url
