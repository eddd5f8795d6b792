"""Training modules: what a workshop teaches, step by step, with its handouts."""

import operator
from dataclasses import dataclass
from functools import reduce

from django import forms
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Case, Exists, OuterRef, Q, Subquery, Value, When
from django.utils.functional import cached_property
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, MultipleChooserPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.fields import StreamField
from wagtail.models import Locale, Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from home.models import BasePage
from home.serializers import PublicPageLinkField, TermsField
from home.view_restrictions import only_public
from taxonomy.models import Sector, Topic

from ..blocks import METHOD_CHOICES, LearningObjectivesBlock, SessionPlanBlock
from ..choices import (
    Delivery,
    Level,
    language_name,
)
from ..forms import TrainingModulePageForm
from ..listing import (
    annotate_for_listing,
    content_language_code,
    mark_content_language,
    real_translations,
)
from ..panels import SessionTimePanel
from ..structured_data import module_data

MAX_RELATED_MODULES = 4
MAX_MODULE_MINUTES = 24 * 60


@dataclass(frozen=True)
class AgendaItem:
    """One timed step of a session plan, with its place in the session's clock."""

    number: int
    block_id: str
    title: str
    method: str
    minutes: int
    start: int

    @property
    def end(self):
        return self.start + self.minutes

    @property
    def method_label(self):
        return dict(METHOD_CHOICES).get(self.method, self.method)


def reader_locale(request, page):
    """The locale the reader asked for (the URL's language); a preview shows the
    page's own."""
    if request is None or getattr(request, "is_preview", False):
        return page.locale
    # The page served is usually in the reader's language, and its locale already
    # loaded by the routing: no query then.
    code = get_supported_content_language_variant(get_language())
    if page.locale.language_code == code:
        return page.locale
    return Locale.objects.get_for_language(code)


class TrainingModulePage(RoutablePageMixin, BasePage):
    """One workshop: what it teaches, to whom, for how long, step by step, with the
    handouts to print. A facilitator guide hangs off it at facilitator/."""

    introduction = models.TextField(
        _("summary"),
        help_text=_(
            "Two or three sentences: what participants learn and why it matters."
        ),
    )
    learning_objectives = StreamField(
        LearningObjectivesBlock(),
        blank=True,
        verbose_name=_("learning objectives"),
        help_text=_("What participants will be able to do afterwards, one per item."),
    )
    audience = models.TextField(
        _("who it is for"),
        max_length=500,
        blank=True,
        help_text=_("For example: farm workers new to the worker center, any size."),
    )
    level = models.CharField(
        _("level"),
        max_length=20,
        choices=Level.choices,
        default=Level.INTRODUCTORY,
    )
    delivery_format = models.CharField(
        _("format"),
        max_length=20,
        choices=Delivery.choices,
        default=Delivery.IN_PERSON,
    )
    duration_minutes = models.PositiveIntegerField(
        _("duration in minutes"),
        validators=[MinValueValidator(1), MaxValueValidator(MAX_MODULE_MINUTES)],
        help_text=_(
            "The time the session takes, breaks included. The session plan's steps "
            "should add up to it."
        ),
    )
    topics = ParentalManyToManyField(
        Topic, blank=True, related_name="modules", verbose_name=_("topics")
    )
    sectors = ParentalManyToManyField(
        Sector, blank=True, related_name="modules", verbose_name=_("sectors")
    )
    session_plan = StreamField(
        SessionPlanBlock(),
        verbose_name=_("session plan"),
        help_text=_(
            "The steps of the session with their minutes, and the questions, "
            "role-plays and tips that go with them."
        ),
    )

    developed_by = models.ForeignKey(
        "partners.PartnerPage",
        verbose_name=_("developed by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="developed_modules",
        help_text=_(
            "The partner organization that wrote this module, credited on the page "
            "and on its profile. Leave empty for the coalition's own material."
        ),
    )

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("introduction"),
        FieldPanel("developed_by"),
        FieldPanel("learning_objectives"),
        MultiFieldPanel(
            [
                FieldPanel("audience"),
                FieldPanel("level"),
                FieldPanel("delivery_format"),
                FieldPanel("duration_minutes"),
            ],
            heading=_("At a glance"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("topics", widget=forms.CheckboxSelectMultiple),
                FieldPanel("sectors", widget=forms.CheckboxSelectMultiple),
            ],
            heading=_("Topics and sectors"),
        ),
        MultipleChooserPanel(
            "prerequisite_links",
            chooser_field_name="module",
            heading=_("Prerequisites"),
            label=_("Module"),
            help_text=_("Modules participants should have taken before this one."),
        ),
        SessionTimePanel(heading=_("Session time")),
        FieldPanel("session_plan"),
        MultipleChooserPanel(
            "materials",
            chooser_field_name="document",
            heading=_("Materials"),
            label=_("Material"),
            help_text=_(
                "Handouts, slides, worksheets and facilitator guides, each with the "
                "language it is written in."
            ),
        ),
    ]
    search_kind = "module"
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("introduction"),
        index.SearchField("audience"),
        index.SearchField("learning_objectives"),
        index.SearchField("session_plan"),
        index.RelatedFields("topics", [index.SearchField("name")]),
        index.RelatedFields("sectors", [index.SearchField("name")]),
        # Handouts are found by their titles.
        index.RelatedFields(
            "materials", [index.RelatedFields("document", [index.SearchField("title")])]
        ),
        index.FilterField("level"),
        index.FilterField("delivery_format"),
        index.FilterField("duration_minutes"),
    ]
    # Topics and sectors point at the source-language snippets in every language;
    # templates show them in the reader's language by translation key.
    override_translatable_fields = [
        SynchronizedField("topics"),
        SynchronizedField("sectors"),
    ]
    # The open-data API (home.api): what the page shows, and its filters.
    api_fields = [
        APIField("listing_summary"),
        APIField("introduction"),
        APIField("audience"),
        APIField("level"),
        APIField("delivery_format"),
        APIField("duration_minutes"),
        APIField("learning_objectives"),
        APIField("topics", serializer=TermsField()),
        APIField("sectors", serializer=TermsField()),
        APIField("developed_by", serializer=PublicPageLinkField()),
        APIField("session_plan"),
    ]
    api_taxonomy = {"topic": "topics__slug", "sector": "sectors__slug"}
    preview_modes = [
        ("", _("Public page")),
        ("facilitator", _("Facilitator guide")),
    ]

    base_form_class = TrainingModulePageForm
    parent_page_types = ["curriculum.ModuleIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("training module")

    @classmethod
    def updates_feed_pages(cls):
        """Every module is announced in the site's feed as it is published."""
        return cls.objects.all()

    # Routes ----------------------------------------------------------------------
    @path("")
    def public_view(self, request):
        return self.render(request, context_overrides={"facilitator_view": False})

    @path("facilitator/")
    def facilitator_guide(self, request):
        """The printable guide: the same plan, with the facilitator notes."""
        return self.render(request, context_overrides={"facilitator_view": True})

    def serve(self, request, view=None, args=None, kwargs=None):
        # The site may serve another translation than the one the URL routed to (the
        # nearest language a reader can read); the route's view then belongs to it.
        if view is not None and getattr(view, "__self__", self) is not self:
            view = getattr(self, view.__name__)
        return super().serve(request, view, args, kwargs)

    def serve_preview(self, request, mode_name):
        if mode_name == "facilitator":
            return self.facilitator_guide(request)
        return self.public_view(request)

    def get_facilitator_url(self, request=None):
        url = self.get_url(request)
        return f"{url}{self.reverse_subpage('facilitator_guide')}" if url else None

    # Time ------------------------------------------------------------------------
    @cached_property
    def agenda(self):
        """The timed steps, each with its start and end in minutes into the session."""
        items, start = [], 0
        for block in self.session_plan:
            if block.block_type != "agenda_step":
                continue
            minutes = block.value.get("minutes") or 0
            items.append(
                AgendaItem(
                    number=len(items) + 1,
                    block_id=block.id or "",
                    title=block.value.get("title", ""),
                    method=block.value.get("method", ""),
                    minutes=minutes,
                    start=start,
                )
            )
            start += minutes
        return items

    @property
    def planned_minutes(self):
        """The time the session plan's steps add up to."""
        return sum(item.minutes for item in self.agenda)

    @property
    def duration_difference(self):
        """Minutes the steps add up to beyond (or, if negative, short of) the stated
        duration; 0 when they agree or there is nothing to compare yet."""
        if not self.agenda or not self.duration_minutes:
            return 0
        return self.planned_minutes - self.duration_minutes

    @property
    def duration_warning(self):
        if not self.duration_difference:
            return ""
        return _(
            "The steps of the session plan add up to %(planned)d minutes, but the "
            "stated duration is %(stated)d minutes. Adjust one of them so the "
            "catalog shows the real length."
        ) % {"planned": self.planned_minutes, "stated": self.duration_minutes}

    def session_plan_with_steps(self):
        """The session plan's blocks in order, each agenda step with its clock time."""
        steps = iter(self.agenda)
        return [
            (block, next(steps) if block.block_type == "agenda_step" else None)
            for block in self.session_plan
        ]

    # Context ---------------------------------------------------------------------
    def get_context(self, request, *args, **kwargs):
        """What the page shows around the module, in five queries whatever the
        size of the catalog: the related modules and prerequisites, their languages,
        their topics and sectors, the catalog, partner and curricula linked from it,
        and the materials."""
        context = super().get_context(request, *args, **kwargs)
        locale = reader_locale(request, self)
        modules = self.modules_around(locale) if self.pk else []
        related = [m for m in modules if m.is_related][:MAX_RELATED_MODULES]
        prerequisites = sorted(
            (m for m in modules if m.is_prerequisite),
            key=lambda m: (m.prerequisite_order is None, m.prerequisite_order or 0),
        )
        translations = real_translations(
            TrainingModulePage, [self, *related, *prerequisites]
        )
        annotate_for_listing([self, *related], locale, translations=translations)
        mark_content_language(prerequisites, locale)
        around = self.pages_around(locale) if self.pk else {}
        context.update(
            {
                "catalog": around.get("catalog"),
                "content_language": self.content_language_in(translations),
                "reader_language": language_name(locale.language_code),
                "public_url": self.get_url(request),
                "facilitator_url": self.get_facilitator_url(request),
                "plan": self.session_plan_with_steps(),
                "materials": self.materials.select_related("document"),
                "prerequisites": prerequisites,
                "curricula": mark_content_language(around.get("curricula", []), locale),
                "related_modules": related,
                "developed_by": around.get("partner"),
                "translations": [
                    t
                    for t in translations
                    if t.translation_key == self.translation_key and t.is_public
                ],
            }
        )
        return context

    def structured_data(self, context, coalition):
        """JSON-LD for the page's <head> (home.structured_data)."""
        return module_data(self, context, coalition)

    def content_language_in(self, translations):
        """The language this page's words are in, from its real translations: an
        alias shows its source's words."""
        if self.alias_of_id is None:
            return self.locale.language_code
        for translation in translations:
            if translation.pk == self.alias_of_id:
                return translation.locale.language_code
        return content_language_code(self)

    def modules_around(self, locale):
        """The live, public modules in the reader's language that share a topic or a
        sector with this one (at most four, `is_related`) or that participants should
        take first (`is_prerequisite`, in `prerequisite_order`), in one query."""
        topic_keys = Topic.objects.filter(modules=self).values("translation_key")
        sector_keys = Sector.objects.filter(modules=self).values("translation_key")
        in_locale = only_public(
            TrainingModulePage.objects.live().filter(locale_id=locale.pk)
        )
        related = (
            in_locale.exclude(translation_key=self.translation_key)
            .filter(
                Q(topics__translation_key__in=topic_keys)
                | Q(sectors__translation_key__in=sector_keys)
            )
            .distinct()
            .order_by("path")
            .values("pk")[:MAX_RELATED_MODULES]
        )
        # The ordered links (module_parts), by the reverse relation: no import cycle.
        links = self.prerequisite_links.model.objects.filter(page=self)
        order = links.filter(module__translation_key=OuterRef("translation_key"))
        return list(
            in_locale.filter(
                Q(pk__in=related)
                | Q(translation_key__in=links.values("module__translation_key"))
            )
            .annotate(
                is_related=Case(
                    When(pk__in=related, then=Value(True)),
                    default=Value(False),
                    output_field=models.BooleanField(),
                ),
                is_prerequisite=Exists(order),
                prerequisite_order=Subquery(order.values("sort_order")[:1]),
            )
            .select_related("locale")
            .order_by("path")
        )

    def pages_around(self, locale):
        """The pages this one links to, in the reader's language, in one query: the
        catalog it is listed in ("catalog"), the partner that developed it
        ("partner", its profile in the reader's language when there is one) and the
        curricula in the reader's language that include it ("curricula")."""
        parent = Page.objects.filter(path=self.path[: -self.steplen])
        partner = Page.objects.filter(pk=self.developed_by_id)
        roles = {
            "catalog": Q(
                translation_key=Subquery(parent.values("translation_key")[:1]),
                locale_id__in={locale.pk, self.locale_id},
            ),
            "partner": Q(pk=self.developed_by_id)
            | Q(
                translation_key=Subquery(partner.values("translation_key")[:1]),
                locale_id=locale.pk,
                live=True,
            ),
            "curricula": Q(
                locale_id=locale.pk,
                live=True,
                curriculumpage__sessions__module__translation_key=self.translation_key,
            ),
        }
        if self.developed_by_id is None:
            del roles["partner"]
        pages = (
            only_public(Page.objects.filter(reduce(operator.or_, roles.values())))
            .annotate(
                role=Case(
                    *(When(q, then=Value(role)) for role, q in roles.items()),
                    output_field=models.CharField(),
                )
            )
            .distinct()
            .order_by("path")
        )
        found = {role: [] for role in roles}
        for page in pages:
            found[page.role].append(page)
        # The reader's language first, else this page's own catalog or the partner
        # profile the editor chose.
        return {
            "catalog": in_language_first(found["catalog"], locale),
            "partner": in_language_first(found.get("partner", []), locale),
            "curricula": found["curricula"],
        }


def in_language_first(pages, locale):
    """The page in `locale` among `pages`, or else the first of them (or None)."""
    return next((p for p in pages if p.locale_id == locale.pk), None) or (
        pages[0] if pages else None
    )


def localized_modules(translation_keys, locale_id):
    """Live, public modules in the given locale for these translation keys, in the
    given order. One query."""
    if not translation_keys:
        return []
    found = {
        module.translation_key: module
        for module in only_public(
            TrainingModulePage.objects.live().filter(
                locale_id=locale_id, translation_key__in=translation_keys
            )
        )
    }
    return [found[key] for key in translation_keys if key in found]
