"""The admin form for a training request: choices limited to the source-language
(English) pages and terms requests point at, and every change of status recorded in
the request's history with who made it and their note."""

from django import forms
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.models import Locale

from home.choices import SpokenLanguage
from home.text import PlainTextFormMixin

from . import audit
from .choices import Source, Status, SupportNeed
from .permissions import training_request_policy
from .status_forms import StatusHistoryFormMixin, status_note_field


class TrainingRequestAdminForm(
    StatusHistoryFormMixin, PlainTextFormMixin, WagtailAdminModelForm
):
    status_note = status_note_field(
        _(
            "Why the status changed, or what was agreed. Kept in the request's "
            "history; never shown to the requester."
        )
    )
    languages = forms.MultipleChoiceField(
        label=_("Training languages"),
        required=False,
        choices=SpokenLanguage.choices,
        widget=forms.CheckboxSelectMultiple,
    )
    support_needs = forms.MultipleChoiceField(
        label=_("Support needed"),
        required=False,
        choices=SupportNeed.choices,
        widget=forms.CheckboxSelectMultiple,
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        default = Locale.get_default()
        chosen = self.instance if self.instance.pk else None
        for name in ("organization", "region", "sector"):
            field = self.fields.get(name)
            if field is None:
                continue
            current = getattr(chosen, f"{name}_id", None) if chosen else None
            # A plain list of the English pages and terms, not a chooser that
            # would offer every language's copy.
            field.widget = forms.Select()
            field.queryset = field.queryset.filter(
                Q(locale=default) | Q(pk=current)
            ).order_by("title" if name == "organization" else "name")
        for name in ("modules", "curricula"):
            field = self.fields.get(name)
            if field is None:
                continue
            current = (
                list(getattr(chosen, name).values_list("pk", flat=True))
                if chosen
                else []
            )
            field.queryset = field.queryset.filter(
                Q(locale=default) | Q(pk__in=current)
            ).order_by("title")
        if "assigned_to" in self.fields:
            staff = training_request_policy.users_with_any_permission(["change"])
            current = chosen.assigned_to_id if chosen else None
            user_model = self.fields["assigned_to"].queryset.model
            self.fields["assigned_to"].queryset = user_model.objects.filter(
                Q(pk__in=staff.values("pk")) | Q(pk=current)
            ).order_by("first_name", "last_name", "username")
        if "locale" in self.fields:
            self.fields["locale"].label_from_instance = Locale.get_display_name
        if not self.instance.pk and "source" in self.fields:
            self.initial.setdefault("source", Source.PHONE)

    def clean(self):
        cleaned = super().clean()
        status = cleaned.get("status")
        if status == Status.SCHEDULED and not cleaned.get("scheduled_for"):
            self.add_error(
                "scheduled_for", _("Give the date of the training to schedule it.")
            )
        if status == Status.DELIVERED and not cleaned.get("delivered_on"):
            self.add_error("delivered_on", _("Give the date the training took place."))
        return cleaned

    def save(self, commit=True):
        previous_assignee = self.instance.pk and self.initial.get("assigned_to")
        instance = super().save(commit=commit)
        if commit:
            self.record_audit(instance, self.previous_status, previous_assignee)
        return instance

    def record_audit(self, instance, previous, previous_assignee):
        user = self.acting_user
        if previous != instance.status:
            audit.record_status_change(instance, user, previous, instance.status)
        if previous_assignee != instance.assigned_to_id and (
            previous_assignee or instance.assigned_to_id
        ):
            audit.record_assignment(instance, user, instance.assigned_to)
