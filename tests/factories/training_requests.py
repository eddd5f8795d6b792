"""Factories and helpers for training requests: the form page, requests with their
history, and a valid submission as a partner would send it."""

import time
from dataclasses import dataclass
from datetime import timedelta

from django.utils import timezone

from wagtail.models import Locale

import factory
import wagtail_factories

from curriculum.choices import Delivery
from curriculum.models import CurriculumPage
from home.models import SiteSettings
from partners.models import PartnerPage
from taxonomy.models import Region, Sector
from tests.factories.curriculum import (
    CurriculumIndexPageFactory,
    CurriculumPageFactory,
    CurriculumSessionFactory,
    ModuleIndexPageFactory,
    TrainingModulePageFactory,
)
from tests.factories.partners import PartnerIndexPageFactory, PartnerPageFactory
from tests.factories.taxonomy import RegionFactory, SectorFactory
from training_requests.choices import Source, Status
from training_requests.models import (
    TrainingRequest,
    TrainingRequestPage,
    TrainingRequestStatusChange,
)
from training_requests.tokens import MIN_FILL_SECONDS, form_stamp
from translations.localize import translate


class TrainingRequestPageFactory(wagtail_factories.PageFactory):
    title = "Request a training"
    slug = "request-a-training"
    introduction = "Tell us what your members need and we will bring the training."
    show_in_menus = True

    class Meta:
        model = TrainingRequestPage


class TrainingRequestFactory(factory.django.DjangoModelFactory):
    """A request from a partner that is not in the directory yet, by phone or web.

    Pass `history=True` (the default) for its first history row; pass modules=[...]
    and curricula=[...] as lists of pages."""

    source = Source.WEB
    status = Status.NEW
    organization_name = factory.Sequence(lambda n: f"Workers' Committee {n}")
    contact_name = factory.Sequence(lambda n: f"Rosa M. {n}")
    email = factory.Sequence(lambda n: f"rosa{n}@example.org")
    phone = factory.Sequence(lambda n: f"315-555-01{n % 100:02d}")
    languages = factory.LazyFunction(lambda: ["es"])
    delivery = Delivery.IN_PERSON
    city = "Geneva"
    participants = 12
    preferred_dates = "Sunday afternoons in March"
    accessibility_needs = "Two participants use wheelchairs."
    notes = "Call after 6 pm, please."
    locale = factory.LazyFunction(Locale.get_default)
    created_at = factory.LazyFunction(timezone.now)

    class Meta:
        model = TrainingRequest
        skip_postgeneration_save = True

    @factory.post_generation
    def modules(self, create, extracted, **kwargs):
        if create and extracted:
            self.modules.set(extracted)

    @factory.post_generation
    def curricula(self, create, extracted, **kwargs):
        if create and extracted:
            self.curricula.set(extracted)

    @factory.post_generation
    def history(self, create, extracted, **kwargs):
        if create and extracted is not False:
            self.record_arrival(note="Entered by a test.")


class TrainingRequestStatusChangeFactory(factory.django.DjangoModelFactory):
    request = factory.SubFactory(TrainingRequestFactory)
    from_status = Status.NEW
    to_status = Status.REVIEWING
    changed_at = factory.LazyFunction(timezone.now)

    class Meta:
        model = TrainingRequestStatusChange


def aged_stamp(seconds=MIN_FILL_SECONDS + 10):
    """The form's hidden stamp as if the form had been shown `seconds` ago."""
    return form_stamp(time.time() - seconds)


def submission(**overrides):
    """A complete, valid submission (as a dict of POST data) from a person who typed
    their organization's name and asked for a training in Spanish."""
    data = {
        "organization": "",
        "organization_name": "Comité de Trabajadores de Geneva",
        "contact_name": "Rosa M.",
        "email": "rosa@example.org",
        "phone": "315-555-0142",
        "languages": ["es"],
        "interpretation_needed": "on",
        "not_sure_description": "Our members pick apples and ask about their rights.",
        "sector": "",
        "participants": "15",
        "delivery": Delivery.IN_PERSON,
        "city": "Geneva",
        "region": "",
        "preferred_dates": "Sunday afternoons in March",
        "support_needs": ["childcare"],
        "accessibility_needs": "One participant uses a wheelchair.",
        "notes": "Please call after 6 pm.",
        "consent": "on",
        "website": "",
        "started": aged_stamp(),
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


def days_ago(days, hours=0):
    return timezone.now() - timedelta(days=days, hours=hours)


@dataclass
class RequestSite:
    """The form page under the English home, a small catalog (two modules, one of
    them in Spanish, and a curriculum), a sector, a partner in a region with a
    coordinator, and the site's notification address."""

    site_tree: object
    page: TrainingRequestPage
    modules: dict
    curriculum: CurriculumPage
    sector: Sector
    region: Region
    partner: PartnerPage
    notification_email: str = "requests@staff.example.org"

    def url(self, code="en"):
        return f"/{code}/request-a-training/"

    def in_locale(self, page, code):
        return page.get_translation(self.site_tree.locales[code]).specific


WAGE_THEFT_ES = {
    "Documenting wage theft": "Documentar el robo de salario",
    "Farm work": "Trabajo agrícola",
}


def build_request_site(site_tree) -> RequestSite:
    home = site_tree.home
    page = TrainingRequestPageFactory(parent=home)
    sector = SectorFactory(name="Farm work", slug="farm-work")
    catalog = ModuleIndexPageFactory(parent=home)
    modules = {
        "wage-theft": TrainingModulePageFactory(
            parent=catalog,
            title="Documenting wage theft",
            slug="documenting-wage-theft",
            sectors=[sector],
        ),
        "heat": TrainingModulePageFactory(
            parent=catalog, title="Heat stress in the fields", slug="heat-stress"
        ),
    }
    curricula = CurriculumIndexPageFactory(parent=home)
    curriculum = CurriculumPageFactory(
        parent=curricula, title="From worker to trainer", slug="worker-to-trainer"
    )
    CurriculumSessionFactory(page=curriculum, module=modules["heat"], sort_order=0)
    region = RegionFactory(
        name="Finger Lakes",
        slug="finger-lakes",
        coordinator_email="finger-lakes@coordinators.example.org",
    )
    directory = PartnerIndexPageFactory(parent=home)
    partner = PartnerPageFactory(
        parent=directory,
        title="Finger Lakes Farmworker Center",
        slug="finger-lakes-farmworker-center",
        region=region,
    )
    # Only what the tests read is copied into the other languages (syncing every
    # tree is slow): the form page everywhere, a module and the curriculum in Spanish.
    for code, locale in site_tree.locales.items():
        if code != site_tree.home.locale.language_code:
            page.copy_for_translation(locale, copy_parents=False, alias=True)
    spanish = site_tree.locales["es"]
    translate(modules["wage-theft"], spanish, WAGE_THEFT_ES)
    translate(sector, spanish, WAGE_THEFT_ES)
    curriculum.copy_for_translation(spanish, copy_parents=True, alias=True)
    settings = SiteSettings.for_site(site_tree.site)
    settings.notification_email = "requests@staff.example.org"
    settings.contact_email = "hub@example.org"
    settings.save()
    return RequestSite(
        site_tree=site_tree,
        page=page,
        modules=modules,
        curriculum=curriculum,
        sector=sector,
        region=region,
        partner=partner,
    )
