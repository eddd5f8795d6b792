"""Peer-to-peer curricula: modules taught in order, and how workers become trainers."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, TranslatableMixin
from wagtail.search import index

from home.languages import source_language
from home.models import BasePage, IndexPage

from ..blocks import FacilitationTipsBlock, PeerTrainerPathBlock
from ..choices import language_name
from ..listing import content_language_code
from ..serializers import CurriculumSessionsField
from .modules import TrainingModulePage, localized_modules


class CurriculumIndexPage(IndexPage):
    """Every curriculum in the reader's language."""

    subpage_types = ["curriculum.CurriculumPage"]

    class Meta:
        verbose_name = _("curricula index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        curricula = list(
            self.listed_pages().order_by("path").prefetch_related("sessions__module")
        )
        for curriculum in curricula:
            modules = [s.module for s in curriculum.sessions.all() if s.module]
            curriculum.session_count = len(modules)
            curriculum.total_minutes = sum(m.duration_minutes for m in modules)
        context["curricula"] = curricula
        return context


class CurriculumPage(BasePage):
    """An ordered, peer-to-peer sequence of modules, with the track that takes a
    worker from participant to co-facilitator to lead facilitator."""

    introduction = models.TextField(
        _("summary"),
        help_text=_(
            "Two or three sentences: who this sequence is for and where it leads."
        ),
    )
    audience = models.TextField(
        _("who it is for"),
        max_length=500,
        blank=True,
        help_text=_("For example: worker leaders who will train their co-workers."),
    )
    who_can_lead = RichTextField(
        _("who can lead it"),
        features=["bold", "italic", "link", "ol", "ul"],
        blank=True,
        help_text=_("Which modules or experience a peer trainer needs first."),
    )
    pathway = StreamField(
        PeerTrainerPathBlock(),
        blank=True,
        verbose_name=_("from participant to lead facilitator"),
        help_text=_("The stages a worker goes through, in order."),
    )
    facilitation_tips = StreamField(
        FacilitationTipsBlock(),
        blank=True,
        verbose_name=_("facilitation tips"),
    )

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("introduction"),
        FieldPanel("audience"),
        InlinePanel(
            "sessions",
            heading=_("Sessions"),
            label=_("Session"),
            min_num=1,
            help_text=_("The modules of the sequence, in the order they are taught."),
        ),
        MultiFieldPanel(
            [
                FieldPanel("who_can_lead"),
                FieldPanel("pathway"),
                FieldPanel("facilitation_tips"),
            ],
            heading=_("Peer-trainer track"),
        ),
    ]
    search_kind = "curriculum"
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("introduction"),
        index.SearchField("audience"),
        index.SearchField("who_can_lead"),
    ]

    # The open-data API (home.api); ?topic= and ?sector= find the curricula
    # teaching a module with that topic or sector.
    api_fields = [
        APIField("listing_summary"),
        APIField("introduction"),
        APIField("audience"),
        APIField("who_can_lead"),
        APIField("sessions", serializer=CurriculumSessionsField()),
        APIField("pathway"),
        APIField("facilitation_tips"),
    ]
    api_taxonomy = {
        "topic": "sessions__module__topics__slug",
        "sector": "sessions__module__sectors__slug",
    }

    parent_page_types = ["curriculum.CurriculumIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("curriculum")
        verbose_name_plural = _("curricula")

    @classmethod
    def updates_feed_pages(cls):
        """Every curriculum is announced in the site's feed as it is published."""
        return cls.objects.all()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        steps = self.numbered_sessions()
        context["steps"] = steps
        context["content_language"] = content_language_code(self)
        context["reader_language"] = language_name(self.locale.language_code)
        context["total_minutes"] = sum(
            step["module"].duration_minutes for step in steps if step["module"]
        )
        return context

    def numbered_sessions(self):
        """The sessions in order, each with its module in this page's language."""
        sessions = list(self.sessions.select_related("module"))
        keys = [s.module.translation_key for s in sessions if s.module]
        local = {m.translation_key: m for m in localized_modules(keys, self.locale_id)}
        source = source_language()
        for module in local.values():
            module.content_language = (
                source if module.alias_of_id else self.locale.language_code
            )
        return [
            {
                "number": number,
                "session": session,
                "module": local.get(session.module.translation_key)
                if session.module
                else None,
            }
            for number, session in enumerate(sessions, start=1)
        ]


class CurriculumSession(TranslatableMixin, Orderable):
    """One session of a curriculum: a module, and what the trainer needs to know
    about it in this sequence. Its notes are translated with the curriculum."""

    page = ParentalKey(
        CurriculumPage, on_delete=models.CASCADE, related_name="sessions"
    )
    module = models.ForeignKey(
        TrainingModulePage,
        on_delete=models.SET_NULL,
        null=True,
        related_name="curriculum_sessions",
        verbose_name=_("module"),
    )
    notes = models.TextField(
        _("how it connects"),
        blank=True,
        help_text=_("How this session builds on the previous one."),
    )
    what_to_bring = models.TextField(
        _("what to bring"),
        blank=True,
        help_text=_("What participants or the trainer should bring to this session."),
    )

    panels = [FieldPanel("module"), FieldPanel("notes"), FieldPanel("what_to_bring")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("session")
        verbose_name_plural = _("sessions")

    def __str__(self):
        return str(self.module) if self.module else str(_("Session"))
