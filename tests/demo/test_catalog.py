"""The curriculum's demo content: complete, consistent, translated, idempotent."""

from io import StringIO

from django.core.management import call_command

from wagtail.documents import get_document_model
from wagtail.models import Locale, Page
from wagtail_localize.models import StringTranslation, TranslationSource

from curriculum.blocks import SessionPlanBlock
from curriculum.models import (
    CurriculumIndexPage,
    CurriculumPage,
    CurriculumSession,
    ModuleIndexPage,
    ModuleMaterial,
    TrainingModulePage,
)
from demo.handouts import handout_titles
from demo.seeders.curriculum import reset_curriculum, reset_taxonomy
from taxonomy.models import Sector, Topic
from tests.html import soup


def english(model):
    return model.objects.filter(locale__language_code="en")


def test_seed_builds_a_catalog_of_twelve_complete_modules(client, seeded):
    modules = english(TrainingModulePage).prefetch_related("topics", "sectors")

    assert modules.count() >= 12
    assert len({t.slug for m in modules for t in m.topics.all()}) >= 6
    assert len({s.slug for m in modules for s in m.sectors.all()}) >= 4
    plan_block = SessionPlanBlock()
    for module in modules:
        assert module.planned_minutes == module.duration_minutes, module.slug
        plan_block.clean(module.session_plan)  # every block rule holds
        steps = [b for b in module.session_plan if b.block_type == "agenda_step"]
        assert len(steps) >= 3, module.slug
        assert any(b.value["facilitator_note"].source for b in steps), module.slug
    kinds = {b.block_type for m in modules for b in m.session_plan}
    assert {"discussion_questions", "role_play", "callout"} <= kinds


def test_seed_puts_the_catalog_and_curricula_in_the_menu(client, seeded):
    for model in (ModuleIndexPage, CurriculumIndexPage):
        assert english(model).get().show_in_menus
    menu = soup(client.get("/es/")).find("nav", class_="main-menu")
    assert menu.find("a", string="Capacitaciones")["href"] == "/es/trainings/"
    assert menu.find("a", string="Currículos")["href"] == "/es/curricula/"


def test_seed_translates_topics_and_sectors_into_every_language(seeded):
    for code, name in [
        ("es", "Robo de salario"),
        ("ht", "Vòl salè"),
        ("ar", "سرقة الأجور"),
    ]:
        topic = Topic.objects.get(slug="wage-theft", locale__language_code=code)
        assert topic.name == name
    assert Topic.objects.filter(locale__language_code="en").count() >= 8
    assert Sector.objects.filter(locale__language_code="ar").count() == (
        Sector.objects.filter(locale__language_code="en").count()
    )


def test_seed_translates_four_modules_into_spanish_segment_by_segment(seeded):
    es = Locale.objects.get(language_code="es")
    spanish = TrainingModulePage.objects.filter(locale=es, alias_of__isnull=True)

    assert spanish.count() >= 4
    for module in spanish:
        source = TranslationSource.objects.get_for_instance(
            module.get_translation(Locale.get_default())
        )
        segments = source.stringsegment_set.select_related("string", "context")
        missing = [
            segment.context.path
            for segment in segments
            if not StringTranslation.objects.filter(
                translation_of=segment.string, locale=es, context=segment.context
            ).exists()
        ]
        assert missing == [], module.title


def test_spanish_catalog_finds_the_modules_translated_into_spanish(client, seeded):
    response = client.get("/es/trainings/", {"language": "es"})
    titles = [a.get_text() for a in soup(response).select(".module-card__title a")]

    assert "Documentar el robo de salario" in titles
    assert len(titles) == 4


def test_seed_gives_modules_documents_in_several_languages(client, seeded):
    materials = ModuleMaterial.objects.filter(page__locale__language_code="en")

    assert get_document_model().objects.count() >= len(handout_titles())
    assert {m.language for m in materials} >= {"en", "es", "ht"}
    document = materials.first().document
    assert document.file_size > 0
    assert document.file_extension == "pdf"


def test_seed_builds_two_curricula_one_of_them_train_the_trainer(client, seeded):
    curricula = english(CurriculumPage)
    trainer = curricula.get(slug="worker-to-trainer")

    assert curricula.count() >= 2
    assert [b.value["role"] for b in trainer.pathway] == [
        "participant",
        "co_facilitator",
        "lead_facilitator",
    ]
    last = trainer.numbered_sessions()[-1]["module"]
    assert last.level == "facilitators"
    assert client.get("/en/curricula/worker-to-trainer/").status_code == 200


def counts():
    return (
        Page.objects.count(),
        Topic.objects.count(),
        Sector.objects.count(),
        CurriculumSession.objects.count(),
        ModuleMaterial.objects.count(),
        get_document_model().objects.count(),
        StringTranslation.objects.count(),
    )


def test_seed_demo_twice_adds_nothing(seeded):
    call_command("seed_demo", stdout=StringIO())
    before = counts()

    call_command("seed_demo", stdout=StringIO())

    assert counts() == before
    assert english(TrainingModulePage).count() >= 12


def test_reset_removes_the_curriculum_snippets_and_documents(seeded):
    titles = handout_titles()

    reset_curriculum()
    reset_taxonomy()

    assert not Topic.objects.exists()
    assert not Sector.objects.exists()
    assert not get_document_model().objects.filter(title__in=titles).exists()
