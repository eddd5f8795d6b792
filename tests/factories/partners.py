"""Factories for regions, partner pages and convenings."""

from datetime import timedelta

from django.utils import timezone
from django.utils.text import slugify

import factory
import wagtail_factories

from partners.choices import PartnerKind
from partners.models import (
    ConveningIndexPage,
    ConveningPage,
    PartnerIndexPage,
    PartnerPage,
)
from tests.factories.taxonomy import RegionFactory


class PartnerIndexPageFactory(wagtail_factories.PageFactory):
    title = "Partners"
    slug = "partners"
    introduction = "Worker centers, unions and cooperatives in the network."
    show_in_menus = True

    class Meta:
        model = PartnerIndexPage


class PartnerPageFactory(wagtail_factories.PageFactory):
    """A partner; pass sectors=[...] as source-language sectors (SectorFactory) and
    languages=[...] as language codes."""

    title = factory.Sequence(lambda n: f"Partner organization {n:03d}")
    slug = factory.LazyAttribute(lambda o: slugify(o.title))
    kind = PartnerKind.WORKER_CENTER
    region = factory.SubFactory(RegionFactory)
    city = "Syracuse"
    introduction = "A worker center organizing in its region."
    description = "<p>It runs trainings and know-your-rights clinics.</p>"

    class Meta:
        model = PartnerPage
        skip_postgeneration_save = True

    @factory.post_generation
    def sectors(obj, create, extracted, **kwargs):
        if extracted:
            obj.set_sectors(extracted)
            if create:
                obj.save()

    @factory.post_generation
    def languages(obj, create, extracted, **kwargs):
        if extracted:
            obj.set_languages(extracted)
            if create:
                obj.save()


class ConveningIndexPageFactory(wagtail_factories.PageFactory):
    title = "Convenings"
    slug = "convenings"
    introduction = "Where partners meet to plan together."
    show_in_menus = True

    class Meta:
        model = ConveningIndexPage


class ConveningPageFactory(wagtail_factories.PageFactory):
    """A convening a month from now; pass hosts=[...] and participants=[...] as lists
    of partner pages."""

    title = factory.Sequence(lambda n: f"Convening {n:03d}")
    slug = factory.LazyAttribute(lambda o: slugify(o.title))
    introduction = "A day to plan together."
    start = factory.LazyFunction(
        lambda: (timezone.now() + timedelta(days=30)).replace(microsecond=0)
    )
    end = factory.LazyAttribute(lambda o: o.start + timedelta(hours=7))
    time_zone = "America/New_York"
    venue = "Union hall"
    address = "1 Main Street\nSyracuse, NY 13202"

    class Meta:
        model = ConveningPage
        skip_postgeneration_save = True

    @factory.post_generation
    def hosts(obj, create, extracted, **kwargs):
        if extracted:
            obj.hosts = [obj.hosts.model(partner=partner) for partner in extracted]
            if create:
                obj.save()

    @factory.post_generation
    def participants(obj, create, extracted, **kwargs):
        if extracted:
            obj.participants = [
                obj.participants.model(partner=partner) for partner in extracted
            ]
            if create:
                obj.save()
