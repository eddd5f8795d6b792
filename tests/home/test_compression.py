"""Pages travel compressed to browsers that accept it: a phone on a weak rural
connection downloads a quarter of the bytes."""

import gzip

from tests.html import soup


def test_a_page_is_sent_compressed_to_a_browser_that_accepts_it(client, site_tree):
    plain = client.get("/es/about/")
    packed = client.get("/es/about/", HTTP_ACCEPT_ENCODING="gzip, deflate, br")

    assert packed["Content-Encoding"] == "gzip"
    assert "Accept-Encoding" in packed["Vary"]
    html = gzip.decompress(packed.content)
    assert soup(plain).h1.get_text() == "Sobre el centro"
    assert b"Sobre el centro" in html
    assert len(packed.content) < len(plain.content) / 2


def test_a_browser_that_does_not_ask_gets_plain_html(client, site_tree):
    response = client.get("/es/about/")

    assert "Content-Encoding" not in response
    assert soup(response).html["lang"] == "es"
