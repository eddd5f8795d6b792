"""Factories for topics, sectors, modules, curricula and their materials.

Session plans are built explicitly with `agenda_step` and friends, so a test shows
the steps (and their minutes) it relies on.
"""

from django.core.files.base import ContentFile
from django.utils.text import slugify

from wagtail.documents import get_document_model
from wagtail.models import Locale

import factory
import wagtail_factories

from curriculum.models import (
    CurriculumIndexPage,
    CurriculumPage,
    CurriculumSession,
    ModuleIndexPage,
    ModuleMaterial,
    ModulePrerequisite,
    TrainingModulePage,
)

MINIMAL_PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
    b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]>>endobj\n"
    b"trailer<</Root 1 0 R>>\n%%EOF\n"
)


def agenda_step(
    title="Welcome and introductions",
    minutes=15,
    method="discussion",
    instructions="<p>Go around the circle: name, workplace, one hope for today.</p>",
    note="",
):
    return (
        "agenda_step",
        {
            "title": title,
            "minutes": minutes,
            "method": method,
            "instructions": instructions,
            "facilitator_note": note,
        },
    )


def discussion_questions(*questions, heading=""):
    return ("discussion_questions", {"heading": heading, "questions": list(questions)})


def role_play(title="The supervisor walks in", roles=None, debrief=()):
    return (
        "role_play",
        {
            "title": title,
            "situation": "Two co-workers talk about missing overtime pay at break.",
            "roles": roles
            or [
                {"name": "Worker", "brief": "Wants the overtime she is owed."},
                {"name": "Supervisor", "brief": "Wants everyone back on the line."},
            ],
            "debrief_questions": list(debrief),
        },
    )


def callout(text="<p>Start and end on time.</p>", kind="tip"):
    return ("callout", {"kind": kind, "text": text})


def default_plan(minutes):
    """Two steps that add up to `minutes`."""
    first = max(minutes // 3, 1)
    return [
        agenda_step("Welcome and introductions", first),
        agenda_step(
            "Practice in pairs",
            max(minutes - first, 1),
            method="pairs",
            instructions="<p>In pairs, practice the conversation twice.</p>",
            note="<p>Walk around and listen; note good questions.</p>",
        ),
    ]


class ModuleIndexPageFactory(wagtail_factories.PageFactory):
    title = "Trainings"
    slug = "trainings"
    introduction = "Every training the coalition offers."
    show_in_menus = True

    class Meta:
        model = ModuleIndexPage


class TrainingModulePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Training module {n}")
    slug = factory.Sequence(lambda n: f"module-{n}")
    introduction = "Workers learn to spot and document unpaid wages."
    audience = "Any worker, no experience needed."
    level = "introductory"
    delivery_format = "in_person"
    duration_minutes = 60
    learning_objectives = factory.LazyFunction(
        lambda: [("objective", "Explain what overtime pay is.")]
    )
    session_plan = factory.LazyAttribute(lambda o: default_plan(o.duration_minutes))

    class Meta:
        model = TrainingModulePage
        skip_postgeneration_save = True

    @factory.post_generation
    def topics(self, create, extracted, **kwargs):
        if extracted:
            self.topics.set(extracted)
            if create:
                self.save()

    @factory.post_generation
    def sectors(self, create, extracted, **kwargs):
        if extracted:
            self.sectors.set(extracted)
            if create:
                self.save()


class DocumentFactory(factory.django.DjangoModelFactory):
    title = factory.Sequence(lambda n: f"Handout {n}")
    file = factory.LazyAttribute(
        lambda o: ContentFile(MINIMAL_PDF, name=f"{slugify(o.title)}.pdf")
    )

    class Meta:
        model = get_document_model()

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        document = model_class(*args, **kwargs)
        document._set_document_file_metadata()
        document.save()
        return document


class ModuleMaterialFactory(factory.django.DjangoModelFactory):
    page = factory.SubFactory(TrainingModulePageFactory)
    document = factory.SubFactory(DocumentFactory)
    kind = "handout"
    language = "en"

    class Meta:
        model = ModuleMaterial


class ModulePrerequisiteFactory(factory.django.DjangoModelFactory):
    page = factory.SubFactory(TrainingModulePageFactory)
    module = factory.SubFactory(TrainingModulePageFactory)

    class Meta:
        model = ModulePrerequisite


class CurriculumIndexPageFactory(wagtail_factories.PageFactory):
    title = "Curricula"
    slug = "curricula"
    introduction = "Sequences of modules taught worker to worker."
    show_in_menus = True

    class Meta:
        model = CurriculumIndexPage


class CurriculumPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Curriculum {n}")
    slug = factory.Sequence(lambda n: f"curriculum-{n}")
    introduction = "A sequence for worker leaders who will train co-workers."
    who_can_lead = "<p>Anyone who has taken every module once.</p>"

    class Meta:
        model = CurriculumPage


class CurriculumSessionFactory(factory.django.DjangoModelFactory):
    page = factory.SubFactory(CurriculumPageFactory)
    module = factory.SubFactory(TrainingModulePageFactory)
    notes = "Builds on what the group learned last time."
    what_to_bring = "Pens and the handout."
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        model = CurriculumSession
