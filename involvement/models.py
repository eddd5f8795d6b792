"""The "Get involved" form pages editors build themselves with Wagtail's form
builder: their fields (translated with wagtail-localize, each keeping the source
field's key), their submissions, and the groups that may read them."""

from django import forms
from django.contrib.auth.models import Group
from django.db import models
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.forms.models import (
    AbstractFormField,
    AbstractFormSubmission,
    FormMixin,
)
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Locale, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.models import BasePage

from . import views
from .forms import InvolvementFormBuilder


class InvolvementFormField(TranslatableMixin, AbstractFormField):
    """One question of a form. Its label, help text, choices and default are
    translated; its key (`clean_name`, made once from the English label) and type
    are the source's in every language, so answers line up in one export."""

    page = ParentalKey(
        "involvement.InvolvementFormPage",
        on_delete=models.CASCADE,
        related_name="form_fields",
    )

    translatable_fields = [
        TranslatableField("label"),
        TranslatableField("help_text"),
        TranslatableField("choices"),
        TranslatableField("default_value"),
        SynchronizedField("clean_name"),
        SynchronizedField("field_type"),
        SynchronizedField("required"),
        SynchronizedField("sort_order"),
    ]

    class Meta(TranslatableMixin.Meta, AbstractFormField.Meta):
        verbose_name = _("form field")
        verbose_name_plural = _("form fields")


class InvolvementSubmission(AbstractFormSubmission):
    """One person's answers. Kept INVOLVEMENT_RETENTION_DAYS days, then deleted
    (involvement.retention); only the page's chosen groups ever see it."""

    def get_data(self):
        return {**super().get_data(), "language": self.page.locale.language_code}

    class Meta:
        verbose_name = _("Get involved submission")
        verbose_name_plural = _("Get involved submissions")
        indexes = [models.Index(fields=["submit_time"])]


class InvolvementFormPage(RoutablePageMixin, FormMixin, BasePage):
    """A form editors build ("Join us", "Volunteer"): fields they choose, a
    thank-you message, and the staff groups who may read what people send."""

    introduction = models.TextField(
        _("introduction"),
        blank=True,
        help_text=_("A few sentences above the form: who it is for and why."),
    )
    submit_label = models.CharField(
        _("button text"),
        max_length=60,
        default="Send",
        help_text=_("The words on the form's button."),
    )
    consent_text = models.TextField(
        _("how we use the answers"),
        blank=True,
        help_text=_(
            "Shown above the button: what the answers are used for, who sees them "
            "and how long they are kept."
        ),
    )
    thank_you_text = models.TextField(
        _("thank-you message"),
        blank=True,
        help_text=_("Shown once the form is sent: what happens next."),
    )
    submission_groups = ParentalManyToManyField(
        Group,
        blank=True,
        related_name="+",
        verbose_name=_("who may read the answers"),
        help_text=_(
            "Members of these groups (and administrators) see this form's "
            "submissions and may export them; nobody else does. The groups chosen "
            "on the English page apply to every language."
        ),
    )

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("introduction"),
        InlinePanel("form_fields", label=_("Form fields")),
        FieldPanel("submit_label"),
        FieldPanel("consent_text"),
        FieldPanel("thank_you_text"),
    ]
    settings_panels = [
        MultiFieldPanel(
            [FieldPanel("submission_groups", widget=forms.CheckboxSelectMultiple)],
            heading=_("Submissions"),
        ),
        *BasePage.settings_panels,
    ]
    search_fields = [*BasePage.search_fields, index.SearchField("introduction")]

    form_builder = InvolvementFormBuilder
    parent_page_types = ["home.StandardPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("Get involved form")

    # Submissions ----------------------------------------------------------------
    def get_submission_class(self):
        return InvolvementSubmission

    def get_submissions(self):
        """What was sent through this form in every language."""
        return InvolvementSubmission.objects.filter(
            page__translation_key=self.translation_key
        ).select_related("page__locale")

    def get_data_fields(self):
        return [
            *super().get_data_fields(),
            ("language", _("Language of the form")),
        ]

    def get_submissions_list_view_class(self):
        from .admin_views import SubmissionsListView

        return SubmissionsListView

    def source_page(self):
        """The page in the source language (whose groups apply to every copy)."""
        if self.locale_id == Locale.get_default().pk:
            return self
        return (
            type(self)
            .objects.filter(
                translation_key=self.translation_key, locale=Locale.get_default()
            )
            .first()
            or self
        )

    def process_form_submission(self, form):
        return InvolvementSubmission.objects.create(
            form_data=self.answers_in_source_terms(form.cleaned_data), page=self
        )

    def answers_in_source_terms(self, cleaned_data):
        """Choices saved as the source language's words, so a Spanish "Sí" and an
        English "Yes" count as one answer in the export."""
        source = self.source_page()
        if source.pk == self.pk:
            return cleaned_data
        source_fields = {field.clean_name: field for field in source.get_form_fields()}
        builder = self.form_builder([])
        answers = dict(cleaned_data)
        for field in self.get_form_fields():
            original_field = source_fields.get(field.clean_name)
            if not field.choices or original_field is None:
                continue
            translated = builder.choice_values(field)
            original = builder.choice_values(original_field)
            if len(translated) != len(original):
                continue
            mapping = dict(zip(translated, original, strict=True))
            value = answers.get(field.clean_name)
            if isinstance(value, list):
                answers[field.clean_name] = [mapping.get(v, v) for v in value]
            elif isinstance(value, str):
                answers[field.clean_name] = mapping.get(value, value)
        return answers

    # Public views ---------------------------------------------------------------
    def serve(self, request, view=None, args=None, kwargs=None):
        # The site may serve another translation than the one the URL routed to;
        # the route's view then belongs to it (as on the training request page).
        if view is not None and getattr(view, "__self__", self) is not self:
            view = getattr(self, view.__name__)
        return RoutablePageMixin.serve(self, request, view, args, kwargs)

    def serve_preview(self, request, mode_name):
        if mode_name == "landing":
            return views.thanks(request, self)
        return views.form_page(request, self)

    @path("")
    def form_view(self, request):
        return views.form_page(request, self)

    @path("thanks/")
    def thanks_view(self, request):
        return views.thanks(request, self)

    def thanks_url(self, request):
        return self.get_url(request) + self.reverse_subpage("thanks_view")
