from tests.html import soup


def alternates(response):
    """The page's other languages (the other rel=alternate link is the feed)."""
    return {
        link["hreflang"]: link["href"]
        for link in soup(response).find_all("link", rel="alternate", hreflang=True)
    }


def test_page_links_its_real_translations_and_x_default(client, site_tree):
    links = alternates(client.get("/ht/about/"))

    assert links == {
        "en": "http://localhost/en/about/",
        "es": "http://localhost/es/about/",
        "x-default": "http://localhost/en/about/",
    }


def test_sitemap_lists_written_pages_with_their_alternates(client, site_tree):
    response = client.get("/sitemap.xml")
    body = response.content.decode()

    assert response.status_code == 200
    assert "<loc>http://localhost/es/about/</loc>" in body
    assert "<loc>http://localhost/ht/about/</loc>" not in body
    assert (
        '<xhtml:link rel="alternate" hreflang="x-default" '
        'href="http://localhost/en/about/"/>' in body
    )
    assert body.count('hreflang="es" href="http://localhost/es/about/"') == 2
