"""`seed_demo --reset` puts back whatever an editor removed from the demo."""

from io import StringIO

from django.core.management import call_command

from wagtail.models import Site

from curriculum.models import TrainingModulePage
from home.models import HomePage, StandardPage
from taxonomy.models import Region, Topic
from tests.conftest import LANGUAGE_CODES
from tests.demo.test_partners import counts as partner_counts
from tests.demo.test_partners import english


def test_reset_rebuilds_home_catalog_and_partners(seeded):
    partners_before = partner_counts()
    StandardPage.objects.filter(slug="about").first().delete()
    english(TrainingModulePage).first().delete()
    english(Region).get(slug="finger-lakes").delete()

    call_command("seed_demo", "--reset", stdout=StringIO())

    assert StandardPage.objects.filter(slug="about").count() == len(LANGUAGE_CODES)
    assert Site.objects.get().root_page.specific_class is HomePage
    assert english(TrainingModulePage).count() >= 12
    assert Topic.objects.filter(slug="wage-theft").count() == len(LANGUAGE_CODES)
    partners_after = partner_counts()
    # wagtail-localize keeps the records of past translations.
    assert partners_after.pop("Translation") >= partners_before.pop("Translation")
    assert partners_after == partners_before
