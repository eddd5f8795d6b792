"""Checking read module files against the site before anything is written.

The rules are the site's own: each field's model validators, the session plan's
block rules (the same `clean()` the page editor runs), the site's languages, and
the topics, sectors, partners and modules a file names by slug.
"""

import hashlib
from collections import Counter

from django.conf import settings
from django.core.exceptions import ValidationError

from wagtail.models import Locale

from taxonomy.models import Sector, Topic

from ..models import TrainingModulePage
from .pairing import BLOCK_NAMES, Mismatch, pair_module, plan_of_page
from .parser import ModuleFile, Problem

# File field -> model field, for the model's own validators.
MODEL_FIELDS = {
    "slug": "slug",
    "title": "title",
    "summary": "introduction",
    "audience": "audience",
    "level": "level",
    "format": "delivery_format",
    "minutes": "duration_minutes",
}


def model_field(name):
    return TrainingModulePage._meta.get_field(name)


def check_fields(module):
    values = {"slug": module.slug, **module.fields}
    names = ["title", "summary", "audience"]
    if not module.is_translation:
        names = ["slug", *names, "level", "format", "minutes"]
    for name in names:
        value = values.get(name)
        if value in (None, ""):
            continue  # missing ones are reported by the parser
        try:
            model_field(MODEL_FIELDS[name]).clean(value, None)
        except ValidationError as error:
            module.problem(name, " ".join(error.messages))


def flatten(error, path=()):
    """(path, message) for each message of a nested block validation error."""
    block_errors = getattr(error, "block_errors", None) or {}
    non_block = getattr(error, "non_block_errors", None) or []
    for key, child in block_errors.items():
        yield from flatten(child, (*path, key))
    for child in non_block:
        yield from flatten(child, path)
    if not block_errors and not non_block:
        for message in error.messages:
            yield path, message


def field_words(path):
    words = []
    for key in path:
        if isinstance(key, int):
            words.append(f"item {key + 1}")
        else:
            words.append(str(key).replace("_", " "))
    return " ".join(words)


def check_blocks(module):
    stream = model_field("session_plan").stream_block
    try:
        stream.clean(stream.normalize(module.plan))
    except ValidationError as error:
        for path, message in flatten(error):
            if path and isinstance(path[0], int) and path[0] < len(module.plan):
                index = path[0]
                what = f"{BLOCK_NAMES.get(module.plan[index][0], 'block')}"
                title = module.plan[index][1]
                if isinstance(title, dict) and title.get("title"):
                    what += f" {title['title']!r}"
                where = f"{what}: {field_words(path[1:])}".rstrip(": ")
                module.block_problem(index, f"{where}: {message}")
            else:
                module.problem(
                    "session plan", message, line=(module.plan_lines or [1])[0]
                )
    objectives = model_field("learning_objectives").stream_block
    try:
        objectives.clean(
            objectives.normalize(
                [("objective", o) for o in module.fields["objectives"]]
            )
        )
    except ValidationError as error:
        for path, message in flatten(error):
            key = f"objectives.{path[0]}" if path else "objectives"
            module.problem(key, message)


def planned_minutes(module):
    return sum(v["minutes"] for kind, v in module.plan if kind == "agenda_step")


def minutes_warnings(module):
    stated, planned = module.fields.get("minutes"), planned_minutes(module)
    if stated and module.plan and stated != planned:
        return [
            Problem(
                module.path,
                module.lines.get("minutes"),
                "minutes",
                f"the steps add up to {planned} minutes, not {stated} (imported; the "
                "page shows editors the difference)",
            )
        ]
    return []


class Checker:
    """Checks a run's files together: slugs are looked up once for all of them."""

    def __init__(self, modules, catalog, read_handout):
        self.modules = modules
        self.catalog = catalog
        self.source_locale = catalog.locale
        self.read_handout = read_handout
        self.languages = set(Locale.objects.values_list("language_code", flat=True))
        self.sources = {m.slug: m for m in modules if not m.is_translation}
        self.in_catalog = {
            page.slug: page
            for page in TrainingModulePage.objects.child_of(catalog).specific()
        }
        self.hashes = {}
        self.warnings = []

    def by_slug(self, model, slugs):
        return {
            item.slug: item
            for item in model.objects.filter(locale=self.source_locale, slug__in=slugs)
        }

    def run(self):
        self.check_duplicates()
        partner_model = model_field("developed_by").related_model
        wanted = [m for m in self.modules if "topics" in m.fields]
        lookups = {
            "topics": self.by_slug(
                Topic, {s for m in wanted for s in m.fields["topics"]}
            ),
            "sectors": self.by_slug(
                Sector, {s for m in wanted for s in m.fields["sectors"]}
            ),
            "developed_by": self.by_slug(
                partner_model, {m.fields["developed_by"] for m in wanted}
            ),
        }
        for module in self.modules:
            if "title" not in module.fields:
                continue  # its front matter could not be read
            plan_read = not any(p.field == "session plan" for p in module.problems)
            if module.language not in self.languages:
                codes = ", ".join(sorted(self.languages))
                module.problem(
                    "language",
                    f"{module.language!r} is not one of the site's languages: {codes}",
                )
            check_fields(module)
            if plan_read:
                check_blocks(module)
            if module.is_translation:
                if plan_read:
                    self.check_translation(module)
            else:
                self.check_source(module, lookups)
                self.warnings += minutes_warnings(module)
        return [p for m in self.modules for p in m.problems]

    def check_duplicates(self):
        def key(module):
            return (module.translation_of or module.slug, module.language)

        keys = Counter(key(m) for m in self.modules if key(m)[0])
        for module in self.modules:
            if key(module)[0] and keys[key(module)] > 1:
                module.problem(
                    "slug",
                    "another file in this run is the same module in the same "
                    "language ({}, {})".format(*key(module)),
                )

    def check_source(self, module, lookups):
        if module.language != self.source_locale.language_code:
            module.problem(
                "translation_of",
                f"missing: a module in {module.language!r} names the "
                f"{self.source_locale.language_code!r} module it translates",
            )
        for name in ("topics", "sectors"):
            for index, slug in enumerate(module.fields[name]):
                if slug not in lookups[name]:
                    known = ", ".join(sorted(self.by_slug_all(name))) or "none yet"
                    module.problem(
                        f"{name}.{index}", f"unknown slug {slug!r}; known: {known}"
                    )
        partner = module.fields["developed_by"]
        if partner and partner not in lookups["developed_by"]:
            module.problem(
                "developed_by", f"no partner organization has the slug {partner!r}"
            )
        for index, slug in enumerate(module.fields["prerequisites"]):
            if slug == module.slug:
                module.problem(
                    f"prerequisites.{index}", "a module cannot require itself"
                )
            elif slug not in self.sources and slug not in self.in_catalog:
                module.problem(
                    f"prerequisites.{index}",
                    f"no module {slug!r} in these files or in the catalog",
                )
        self.check_handouts(module)

    def by_slug_all(self, name):
        model = Topic if name == "topics" else Sector
        return model.objects.filter(locale=self.source_locale).values_list(
            "slug", flat=True
        )

    def check_handouts(self, module):
        languages = {code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES}
        for index, handout in enumerate(module.handouts):
            key = f"handouts.{index}"
            if handout.language not in languages:
                module.problem(
                    key, f"language {handout.language!r} is not a site language"
                )
            if handout.path in self.hashes:
                continue
            try:
                content = self.read_handout(handout.path)
            except OSError:
                module.problem(key, f"file not found: {handout.path}")
                continue
            if not content:
                module.problem(key, f"the file is empty: {handout.path}")
            self.hashes[handout.path] = hashlib.sha1(content).hexdigest()  # noqa: S324

    def source_for(self, module):
        """The module a translation translates, from this run or from the catalog."""
        if module.translation_of in self.sources:
            return self.sources[module.translation_of]
        page = self.in_catalog.get(module.translation_of)
        return source_from_page(page) if page is not None else None

    def check_translation(self, module):
        source = self.source_for(module)
        if source is None:
            module.problem(
                "translation_of",
                f"no module {module.translation_of!r} in these files or in the "
                f"catalog: import the {self.source_locale.language_code!r} module "
                "first, or with it",
            )
            return
        if "title" not in source.fields or source.plan_lines == [] and source.problems:
            return  # the source itself could not be read
        try:
            pair_module(source, module)
        except Mismatch as mismatch:
            if mismatch.index is not None:
                module.block_problem(
                    mismatch.index, f"{mismatch.where}: {mismatch.message}"
                )
            else:
                module.problem(mismatch.where.split(" ")[0], mismatch.message)


def source_from_page(page):
    """A module already in the catalog, read back in the shape of a module file."""
    module = ModuleFile(path=None, language=page.locale.language_code, slug=page.slug)
    module.fields = {
        "title": page.title,
        "summary": page.introduction,
        "audience": page.audience,
        "objectives": [block.value for block in page.learning_objectives],
    }
    module.plan = plan_of_page(page)
    return module
