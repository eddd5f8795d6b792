"""Training requests: a partner asks for a training, staff triage it to delivery.

Requests are operational records, not content: plain models, not translatable, only
ever seen by the staff allowed to triage them. A request points at the source-
language (English) module, curriculum, partner, region and sector, whatever language
it was made in. Nothing is deleted by the triage: spam is a status, and every change
of status is kept with who made it, when and why.
"""

import logging
from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.db import IntegrityError, models, transaction
from django.db.models import Max
from django.db.models.functions import Coalesce
from django.http import HttpResponseRedirect
from django.utils import timezone
from django.utils.cache import add_never_cache_headers
from django.utils.decorators import method_decorator
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.decorators.debug import sensitive_variables

from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Locale
from wagtail.search import index

from home.choices import SpokenLanguage
from home.models import BasePage
from home.translation_wishes import problem

from ..training_requests import guards, notifications, tokens
from ..training_requests.choices import (
    OPEN_STATUSES,
    PUBLIC_STATUS,
    PUBLIC_STATUS_EXPLANATION,
    Delivery,
    Source,
    Status,
    SupportNeed,
    labels_for,
)
from ..training_requests.forms import HONEYPOT_FIELD, STAMP_FIELD, TrainingRequestForm
from .curricula import CurriculumPage
from .modules import TrainingModulePage

logger = logging.getLogger("curriculum.training_requests")

WAITING_DAYS = 7
CONSENT_TEXT_ID = "tr-consent-text"


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


class TrainingRequest(models.Model):
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
        "curriculum.Sector",
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
        "partners.Region",
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

    def save(self, *args, **kwargs):
        if self.reference:
            return super().save(*args, **kwargs)
        # A clash of random references is all but impossible; try again if it happens.
        for attempt in range(5):
            self.reference = tokens.new_reference()
            try:
                with transaction.atomic():
                    return super().save(*args, **kwargs)
            except IntegrityError:
                self.reference = ""
                if attempt == 4:
                    raise
        return None

    # History ----------------------------------------------------------------------
    def change_status(self, to_status, *, by=None, note="", at=None):
        """Move to `to_status` and record it; returns the history row."""
        change = TrainingRequestStatusChange.objects.create(
            request=self,
            changed_at=at or timezone.now(),
            changed_by=by,
            from_status=self.status if self.pk and self.status != to_status else "",
            to_status=to_status,
            note=note,
        )
        if self.status != to_status:
            self.status = to_status
            type(self).objects.filter(pk=self.pk).update(status=to_status)
        return change

    def record_arrival(self, *, by=None, note="", at=None):
        return TrainingRequestStatusChange.objects.create(
            request=self,
            changed_at=at or self.created_at,
            changed_by=by,
            from_status="",
            to_status=self.status,
            note=note,
        )

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


class TrainingRequestStatusChange(models.Model):
    """One step in a request's history: who moved it from what to what, and why."""

    request = models.ForeignKey(
        TrainingRequest,
        verbose_name=_("training request"),
        on_delete=models.CASCADE,
        related_name="status_changes",
    )
    changed_at = models.DateTimeField(_("changed at"), default=timezone.now)
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("changed by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    from_status = models.CharField(
        _("from"), max_length=12, choices=Status.choices, blank=True
    )
    to_status = models.CharField(_("to"), max_length=12, choices=Status.choices)
    note = models.TextField(_("note"), blank=True)

    class Meta:
        verbose_name = _("status change")
        verbose_name_plural = _("status changes")
        ordering = ["changed_at", "pk"]

    def __str__(self):
        return f"{self.request}: {self.from_status or '-'} → {self.to_status}"


DEFAULT_CONSENT = (
    "We use these details only to arrange this training with you. Only the coalition "
    "staff who organize trainings can see them; they are never published or shared. "
    "We delete your name, email, phone and notes one year after the request is "
    "closed, and keep only anonymous numbers for our reports."
)


class TrainingRequestPage(RoutablePageMixin, BasePage):
    """The form partners use to ask for a training, with its thank-you page and the
    private status page each request gets (sub-URLs, so they exist in every
    language)."""

    introduction = models.TextField(
        _("introduction"),
        blank=True,
        help_text=_("A few sentences above the form: who can ask, and what happens."),
    )
    consent_text = models.TextField(
        _("how we use the details"),
        default=DEFAULT_CONSENT,
        help_text=_(
            "Shown beside the agreement box: what the details are used for, who sees "
            "them and how long they are kept. Keep it in step with the purge period."
        ),
    )

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("introduction"),
        FieldPanel("consent_text"),
    ]
    search_fields = [*BasePage.search_fields, index.SearchField("introduction")]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("training request form")

    def serve(self, request, view=None, args=None, kwargs=None):
        # The site may serve another translation than the one the URL routed to (the
        # nearest language a reader can read); the route's view then belongs to it.
        if view is not None and getattr(view, "__self__", self) is not self:
            view = getattr(self, view.__name__)
        return super().serve(request, view, args, kwargs)

    def serve_preview(self, request, mode_name):
        return self.render_form(request, TrainingRequestForm(), tokens.form_stamp())

    # The form -------------------------------------------------------------------------
    @path("")
    def form_view(self, request):
        if request.method == "POST":
            return self.submit(request)
        form = TrainingRequestForm(
            initial=TrainingRequestForm.initial_from_query(request.GET)
        )
        return self.render_form(request, form, tokens.form_stamp())

    def render_form(self, request, form, stamp, status=200):
        form.describe_consent_with(CONSENT_TEXT_ID)
        response = self.render(
            request,
            context_overrides={
                "form": form,
                "stamp": stamp,
                "stamp_field": STAMP_FIELD,
                "honeypot_field": HONEYPOT_FIELD,
                "consent_text_id": CONSENT_TEXT_ID,
                "sections": form.sections(),
            },
        )
        response.status_code = status
        return response

    @method_decorator(sensitive_variables())
    def submit(self, request):
        # Error reports (and emails to ADMINS) must not carry what the visitor typed.
        request.sensitive_post_parameters = "__ALL__"
        rejection = guards.check_submission(request)
        if rejection is not None:
            return rejection
        if request.POST.get(HONEYPOT_FIELD):
            return guards.reject(
                request,
                "honeypot",
                gettext("We could not accept this request"),
                gettext(
                    "It looks as if the form was filled in by a program. If you are "
                    "a person, please go back, leave the field marked “leave empty” "
                    "empty, and send the form again."
                ),
                status=400,
            )
        form = TrainingRequestForm(request.POST)
        valid = form.is_valid()
        stamp = tokens.check_form_stamp(request.POST.get(STAMP_FIELD))
        if not stamp.ok:
            logger.info("Training request rejected (form stamp %s)", stamp.problem)
            form.add_error(None, self.stamp_message(stamp.problem))
            return self.render_form(request, form, tokens.form_stamp(), status=400)
        if not valid:
            return self.render_form(
                request, form, request.POST.get(STAMP_FIELD), status=400
            )
        with transaction.atomic():
            training_request = TrainingRequest.from_public_form(
                form.cleaned_data, Locale.get_active()
            )
            token = tokens.status_token(training_request.reference)
            # Where the visitor sent the form from (a host ALLOWED_HOSTS accepts),
            # rather than the Site record's hostname, which may be a placeholder.
            status_url = request.build_absolute_uri(
                self.get_url(request)
                + self.reverse_subpage("status_view", args=[token])
            )
            notifications.announce_on_commit(
                training_request,
                notifications.announcement_for(training_request, request, status_url),
            )
        logger.info("Training request %s received", training_request.reference)
        response = HttpResponseRedirect(
            self.get_url(request) + self.reverse_subpage("thanks_view", args=[token])
        )
        response.status_code = 303
        return response

    @staticmethod
    def stamp_message(problem):
        if problem == "too_fast":
            return gettext(
                "That was faster than a person can fill in this form. Please check "
                "your answers and send it again."
            )
        if problem == "too_old":
            return gettext(
                "This form was open for a long time. Please check your answers and "
                "send it again."
            )
        return gettext(
            "Something went wrong with the form. Please check your answers and send "
            "it again."
        )

    # After sending --------------------------------------------------------------------
    def request_for_token(self, request, token):
        """The request the link names, or the response to give instead."""
        try:
            reference = tokens.reference_from_status_token(token)
        except tokens.ExpiredStatusToken:
            return None, problem(
                request,
                gettext("This link has expired"),
                gettext(
                    "Status links work for a year. Write to us with your request's "
                    "reference and we will tell you where it stands."
                ),
                status=410,
            )
        except tokens.BadStatusToken:
            return None, problem(
                request,
                gettext("This link does not work"),
                gettext(
                    "The link may have been cut short or changed. Copy the whole link "
                    "from your email, or write to us with your request's reference."
                ),
                status=400,
            )
        training_request = (
            TrainingRequest.objects.filter(reference=reference)
            .prefetch_related("modules", "curricula")
            .first()
        )
        if training_request is None:
            return None, problem(
                request,
                gettext("We could not find this request"),
                gettext("Write to us with your request's reference."),
                status=404,
            )
        return training_request, None

    def private_response(self, response):
        add_never_cache_headers(response)
        response["X-Robots-Tag"] = "noindex, nofollow"
        return response

    @path("thanks/<str:token>/")
    def thanks_view(self, request, token):
        training_request, failure = self.request_for_token(request, token)
        if failure is not None:
            return self.private_response(failure)
        return self.private_response(
            self.render(
                request,
                template="curriculum/training_request/thanks.html",
                context_overrides={
                    "reference": training_request.reference,
                    "status_url": self.get_url(request)
                    + self.reverse_subpage("status_view", args=[token]),
                    "emailed": bool(training_request.email),
                },
            )
        )

    @path("status/<str:token>/")
    def status_view(self, request, token):
        training_request, failure = self.request_for_token(request, token)
        if failure is not None:
            return self.private_response(failure)
        status = training_request.status
        show_date = status in (Status.SCHEDULED, Status.DELIVERED)
        return self.private_response(
            self.render(
                request,
                template="curriculum/training_request/status.html",
                context_overrides={
                    "reference": training_request.reference,
                    "status_label": PUBLIC_STATUS[status],
                    "status_explanation": PUBLIC_STATUS_EXPLANATION[status],
                    "training_date": (
                        (
                            training_request.delivered_on
                            or training_request.scheduled_for
                        )
                        if show_date
                        else None
                    ),
                    "wanted": training_request.wanted_titles(
                        Locale.get_active().language_code
                    ),
                },
            )
        )
