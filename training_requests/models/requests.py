"""Training requests: a partner asks for a training, staff triage it to delivery.

Requests are operational records, not content: plain models, not translatable, only
ever seen by the staff allowed to triage them. A request points at the source-
language (English) module, curriculum, partner, region and sector, whatever language
it was made in. Nothing is deleted by the triage: spam is a status, and every change
of status is kept with who made it, when and why.
"""

from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.db import models
from django.db.models import Max
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from wagtail.models import Locale

from curriculum.choices import Delivery
from curriculum.models import CurriculumPage, TrainingModulePage
from home.choices import SpokenLanguage

from .. import tokens
from ..choices import (
    OPEN_STATUSES,
    Source,
    Status,
    SupportNeed,
    labels_for,
)
from .tracking import ReferencedRecord, StatusChange, StatusHistory

WAITING_DAYS = 7


@dataclass(frozen=True)
class WantedTitle:
    title: str
    language: str

    def __str__(self):
        return self.title


class TrainingRequestQuerySet(models.QuerySet):
    def with_last_change(self):
        """Annotate `last_change_at`: when the status last changed (or the request
        came in, for a request with no recorded change)."""
        return self.annotate(
            last_change_at=Coalesce(Max("status_changes__changed_at"), "created_at")
        )

    def waiting(self, now=None, days=WAITING_DAYS):
        """New or in review, with no change of status for more than `days` days."""
        cutoff = (now or timezone.now()) - timedelta(days=days)
        return (
            self.filter(status__in=OPEN_STATUSES)
            .with_last_change()
            .filter(last_change_at__lt=cutoff)
        )

    def upcoming(self, today=None):
        today = today or timezone.localdate()
        return self.filter(status=Status.SCHEDULED, scheduled_for__gte=today).order_by(
            "scheduled_for", "pk"
        )

    def for_listing(self):
        return self.select_related(
            "organization", "region", "sector", "assigned_to", "locale"
        )

    def with_language(self, code):
        """Requests asking for a training in this language (stored as a JSON list;
        a text match on the quoted code works on every database)."""
        return self.filter(languages__icontains=f'"{code}"')


class TrainingRequest(StatusHistory, ReferencedRecord):
    """One organization's request for a training, from first contact to delivery."""

    # Where it stands ---------------------------------------------------------------
    reference = models.CharField(
        _("reference"), max_length=tokens.REFERENCE_LENGTH, unique=True, editable=False
    )
    created_at = models.DateTimeField(_("received"), default=timezone.now)
    source = models.CharField(
        _("received by"), max_length=12, choices=Source.choices, default=Source.WEB
    )
    status = models.CharField(
        _("status"),
        max_length=12,
        choices=Status.choices,
        default=Status.NEW,
        db_index=True,
    )

    # Who asked (contact fields are purged after the retention period) -------------
    organization = models.ForeignKey(
        "partners.PartnerPage",
        verbose_name=_("partner organization"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The partner's English page."),
    )
    organization_name = models.CharField(
        _("organization name"),
        max_length=200,
        blank=True,
        help_text=_("For an organization that is not a partner yet."),
    )
    contact_name = models.CharField(_("contact name"), max_length=120, blank=True)
    email = models.EmailField(_("email"), blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    locale = models.ForeignKey(
        "wagtailcore.Locale",
        verbose_name=_("requester's language"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The language we write to the requester in."),
    )

    # What was asked -------------------------------------------------------------------
    modules = models.ManyToManyField(
        "curriculum.TrainingModulePage",
        verbose_name=_("trainings"),
        blank=True,
        related_name="+",
    )
    curricula = models.ManyToManyField(
        "curriculum.CurriculumPage",
        verbose_name=_("curricula"),
        blank=True,
        related_name="+",
    )
    not_sure_description = models.TextField(
        _("what they need, in their words"), blank=True
    )
    languages = models.JSONField(_("training languages"), default=list, blank=True)
    interpretation_needed = models.BooleanField(
        _("interpretation needed"), default=False
    )
    sector = models.ForeignKey(
        "taxonomy.Sector",
        verbose_name=_("sector"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    participants = models.PositiveIntegerField(
        _("expected participants"), null=True, blank=True
    )
    delivery = models.CharField(
        _("in person or online"), max_length=12, choices=Delivery.choices, blank=True
    )
    city = models.CharField(_("city or town"), max_length=100, blank=True)
    region = models.ForeignKey(
        "taxonomy.Region",
        verbose_name=_("region"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    preferred_dates = models.CharField(_("preferred dates"), max_length=200, blank=True)
    support_needs = models.JSONField(_("support needed"), default=list, blank=True)
    accessibility_needs = models.TextField(_("other access needs"), blank=True)
    notes = models.TextField(_("requester's notes"), blank=True)

    # Staff's work -------------------------------------------------------------------
    assigned_to = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("assigned to"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    scheduled_for = models.DateField(_("scheduled for"), null=True, blank=True)
    scheduled_place = models.CharField(_("place"), max_length=200, blank=True)
    delivered_on = models.DateField(_("delivered on"), null=True, blank=True)
    participants_reached = models.PositiveIntegerField(
        _("participants reached"), null=True, blank=True
    )
    trainer = models.CharField(_("trainer"), max_length=120, blank=True)
    internal_notes = models.TextField(
        _("internal notes"),
        blank=True,
        help_text=_("Staff only. Never shown to the requester."),
    )
    contacts_purged_at = models.DateTimeField(
        _("contact details purged"), null=True, blank=True, editable=False
    )

    objects = TrainingRequestQuerySet.as_manager()

    class Meta:
        verbose_name = _("training request")
        verbose_name_plural = _("training requests")
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["created_at"], name="training_request_created")]

    def __str__(self):
        return self.reference or gettext("New training request")

    # What staff see -------------------------------------------------------------------
    @property
    def organization_display(self):
        if self.organization_id:
            return self.organization.title
        return self.organization_name

    organization_display.fget.short_description = _("organization")

    @property
    def assignee(self):
        user = self.assigned_to
        if user is None:
            return ""
        return user.get_full_name() or user.get_username()

    assignee.fget.short_description = _("assigned to")
    assignee.fget.admin_order_field = "assigned_to__first_name"

    @property
    def language_labels(self):
        return ", ".join(
            str(label) for label in labels_for(SpokenLanguage, self.languages)
        )

    language_labels.fget.short_description = _("training languages")

    @property
    def support_labels(self):
        return ", ".join(
            str(label) for label in labels_for(SupportNeed, self.support_needs)
        )

    support_labels.fget.short_description = _("support needed")

    @property
    def module_titles(self):
        return ", ".join(module.title for module in self.modules.all())

    module_titles.fget.short_description = _("trainings")

    @property
    def curriculum_titles(self):
        return ", ".join(curriculum.title for curriculum in self.curricula.all())

    curriculum_titles.fget.short_description = _("curricula")

    @property
    def requester_language(self):
        return self.locale.get_display_name() if self.locale_id else ""

    requester_language.fget.short_description = _("requester's language")

    @property
    def has_contact_details(self):
        return self.contacts_purged_at is None

    def summary_for_staff(self):
        """What the staff email says: what and where, never who."""
        return [
            (_("Organization"), self.organization_display),
            (_("Trainings"), self.module_titles),
            (_("Curricula"), self.curriculum_titles),
            (_("Region"), self.region.name if self.region_id else ""),
            (_("Sector"), self.sector.name if self.sector_id else ""),
            (_("Training languages"), self.language_labels),
            (_("Requester's language"), self.requester_language),
            (_("In person or online"), self.get_delivery_display()),
            (_("Expected participants"), self.participants or ""),
        ]

    def wanted_titles(self, language_code=None):
        """The modules and curricula asked for, each titled in `language_code` where
        a published page of that language has its own title, and in English
        otherwise; with the language the title is in."""
        locale = (
            Locale.objects.filter(language_code=language_code).first()
            if language_code
            else None
        )
        source_code = settings.LANGUAGE_CODE
        titles = []
        for model, chosen in (
            (TrainingModulePage, self.modules.all()),
            (CurriculumPage, self.curricula.all()),
        ):
            sources = list(chosen)
            local = {}
            if locale is not None and sources:
                local = dict(
                    model.objects.live()
                    .filter(
                        locale=locale,
                        alias_of__isnull=True,
                        translation_key__in=[s.translation_key for s in sources],
                    )
                    .values_list("translation_key", "title")
                )
            for source in sources:
                if source.translation_key in local:
                    titles.append(
                        WantedTitle(local[source.translation_key], language_code)
                    )
                else:
                    titles.append(WantedTitle(source.title, source_code))
        return titles

    # Creating one from the public form ------------------------------------------------
    @classmethod
    def from_public_form(cls, cleaned, locale):
        """Store a validated submission, with its first history row."""
        partner = None
        if cleaned.get("organization"):
            partner = (
                cls._meta.get_field("organization")
                .related_model.objects.filter(pk=cleaned["organization"])
                .select_related("region")
                .first()
            )
        region_model = cls._meta.get_field("region").related_model
        region = None
        if cleaned.get("region"):
            region = region_model.objects.filter(pk=cleaned["region"]).first()
        if region is None and partner is not None and partner.region_id:
            region = partner.region
            if region.locale_id != Locale.get_default().pk:
                region = (
                    region_model.objects.filter(
                        translation_key=region.translation_key,
                        locale=Locale.get_default(),
                    ).first()
                    or region
                )
        sector_model = cls._meta.get_field("sector").related_model
        request = cls.objects.create(
            source=Source.WEB,
            status=Status.NEW,
            organization=partner,
            organization_name=cleaned.get("organization_name", ""),
            contact_name=cleaned["contact_name"],
            email=cleaned.get("email", ""),
            phone=cleaned.get("phone", ""),
            locale=locale,
            not_sure_description=cleaned.get("not_sure_description", ""),
            languages=list(cleaned.get("languages", [])),
            interpretation_needed=bool(cleaned.get("interpretation_needed")),
            sector=(
                sector_model.objects.filter(pk=cleaned["sector"]).first()
                if cleaned.get("sector")
                else None
            ),
            participants=cleaned.get("participants"),
            delivery=cleaned.get("delivery", ""),
            city=cleaned.get("city", ""),
            region=region,
            preferred_dates=cleaned.get("preferred_dates", ""),
            support_needs=list(cleaned.get("support_needs", [])),
            accessibility_needs=cleaned.get("accessibility_needs", ""),
            notes=cleaned.get("notes", ""),
        )
        request.modules.set(cleaned.get("modules", []))
        request.curricula.set(cleaned.get("curricula", []))
        request.record_arrival(note=gettext("Sent through the website."))
        return request

    # Purging --------------------------------------------------------------------------
    # What could say who asked: blanked by the purge (see retention.py). Free text
    # goes too, since people write names and places into it.
    PERSONAL_FIELDS = (
        "contact_name",
        "email",
        "phone",
        "not_sure_description",
        "city",
        "preferred_dates",
        "accessibility_needs",
        "notes",
        "scheduled_place",
        "internal_notes",
    )


class TrainingRequestStatusChange(StatusChange):
    """One step in a request's history: who moved it from what to what, and why."""

    record_field = "request"

    request = models.ForeignKey(
        TrainingRequest,
        verbose_name=_("training request"),
        on_delete=models.CASCADE,
        related_name="status_changes",
    )
    from_status = models.CharField(
        _("from"), max_length=12, choices=Status.choices, blank=True
    )
    to_status = models.CharField(_("to"), max_length=12, choices=Status.choices)

    class Meta(StatusChange.Meta):
        pass


DEFAULT_CONSENT = (
    "We use these details only to arrange this training with you. Only the coalition "
    "staff who organize trainings can see them; they are never published or shared. "
    "We delete your name, email, phone and notes one year after the request is "
    "closed, and keep only anonymous numbers for our reports."
)
