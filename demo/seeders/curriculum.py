"""The curriculum: topics and sectors in every language (topics.yaml,
sectors.yaml), the training catalog with twelve modules, four of them in Spanish,
imported from demo/content/modules/ by the same importer as `manage.py
import_modules`, their handouts, and two curricula (curricula/).

Running it again finds what it made and adds nothing; `reset` removes the snippets
and documents it made (the pages go with the page tree).
"""

from django.utils.html import escape

from wagtail.documents import get_document_model
from wagtail.models import Locale

from curriculum.importing import import_modules
from curriculum.models import (
    CurriculumIndexPage,
    CurriculumPage,
    CurriculumSession,
    ModuleIndexPage,
    TrainingModulePage,
)
from demo.content import CONTENT_DIR, load, segment, translations_of
from demo.handouts import handout_titles, read_handout
from demo.seeders.site import child_page, home_page, translate_into_all
from demo.seeding import demo_seeder
from taxonomy.models import Sector, Topic
from translations.localize import translate

MODULES_DIR = CONTENT_DIR / "modules"
INDEX_FIELDS = ["title", "introduction"]


def ensure_terms(model, terms):
    """The source-language topics (or sectors), created and translated if missing."""
    source_locale = Locale.get_default()
    found = {}
    for order, (slug, names) in enumerate(terms.items(), start=1):
        source = names[source_locale.language_code]
        term = model.objects.filter(slug=slug, locale=source_locale).first()
        if term is None:
            term = model.objects.create(
                slug=slug,
                name=source["name"],
                description=source["description"],
                sort_order=order * 10,
                locale=source_locale,
            )
        for locale in Locale.objects.exclude(pk=source_locale.pk):
            theirs = names.get(locale.language_code)
            if theirs is None or term.get_translation_or_none(locale) is not None:
                continue
            translate(
                term,
                locale,
                {
                    segment(source["name"]): segment(theirs["name"]),
                    segment(source["description"]): segment(theirs["description"]),
                },
            )
        found[slug] = term
    return found


def rich_text(parts):
    """Paragraphs from strings, a bulleted list from a list of strings."""
    parts = [parts] if isinstance(parts, str) else parts
    html = []
    for part in parts:
        if isinstance(part, str):
            html.append(f"<p>{escape(part)}</p>")
        else:
            items = "".join(f"<li>{escape(item)}</li>" for item in part)
            html.append(f"<ul>{items}</ul>")
    return "".join(html)


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
        pathway=[
            (
                "stage",
                {
                    "role": stage["role"],
                    "description": rich_text(stage["description"]),
                    "ready_when": stage.get("ready_when", ""),
                },
            )
            for stage in data["pathway"]
        ],
        facilitation_tips=[
            ("tip", {"kind": kind, "text": rich_text(text)})
            for tip in data["tips"]
            for kind, text in tip.items()
        ],
        sessions=[
            CurriculumSession(
                module=modules[session["module"]],
                notes=session["notes"],
                what_to_bring=session["what_to_bring"],
                sort_order=i,
            )
            for i, session in enumerate(data["sessions"])
        ],
    )
    index.add_child(instance=curriculum)
    curriculum.save_revision().publish()
    return curriculum


def module_files(slugs):
    """The catalog's module files in its order, then their translations."""
    sources = [MODULES_DIR / "en" / f"{slug}.md" for slug in slugs]
    translations = [
        path
        for folder in sorted(MODULES_DIR.iterdir())
        if folder.is_dir() and folder.name != "en"
        for slug in slugs
        if (path := folder / f"{slug}.md").exists()
    ]
    return sources + translations


def reset_taxonomy():
    Topic.objects.all().delete()
    Sector.objects.all().delete()


@demo_seeder(order=5, reset=reset_taxonomy)
def seed_taxonomy():
    """Topics and sectors in every language. Sectors are one list for modules,
    partners and training requests, so they come before the partners (order 10)."""
    ensure_terms(Topic, load("topics.yaml"))
    ensure_terms(Sector, load("sectors.yaml"))


def reset_curriculum():
    """Remove what deleting the page tree leaves behind: the demo documents (topics
    and sectors go with reset_taxonomy)."""
    get_document_model().objects.filter(title__in=handout_titles()).delete()


@demo_seeder(order=20, reset=reset_curriculum)
def seed_curriculum():
    home = home_page()
    seed_taxonomy()
    sections = load("sections.yaml")
    catalog_data, curricula_data = sections["trainings"], sections["curricula"]
    catalog = child_page(
        home,
        ModuleIndexPage,
        "trainings",
        title=catalog_data["title"],
        introduction=catalog_data["introduction"],
        show_in_menus=True,
    )
    curricula = child_page(
        home,
        CurriculumIndexPage,
        "curricula",
        title=curricula_data["title"],
        introduction=curricula_data["introduction"],
        show_in_menus=True,
    )
    translate_into_all(catalog, translations_of(catalog_data, INDEX_FIELDS))
    translate_into_all(curricula, translations_of(curricula_data, INDEX_FIELDS))

    # The same importer a coalition uses; what is already there stays as it is.
    import_modules(
        module_files(catalog_data["pages"]),
        parent=catalog.slug,
        read_handout=read_handout,
        keep_existing=True,
    )
    modules = {
        module.slug: module
        for module in TrainingModulePage.objects.child_of(catalog).specific()
    }
    for slug in curricula_data["pages"]:
        ensure_curriculum(curricula, load(f"curricula/{slug}.yaml"), modules)
