"""Static files are stored gzipped and brotli-compressed by collectstatic, and
whitenoise sends a browser that accepts brotli the smaller file."""

import io

from django.core.management import call_command

import pytest
from whitenoise import WhiteNoise


@pytest.fixture
def collected(tmp_path, settings):
    """collectstatic with the production storage, into a folder of the test's."""
    settings.STATIC_ROOT = tmp_path / "static"
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {
            "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
        },
    }
    call_command("collectstatic", "--no-input", stdout=io.StringIO())
    return settings.STATIC_ROOT


def fetch(static_root, path, accept_encoding):
    """GET a static file through whitenoise, as the app servers serve it."""
    app = WhiteNoise(lambda environ, start: [], root=static_root, prefix="static/")
    seen = {}

    def start_response(status, headers):
        seen["status"], seen["headers"] = status, dict(headers)

    body = b"".join(
        app(
            {
                "REQUEST_METHOD": "GET",
                "PATH_INFO": f"/static/{path}",
                "HTTP_ACCEPT_ENCODING": accept_encoding,
                "wsgi.url_scheme": "https",
                "SERVER_NAME": "testserver",
                "SERVER_PORT": "443",
            },
            start_response,
        )
    )
    return seen["status"], seen["headers"], body


def test_the_stylesheet_is_stored_in_brotli_and_gzip(collected):
    [css] = [p for p in (collected / "css").glob("site.*.css") if p.suffix == ".css"]

    assert css.with_name(css.name + ".br").exists()
    assert css.with_name(css.name + ".gz").exists()
    assert css.with_name(css.name + ".br").stat().st_size < css.stat().st_size / 3


def test_a_browser_that_accepts_brotli_gets_it_and_others_gzip_or_plain(collected):
    [css] = [p for p in (collected / "css").glob("site.*.css") if p.suffix == ".css"]
    path = f"css/{css.name}"

    status, headers, body = fetch(collected, path, "gzip, deflate, br")
    assert status.startswith("200")
    assert headers["Content-Encoding"] == "br"
    assert len(body) < css.stat().st_size / 3

    _, gzipped, _ = fetch(collected, path, "gzip")
    assert gzipped["Content-Encoding"] == "gzip"
    _, plain, body = fetch(collected, path, "")
    assert "Content-Encoding" not in plain
    assert body == css.read_bytes()
