"""A convening a month away, in every language, that takes registrations here."""

from dataclasses import dataclass

from django.core.cache import cache

import pytest

from partners.models import ConveningPage
from registrations.models import RegistrationSettings
from tests.factories.partners import ConveningPageFactory
from tests.factories.registrations import RegistrationSettingsFactory
from translations.locales import synchronize_all_trees
from translations.localize import translate


@dataclass
class RegistrationSite:
    site_tree: object
    convening: ConveningPage
    settings: RegistrationSettings

    def page(self, code="en"):
        if code == "en":
            return self.convening
        return self.site_tree.in_locale(self.convening, code)

    def url(self, code="en"):
        return self.page(code).url

    def register_url(self, code="en"):
        return self.url(code) + "register/"


@pytest.fixture
def registration_site(partners_tree):
    cache.clear()  # a clean slate for the rate limits
    convening = ConveningPageFactory(
        parent=partners_tree.convenings,
        title="Spring gathering",
        slug="spring-gathering",
    )
    synchronize_all_trees()
    tree = partners_tree.site_tree
    translate(
        convening, tree.locales["es"], {"Spring gathering": "Encuentro de primavera"}
    )
    settings_row = RegistrationSettingsFactory(convening=convening, capacity=2)
    return RegistrationSite(site_tree=tree, convening=convening, settings=settings_row)
