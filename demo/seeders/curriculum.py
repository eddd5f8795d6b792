"""Demo content for the curriculum: topics and sectors in every language, the
training catalog with twelve modules (four of them in Spanish), two curricula and
the handouts that go with them.

Running it again finds what it made and adds nothing; `reset` removes the snippets
and documents it made (the pages go with the page tree).
"""

from django.core.files.base import ContentFile

from wagtail.documents import get_document_model
from wagtail.models import Locale, Page

from curriculum.models import (
    CurriculumIndexPage,
    CurriculumPage,
    CurriculumSession,
    ModuleIndexPage,
    ModuleMaterial,
    TrainingModulePage,
)
from demo.curriculum_content.build import (
    rich_text,
    segment,
    stream_block,
    translation_map,
)
from demo.curriculum_content.curricula import (
    CATALOG,
    CATALOG_TRANSLATIONS,
    CURRICULA,
    CURRICULA_INDEX,
    CURRICULA_INDEX_TRANSLATIONS,
)
from demo.curriculum_content.documents import DOCUMENTS, pdf_bytes
from demo.curriculum_content.modules import MODULES
from demo.curriculum_content.spanish import SPANISH
from demo.curriculum_content.taxonomy import SECTORS, TOPICS
from demo.seeders.site import child_page, translate_into_all
from demo.seeding import demo_seeder
from home.models import HomePage
from taxonomy.models import Sector, Topic
from translations.localize import translate


def ensure_terms(model, terms):
    """The source-language topics (or sectors), created and translated if missing."""
    source_locale = Locale.get_default()
    found = {}
    for order, (slug, names) in enumerate(terms.items(), start=1):
        name, description = names[source_locale.language_code]
        term = model.objects.filter(slug=slug, locale=source_locale).first()
        if term is None:
            term = model.objects.create(
                slug=slug,
                name=name,
                description=description,
                sort_order=order * 10,
                locale=source_locale,
            )
        for locale in Locale.objects.exclude(pk=source_locale.pk):
            if locale.language_code not in names:
                continue
            if term.get_translation_or_none(locale) is not None:
                continue
            their_name, their_description = names[locale.language_code]
            translate(
                term,
                locale,
                {
                    segment(name): segment(their_name),
                    segment(description): segment(their_description),
                },
            )
        found[slug] = term
    return found


def ensure_documents():
    document_model = get_document_model()
    found = {}
    for key, (title, _language, lines) in DOCUMENTS.items():
        document = document_model.objects.filter(title=title).first()
        if document is None:
            document = document_model(title=title)
            document.file.save(f"{key}.pdf", ContentFile(pdf_bytes(title, lines)))
            document._set_document_file_metadata()
            document.save()
        found[key] = document
    return found


def ensure_module(catalog, data, topics, sectors, documents):
    existing = catalog.get_children().filter(slug=data["slug"]).first()
    if existing is not None:
        return existing.specific
    module = TrainingModulePage(
        slug=data["slug"],
        title=data["title"],
        introduction=data["summary"],
        audience=data["audience"],
        level=data["level"],
        delivery_format=data["format"],
        duration_minutes=data["minutes"],
        learning_objectives=[("objective", text) for text in data["objectives"]],
        session_plan=[stream_block(item) for item in data["plan"]],
        topics=[topics[slug] for slug in data["topics"]],
        sectors=[sectors[slug] for slug in data["sectors"]],
        materials=[
            ModuleMaterial(
                document=documents[key], kind=kind, language=language, sort_order=i
            )
            for i, (key, kind, language) in enumerate(data["materials"])
        ],
    )
    catalog.add_child(instance=module)
    module.save_revision().publish()
    return module


def ensure_curriculum(index, data, modules):
    existing = index.get_children().filter(slug=data["slug"]).first()
    if existing is not None:
        return existing.specific
    curriculum = CurriculumPage(
        slug=data["slug"],
        title=data["title"],
        introduction=data["summary"],
        audience=data["audience"],
        who_can_lead=rich_text(data["who_can_lead"]),
        pathway=[stream_block(item) for item in data["pathway"]],
        facilitation_tips=[("tip", stream_block(item)[1]) for item in data["tips"]],
        sessions=[
            CurriculumSession(
                module=modules[slug], notes=notes, what_to_bring=bring, sort_order=i
            )
            for i, (slug, notes, bring) in enumerate(data["sessions"])
        ],
    )
    index.add_child(instance=curriculum)
    curriculum.save_revision().publish()
    return curriculum


def reset_taxonomy():
    Topic.objects.all().delete()
    Sector.objects.all().delete()


@demo_seeder(order=5, reset=reset_taxonomy)
def seed_taxonomy():
    """Topics and sectors in every language. Sectors are one list for modules,
    partners and training requests, so they come before the partners (order 10)."""
    ensure_terms(Topic, TOPICS)
    ensure_terms(Sector, SECTORS)


def reset_curriculum():
    """Remove what deleting the page tree leaves behind: the demo documents (topics
    and sectors go with reset_taxonomy)."""
    titles = [title for title, _language, _lines in DOCUMENTS.values()]
    get_document_model().objects.filter(title__in=titles).delete()


# Modules written by partner organizations (seeded by the partners app, found by slug).
DEVELOPED_BY = {
    "heat-stress-in-the-fields": "finger-lakes-farmworker-center",
    "machine-safety-on-the-line": "north-country-dairy-workers-center",
    "organizing-youth-workers": "capital-region-youth-workers",
    "running-a-democratic-meeting": "manos-unidas-cooperative",
    "building-coalitions-unions-and-worker-centers": "salt-city-local-418",
}


def credit_partners(modules):
    partners = {
        page.slug: page.specific
        for page in Page.objects.filter(
            slug__in=DEVELOPED_BY.values(), locale=Locale.get_default()
        )
    }
    for module_slug, partner_slug in DEVELOPED_BY.items():
        module = modules.get(module_slug)
        partner = partners.get(partner_slug)
        if module is not None and partner is not None and not module.developed_by_id:
            module.developed_by = partner
            module.save_revision().publish()


@demo_seeder(order=20, reset=reset_curriculum)
def seed_curriculum():
    home = HomePage.objects.filter(locale=Locale.get_default()).first()
    if home is None:
        return
    topics = ensure_terms(Topic, TOPICS)
    sectors = ensure_terms(Sector, SECTORS)
    documents = ensure_documents()

    catalog = child_page(
        home, ModuleIndexPage, "trainings", show_in_menus=True, **CATALOG
    )
    curricula = child_page(
        home, CurriculumIndexPage, "curricula", show_in_menus=True, **CURRICULA_INDEX
    )
    translate_into_all(catalog, CATALOG_TRANSLATIONS)
    translate_into_all(curricula, CURRICULA_INDEX_TRANSLATIONS)

    modules = {
        data["slug"]: ensure_module(catalog, data, topics, sectors, documents)
        for data in MODULES
    }
    credit_partners(modules)
    for data in MODULES:
        if spanish := SPANISH.get(data["slug"]):
            strings = translation_map(data, spanish)
            strings[data["slug"]] = spanish["slug"]
            translate_into_all(modules[data["slug"]], {"es": strings})

    for data in CURRICULA:
        ensure_curriculum(curricula, data, modules)
