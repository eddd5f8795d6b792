"""`seed_demo --scale N`: N times the demo's modules, partners, convenings, curricula
and training requests, to measure the site at the size a grown coalition reaches.

The extra content is made from the demo's own (demo/content/) and the words in
scale.yaml: each module gets local editions (for a sector's workers in an upstate
town, adapted by a member organization), new organizations appear in those towns,
and the convenings, curricula and requests are copies set elsewhere and at other
dates. Some editions are translated (Spanish most, with the session plan of the
module's Spanish translation; Haitian Creole some and Arabic a few, title and
summary), through wagtail-localize as the demo's own translations are; the rest
become aliases when seed_demo synchronizes the language trees.

Pages are created as an editor's "Publish" would leave them, except that the
editions and new partners get no revision (the admin makes one at the first edit):
that keeps scale 40 within a couple of minutes on SQLite. Everything is found by
slug or reference first, so running it again adds only what is missing.
"""

import dataclasses
import html
import itertools
from datetime import date, timedelta

from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify

from wagtail.models import Locale, Page
from wagtail_localize.models import StringTranslation, TranslationSource

from curriculum.models import CurriculumIndexPage, ModuleIndexPage, TrainingModulePage
from demo.content import load, paragraphs, segment
from demo.seeders.curriculum import ensure_curriculum
from demo.seeders.partners import convening, next_spring_saturday
from demo.seeders.training_requests import (
    create_request,
    demo_requests,
    ensure_coordinator,
)
from home.choices import SpokenLanguage
from partners.models import (
    ConveningIndexPage,
    PartnerIndexPage,
    PartnerLanguage,
    PartnerPage,
    PartnerSector,
)
from taxonomy.models import Region, Sector
from training_requests.models import TrainingRequest
from translations.localize import translate

# Which editions are translated by hand, by their number: Spanish for every other
# edition of a module that has a Spanish translation, Creole for one in ten, Arabic
# for one in twenty-five. The rest are aliases.
SPANISH_EVERY, CREOLE_EVERY, ARABIC_EVERY = 2, 10, 25
PARTNER_SPANISH_EVERY = 8
LANGUAGE_SETS = [["en", "es"], ["en", "es", "ht"], ["en", "ar"], ["en", "es", "pt"]]
KINDS = ["worker-center", "union", "worker-cooperative", "community-organization"]


@dataclasses.dataclass(frozen=True)
class Place:
    """The sector and town of copy number `k` (0 for the first extra copy)."""

    sector: str
    city: str
    region: str


def places(words, count):
    """`count` distinct (sector, town) pairs, spread over both."""
    sectors = list(words["sectors"])
    cities = list(words["cities"].items())
    pairs = []
    for k in itertools.count():
        if len(pairs) == count:
            return pairs
        sector = sectors[k % len(sectors)]
        city, region = cities[(k + k // len(cities)) % len(cities)]
        if k >= len(sectors) * len(cities):
            raise ValueError(f"--scale is at most {len(sectors) * len(cities) // 12}")
        if Place(sector, city, region) not in pairs:
            pairs.append(Place(sector, city, region))
    return pairs


def language_names(codes):
    names = [str(SpokenLanguage(code).label) for code in codes]
    return ", ".join(names[:-1]) + " and " + names[-1] if len(names) > 1 else names[0]


class Scaler:
    def __init__(self, scale, log):
        self.scale = scale
        self.log = log
        self.words = load("scale.yaml")
        self.default = Locale.get_default()
        self.locales = {locale.language_code: locale for locale in Locale.objects.all()}
        self.places = places(self.words, scale - 1)
        self.regions = {r.slug: r for r in Region.objects.filter(locale=self.default)}
        self.sectors = {s.slug: s for s in Sector.objects.filter(locale=self.default)}

    def sector_words(self, place, code):
        words = self.words["sectors"][place.sector]
        return {**words["en"], **words.get(code, {})}

    # Partners -------------------------------------------------------------------
    def partner_plan(self):
        """Ten organizations per copy as (place, kind, number), in ten towns, each
        with a name no other has (a name taken goes to the next kind)."""
        cities = list(self.words["cities"].items())
        plan, taken = [], set()
        for k in range(len(self.places)):
            for j in range(10):
                city, region = cities[(k * 10 + j) % len(cities)]
                sector = self.places[(k + j) % len(self.places)].sector
                place = Place(sector, city, region)
                number = k * 10 + j + 1
                for turn in range(len(KINDS)):
                    kind = KINDS[(k + j + turn) % len(KINDS)]
                    slug = slugify(self.partner_fill(place, kind, number)["title"])
                    if slug not in taken:
                        taken.add(slug)
                        plan.append((place, kind, number))
                        break
        return plan

    def partners(self):
        """The new organizations, by town (the first one made in each)."""
        directory = PartnerIndexPage.objects.get(locale=self.default)
        existing = {
            page.slug: page
            for page in PartnerPage.objects.child_of(directory).filter(
                locale=self.default
            )
        }
        made = {}
        for place, kind, number in self.partner_plan():
            page = self.partner(directory, existing, place, kind, number)
            made.setdefault(place.city, page)
        count = PartnerPage.objects.filter(locale=self.default).count()
        self.log(f"  partners: {count} in English")
        return made

    def partner_fill(self, place, kind, number):
        template = self.words["partners"][kind]
        codes = LANGUAGE_SETS[number % len(LANGUAGE_SETS)]
        fill = {
            **self.sector_words(place, "en"),
            "city": place.city,
            "number": 100 + (number * 37) % 800,
            "languages": language_names(codes),
            "codes": codes,
        }
        fill["title"] = template["name"].format(**fill)
        return fill

    def partner(self, directory, existing, place, kind, number):
        template = self.words["partners"][kind]
        fill = self.partner_fill(place, kind, number)
        title, codes = fill["title"], fill["codes"]
        slug = slugify(title)
        if slug in existing:
            return existing[slug]
        description = [text.format(**fill) for text in template["description"]]
        page = PartnerPage(
            slug=slug,
            title=title,
            kind=kind,
            region=self.regions[place.region],
            city=place.city,
            introduction=template["introduction"].format(**fill),
            description=paragraphs(description),
            website=f"https://{slug}.example.org/",
            public_email=f"info@{slug}.example.org",
            public_phone=f"(315) 555-{number % 100:04d}",
            sectors=[PartnerSector(sector=self.sectors[place.sector])],
            languages=[PartnerLanguage(language=code) for code in codes],
            live=True,
            first_published_at=timezone.now(),
        )
        directory.add_child(instance=page)
        existing[slug] = page
        if number % PARTNER_SPANISH_EVERY == 0 and "es" in self.locales:
            # The organization's name stays; its introduction is in Spanish.
            es = self.sector_words(place, "es")
            intro = (
                f"Una organización de {place.city} que reúne a {es['audience']}, con "
                f"ejemplos de {es['examples']}."
            )
            translate(
                page,
                self.locales["es"],
                {segment(page.introduction): segment(intro)},
            )
        return page

    # Modules --------------------------------------------------------------------
    def spanish_strings(self, module):
        """The Spanish translation's strings of a demo module, {source: Spanish}."""
        source = TranslationSource.objects.filter(
            object_id=module.translation_key, specific_content_type=module.content_type
        ).first()
        if source is None or "es" not in self.locales:
            return {}
        translations = StringTranslation.objects.filter(
            locale=self.locales["es"],
            translation_of__segments__source=source,
        ).select_related("translation_of")
        return {t.translation_of.data: t.data for t in translations}

    def modules(self, partners):
        """A local edition of each demo module per copy."""
        catalog = ModuleIndexPage.objects.get(locale=self.default)
        bases = list(
            TrainingModulePage.objects.child_of(catalog)
            .filter(
                locale=self.default,
                slug__in=load("sections.yaml")["trainings"]["pages"],
            )
            .order_by("path")
            .prefetch_related("topics", "sectors")
        )
        existing = set(catalog.get_children().values_list("slug", flat=True))
        spanish = {base.pk: self.spanish_strings(base) for base in bases}
        editions = {}
        number = 0
        for k, place in enumerate(self.places):
            partner = partners.get(place.city)
            for base in bases:
                number += 1
                page = self.edition(catalog, existing, base, place, partner)
                editions[(base.slug, k)] = page
                if page is None:
                    continue
                self.translate_edition(
                    page, base, place, partner, spanish[base.pk], k, number
                )
        count = TrainingModulePage.objects.filter(locale=self.default).count()
        self.log(f"  modules: {count} in English")
        return editions

    def edition_text(self, code, base_title, base_summary, place, partner):
        template = self.words["edition"][code]
        fill = {
            **self.sector_words(place, code),
            "city": place.city,
            "partner": partner.title if partner else "a member organization",
            "title": base_title,
        }
        title = template["title"].format(**fill)
        summary = (
            base_summary + " " + " ".join(template["summary"].format(**fill).split())
        )
        return title, summary

    def edition(self, catalog, existing, base, place, partner):
        title, summary = self.edition_text(
            "en", base.title, base.introduction, place, partner
        )
        slug = slugify(f"{base.slug} {place.sector} {place.city}")
        if slug in existing:
            return None
        existing.add(slug)
        page = TrainingModulePage(
            slug=slug,
            title=title,
            introduction=summary,
            audience=base.audience,
            level=base.level,
            delivery_format=base.delivery_format,
            duration_minutes=base.duration_minutes,
            learning_objectives=base.learning_objectives.raw_data,
            session_plan=base.session_plan.raw_data,
            developed_by=partner,
            live=True,
            first_published_at=timezone.now(),
        )
        page.topics.set(base.topics.all())
        page.sectors.set([self.sectors[place.sector]])
        catalog.add_child(instance=page)
        return page

    def translate_edition(self, page, base, place, partner, spanish, k, number):
        wanted = []
        if spanish and k % SPANISH_EVERY == 0:
            wanted.append("es")
        if number % CREOLE_EVERY == 3:
            wanted.append("ht")
        if number % ARABIC_EVERY == 7:
            wanted.append("ar")
        for code in wanted:
            locale = self.locales.get(code)
            if locale is None:
                continue
            base_title, base_summary = self._base_texts(base, code, spanish)
            title, summary = self.edition_text(
                code, base_title, base_summary, place, partner
            )
            strings = dict(spanish) if code == "es" else {}
            strings[segment(page.title)] = segment(title)
            strings[segment(page.introduction)] = segment(summary)
            translate(page, locale, strings)

    def _base_texts(self, base, code, spanish):
        """The module's title and summary in `code`: its Spanish translation's, or
        its first topic's name and description."""
        if code == "es" and spanish:
            title = spanish.get(segment(base.title), base.title)
            summary = spanish.get(segment(base.introduction), base.introduction)
            return _plain(title), _plain(summary)
        topic = base.topics.all()[0] if base.topics.all() else None
        theirs = topic.get_translation_or_none(self.locales[code]) if topic else None
        if theirs is None:
            return base.title, base.introduction
        return theirs.name, theirs.description

    # Curricula, convenings, requests ------------------------------------------
    def curricula(self, editions):
        index = CurriculumIndexPage.objects.get(locale=self.default)
        template = self.words["curricula"]
        for slug in load("sections.yaml")["curricula"]["pages"]:
            data = load(f"curricula/{slug}.yaml")
            for k, place in enumerate(self.places):
                words = self.sector_words(place, "en")
                modules = {
                    session["module"]: editions.get((session["module"], k))
                    for session in data["sessions"]
                }
                if None in modules.values():
                    modules = self._editions_by_slug(data, k, place)
                fill = {**words, "city": place.city, "title": data["title"]}
                ensure_curriculum(
                    index,
                    {
                        **data,
                        "slug": slugify(f"{slug} {place.sector} {place.city}"),
                        "title": template["title"].format(**fill),
                        "summary": template["summary"].format(**fill),
                    },
                    modules,
                )
        count = index.get_children().count()
        self.log(f"  curricula: {count} in English")

    def _editions_by_slug(self, data, k, place):
        slugs = {
            session["module"]: slugify(
                f"{session['module']} {place.sector} {place.city}"
            )
            for session in data["sessions"]
        }
        found = {
            page.slug: page
            for page in TrainingModulePage.objects.filter(
                locale=self.default, slug__in=slugs.values()
            )
        }
        return {base: found[slug] for base, slug in slugs.items()}

    def convenings(self, partners):
        index = ConveningIndexPage.objects.get(locale=self.default)
        sections = load("sections.yaml")["convenings"]["pages"]
        past_data, upcoming_data = (load(f"convenings/{s}.yaml") for s in sections)
        words = self.words["convenings"]
        region_names = load("regions.yaml")
        past_day = date.fromisoformat(past_data["date"])
        next_day = next_spring_saturday(timezone.localdate())
        for k, place in enumerate(self.places):
            hosts = [p.slug for p in partners.values()][k % 20 : k % 20 + 2]
            theme = words["themes"][k % len(words["themes"])]
            region = region_names[place.region]["en"]
            where = {
                "venue": words["venue"].format(city=place.city),
                "address": words["address"].format(city=place.city, number=100 + k),
                "hosts": hosts or past_data["hosts"],
                "participants": past_data["participants"],
            }
            for data, day, kind in (
                (past_data, past_day - timedelta(days=45 * (k + 1)), "past"),
                (upcoming_data, next_day + timedelta(days=14 * (k + 1)), "upcoming"),
            ):
                title = words[kind].format(region=region, theme=theme)
                copy = {**data, **where, "title": title}
                copy["slug"] = slugify(f"{title} {day.isoformat()}")
                convening(index, copy, day)
        count = index.get_children().count()
        self.log(f"  convenings: {count} in English")

    def requests(self, partners, editions):
        requests = demo_requests()
        partner_slugs = [p.slug for p in partners.values()]
        references = {
            f"TR-S{k + 2:03d}-{data.reference[-4:]}": (k, data)
            for k in range(len(self.places))
            for data in requests
        }
        existing = set(
            TrainingRequest.objects.filter(reference__in=references).values_list(
                "reference", flat=True
            )
        )
        lookups = {
            "default": self.default,
            "locales": self.locales,
            "partners": {
                p.slug: p for p in PartnerPage.objects.filter(locale=self.default)
            },
            "regions": self.regions,
            "regions_by_pk": {r.pk: r for r in self.regions.values()},
            "sectors": self.sectors,
            "arrival_notes": load("training-requests.yaml")["arrival_notes"],
        }
        coordinator = ensure_coordinator()
        for reference, (k, data) in references.items():
            if reference in existing:
                continue
            place = self.places[k]
            shift = (k * 11) % 300
            copy = dataclasses.replace(
                data,
                reference=reference,
                days_ago=data.days_ago + shift,
                steps=[(d + shift, s, n) for d, s, n in data.steps],
                partner=(
                    partner_slugs[(k * 7 + len(reference)) % len(partner_slugs)]
                    if data.partner and partner_slugs
                    else data.partner
                ),
                modules=[
                    editions[(slug, k)].slug
                    for slug in data.modules
                    if editions.get((slug, k)) is not None
                ]
                or data.modules,
                sector=data.sector and place.sector,
                region=data.region and place.region,
                city=data.city and place.city,
            )
            create_request(copy, coordinator, lookups)
        self.log(f"  training requests: {TrainingRequest.objects.count()}")


def _plain(text):
    """A segment's text without the HTML escaping wagtail-localize stores."""
    return html.unescape(text)


def seed_scale(scale, log=print):
    """Add (scale - 1) copies' worth of content to the seeded demo."""
    if scale <= 1:
        return
    scaler = Scaler(scale, log)
    with transaction.atomic():
        partners = scaler.partners()
    with transaction.atomic():
        editions = scaler.modules(partners)
    with transaction.atomic():
        scaler.curricula(editions)
        scaler.convenings(partners)
        scaler.requests(partners, editions)
    log(f"  pages in all languages: {Page.objects.count()}")
