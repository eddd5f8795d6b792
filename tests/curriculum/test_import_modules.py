"""`manage.py import_modules`: module files in two languages become a module in the
catalog and its wagtail-localize translation; bad files are named and nothing is
stored; importing again updates."""

from io import StringIO

from django.core.management import CommandError, call_command

from wagtail.documents import get_document_model
from wagtail.models import Locale, Page
from wagtail_localize.models import TranslationSource

import pytest

from curriculum.models import TrainingModulePage
from tests.factories.curriculum import ModuleIndexPageFactory
from tests.factories.taxonomy import SectorFactory, TopicFactory
from tests.html import soup
from translations.locales import synchronize_all_trees

ENGLISH = """\
---
slug: documenting-wage-theft
title: Documenting wage theft
summary: Workers learn to keep a record of hours and pay that wins a claim.
audience: Workers paid by the hour or by the piece.
level: introductory
format: in person
minutes: 30
topics: [wage-theft, know-your-rights]
sectors: [farm-work]
objectives:
  - Keep an hours and pay log that holds up as evidence.
handouts:
  - file: handouts/hours-and-pay-log.pdf
    title: Hours and pay log
    kind: worksheet
---

## Keeping the log [20 min, hands-on]

Hand out the log. Everyone fills it in for their last week of work.

> [!NOTE]
> Pair people who do not write comfortably with someone who does.

### [questions]

- Have you ever been paid less than you were owed?

## Reading a pay stub [10 min, small groups]

In small groups, compare the sample pay stub with the log.

> [!NOTE]
> The sample hides three differences.

> [!TIP]
> A dated photo of a schedule is also a record.
"""

SPANISH = """\
---
translation_of: documenting-wage-theft
language: es
slug: documentar-el-robo-de-salario
title: Documentar el robo de salario
summary: Los trabajadores aprenden a llevar un registro de horas y pagos.
audience: Trabajadores pagados por hora o por pieza.
objectives:
  - Llevar un registro de horas y pagos que sirva como prueba.
---

## Llevar el registro [20 min, hands-on]

Reparta el registro. Cada persona lo llena con su última semana de trabajo.

> [!NOTE]
> Forme parejas con quienes no escriben con soltura.

### [questions]

- ¿Alguna vez le pagaron menos de lo que le debían?

## Leer un talón de pago [10 min, small groups]

En grupos pequeños, comparen el talón de pago de ejemplo con el registro.

> [!NOTE]
> El ejemplo esconde tres diferencias.

> [!TIP]
> Una foto con fecha de un horario también es un registro.
"""

PDF = b"%PDF-1.4\n% an hours and pay log\n%%EOF\n"


@pytest.fixture
def catalog(site_tree):
    catalog = ModuleIndexPageFactory(parent=site_tree.home, title="Trainings")
    synchronize_all_trees()
    TopicFactory(slug="wage-theft", name="Wage theft", sort_order=20)
    TopicFactory(slug="know-your-rights", name="Know your rights", sort_order=10)
    SectorFactory(slug="farm-work", name="Farm work")
    return catalog


@pytest.fixture
def folder(tmp_path):
    """A coalition's folder of module files: English, Spanish and a handout."""
    (tmp_path / "en").mkdir()
    (tmp_path / "es").mkdir()
    (tmp_path / "en" / "handouts").mkdir()
    (tmp_path / "en" / "documenting-wage-theft.md").write_text(ENGLISH)
    (tmp_path / "es" / "documenting-wage-theft.md").write_text(SPANISH)
    (tmp_path / "en" / "handouts" / "hours-and-pay-log.pdf").write_bytes(PDF)
    return tmp_path


def run(*paths):
    out, err = StringIO(), StringIO()
    call_command("import_modules", *map(str, paths), stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def failing(*paths):
    err = StringIO()
    with pytest.raises(CommandError, match="nothing was imported"):
        call_command("import_modules", *map(str, paths), stdout=StringIO(), stderr=err)
    return err.getvalue()


def english_module():
    return TrainingModulePage.objects.get(locale=Locale.get_default())


def test_import_puts_the_module_live_in_the_catalog(client, catalog, folder):
    run(folder)

    module = english_module()
    assert module.live
    assert module.get_parent().specific == catalog
    assert module.planned_minutes == module.duration_minutes == 30
    assert {t.slug for t in module.topics.all()} == {"wage-theft", "know-your-rights"}
    response = client.get("/en/trainings/")
    assert "Documenting wage theft" in response.content.decode()


def test_spanish_file_becomes_the_modules_translation(client, catalog, folder):
    run(folder)

    source = english_module()
    spanish = source.get_translation(Locale.objects.get(language_code="es"))
    assert spanish.alias_of_id is None
    assert TranslationSource.objects.get_for_instance(source) is not None
    response = client.get("/es/trainings/documentar-el-robo-de-salario/")
    assert response.status_code == 200
    assert soup(response).h1.get_text(strip=True) == "Documentar el robo de salario"
    assert "Forme parejas" in client.get(spanish.url + "facilitator/").content.decode()


def test_spanish_catalog_lists_the_module_as_translated(client, catalog, folder):
    run(folder)

    response = client.get("/es/trainings/", {"language": "es"})
    titles = [a.get_text() for a in soup(response).select(".module-card__title a")]
    assert titles == ["Documentar el robo de salario"]


def test_a_translation_can_follow_its_source_later(catalog, folder):
    run(folder / "en")

    out, _err = run(folder / "es")

    spanish = english_module().get_translation(Locale.objects.get(language_code="es"))
    assert spanish.alias_of_id is None
    assert spanish.title == "Documentar el robo de salario"
    assert "1 imported" in out


def test_import_again_updates_without_duplicating(catalog, folder):
    run(folder)
    pages = Page.objects.count()
    file = folder / "en" / "documenting-wage-theft.md"
    file.write_text(ENGLISH.replace("title: Documenting", "title: Recording"))

    out, _err = run(folder)

    assert Page.objects.count() == pages
    assert english_module().title == "Recording wage theft"
    assert "1 updated" in out


def test_import_the_same_files_again_changes_nothing(catalog, folder):
    run(folder)
    revisions = english_module().revisions.count()

    out, _err = run(folder)

    assert english_module().revisions.count() == revisions
    assert "0 created, 0 updated, 1 unchanged" in out
    assert "0 imported, 1 unchanged" in out


def test_a_handout_becomes_one_document(catalog, folder):
    second = ENGLISH.replace(
        "slug: documenting-wage-theft", "slug: wage-theft-refresher"
    )
    second = second.replace("title: Documenting wage theft", "title: A refresher")
    (folder / "en" / "wage-theft-refresher.md").write_text(second)

    run(folder)
    run(folder)

    documents = get_document_model().objects.all()
    assert [d.title for d in documents] == ["Hours and pay log"]
    assert {m.materials.get().document for m in TrainingModulePage.objects.all()} == {
        documents.get()
    }


BAD_FILES = {
    "unknown topic": (
        ("en", ENGLISH.replace("topics: [wage-theft,", "topics: [wage-thief,")),
        "en/documenting-wage-theft.md:9: topics.0: unknown slug 'wage-thief'",
    ),
    "minutes not a number": (
        ("en", ENGLISH.replace("minutes: 30", "minutes: thirty")),
        "en/documenting-wage-theft.md:8: minutes: 'thirty' is not a whole number",
    ),
    "YAML syntax": (
        ("en", ENGLISH.replace("title: Documenting", "title: [Documenting")),
        "en/documenting-wage-theft.md:4: front matter:",
    ),
    "step without a time": (
        ("en", ENGLISH.replace("[20 min, hands-on]", "(20 min, hands-on)")),
        "en/documenting-wage-theft.md:19: session plan: write a step's time",
    ),
    "unknown method": (
        ("en", ENGLISH.replace("hands-on]", "lecture]")),
        "en/documenting-wage-theft.md:19: session plan: method: 'lecture'",
    ),
    "small groups without a facilitator note": (
        ("en", ENGLISH.replace("> The sample hides three differences.\n", "")),
        "en/documenting-wage-theft.md:30: session plan: step 'Reading a pay stub': "
        "facilitator note: Role-plays and small-group work need a facilitator note",
    ),
    "translation without its source": (
        ("es", SPANISH.replace("translation_of: documenting", "translation_of: docs")),
        "es/documenting-wage-theft.md:2: translation_of: no module 'docs-wage-theft'",
    ),
    "translation with other minutes": (
        ("es", SPANISH.replace("[20 min, hands-on]", "[25 min, hands-on]")),
        "es/documenting-wage-theft.md:12: session plan: block 1 (step 'Keeping the "
        "log'): minutes: 25 differs from the source's 20",
    ),
    "translation missing a question": (
        ("es", SPANISH.replace("- ¿Alguna vez", "¿Alguna vez")),
        "es/documenting-wage-theft.md:19: session plan: discussion questions are one "
        "list",
    ),
}


@pytest.mark.parametrize("case", BAD_FILES)
def test_a_bad_file_is_named_and_nothing_is_stored(catalog, folder, case, monkeypatch):
    (language, text), message = BAD_FILES[case]
    (folder / language / "documenting-wage-theft.md").write_text(text)
    monkeypatch.chdir(folder)
    pages, documents = Page.objects.count(), get_document_model().objects.count()

    errors = failing(folder)

    assert message in errors
    assert Page.objects.count() == pages
    assert get_document_model().objects.count() == documents


def test_a_missing_handout_is_named(catalog, folder, monkeypatch):
    (folder / "en" / "handouts" / "hours-and-pay-log.pdf").unlink()
    monkeypatch.chdir(folder)

    errors = failing(folder)

    assert "en/documenting-wage-theft.md:14: handouts.0: file not found" in errors


def test_steps_that_do_not_add_up_are_imported_with_a_warning(catalog, folder):
    file = folder / "en" / "documenting-wage-theft.md"
    file.write_text(ENGLISH.replace("minutes: 30", "minutes: 45"))

    _out, err = run(file)

    assert "minutes: the steps add up to 30 minutes, not 45" in err
    assert english_module().duration_minutes == 45


def test_dry_run_checks_and_writes_nothing(catalog, folder):
    pages = Page.objects.count()

    out, _err = run(folder, "--dry-run")

    assert "ready to import" in out
    assert Page.objects.count() == pages


def test_parent_names_the_catalog_by_its_url(catalog, folder):
    run(folder, "--parent", "/en/trainings/")

    assert english_module().get_parent().pk == catalog.pk


def test_an_unknown_parent_is_named_and_nothing_is_stored(catalog, folder):
    pages = Page.objects.count()

    errors = failing(folder, "--parent", "workshops")

    assert "parent: no catalog (training module index page) named 'workshops'" in (
        errors
    )
    assert Page.objects.count() == pages
