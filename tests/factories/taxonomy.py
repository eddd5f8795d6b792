from django.utils.text import slugify

from wagtail.models import Locale

import factory
from factory.django import DjangoModelFactory

from taxonomy.models import Region, Sector, Topic


class TopicFactory(DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Topic {n}")
    slug = factory.Sequence(lambda n: f"topic-{n}")
    description = "What this topic covers."
    sort_order = factory.Sequence(lambda n: n)
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        model = Topic


class SectorFactory(DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Sector {n}")
    slug = factory.Sequence(lambda n: f"sector-{n}")
    description = "Who works here."
    sort_order = factory.Sequence(lambda n: n)
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        model = Sector


class RegionFactory(DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Region {n}")
    slug = factory.LazyAttribute(lambda o: slugify(o.name))
    coordinator_email = factory.LazyAttribute(
        lambda o: f"coordinator-{o.slug}@staff.example.org"
    )

    class Meta:
        model = Region
