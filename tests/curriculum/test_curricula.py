"""Curricula: a numbered path of modules with its total time and a trainer track."""

from tests.conftest import LANGUAGE_CODES
from tests.html import assert_lang_and_dir, assert_valid_html, soup

URL = "/en/curricula/worker-to-trainer/"


def test_curriculum_shows_a_numbered_path_with_the_total_time(client, catalog):
    page = soup(client.get(URL))

    steps = page.select(".curriculum-path__step")
    assert [s.select_one(".curriculum-path__number").get_text() for s in steps] == [
        "1",
        "2",
    ]
    assert [s.h3.get_text(strip=True) for s in steps] == [
        "Holding a one-on-one",
        "Facilitation for peer trainers",
    ]
    assert "Builds on what the group learned last time." in steps[0].get_text()
    assert "Pens and the handout." in steps[1].get_text()
    facts = page.select_one(".module-facts").get_text(" ", strip=True)
    assert "Total time 9 hours" in facts  # 180 + 360 minutes
    assert page.select_one(".module-facts time")["datetime"] == "PT540M"


def test_curriculum_shows_the_peer_trainer_track(client, catalog):
    track = soup(client.get(URL)).select_one(".peer-track")

    assert "Anyone who has taken every module once." in track.get_text()


def test_curriculum_links_to_its_modules_in_the_readers_language(client, catalog):
    page = soup(client.get("/es/curricula/worker-to-trainer/"))

    links = [a["href"] for a in page.select(".curriculum-path__title a")]
    assert links == ["/es/trainings/one-on-one/", "/es/trainings/facilitation/"]


def test_curricula_index_lists_curricula_with_sessions_and_time(client, catalog):
    card = soup(client.get("/en/curricula/")).select_one(".card")

    assert card.h2.a["href"] == URL
    assert "2 sessions" in card.get_text(" ", strip=True)
    assert "9 hours" in card.get_text(" ", strip=True)


def test_curricula_pages_are_valid_html_with_lang_and_dir(client, catalog):
    for code in LANGUAGE_CODES:
        for url in (f"/{code}/curricula/", f"/{code}/curricula/worker-to-trainer/"):
            response = client.get(url)
            assert response.status_code == 200, url
            assert_lang_and_dir(response, code)
            assert_valid_html(response.content)


def test_deleted_module_leaves_the_session_in_place(client, catalog):
    catalog.modules["one-on-one"].delete()

    response = client.get(URL)

    assert response.status_code == 200
    assert (
        "This module is not available"
        in soup(response).select_one(".curriculum-path__step").get_text()
    )
