"""A translator works offline: they download a module's, a curriculum's or a
topic's strings as a PO file, translate it in their own tool, upload it and
publish, and readers see it."""

from wagtail_localize.models import StringTranslation

from tests.html import soup
from tests.translation_files import (
    download_po,
    edit_url,
    fill,
    start_translation,
    translate_offline,
    upload_po,
)

HEAT_STRESS_HT = {
    "Heat stress in the fields": "Chalè ki fè moun malad nan jaden yo",
    "Workers learn to spot and document unpaid wages.": (
        "Travayè yo aprann rekonèt ak note salè yo pa peye yo."
    ),
}


def test_a_module_goes_out_and_back_as_a_po_file(
    client, catalog, site_tree, translator
):
    creole = site_tree.locales["ht"]

    po = translate_offline(client, catalog.modules["heat"], creole, HEAT_STRESS_HT)

    assert "Practice in pairs" in {entry.msgid for entry in po}, (
        "the session plan's steps travel in the file too"
    )
    html = soup(client.get("/ht/trainings/heat-stress/"))
    assert html.html["lang"] == "ht"
    assert html.h1.get_text(strip=True) == HEAT_STRESS_HT["Heat stress in the fields"]
    # A person's translation, imported from a file: no machine translation note.
    assert not html.select(".machine-translated")


def test_a_curriculum_goes_out_and_back_as_a_po_file(
    client, catalog, site_tree, translator
):
    arabic = site_tree.locales["ar"]

    translate_offline(
        client,
        catalog.curriculum,
        arabic,
        {"From worker to trainer": "من عامل إلى مدرّب"},
    )

    html = soup(client.get("/ar/curricula/worker-to-trainer/"))
    assert html.html["dir"] == "rtl"
    assert html.h1.get_text(strip=True) == "من عامل إلى مدرّب"


def test_a_topic_goes_out_and_back_as_a_po_file(client, catalog, site_tree, translator):
    creole = site_tree.locales["ht"]
    topic = catalog.topics["health-and-safety"]

    translate_offline(client, topic, creole, {"Health and safety": "Sante ak sekirite"})

    assert topic.get_translation(creole).name == "Sante ak sekirite"
    assert "Sante ak sekirite" in client.get("/ht/trainings/").text


def test_a_po_file_for_another_translation_is_refused(
    client, catalog, site_tree, translator
):
    creole, arabic = site_tree.locales["ht"], site_tree.locales["ar"]
    heat = catalog.modules["heat"]
    into_creole = start_translation(client, heat, creole)
    into_arabic = start_translation(client, heat, arabic)
    po = download_po(client, into_creole)
    fill(po, HEAT_STRESS_HT)

    upload_po(client, into_arabic, po, edit_url(heat.get_translation(arabic)))

    assert not StringTranslation.objects.filter(locale__in=[creole, arabic]).exists()
