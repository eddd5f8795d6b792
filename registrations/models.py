"""Registrations for a convening: who is coming and what they need to take part.

Operational records, not content: plain models, never translated, seen only by the
coordinators (see permissions.py). A registration points at the convening's
source-language (English) page whatever language it was made in. Whether a
convening takes registrations here, and how many places it has, is kept beside the
page (RegistrationSettings) rather than on it, so the partners app knows nothing
of registrations.
"""

from math import ceil

from django.conf import settings
from django.db import models
from django.db.models import Count, Q
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from training_requests import tokens
from training_requests.models.tracking import ReferencedRecord

from .choices import (
    OTHER_LANGUAGE,
    Need,
    Status,
    interpretation_choices,
    language_choices,
)

DEFAULT_LISTENERS_PER_INTERPRETER = 10


def listeners_per_interpreter():
    return max(
        1,
        getattr(
            settings,
            "REGISTRATION_LISTENERS_PER_INTERPRETER",
            DEFAULT_LISTENERS_PER_INTERPRETER,
        ),
    )


def interpreters_for(listeners):
    """Interpreters to book for this many listeners of one language: one per
    started group of REGISTRATION_LISTENERS_PER_INTERPRETER (10 -> 1, 11 -> 2)."""
    return ceil(listeners / listeners_per_interpreter())


class RegistrationSettings(models.Model):
    """Whether a convening takes registrations through the hub, and its places."""

    convening = models.OneToOneField(
        "partners.ConveningPage",
        verbose_name=_("convening"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("The convening's English page."),
    )
    registration_open = models.BooleanField(
        _("registration open"),
        default=True,
        help_text=_(
            "People register on the convening's page. Untick to close registration "
            "(the page then shows the registration link, if it has one)."
        ),
    )
    capacity = models.PositiveIntegerField(
        _("places"),
        null=True,
        blank=True,
        help_text=_(
            "How many people can come. Leave empty for no limit. Once it is full, "
            "new registrations go on the waiting list."
        ),
    )

    class Meta:
        verbose_name = _("registration settings")
        verbose_name_plural = _("registration settings")

    def __str__(self):
        return str(self.convening)

    @classmethod
    def for_convening(cls, convening):
        """The settings of the convening's source page (None if it has none)."""
        return cls.objects.filter(convening_id=source_page_id(convening)).first()


def source_page_id(convening):
    """The id of the convening's source-language page, from any language's copy."""
    if convening.locale.language_code == settings.LANGUAGE_CODE:
        return convening.pk
    source = (
        type(convening)
        .objects.filter(
            translation_key=convening.translation_key,
            locale__language_code=settings.LANGUAGE_CODE,
        )
        .values_list("pk", flat=True)
        .first()
    )
    return source or convening.pk


class RegistrationQuerySet(models.QuerySet):
    def confirmed(self):
        return self.filter(status=Status.CONFIRMED)

    def waitlisted(self):
        return self.filter(status=Status.WAITLISTED)

    def in_waiting_order(self):
        return self.waitlisted().order_by("created_at", "pk")

    def with_need(self, need):
        if need == Need.INTERPRETATION:
            return self.exclude(interpretation="")
        if need == Need.CHILDCARE:
            return self.filter(children__gt=0)
        if need in (Need.ACCESSIBILITY, Need.DIETARY, Need.TRANSPORT):
            return self.exclude(**{need: ""})
        return self

    def headcounts(self):
        """What coordinators book for: counts over the confirmed registrations."""
        confirmed = self.confirmed()
        counts = self.aggregate(
            confirmed=Count("pk", filter=Q(status=Status.CONFIRMED)),
            waitlisted=Count("pk", filter=Q(status=Status.WAITLISTED)),
            cancelled=Count("pk", filter=Q(status=Status.CANCELLED)),
        )
        counts.update(
            confirmed.aggregate(
                childcare_registrations=Count("pk", filter=Q(children__gt=0)),
                children=models.Sum("children", default=0),
                accessibility=Count("pk", filter=~Q(accessibility="")),
                dietary=Count("pk", filter=~Q(dietary="")),
                transport=Count("pk", filter=~Q(transport="")),
            )
        )
        labels = dict(interpretation_choices())
        by_language = dict(
            confirmed.exclude(interpretation="")
            .values_list("interpretation")
            .annotate(n=Count("pk"))
            .values_list("interpretation", "n")
        )
        asked = [code for code in labels if by_language.get(code)]
        counts["interpretation"] = [(labels[code], by_language[code]) for code in asked]
        counts["other_languages"] = list(
            confirmed.filter(interpretation=OTHER_LANGUAGE)
            .exclude(interpretation_other="")
            .values_list("interpretation_other", flat=True)
        )
        # Interpreters to book per language: the site's, then each other
        # language as named (the first spelling of it).
        listeners = {labels[code]: by_language[code] for code in asked}
        listeners.pop(labels[OTHER_LANGUAGE], None)
        named = {}
        for name in counts["other_languages"]:
            named.setdefault(name.strip().casefold(), [name.strip(), 0])[1] += 1
        listeners.update(dict(named.values()))
        counts["interpreters"] = [
            (label, interpreters_for(n)) for label, n in listeners.items()
        ]
        counts["children_ages"] = [
            ages
            for ages in confirmed.filter(children__gt=0).values_list(
                "children_ages", flat=True
            )
            if ages
        ]
        return counts


class Registration(ReferencedRecord):
    """One person's registration for a convening, with what they need to take part."""

    REFERENCE_PREFIX = "RG"

    reference = models.CharField(
        _("reference"), max_length=tokens.REFERENCE_LENGTH, unique=True, editable=False
    )
    convening = models.ForeignKey(
        "partners.ConveningPage",
        verbose_name=_("convening"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("The convening's English page."),
    )
    status = models.CharField(
        _("status"),
        max_length=12,
        choices=Status.choices,
        default=Status.CONFIRMED,
        db_index=True,
    )
    created_at = models.DateTimeField(_("registered"), default=timezone.now)
    changed_at = models.DateTimeField(_("last changed"), auto_now=True)

    # Who (purged after the retention period) -------------------------------------
    name = models.CharField(_("name"), max_length=120, blank=True)
    email = models.EmailField(_("email"), blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    organization = models.CharField(_("organization"), max_length=200, blank=True)
    language = models.CharField(
        _("preferred language"),
        max_length=12,
        choices=language_choices,
        default=settings.LANGUAGE_CODE,
        help_text=_("The language we write to them in."),
    )

    # What they need --------------------------------------------------------------
    interpretation = models.CharField(
        _("interpretation into"),
        max_length=12,
        choices=interpretation_choices,
        blank=True,
    )
    interpretation_other = models.CharField(
        _("other language"), max_length=60, blank=True
    )
    children = models.PositiveSmallIntegerField(_("children in childcare"), default=0)
    children_ages = models.CharField(_("children's ages"), max_length=100, blank=True)
    accessibility = models.TextField(_("accessibility needs"), blank=True)
    dietary = models.TextField(_("dietary needs"), blank=True)
    transport = models.TextField(_("transport needs"), blank=True)

    contacts_purged_at = models.DateTimeField(
        _("contact details purged"), null=True, blank=True, editable=False
    )

    objects = RegistrationQuerySet.as_manager()

    class Meta:
        verbose_name = _("registration")
        verbose_name_plural = _("registrations")
        ordering = ["-created_at", "-pk"]
        indexes = [
            models.Index(
                fields=["convening", "status", "created_at"],
                name="registration_waiting_order",
            )
        ]

    # What could say who registered: blanked by the purge (see retention.py). Free
    # text goes too, since people write names and conditions into it.
    PERSONAL_FIELDS = (
        "name",
        "email",
        "phone",
        "organization",
        "children_ages",
        "accessibility",
        "dietary",
        "transport",
        "interpretation_other",
    )
    NEEDS_FIELDS = (
        "interpretation",
        "interpretation_other",
        "children",
        "children_ages",
        "accessibility",
        "dietary",
        "transport",
    )

    def __str__(self):
        return self.reference or gettext("New registration")

    @property
    def has_contact_details(self):
        return self.contacts_purged_at is None

    @property
    def needs_labels(self):
        """The needs this registration names, for the listing and the export."""
        return ", ".join(
            str(label) for value, label in Need.choices if self.has_need(value)
        )

    needs_labels.fget.short_description = _("needs")

    def has_need(self, need):
        if need == Need.INTERPRETATION:
            return bool(self.interpretation)
        if need == Need.CHILDCARE:
            return self.children > 0
        return bool(getattr(self, need, ""))

    @property
    def interpretation_label(self):
        if self.interpretation == OTHER_LANGUAGE and self.interpretation_other:
            return self.interpretation_other
        return self.get_interpretation_display() if self.interpretation else ""

    interpretation_label.fget.short_description = _("interpretation into")
