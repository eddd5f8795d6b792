"""A convening's program: its sessions, built by editors in the page's "Program"
tab (or from an accepted proposal with `add_session`), shown on <page>/program/,
in the convening's calendar file, and, once it has happened, in its report."""

from itertools import groupby

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField

from ..blocks import SessionModulesBlock, SessionPresentersBlock
from ..choices import SessionFormat


def language_choices():
    return list(settings.LANGUAGES)


class LanguageCodesField(models.JSONField):
    """A list of the site's language codes, ticked in the admin. (Stored as a list
    rather than child rows: a session's languages are shown, never filtered on.)"""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("default", list)
        kwargs.setdefault("blank", True)
        super().__init__(*args, **kwargs)

    def formfield(self, **kwargs):
        return forms.MultipleChoiceField(
            choices=language_choices,
            widget=forms.CheckboxSelectMultiple,
            required=not self.blank,
            label=capfirst(self.verbose_name),
            help_text=self.help_text,
        )


class ConveningSession(TranslatableMixin, Orderable):
    """One session of a convening's program. Its words are translated with the
    page; times, place, languages, presenters and attendance are the same facts in
    every language, so they are synchronized from the source page."""

    page = ParentalKey(
        "partners.ConveningPage", on_delete=models.CASCADE, related_name="sessions"
    )
    title = models.CharField(_("title"), max_length=200)
    format = models.CharField(
        _("format"),
        max_length=20,
        choices=SessionFormat.choices,
        default=SessionFormat.WORKSHOP,
    )
    description = models.TextField(_("description"), blank=True)
    start = models.DateTimeField(
        _("starts"), help_text=_("As the clock shows it where the convening happens.")
    )
    end = models.DateTimeField(
        _("ends"), help_text=_("As the clock shows it where the convening happens.")
    )
    room = models.CharField(
        _("room or link text"),
        max_length=150,
        blank=True,
        help_text=_("Where in the venue, or how to join: “Main hall”, “Zoom” ..."),
    )
    room_url = models.URLField(
        _("link"), blank=True, help_text=_("A link to join online, if there is one.")
    )
    languages = LanguageCodesField(
        _("languages spoken"),
        help_text=_("The languages the session is given in."),
    )
    interpretation = LanguageCodesField(
        _("interpretation offered"),
        help_text=_("The languages interpreters will interpret into."),
    )
    presenters = StreamField(
        SessionPresentersBlock(), blank=True, verbose_name=_("presenters")
    )
    modules = StreamField(
        SessionModulesBlock(), blank=True, verbose_name=_("modules used")
    )
    took_place = models.BooleanField(
        _("took place"),
        default=False,
        help_text=_("Tick after the convening, so the report lists the session."),
    )
    attendance = models.PositiveIntegerField(
        _("attendance"),
        null=True,
        blank=True,
        help_text=_("How many people came: a number only, never names."),
    )

    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("description"),
        TranslatableField("room"),
        SynchronizedField("format", overridable=False),
        SynchronizedField("start", overridable=False),
        SynchronizedField("end", overridable=False),
        SynchronizedField("room_url"),
        SynchronizedField("languages", overridable=False),
        SynchronizedField("interpretation", overridable=False),
        SynchronizedField("presenters", overridable=False),
        SynchronizedField("modules", overridable=False),
        SynchronizedField("took_place", overridable=False),
        SynchronizedField("attendance", overridable=False),
    ]

    panels = [
        FieldRowPanel([FieldPanel("title"), FieldPanel("format")]),
        FieldPanel("description"),
        FieldRowPanel([FieldPanel("start"), FieldPanel("end")]),
        FieldRowPanel([FieldPanel("room"), FieldPanel("room_url")]),
        FieldRowPanel([FieldPanel("languages"), FieldPanel("interpretation")]),
        FieldPanel("presenters"),
        FieldPanel("modules"),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("took_place"), FieldPanel("attendance")])],
            heading=_("After the convening"),
        ),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["sort_order"]
        verbose_name = _("session")
        verbose_name_plural = _("sessions")

    def __str__(self):
        return self.title

    def clean(self):
        super().clean()
        if self.start and self.end and self.end <= self.start:
            raise ValidationError({"end": _("The end must come after the start.")})

    def errors_within(self, convening):
        """{field: message} for times outside the convening's day(s), read in the
        convening's time zone."""
        zone = convening.zone
        first = timezone.localtime(convening.start, zone).date()
        last = timezone.localtime(convening.end, zone).date()
        message = _("A session happens on the convening's day(s).")
        return {
            name: message
            for name in ("start", "end")
            if getattr(self, name)
            and not first
            <= timezone.localtime(getattr(self, name), zone).date()
            <= last
        }

    @property
    def is_break(self):
        return self.format == SessionFormat.BREAK


def add_session(convening, *, user=None, publish=False, **values):
    """Add a session to `convening`'s program from given values (what an accepted
    proposal carries), as a new revision of its source-language page: a draft for
    an editor to check and publish, or published at once with `publish`.

    `presenters` is a list of partner pages and (name, organization) pairs;
    `modules` a list of training module pages; the rest are ConveningSession's
    fields. Raises ValidationError when the values would not pass the editor's
    form. Returns the session (its `translation_key` identifies it from now on).
    """
    source = convening.get_translation(convening.locale.get_default())
    draft = source.get_latest_revision_as_object()
    presenters = []
    for presenter in values.pop("presenters", []):
        if isinstance(presenter, Page):
            presenters.append(("partner", presenter))
        else:
            name, organization = presenter
            presenters.append(("person", {"name": name, "organization": organization}))
    modules = [("module", page) for page in values.pop("modules", [])]
    existing = list(draft.sessions.all())
    session = ConveningSession(
        page=draft,
        locale_id=draft.locale_id,
        sort_order=len(existing),
        presenters=presenters,
        modules=modules,
        **values,
    )
    session.full_clean(exclude=["page"])
    errors = session.errors_within(draft)
    if errors:
        raise ValidationError(errors)
    draft.sessions = [*existing, session]
    revision = draft.save_revision(user=user)
    if publish:
        revision.publish(user=user)
    return session


def _stream_ids(stream, kind):
    """The page ids chosen in a StreamField, read from its raw data so that no
    query is made per session."""
    return [item["value"] for item in stream.raw_data if item["type"] == kind]


def attach_program_details(sessions, locale_id):
    """Give each session `presenter_list` ({"partner": page} or {"name": ...,
    "organization": ...}, in order) and `module_pages`, in the locale of
    `locale_id` (their translations or aliases there), and `language_names` and
    `interpretation_names`. One query, however many sessions."""
    partner_ids = {id for s in sessions for id in _stream_ids(s.presenters, "partner")}
    module_ids = {id for s in sessions for id in _stream_ids(s.modules, "module")}
    chosen = partner_ids | module_ids
    keys, localized = {}, {}
    if chosen:
        # The chosen pages (for their translation keys) and their copies in this
        # locale, together.
        for page in (
            Page.objects.live()
            .public()
            .filter(
                Q(pk__in=chosen)
                | Q(
                    locale_id=locale_id,
                    translation_key__in=Page.objects.filter(pk__in=chosen).values(
                        "translation_key"
                    ),
                )
            )
            .select_related("locale", "alias_of__locale")
        ):
            if page.pk in chosen:
                keys[page.pk] = page.translation_key
            if page.locale_id == locale_id:
                localized[page.translation_key] = page
    names = dict(settings.LANGUAGES)
    for session in sessions:
        presenter_list = []
        for item in session.presenters.raw_data:
            if item["type"] == "partner":
                partner = localized.get(keys.get(item["value"]))
                if partner is not None:
                    presenter_list.append({"partner": partner})
            elif item["type"] == "person" and item["value"].get("name"):
                presenter_list.append(
                    {
                        "name": item["value"]["name"],
                        "organization": item["value"].get("organization", ""),
                    }
                )
        session.presenter_list = presenter_list
        session.module_pages = [
            localized[keys[pk]]
            for pk in dict.fromkeys(_stream_ids(session.modules, "module"))
            if keys.get(pk) in localized
        ]
        session.language_names = [names[c] for c in session.languages if c in names]
        session.interpretation_names = [
            names[c] for c in session.interpretation if c in names
        ]
    return sessions


def in_time_order(sessions):
    return sorted(sessions, key=lambda s: (s.start, s.sort_order or 0, s.pk or 0))


def program_days(sessions, zone):
    """[(day, [session, ...]), ...] in time order, the day read in `zone`."""
    return [
        (day, list(items))
        for day, items in groupby(
            in_time_order(sessions),
            key=lambda s: timezone.localtime(s.start, zone).date(),
        )
    ]
