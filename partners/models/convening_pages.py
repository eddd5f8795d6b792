"""Convenings: an event with an .ics file before it ends, its report afterwards."""

import zoneinfo
from itertools import groupby

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Exists, OuterRef
from django.http import Http404
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.fields import StreamField
from wagtail.models import Page, PageManager
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.models import BasePage, IndexPage
from home.pagination import paginate
from home.view_restrictions import SitePageQuerySet
from taxonomy.models import regions_for_locale
from translations.fallback import reading_translation

from ..blocks import ReportBodyBlock
from ..calendar import calendar_response, session_calendar_response
from ..choices import TIME_ZONE_CHOICES
from ..forms import ConveningPageForm
from ..serializers import PartnerLinksField
from ..structured_data import convening_data
from .convening_parts import ConveningHost, ConveningOutcome, ConveningParticipant
from .partner_pages import partners_by_translation_key
from .program import attach_program_details, in_time_order, program_days

PAST_CONVENINGS_PER_PAGE = 20


class ConveningQuerySet(SitePageQuerySet):
    def upcoming(self, now=None):
        """Convenings that have not ended yet, soonest first."""
        return self.filter(end__gt=now or timezone.now()).order_by("start", "pk")

    def past(self, now=None):
        """Convenings that have ended, most recent first."""
        return self.filter(end__lte=now or timezone.now()).order_by("-start", "-pk")

    def reports(self, now=None):
        """Convenings that have ended and carry a report (a summary or a body)."""
        return self.past(now).exclude(report_summary="", report_body=[])

    def took_part(self, partner):
        """Live convenings in the partner's language that it hosted or took part
        in (through any language's copy of its page), each marked `hosted`."""
        key = partner.translation_key
        hosted = Exists(
            ConveningHost.objects.filter(
                page=OuterRef("pk"), partner__translation_key=key
            )
        )
        participated = Exists(
            ConveningParticipant.objects.filter(
                page=OuterRef("pk"), partner__translation_key=key
            )
        )
        return (
            self.live()
            .public()
            .filter(locale_id=partner.locale_id)
            .filter(hosted | participated)
            .annotate(hosted=hosted)
            .select_related("locale", "alias_of__locale")
            .order_by("-start", "-pk")
        )


class ConveningIndexPage(IndexPage):
    """Upcoming convenings first, then past convenings and their reports by year."""

    override_translatable_fields = [SynchronizedField("slug")]
    subpage_types = ["partners.ConveningPage"]

    class Meta:
        verbose_name = _("convenings index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        now = timezone.now()
        convenings = self.listed_pages().select_related("locale", "alias_of__locale")
        past = paginate(request, convenings.past(now), PAST_CONVENINGS_PER_PAGE)
        context["upcoming"] = list(convenings.upcoming(now))
        # The calendar of every upcoming convening, in the reader's language: the
        # webcal:// address makes calendar apps subscribe, the https one downloads.
        calendar = request.build_absolute_uri(reverse("convenings_calendar"))
        context["calendar_download_url"] = calendar
        context["calendar_subscribe_url"] = "webcal://" + calendar.split("://", 1)[1]
        context["past"] = past
        context["past_by_year"] = [
            (year, list(items)) for year, items in groupby(past, key=lambda c: c.year)
        ]
        return context


class ConveningPage(RoutablePageMixin, BasePage):
    """A gathering of partners. Until it ends it is an event (with RSVP and a
    calendar file); afterwards the page carries its report."""

    introduction = models.TextField(
        _("introduction"),
        blank=True,
        help_text=_("What the convening is for, in a few sentences."),
    )
    start = models.DateTimeField(
        _("starts"),
        help_text=_("As the clock shows it where the convening happens."),
    )
    end = models.DateTimeField(
        _("ends"),
        help_text=_("As the clock shows it where the convening happens."),
    )
    time_zone = models.CharField(
        _("time zone"),
        max_length=40,
        choices=TIME_ZONE_CHOICES,
        default="America/New_York",
    )
    venue = models.CharField(_("venue"), max_length=150, blank=True)
    address = models.TextField(_("address"), blank=True)
    online = models.BooleanField(
        _("online"),
        default=False,
        help_text=_("Tick if people can join online (alone or as well as in person)."),
    )
    registration_url = models.URLField(
        _("registration link"),
        blank=True,
        help_text=_("Where people register or RSVP, if there is a form."),
    )
    registration_details = models.TextField(
        _("how to register"),
        blank=True,
        help_text=_("How to register or RSVP: by phone, by email, at the door ..."),
    )
    accessibility = models.TextField(
        _("accessibility"),
        blank=True,
        help_text=_("Step-free access, childcare, transport, food ..."),
    )
    interpretation = models.TextField(
        _("interpretation"),
        blank=True,
        help_text=_("Languages interpreted and how to ask for interpretation."),
    )
    report_summary = models.TextField(
        _("report summary"),
        blank=True,
        help_text=_("What happened and what was decided, in a paragraph."),
    )
    report_body = StreamField(ReportBodyBlock(), blank=True, verbose_name=_("report"))

    objects = PageManager.from_queryset(ConveningQuerySet)()
    # Set on the convenings a partner took part in (ConveningQuerySet.took_part);
    # every other card reads False rather than making the template search for it.
    hosted = False

    base_form_class = ConveningPageForm

    content_panels = [
        *Page.content_panels,
        FieldPanel("introduction"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("start"), FieldPanel("end")]),
                FieldPanel("time_zone"),
            ],
            heading=_("When"),
        ),
        MultiFieldPanel(
            [FieldPanel("venue"), FieldPanel("address"), FieldPanel("online")],
            heading=_("Where"),
        ),
        InlinePanel("hosts", heading=_("Host partners"), label=_("Host")),
        InlinePanel(
            "participants",
            heading=_("Participating partners"),
            label=_("Participant"),
        ),
        MultiFieldPanel(
            [FieldPanel("registration_url"), FieldPanel("registration_details")],
            heading=_("Registration or RSVP"),
        ),
        FieldPanel("accessibility"),
        FieldPanel("interpretation"),
    ]
    program_panels = [
        InlinePanel(
            "sessions",
            heading=_("Sessions"),
            label=_("Session"),
            help_text=_(
                "Times as the clock shows them where the convening happens. "
                "After the convening, tick the sessions that took place and give "
                "how many people came."
            ),
        )
    ]
    report_panels = [
        FieldPanel("report_summary"),
        FieldPanel("report_body"),
        InlinePanel(
            "outcomes",
            heading=_("Trainings that came out of it"),
            label=_("Module or curriculum"),
        ),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Event")),
            ObjectList(program_panels, heading=_("Program")),
            ObjectList(report_panels, heading=_("Report")),
            ObjectList(BasePage.promote_panels, heading=_("Promote")),
            ObjectList(Page.settings_panels, heading=_("Settings")),
        ],
        base_form_class=ConveningPageForm,
    )

    def search_kind(self):
        """A convening with a report is found as a report (see search.kinds)."""
        return "report" if self.has_report else "convening"

    search_fields = [
        *BasePage.search_fields,
        index.SearchField("introduction"),
        index.SearchField("venue"),
        index.SearchField("report_summary"),
        index.SearchField("report_body"),
        index.FilterField("start"),
        index.FilterField("end"),
    ]
    # Sessions are translated with the page (their own fields say which words are
    # translated and which facts are synchronized: ConveningSession).
    override_translatable_fields = [
        SynchronizedField("slug"),
        TranslatableField("sessions"),
    ]
    # The open-data API (home.api). Not the registration details: they may name a
    # person to call or write to.
    api_fields = [
        APIField("listing_summary"),
        APIField("introduction"),
        APIField("start"),
        APIField("end"),
        APIField("time_zone"),
        APIField("venue"),
        APIField("address"),
        APIField("online"),
        APIField("registration_url"),
        APIField("accessibility"),
        APIField("interpretation"),
        APIField("hosts", serializer=PartnerLinksField()),
        APIField("participants", serializer=PartnerLinksField()),
        APIField("report_summary"),
        APIField("report_body"),
    ]

    parent_page_types = ["partners.ConveningIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("convening")

    @classmethod
    def updates_feed_pages(cls):
        """The feed announces a convening once it has a report to read; upcoming
        convenings are in the calendar (partners.views.convenings_calendar)."""
        return cls.objects.reports()

    @property
    def zone(self):
        try:
            return zoneinfo.ZoneInfo(self.time_zone or settings.TIME_ZONE)
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            return zoneinfo.ZoneInfo("UTC")

    @property
    def year(self):
        return timezone.localtime(self.start, self.zone).year

    @property
    def is_upcoming(self):
        return self.end > timezone.now()

    @property
    def has_report(self):
        return bool(self.report_summary or self.report_body)

    @property
    def summary(self):
        if self.listing_summary:
            return self.listing_summary
        if not self.is_upcoming and self.report_summary:
            return self.report_summary
        return self.introduction

    @property
    def location(self):
        """Where it happens, on one line: venue, address, and whether online."""
        parts = [self.venue, " ".join(self.address.split())]
        if self.online:
            parts.append(str(_("also online") if any(parts) else _("Online")))
        return ", ".join(part for part in parts if part)

    @property
    def host_region(self):
        """The region of its first host that has one, whose coordinator hears of
        the registrations and proposals it receives (None if no host has one)."""
        host = (
            self.hosts.filter(partner__region__isnull=False)
            .select_related("partner__region")
            .first()
        )
        return host.partner.region if host else None

    def clean(self):
        super().clean()
        errors = {}
        if self.start and self.end and self.end <= self.start:
            errors["end"] = _("The end must come after the start.")
        if not (self.online or self.venue or self.address):
            errors["venue"] = _("Give a venue or an address, or tick “Online”.")
        if errors:
            raise ValidationError(errors)

    def outcome_trainings(self):
        """The modules and curricula that came out of the convening, in this page's
        language (their translation or alias), in the editor's order."""
        # Which trainings came out of a convening is a fact, not a translation: it is
        # read from the source-language page whichever copy is shown.
        keys = [
            row.training.translation_key
            for row in ConveningOutcome.objects.filter(
                page__translation_key=self.translation_key,
                page__locale__language_code=settings.LANGUAGE_CODE,
            ).select_related("training")
        ]
        pages = {
            page.translation_key: page
            for page in Page.objects.live()
            .public()
            .filter(translation_key__in=keys, locale_id=self.locale_id)
            .specific()
        }
        return [pages[key] for key in dict.fromkeys(keys) if key in pages]

    def calendar_url(self, request=None):
        url = self.get_url(request)
        return url + self.reverse_subpage("ics") if url else None

    # Wagtail's page URLs allow no dot, so the file is served at <page>/ics/ (the
    # download is still named <slug>.ics).
    @path("ics/", name="ics")
    def ics(self, request):
        """The convening and each session of its program as a calendar file
        (iCalendar) to add to any calendar."""
        shown = reading_translation(self)
        sessions = attach_program_details(list(shown.sessions.all()), self.locale_id)
        return calendar_response(self, request, shown, in_time_order(sessions))

    def program_url(self, request=None):
        url = self.get_url(request)
        return url + self.reverse_subpage("program") if url else None

    # Before the generic action route below, which would otherwise take program/.
    @path("program/", name="program")
    def program(self, request):
        """The program, day by day, in the reader's language (or the nearest one
        along their fallback chain), readable on a phone and printable."""
        shown = reading_translation(self)
        sessions = attach_program_details(list(shown.sessions.all()), self.locale_id)
        context = super(ConveningPage, shown).get_context(request)
        context.update(
            page=shown,
            self=shown,
            program_days=program_days(sessions, shown.zone),
            convening_url=self.get_url(request),
            calendar_url=self.calendar_url(request),
            is_upcoming=shown.is_upcoming,
        )
        return TemplateResponse(request, "partners/convening_program.html", context)

    @path("program/<uuid:key>/ics/", name="session_ics")
    def session_ics(self, request, key):
        """One session as a calendar file (the same event as in the convening's)."""
        shown = reading_translation(self)
        sessions = attach_program_details(
            list(shown.sessions.filter(translation_key=key)), self.locale_id
        )
        if not sessions:
            raise Http404
        return session_calendar_response(self, request, shown, sessions[0])

    # What other apps gather for a convening (registration, a call for sessions)
    # hangs off its page: each registers {name: view} with the `convening_actions`
    # hook, and <page>/<name>/<rest> calls view(request, page, rest).
    @re_path(r"^(?P<action>[a-z][-a-z]*)/(?P<rest>.*)$", name="action")
    def convening_action(self, request, action, rest):
        for actions in hooks.get_hooks("convening_actions"):
            view = actions().get(action)
            if view is not None:
                return view(request, self, rest)
        raise Http404

    def action_url(self, action, request=None):
        """The URL of one of those sub-pages, or None when the page has no URL."""
        url = self.get_url(request)
        if not url:
            return None
        return url + self.reverse_subpage(
            "action", kwargs={"action": action, "rest": ""}
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        hosts = [row.partner for row in self.hosts.select_related("partner")]
        participants = [
            row.partner for row in self.participants.select_related("partner")
        ]
        # The chooser may point at any language's copy of a partner; show and link
        # the copy in this page's language.
        localized = partners_by_translation_key(
            [p.translation_key for p in hosts + participants if p is not None],
            self.locale,
        )
        regions = regions_for_locale(self.locale)
        for partner in localized.values():
            partner.display_region = partner.region_in(regions)

        def in_language(partners):
            keys = dict.fromkeys(p.translation_key for p in partners if p is not None)
            return [localized[key] for key in keys if key in localized]

        context["is_upcoming"] = self.is_upcoming
        sessions = list(self.sessions.all())
        context["program_url"] = self.program_url(request) if sessions else None
        # The report lists what took place and how many came: numbers, never names.
        context["program_sessions"] = in_time_order(sessions)
        held = [s for s in context["program_sessions"] if s.took_place]
        context["sessions_held"] = held
        context["attendance_total"] = sum(s.attendance or 0 for s in held)
        context["attendance_known"] = any(s.attendance is not None for s in held)
        context["outcome_trainings"] = self.outcome_trainings()
        context["host_partners"] = in_language(hosts)
        context["participant_partners"] = in_language(hosts + participants)
        context["calendar_url"] = self.calendar_url(request)
        return context

    def structured_data(self, context, coalition):
        """JSON-LD for the page's <head> (home.structured_data)."""
        return convening_data(self, context, coalition)
