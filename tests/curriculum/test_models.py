"""Topics and sectors, computed durations, and the links a module hands out."""

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import translation

import pytest

from curriculum.models import (
    ModuleMaterial,
    ModulePrerequisite,
    TrainingModulePage,
)
from curriculum.templatetags.curriculum_tags import clock, duration, iso_duration
from taxonomy.models import Topic
from tests.factories.curriculum import agenda_step, callout, discussion_questions
from tests.factories.taxonomy import TopicFactory
from translations.localize import translate


def module(duration_minutes=90, plan=None):
    """An unsaved module (a page needs its content type from the database)."""
    return TrainingModulePage(
        title="Documenting wage theft",
        duration_minutes=duration_minutes,
        session_plan=plan
        or [
            agenda_step("Welcome", 15),
            discussion_questions("Who has been paid late?"),
            agenda_step("Pay stubs", 45),
            callout(),
            agenda_step("Closing", 30),
        ],
    )


def test_agenda_lists_steps_with_their_clock_times(db):
    agenda = module().agenda

    assert [(i.number, i.title, i.start, i.end) for i in agenda] == [
        (1, "Welcome", 0, 15),
        (2, "Pay stubs", 15, 60),
        (3, "Closing", 60, 90),
    ]


def test_planned_minutes_add_up_the_steps_only(db):
    assert module().planned_minutes == 90


def test_no_warning_when_steps_match_the_stated_duration(db):
    page = module(duration_minutes=90)

    assert page.duration_difference == 0
    assert page.duration_warning == ""


def test_warning_when_steps_differ_from_the_stated_duration(db):
    page = module(duration_minutes=120)

    assert page.duration_difference == -30
    assert "90 minutes" in str(page.duration_warning)
    assert "120 minutes" in str(page.duration_warning)


def test_session_plan_pairs_each_step_with_its_clock_time(db):
    pairs = module().session_plan_with_steps()

    assert [b.block_type for b, _ in pairs] == [
        "agenda_step",
        "discussion_questions",
        "agenda_step",
        "callout",
        "agenda_step",
    ]
    assert [s.number if s else None for _, s in pairs] == [1, None, 2, None, 3]


@pytest.mark.parametrize(
    ("minutes", "text", "iso", "clock_text"),
    [
        (45, "45 minutes", "PT45M", "0:45"),
        (60, "1 hour", "PT60M", "1:00"),
        (90, "1 h 30 min", "PT90M", "1:30"),
        (480, "8 hours", "PT480M", "8:00"),
    ],
)
def test_duration_filters(minutes, text, iso, clock_text):
    with translation.override("en"):
        assert duration(minutes) == text
    assert iso_duration(minutes) == iso
    assert clock(minutes) == clock_text


def test_duration_filters_ignore_junk():
    assert duration("soon") == ""
    assert iso_duration(None) == ""


def test_topic_slug_is_unique_per_language_only(site_tree):
    TopicFactory(slug="wage-theft")

    with pytest.raises(IntegrityError), transaction.atomic():
        TopicFactory(slug="wage-theft")
    TopicFactory(slug="wage-theft", locale=site_tree.locales["es"])


def test_translated_topic_keeps_its_slug_and_order(site_tree):
    topic = TopicFactory(name="Wage theft", slug="wage-theft", sort_order=3)

    spanish = translate(
        topic, site_tree.locales["es"], {"Wage theft": "Robo de salario"}
    )

    assert (spanish.name, spanish.slug, spanish.sort_order) == (
        "Robo de salario",
        "wage-theft",
        3,
    )


def test_localized_topics_prefer_the_readers_language_and_fall_back(site_tree):
    wage = TopicFactory(name="Wage theft", slug="wage-theft", sort_order=1)
    TopicFactory(name="Health and safety", slug="health", sort_order=2)
    translate(wage, site_tree.locales["es"], {"Wage theft": "Robo de salario"})

    names = [t.name for t in Topic.objects.localized(site_tree.locales["es"])]

    assert names == ["Robo de salario", "Health and safety"]


def test_a_module_cannot_be_its_own_prerequisite(catalog):
    page = catalog.modules["heat"]
    link = ModulePrerequisite(page=page, module=page)

    with pytest.raises(ValidationError):
        link.clean()
    ModulePrerequisite(page=page, module=catalog.modules["one-on-one"]).clean()


def test_a_translation_of_the_module_is_not_a_prerequisite_either(catalog, page_in):
    page = catalog.modules["wage-theft"]
    link = ModulePrerequisite(page=page, module=page_in(page, "es"))

    with pytest.raises(ValidationError):
        link.clean()


def test_material_language_choices_follow_the_configured_languages():
    material = ModuleMaterial(language="ht")

    field = material._meta.get_field("language")
    assert ("ht", "Haitian Creole") in [(c, str(label)) for c, label in field.choices]
    assert material.language_name == "Kreyòl ayisyen"
