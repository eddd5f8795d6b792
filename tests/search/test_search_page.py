from tests.html import soup


def test_search_finds_pages_in_the_readers_language(client, site_tree):
    response = client.get("/es/search/", {"q": "centro"})

    assert response.status_code == 200
    results = soup(response).find("ol", class_="search-results")
    assert [a.get_text() for a in results.find_all("a")] == ["Sobre el centro"]


def test_search_survives_junk_input(client, site_tree):
    for query in ["\x00", "a" * 5000, "' OR 1=1 --", "%%%"]:
        response = client.get("/en/search/", {"q": query, "page": "x"})
        assert response.status_code == 200


def test_empty_search_shows_the_form_only(client, site_tree):
    response = client.get("/en/search/")

    assert soup(response).find("input", attrs={"name": "q"}) is not None
    assert soup(response).find("ol", class_="search-results") is None
