"""A module's public page, its facilitator guide and what links off them."""

from django.core.files.base import ContentFile

import pytest

from tests.conftest import LANGUAGE_CODES
from tests.factories.curriculum import (
    MINIMAL_PDF,
    DocumentFactory,
    ModuleMaterialFactory,
    ModulePrerequisiteFactory,
    TrainingModulePageFactory,
)
from tests.fixtures.catalog import SECRET_NOTE
from tests.html import assert_lang_and_dir, assert_valid_html, soup

URL = "/en/trainings/documenting-wage-theft/"


def test_module_page_shows_facts_agenda_and_plan(client, catalog):
    page = soup(client.get(URL))

    assert page.h1.get_text() == "Documenting wage theft"
    facts = {
        dt.get_text(strip=True): dt.find_next_sibling("dd").get_text(" ", strip=True)
        for dt in page.select(".module-facts dt")
    }
    assert facts["Level"] == "Introductory"
    assert facts["Format"] == "In person or online"
    assert facts["Duration"] == "1 h 30 min"
    assert facts["Topics"] == "Wage theft"
    assert page.select_one(".module-facts time")["datetime"] == "PT90M"
    agenda = [li.get_text(" ", strip=True) for li in page.select(".agenda__item")]
    assert agenda[0].startswith("0:00–0:15 Welcome")
    assert agenda[2].startswith("1:00–1:30 Closing")
    assert "Total time: 1 h 30 min" in page.select_one(".agenda__total").get_text()
    steps = page.select(".session-plan .agenda-step")
    assert [s["id"] for s in steps] == ["step-1", "step-2", "step-3"]
    assert page.select_one(".discussion-questions li").get_text() == (
        "When were you last paid less than you were owed?"
    )
    assert page.select_one(".role-play dt").get_text() == "Worker"


def test_public_page_never_contains_facilitator_notes(client, catalog):
    for code in LANGUAGE_CODES:
        html = client.get(f"/{code}/trainings/documenting-wage-theft/").content
        assert SECRET_NOTE.encode() not in html, code
        assert b"facilitator-note" not in html, code


def test_facilitator_guide_shows_the_notes(client, catalog):
    response = client.get(f"{URL}facilitator/")
    page = soup(response)

    assert response.status_code == 200
    assert (
        page.select_one(".facilitator-note")
        .get_text(" ", strip=True)
        .endswith(SECRET_NOTE)
    )
    assert page.title.get_text().startswith("Facilitator guide: Documenting")
    assert page.find("link", rel="canonical")["href"] == URL
    assert_valid_html(response.content)


def test_public_page_links_to_the_facilitator_guide_and_back(client, catalog):
    public = soup(client.get(URL))
    guide = soup(client.get(f"{URL}facilitator/"))

    assert public.find("a", string="Facilitator guide")["href"] == f"{URL}facilitator/"
    assert guide.find("a", string="Back to the public page")["href"] == URL


def test_one_stylesheet_serves_screen_and_print(client, catalog):
    for url in (URL, f"{URL}facilitator/"):
        links = soup(client.get(url)).find_all("link", rel="stylesheet")
        assert [link["href"] for link in links] == ["/static/css/site.css"], url
        assert links[0].get("media") is None


def test_printing_keeps_steps_whole_and_hides_navigation(client):
    response = client.get("/static/css/site.css")
    css = b"".join(response.streaming_content).decode()
    printing = css[css.index("@media print") :]

    assert ".agenda-step" in printing
    assert "break-inside: avoid" in printing
    assert ".main-menu" in printing


def test_materials_list_type_size_kind_and_language(client, catalog, media_on_disk):
    module = catalog.modules["wage-theft"]
    ModuleMaterialFactory(
        page=module,
        document=DocumentFactory(title="Hours log"),
        kind="worksheet",
        language="es",
    )
    link = soup(client.get(URL)).select_one(".materials__item a")
    meta = link.find_next_sibling(class_="materials__meta").get_text(" ", strip=True)

    assert link.get_text() == "Hours log"
    assert link["href"].startswith("/documents/")
    assert link["hreflang"] == "es"
    assert meta.startswith("Worksheet · español · PDF,")
    assert "bytes" in meta
    download = client.get(link["href"])
    assert download.status_code == 200
    assert b"".join(download.streaming_content).startswith(b"%PDF")


@pytest.mark.parametrize(
    ("code", "size"),
    [("en", "1.5\N{NO-BREAK SPACE}KB"), ("ht", "1,5"), ("ar", "1,5")],
)
def test_material_sizes_are_written_with_the_readers_decimal_mark(
    client, catalog, media_on_disk, code, size
):
    document = DocumentFactory(title="Hours log")
    document.file.save("hours-log.pdf", ContentFile(MINIMAL_PDF.ljust(1536)))
    document.file_size = document.file.size
    document.save()
    module = catalog.modules["wage-theft"]
    ModuleMaterialFactory(page=module, document=document)
    module.save_revision().publish()  # the untranslated pages follow

    page = soup(client.get(f"/{code}/trainings/documenting-wage-theft/"))

    assert size in page.select_one(".materials__meta").get_text(" ", strip=True)


def test_related_modules_share_a_topic_or_sector_at_most_four(client, catalog):
    module = catalog.modules["wage-theft"]
    for _ in range(5):
        TrainingModulePageFactory(
            parent=catalog.catalog, topics=[catalog.topics["wage-theft"]]
        )

    related = soup(client.get(URL)).select(".related-modules .module-card__title")
    names = [a.get_text(strip=True) for a in related]

    assert len(names) == 4
    assert module.title not in names
    assert "Heat stress in the fields" in names  # shares the farm-work sector
    assert "Holding a one-on-one" not in names  # shares nothing


def test_module_says_which_curricula_it_belongs_to(client, catalog):
    part_of = soup(client.get("/en/trainings/one-on-one/")).select_one(
        ".module-part-of"
    )

    assert part_of.a.get_text() == "From worker to trainer"
    assert part_of.a["href"] == "/en/curricula/worker-to-trainer/"
    assert soup(client.get(URL)).select_one(".module-part-of") is None


def test_prerequisites_link_to_modules_in_the_readers_language(client, catalog):
    heat = catalog.modules["heat"]
    ModulePrerequisiteFactory(page=heat, module=catalog.modules["wage-theft"])
    heat.save_revision().publish()  # publishing updates the other languages' aliases

    english = soup(client.get("/en/trainings/heat-stress/"))
    spanish = soup(client.get("/es/trainings/heat-stress/"))

    assert english.select_one("#prerequisites-heading + p + ul a")["href"] == URL
    assert spanish.select_one("#prerequisites-heading + p + ul a").get_text() == (
        "Documentar el robo de salario"
    )


def test_module_page_is_valid_html_with_lang_and_dir_in_every_language(client, catalog):
    for code in LANGUAGE_CODES:
        for suffix in ("", "facilitator/"):
            response = client.get(f"/{code}/trainings/documenting-wage-theft/{suffix}")
            assert response.status_code == 200, (code, suffix)
            assert_lang_and_dir(response, code)
            assert_valid_html(response.content)


def test_untranslated_module_marks_its_english_words_not_the_interface(client, catalog):
    page = soup(client.get("/ar/trainings/heat-stress/"))

    assert (page.h1.get_text(), page.h1["lang"], page.h1["dir"]) == (
        "Heat stress in the fields",
        "en",
        "ltr",
    )
    # Interface words follow the page: Arabic, right to left.
    assert not page.select_one(".module-facts").has_attr("lang")
    plan = page.select_one(".session-plan > div")
    assert (plan["lang"], plan["dir"]) == ("en", "ltr")
    # ... and inside the English plan, they are marked as Arabic again.
    number = plan.select_one(".agenda-step__number")
    assert (number["lang"], number["dir"]) == ("ar", "rtl")


def test_a_topic_or_sector_not_yet_translated_is_marked_as_english(client, catalog):
    page = soup(client.get("/es/trainings/documenting-wage-theft/"))

    topic = page.find("a", string="Robo de salario")
    sector = page.find("a", string="Farm work")
    assert not topic.has_attr("lang")
    assert (sector["lang"], sector["dir"]) == ("en", "ltr")
    card_topics = soup(client.get("/ar/trainings/")).select(
        ".module-card .card__meta span"
    )
    assert {(span.get_text(), span.get("lang")) for span in card_topics} >= {
        ("Wage theft", "en")
    }


def test_topic_links_open_the_catalog_filtered(client, catalog):
    link = soup(client.get("/es/trainings/documenting-wage-theft/")).find(
        "a", string="Robo de salario"
    )

    assert link["href"] == "/es/trainings/?topic=wage-theft"
    response = client.get(link["href"])
    assert [a.get_text() for a in soup(response).select(".module-card__title a")] == [
        "Documentar el robo de salario"
    ]
