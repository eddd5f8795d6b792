"""Calls for sessions and the session proposals they gather.

Proposals are operational records, like training requests: plain models, not
translatable, seen only by the staff allowed to review them. A proposal points at
the source-language (English) convening and partner pages, whatever language it
was sent in. Nothing is deleted by the review: every change of status is kept
with who made it, when and why.
"""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.models import Orderable

from home.languages import source_language
from training_requests import tokens
from training_requests.models.tracking import (
    ReferencedRecord,
    StatusChange,
    StatusHistory,
)

from .choices import Format, Status, language_labels


class CallForSessionsQuerySet(models.QuerySet):
    def for_convening(self, page):
        """The call of a convening page in any language (they share the source
        page's translation key)."""
        return self.filter(
            convening__translation_key=page.translation_key,
            convening__locale__language_code=source_language(),
        )


class CallForSessions(models.Model):
    """An upcoming convening's call for sessions: open or closed, and until when.

    Kept beside the convening (keyed to its English page) rather than on it, so
    staff open and close a call without publishing a new revision of the page."""

    convening = models.OneToOneField(
        "partners.ConveningPage",
        verbose_name=_("convening"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("The convening's English page."),
    )
    is_open = models.BooleanField(
        _("open"),
        default=True,
        help_text=_("Untick to close the call before its deadline."),
    )
    deadline = models.DateTimeField(
        _("deadline"), help_text=_("Proposals are taken until this moment.")
    )

    objects = CallForSessionsQuerySet.as_manager()

    class Meta:
        verbose_name = _("call for sessions")
        verbose_name_plural = _("calls for sessions")
        ordering = ["-deadline", "pk"]

    def __str__(self):
        return gettext("Call for sessions: %(convening)s") % {
            "convening": self.convening.title
        }

    def accepts_proposals(self, now=None):
        now = now or timezone.now()
        return self.is_open and now < self.deadline and now < self.convening.end

    accepts_proposals.boolean = True
    accepts_proposals.short_description = _("taking proposals")


class SessionProposalQuerySet(models.QuerySet):
    def for_listing(self):
        return self.select_related("convening", "locale").prefetch_related(
            "presenters__partner"
        )


class SessionProposal(StatusHistory, ReferencedRecord, ClusterableModel):
    """A session someone proposes for a convening, from sending to the decision."""

    REFERENCE_PREFIX = "SP"

    reference = models.CharField(
        _("reference"), max_length=tokens.REFERENCE_LENGTH, unique=True, editable=False
    )
    created_at = models.DateTimeField(_("received"), default=timezone.now)
    convening = models.ForeignKey(
        "partners.ConveningPage",
        verbose_name=_("convening"),
        on_delete=models.PROTECT,
        related_name="+",
        help_text=_("The convening's English page."),
    )
    status = models.CharField(
        _("status"),
        max_length=12,
        choices=Status.choices,
        default=Status.SUBMITTED,
        db_index=True,
    )

    # The session ---------------------------------------------------------------------
    title = models.CharField(_("session title"), max_length=200)
    format = models.CharField(_("format"), max_length=12, choices=Format.choices)
    description = models.TextField(_("description"))
    languages = models.JSONField(_("languages of the session"), default=list)
    access_needs = models.TextField(_("interpretation or access needed"), blank=True)

    # Who proposed it (purged after the retention period) ------------------------------
    contact_name = models.CharField(_("contact name"), max_length=120, blank=True)
    email = models.EmailField(_("email"), blank=True)
    locale = models.ForeignKey(
        "wagtailcore.Locale",
        verbose_name=_("proposer's language"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The language we write to the proposer in."),
    )

    # Staff's work --------------------------------------------------------------------
    staff_notes = models.TextField(
        _("staff notes"),
        blank=True,
        help_text=_("Staff only. Never shown to the proposer."),
    )
    # The program session made from it (its translation key), once accepted.
    program_session_key = models.UUIDField(
        _("session in the program"), null=True, blank=True, editable=False
    )
    contacts_purged_at = models.DateTimeField(
        _("contact details purged"), null=True, blank=True, editable=False
    )

    objects = SessionProposalQuerySet.as_manager()

    class Meta:
        verbose_name = _("session proposal")
        verbose_name_plural = _("session proposals")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return self.reference or gettext("New session proposal")

    # What staff see ------------------------------------------------------------------
    @property
    def language_labels(self):
        return ", ".join(language_labels(self.languages))

    language_labels.fget.short_description = _("languages of the session")

    @property
    def organizations(self):
        names = [p.organization_display for p in self.presenters.all()]
        return ", ".join(dict.fromkeys(name for name in names if name))

    organizations.fget.short_description = _("organizations")

    @property
    def presenter_names(self):
        return ", ".join(p.name for p in self.presenters.all() if p.name)

    presenter_names.fget.short_description = _("presenters")

    @property
    def proposer_language(self):
        return self.locale.get_display_name() if self.locale_id else ""

    proposer_language.fget.short_description = _("proposer's language")

    @property
    def language_code(self):
        return self.locale.language_code if self.locale_id else settings.LANGUAGE_CODE

    # Creating one from the public form ---------------------------------------------
    @classmethod
    def from_public_form(cls, cleaned, convening, locale):
        """Store a validated submission with its presenters and first history row."""
        proposal = cls.objects.create(
            convening=convening,
            title=cleaned["title"],
            format=cleaned["format"],
            description=cleaned["description"],
            languages=list(cleaned["languages"]),
            access_needs=cleaned.get("access_needs", ""),
            contact_name=cleaned["contact_name"],
            email=cleaned["email"],
            locale=locale,
        )
        SessionProposalPresenter.objects.bulk_create(
            SessionProposalPresenter(
                proposal=proposal,
                sort_order=order,
                name=presenter["name"],
                partner_id=presenter["partner"],
                organization_name=presenter["organization_name"],
            )
            for order, presenter in enumerate(cleaned["presenters"])
        )
        proposal.record_arrival(note=gettext("Sent through the website."))
        return proposal

    # Purging -------------------------------------------------------------------------
    # What could say who proposed: blanked by the purge (see retention.py).
    PERSONAL_FIELDS = ("contact_name", "email", "access_needs", "staff_notes")


class SessionProposalPresenter(Orderable):
    """One presenter and their organization: a partner, or a name as typed."""

    proposal = ParentalKey(
        SessionProposal, on_delete=models.CASCADE, related_name="presenters"
    )
    name = models.CharField(_("presenter's name"), max_length=120, blank=True)
    partner = models.ForeignKey(
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
        help_text=_("For an organization that is not a partner."),
    )

    class Meta(Orderable.Meta):
        verbose_name = _("presenter")
        verbose_name_plural = _("presenters")

    def __str__(self):
        return self.name

    @property
    def organization_display(self):
        if self.partner_id:
            return self.partner.title
        return self.organization_name


class SessionProposalStatusChange(StatusChange):
    """One step in a proposal's history: who moved it from what to what, and why."""

    record_field = "proposal"

    proposal = models.ForeignKey(
        SessionProposal,
        verbose_name=_("session proposal"),
        on_delete=models.CASCADE,
        related_name="status_changes",
    )
    from_status = models.CharField(
        _("from"), max_length=12, choices=Status.choices, blank=True
    )
    to_status = models.CharField(_("to"), max_length=12, choices=Status.choices)

    class Meta(StatusChange.Meta):
        pass
