"""Posting to the site's public forms as a browser does, and reading their errors."""

from urllib.parse import urlencode

from tests.html import soup

URLENCODED = "application/x-www-form-urlencoded"


def post(client, url, data, **extra):
    """A URL-encoded POST, as a browser sends a form (the test client's default
    is multipart, which the public forms refuse)."""
    return client.post(
        url, urlencode(data, doseq=True), content_type=URLENCODED, **extra
    )


def errors_of(response):
    """The messages of the error summary at the top of a form."""
    return {
        item.get_text(" ", strip=True)
        for item in soup(response).select(".tr-error-summary li")
    }
