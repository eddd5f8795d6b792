"""`seed_demo --scale N`: N times the demo's content, in every language, in words a
visitor would believe."""

from io import StringIO

from django.core.management import call_command

from wagtail.models import Locale

import pytest

from curriculum.models import CurriculumPage, TrainingModulePage
from partners.models import ConveningPage, PartnerPage
from training_requests.models import TrainingRequest


def english(model):
    return model.objects.filter(locale__language_code="en")


@pytest.fixture
def scaled(seeded):
    before = {
        model: english(model).count()
        for model in (TrainingModulePage, PartnerPage, ConveningPage, CurriculumPage)
    }
    before[TrainingRequest] = TrainingRequest.objects.count()
    call_command("seed_demo", "--scale", "2", stdout=StringIO())
    return before


def test_scale_two_doubles_the_demo_content(scaled):
    for model in (TrainingModulePage, PartnerPage, ConveningPage, CurriculumPage):
        assert english(model).count() == 2 * scaled[model], model
    assert TrainingRequest.objects.count() == 2 * scaled[TrainingRequest]


def test_every_language_has_a_page_for_each_module(scaled):
    keys = set(english(TrainingModulePage).values_list("translation_key", flat=True))
    for locale in Locale.objects.exclude(language_code="en"):
        theirs = TrainingModulePage.objects.filter(locale=locale)
        assert set(theirs.values_list("translation_key", flat=True)) == keys, locale
    spanish = TrainingModulePage.objects.filter(
        locale__language_code="es", alias_of__isnull=True
    )
    assert spanish.count() > 4  # the demo's four, and editions translated by hand


def test_scaled_modules_read_like_a_real_catalog(scaled):
    modules = list(english(TrainingModulePage).prefetch_related("topics", "sectors"))
    titles = [module.title for module in modules]
    assert len(set(titles)) == len(titles)
    for module in modules:
        assert len(module.introduction) > 80, module.title
        assert "lorem" not in module.introduction.lower()
        assert module.topics.all() and module.sectors.all(), module.title
        assert len(module.session_plan) > 0, module.title
    edition = next(m for m in modules if ": for " in m.title)
    spanish = edition.get_translation_or_none(Locale.objects.get(language_code="es"))
    assert spanish is not None


def test_scaling_again_adds_nothing(scaled):
    counts = english(TrainingModulePage).count(), TrainingRequest.objects.count()

    call_command("seed_demo", "--scale", "2", stdout=StringIO())

    assert (english(TrainingModulePage).count(), TrainingRequest.objects.count()) == (
        counts
    )
