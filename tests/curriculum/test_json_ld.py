"""A module page describes itself as a schema.org Course and LearningResource."""

from tests.json_ld import json_ld, of_type


def course(client, url):
    return of_type(json_ld(client.get(url)), "Course")


def test_a_module_is_a_course_and_learning_resource(client, catalog):
    data = course(client, "/en/trainings/documenting-wage-theft/")
    assert data["@context"] == "https://schema.org"
    assert data["@type"] == ["Course", "LearningResource"]
    assert data["name"] == "Documenting wage theft"
    assert data["url"].endswith("://testserver/en/trainings/documenting-wage-theft/")
    assert data["description"] == "Keep a record of every hour and every paycheck."


def test_a_module_gives_its_time_level_topics_and_provider(client, catalog):
    data = course(client, "/en/trainings/documenting-wage-theft/")
    assert data["timeRequired"] == "PT90M"
    assert data["educationalLevel"]
    assert [t["termCode"] for t in data["about"]] == ["wage-theft"]
    assert data["provider"][0]["@type"] == "Organization"


def test_a_module_gives_its_publication_dates(client, catalog):
    catalog.modules["heat"].save_revision().publish()
    data = course(client, "/en/trainings/heat-stress/")
    assert data["datePublished"] <= data["dateModified"]


def test_a_module_teaches_its_learning_objectives(client, catalog):
    module = catalog.modules["heat"]
    module.learning_objectives = [("objective", "Spot the signs of heat stress.")]
    module.save_revision().publish()
    data = course(client, "/en/trainings/heat-stress/")
    assert data["teaches"] == ["Spot the signs of heat stress."]


def test_a_translated_module_is_in_spanish(client, catalog):
    data = course(client, "/es/trainings/documenting-wage-theft/")
    assert data["inLanguage"] == "es"
    assert data["name"] == "Documentar el robo de salario"


def test_an_untranslated_module_under_ht_says_english(client, catalog):
    data = course(client, "/ht/trainings/heat-stress/")
    assert data["inLanguage"] == "en"


def test_a_title_cannot_end_the_script(client, catalog):
    module = catalog.modules["heat"]
    module.title = "Heat </script><script>alert(1)</script>"
    module.save_revision().publish()
    response = client.get("/en/trainings/heat-stress/")
    assert b"<script>alert(1)" not in response.content
    assert course(client, "/en/trainings/heat-stress/")["name"] == module.title
