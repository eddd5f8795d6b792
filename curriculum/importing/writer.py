"""Writing checked module files into the site, the way an editor's actions would.

A source-language module is created under the catalog or, matched by slug,
updated, and a new revision published. A translation goes through
wagtail-localize (translations.localize.translate), so the page shows as
translated. Handouts become documents, reused when the same file or title is
already there. Nothing is written for what has not changed.
"""

import hashlib
from dataclasses import dataclass, field

from django.core.files.base import ContentFile

from wagtail.documents import get_document_model
from wagtail.models import Locale
from wagtail_localize.models import StringTranslation

from taxonomy.models import Sector, Topic
from translations.localize import translate

from ..models import ModuleMaterial, ModulePrerequisite, TrainingModulePage
from .checks import source_from_page
from .pairing import pair_module, session_plan_block
from .parser import Problem


@dataclass
class Summary:
    """What a run did, counted."""

    created: int = 0
    updated: int = 0
    unchanged: int = 0
    kept: int = 0
    translated: int = 0
    translations_unchanged: int = 0
    documents_created: int = 0
    documents_reused: int = 0
    documents_replaced: int = 0
    warnings: list[Problem] = field(default_factory=list)
    pages: dict = field(default_factory=dict)

    def lines(self):
        return [
            f"Modules: {self.created} created, {self.updated} updated, "
            f"{self.unchanged} unchanged"
            + (f", {self.kept} kept as they were" if self.kept else "")
            + ".",
            f"Translations: {self.translated} imported, "
            f"{self.translations_unchanged} unchanged.",
            f"Handouts: {self.documents_created} new documents, "
            f"{self.documents_reused} already there, "
            f"{self.documents_replaced} replaced with a new file.",
        ]


def strip_ids(value):
    if isinstance(value, dict):
        return {k: strip_ids(v) for k, v in value.items() if k != "id"}
    if isinstance(value, list):
        return [strip_ids(v) for v in value]
    return value


class Writer:
    def __init__(self, catalog, read_handout, *, keep_existing=False, user=None):
        self.catalog = catalog
        self.read_handout = read_handout
        self.keep_existing = keep_existing
        self.user = user
        self.summary = Summary()
        self.documents = {}
        self.written = set()

    # Handouts --------------------------------------------------------------------
    def document(self, handout):
        if handout.path in self.documents:
            return self.documents[handout.path]
        document_model = get_document_model()
        content = self.read_handout(handout.path)
        digest = hashlib.sha1(content).hexdigest()  # noqa: S324 - Wagtail's own hash
        document = document_model.objects.filter(file_hash=digest).first()
        if document is not None:
            self.summary.documents_reused += 1
        else:
            document = document_model.objects.filter(title=handout.title).first()
            if document is None:
                document = document_model(title=handout.title)
                self.summary.documents_created += 1
            else:
                self.summary.documents_replaced += 1
            document.file.save(handout.path.name, ContentFile(content), save=False)
            document._set_document_file_metadata()
            document.save()
        self.documents[handout.path] = document
        return document

    # Source modules --------------------------------------------------------------
    def values(self, module):
        fields = module.fields
        values = {
            "title": fields["title"],
            "introduction": fields["summary"],
            "audience": fields["audience"],
            "duration_minutes": fields["minutes"],
        }
        if fields.get("level"):
            values["level"] = fields["level"]
        if fields.get("format"):
            values["delivery_format"] = fields["format"]
        return values

    def relations(self, module):
        locale = self.catalog.locale
        topics = Topic.objects.filter(locale=locale, slug__in=module.fields["topics"])
        sectors = Sector.objects.filter(
            locale=locale, slug__in=module.fields["sectors"]
        )
        partner = module.fields["developed_by"]
        partner_model = TrainingModulePage._meta.get_field("developed_by").related_model
        return {
            "topics": list(topics),
            "sectors": list(sectors),
            "developed_by": partner_model.objects.filter(
                locale=locale, slug=partner
            ).first()
            if partner
            else None,
            "materials": [
                (self.document(h).pk, h.kind, h.language) for h in module.handouts
            ],
        }

    def write_source(self, module):
        page = (
            TrainingModulePage.objects.child_of(self.catalog)
            .filter(slug=module.slug)
            .first()
        )
        if page is not None and self.keep_existing:
            self.summary.kept += 1
            return page
        is_new = page is None
        if is_new:
            page = TrainingModulePage(slug=module.slug)
        changed = self.apply(page, module)
        if is_new:
            self.catalog.add_child(instance=page)
            self.summary.created += 1
        elif changed:
            self.summary.updated += 1
        else:
            self.summary.unchanged += 1
            return page
        page.save_revision(user=self.user, log_action=True).publish(user=self.user)
        self.written.add(page.pk)
        return page

    def apply(self, page, module):
        """Set the module's content on the page; True if anything changed."""
        changed = False
        for name, value in self.values(module).items():
            if getattr(page, name) != value:
                setattr(page, name, value)
                changed = True
        objectives = [block.value for block in page.learning_objectives]
        if objectives != module.fields["objectives"]:
            page.learning_objectives = [
                ("objective", text) for text in module.fields["objectives"]
            ]
            changed = True
        changed |= self.apply_plan(page, module.plan)
        relations = self.relations(module)
        for name in ("topics", "sectors"):
            # A set: the site lists topics and sectors in their own order.
            wanted = {item.pk for item in relations[name]}
            if not page.pk or {item.pk for item in getattr(page, name).all()} != wanted:
                setattr(page, name, relations[name])
                changed = True
        partner = relations["developed_by"]
        if page.developed_by_id != (partner.pk if partner else None):
            page.developed_by = partner
            changed = True
        materials = [(m.document_id, m.kind, m.language) for m in page.materials.all()]
        if materials != relations["materials"]:
            page.materials = [
                ModuleMaterial(document_id=doc, kind=kind, language=lang, sort_order=i)
                for i, (doc, kind, lang) in enumerate(relations["materials"])
            ]
            changed = True
        return changed

    def apply_plan(self, page, plan):
        """The new session plan, keeping each block's id where the block's kind
        stays the same, so that its translations keep their place."""
        stream = session_plan_block()
        old = list(page.session_plan or [])
        current = strip_ids(stream.get_prep_value(page.session_plan))
        wanted = strip_ids(stream.get_prep_value(stream.normalize(plan)))
        if old and current == wanted:
            return False
        value = stream.normalize(plan)
        for child, before in zip(value, old, strict=False):
            if child.block_type == before.block_type and before.id:
                child.id = before.id
        page.session_plan = value
        return True

    def write_prerequisites(self, module, page):
        slugs = module.fields["prerequisites"]
        modules = {
            p.slug: p
            for p in TrainingModulePage.objects.child_of(self.catalog).filter(
                slug__in=slugs
            )
        }
        wanted = [modules[slug].pk for slug in slugs]
        if [link.module_id for link in page.prerequisite_links.all()] == wanted:
            return
        page.prerequisite_links = [
            ModulePrerequisite(module_id=pk, sort_order=i)
            for i, pk in enumerate(wanted)
        ]
        page.save_revision(user=self.user, log_action=True).publish(user=self.user)

    # Translations ----------------------------------------------------------------
    def write_translation(self, module):
        source = TrainingModulePage.objects.child_of(self.catalog).get(
            slug=module.translation_of
        )
        locale = Locale.objects.get(language_code=module.language)
        existing = source.get_translation_or_none(locale)
        translated = existing is not None and existing.alias_of_id is None
        if translated and self.keep_existing:
            self.summary.kept += 1
            return existing
        # Paired with the page as it now is, so every segment finds its text.
        pairs = pair_module(source_from_page(source), module)
        if translated and source.pk not in self.written and self.stored(pairs, locale):
            self.summary.translations_unchanged += 1
            return existing
        page = translate(source, locale, pairs, user=self.user)
        self.summary.translated += 1
        return page

    def stored(self, pairs, locale):
        """Whether every pair is already the translation in that locale."""
        stored = set(
            StringTranslation.objects.filter(
                locale=locale, translation_of__data__in=list(pairs)
            ).values_list("translation_of__data", "data")
        )
        return set(pairs.items()) <= stored

    def write(self, modules):
        for module in modules:
            if not module.is_translation:
                self.summary.pages[module.slug] = self.write_source(module)
        for module in modules:
            if module.fields.get("prerequisites") and not self.keep_existing:
                self.write_prerequisites(module, self.summary.pages[module.slug])
        for module in modules:
            if module.is_translation:
                self.write_translation(module)
        return self.summary
