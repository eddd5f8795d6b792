"""When a search finds nothing: another spelling that finds something, and the
form to ask for the training."""

from tests.factories.training_requests import TrainingRequestPageFactory
from tests.html import soup

from .conftest import result_titles, search


def did_you_mean(response):
    empty = soup(response).find(class_="search-empty")
    for paragraph in empty.find_all("p"):
        if paragraph.find("a") is not None:
            return paragraph.find("a")
    return None


def test_a_misspelled_english_word_suggests_the_word_on_the_site(client, catalog):
    response = search(client, "en", "wagse")

    assert result_titles(response) == []
    suggestion = did_you_mean(response)
    assert suggestion.get_text() == "wage"
    found = client.get("/en/search/" + suggestion["href"])
    assert "Documenting wage theft" in result_titles(found)


def test_a_misspelled_spanish_word_suggests_the_spanish_word(client, catalog):
    response = search(client, "es", "salaroi")

    suggestion = did_you_mean(response)
    assert suggestion.get_text() == "salario"
    found = client.get("/es/search/" + suggestion["href"])
    assert result_titles(found) == ["Documentar el robo de salario"]


def test_only_the_misspelled_word_of_a_query_is_respelled(client, catalog):
    suggestion = did_you_mean(search(client, "en", "wage thetf"))

    assert suggestion.get_text() == "wage theft"


def test_nothing_is_suggested_when_no_word_is_close(client, catalog):
    response = search(client, "en", "zzyzx")

    assert result_titles(response) == []
    assert did_you_mean(response) is None


def test_the_suggestion_keeps_the_readers_narrowing(client, catalog):
    response = search(client, "en", "wagse", type="module")

    href = did_you_mean(response)["href"]
    assert "type=module" in href
    assert "Documenting wage theft" in result_titles(client.get("/en/search/" + href))


def test_the_empty_state_links_the_request_form_in_the_readers_language(
    client, catalog, site_tree
):
    form = TrainingRequestPageFactory(parent=site_tree.home)
    form.copy_for_translation(site_tree.locales["es"], copy_parents=False, alias=True)

    response = search(client, "es", "zzyzx")

    empty = soup(response).find(class_="search-empty")
    assert empty.find("a", href="/es/request-a-training/") is not None


def test_the_empty_state_has_no_request_link_when_there_is_no_form(client, catalog):
    response = search(client, "en", "zzyzx")

    assert "request-a-training" not in response.content.decode()
