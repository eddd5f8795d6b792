"""A small catalog on top of the site tree: topics, sectors, modules, a curriculum."""

from dataclasses import dataclass, field

from wagtail.models import Page

import pytest

from curriculum.models import (
    CurriculumIndexPage,
    CurriculumPage,
    ModuleIndexPage,
    Sector,
    Topic,
    TrainingModulePage,
)
from home.locales import synchronize_all_trees
from home.localize import translate
from tests.factories.curriculum import (
    CurriculumIndexPageFactory,
    CurriculumPageFactory,
    CurriculumSessionFactory,
    ModuleIndexPageFactory,
    SectorFactory,
    TopicFactory,
    TrainingModulePageFactory,
    agenda_step,
    discussion_questions,
    role_play,
)

SECRET_NOTE = "Only facilitators read this: watch the quiet ones."

WAGE_THEFT_ES = {
    "Documenting wage theft": "Documentar el robo de salario",
    "Keep a record of every hour and every paycheck.": (
        "Lleve un registro de cada hora y cada cheque."
    ),
    "Wage theft": "Robo de salario",
}


@dataclass
class Catalog:
    catalog: ModuleIndexPage
    curricula: CurriculumIndexPage
    topics: dict[str, Topic]
    sectors: dict[str, Sector]
    modules: dict[str, TrainingModulePage]
    curriculum: CurriculumPage
    extra: dict = field(default_factory=dict)

    def in_locale(self, page, code):
        return page.get_translation(
            page.locale.__class__.objects.get(language_code=code)
        ).specific


def make_modules(catalog_page, count, **kwargs):
    return [
        TrainingModulePageFactory(parent=catalog_page, **kwargs) for _ in range(count)
    ]


@pytest.fixture
def catalog(site_tree) -> Catalog:
    """A catalog under the English home page with four modules, synced into every
    language, one of them translated into Spanish."""
    home = site_tree.home
    catalog_page = ModuleIndexPageFactory(parent=home)
    curricula_page = CurriculumIndexPageFactory(parent=home)
    topics = {
        "wage-theft": TopicFactory(name="Wage theft", slug="wage-theft"),
        "health-and-safety": TopicFactory(
            name="Health and safety", slug="health-and-safety"
        ),
        "one-on-ones": TopicFactory(name="One-on-ones", slug="one-on-ones"),
    }
    sectors = {
        "farm-work": SectorFactory(name="Farm work", slug="farm-work"),
        "hospitality": SectorFactory(name="Hospitality", slug="hospitality"),
    }
    wage_theft = TrainingModulePageFactory(
        parent=catalog_page,
        title="Documenting wage theft",
        slug="documenting-wage-theft",
        introduction="Keep a record of every hour and every paycheck.",
        duration_minutes=90,
        level="introductory",
        delivery_format="either",
        session_plan=[
            agenda_step("Welcome", 15),
            discussion_questions("When were you last paid less than you were owed?"),
            agenda_step(
                "The pay stub",
                45,
                method="small_groups",
                note=f"<p>{SECRET_NOTE}</p>",
            ),
            role_play(),
            agenda_step("Closing", 30, method="reflection"),
        ],
        topics=[topics["wage-theft"]],
        sectors=[sectors["farm-work"], sectors["hospitality"]],
    )
    heat = TrainingModulePageFactory(
        parent=catalog_page,
        title="Heat stress in the fields",
        slug="heat-stress",
        duration_minutes=45,
        level="introductory",
        delivery_format="in_person",
        topics=[topics["health-and-safety"]],
        sectors=[sectors["farm-work"]],
    )
    one_on_one = TrainingModulePageFactory(
        parent=catalog_page,
        title="Holding a one-on-one",
        slug="one-on-one",
        duration_minutes=180,
        level="intermediate",
        delivery_format="online",
        topics=[topics["one-on-ones"]],
    )
    facilitation = TrainingModulePageFactory(
        parent=catalog_page,
        title="Facilitation for peer trainers",
        slug="facilitation",
        duration_minutes=360,
        level="facilitators",
        delivery_format="in_person",
        topics=[topics["one-on-ones"]],
        sectors=[sectors["hospitality"]],
    )
    curriculum = CurriculumPageFactory(
        parent=curricula_page, title="From worker to trainer", slug="worker-to-trainer"
    )
    CurriculumSessionFactory(page=curriculum, module=one_on_one, sort_order=0)
    CurriculumSessionFactory(page=curriculum, module=facilitation, sort_order=1)
    synchronize_all_trees()
    es = site_tree.locales["es"]
    translate(topics["wage-theft"], es, WAGE_THEFT_ES)
    translate(wage_theft, es, WAGE_THEFT_ES)
    return Catalog(
        catalog=catalog_page,
        curricula=curricula_page,
        topics=topics,
        sectors=sectors,
        modules={
            "wage-theft": wage_theft,
            "heat": heat,
            "one-on-one": one_on_one,
            "facilitation": facilitation,
        },
        curriculum=curriculum,
    )


@pytest.fixture
def page_in(site_tree):
    def find(page, code) -> Page:
        return page.get_translation(site_tree.locales[code]).specific

    return find


@pytest.fixture
def media_on_disk(settings, tmp_path):
    """Documents stored in a temporary folder, so Wagtail's serve view can send them
    (the test settings keep files in memory, which it cannot serve)."""
    settings.MEDIA_ROOT = tmp_path
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    }
    return tmp_path
