"""What a crawler reads at /robots.txt."""

import urllib.robotparser


def read(client):
    response = client.get("/robots.txt")
    parser = urllib.robotparser.RobotFileParser()
    parser.parse(response.content.decode().splitlines())
    return response, parser


def test_robots_txt_is_plain_text_without_a_language_prefix(client, db):
    response = client.get("/robots.txt")

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")


def test_crawlers_may_visit_public_pages_but_not_the_admin(client, db):
    _response, parser = read(client)

    assert parser.can_fetch("*", "http://testserver/en/trainings/")
    assert parser.can_fetch("*", "http://testserver/es/")
    assert not parser.can_fetch("*", "http://testserver/admin/")
    assert not parser.can_fetch("*", "http://testserver/admin/pages/")


def test_robots_txt_names_the_sitemap_by_its_absolute_address(client, db):
    _response, parser = read(client)

    assert parser.site_maps() == ["http://testserver/sitemap.xml"]
