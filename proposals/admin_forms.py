"""The admin form for a session proposal: partners limited to the English pages
proposals point at, and every change of status recorded in the proposal's history
with who made it and their note."""

from django import forms
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.models import Locale

from home.text import PlainTextFormMixin
from training_requests.status_forms import StatusHistoryFormMixin, status_note_field

from .choices import session_languages


class SessionProposalAdminForm(
    StatusHistoryFormMixin, PlainTextFormMixin, WagtailAdminModelForm
):
    status_note = status_note_field(
        _(
            "Why the status changed, or what was agreed. Kept in the proposal's "
            "history; never shown to the proposer."
        )
    )
    languages = forms.MultipleChoiceField(
        label=_("Languages of the session"),
        choices=session_languages,
        widget=forms.CheckboxSelectMultiple,
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        default = Locale.get_default()
        field = self.fields.get("convening")
        if field is not None:
            current = self.instance.convening_id if self.instance.pk else None
            field.widget = forms.Select()
            field.queryset = field.queryset.filter(
                Q(locale=default) | Q(pk=current)
            ).order_by("-start")
        if "locale" in self.fields:
            self.fields["locale"].label_from_instance = Locale.get_display_name
        formset = getattr(self, "formsets", {}).get("presenters")
        if formset is not None:
            for presenter_form in [*formset.forms, formset.empty_form]:
                partner = presenter_form.fields.get("partner")
                if partner is None:
                    continue
                current = presenter_form.instance.partner_id
                # A plain list of the English pages, not a chooser of every copy.
                partner.widget = forms.Select()
                partner.queryset = partner.queryset.filter(
                    Q(locale=default) | Q(pk=current)
                ).order_by("title")


class CallForSessionsAdminForm(WagtailAdminModelForm):
    """A call belongs to a convening's English page: a plain list of those."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields["convening"]
        current = self.instance.convening_id
        field.widget = forms.Select()
        field.queryset = field.queryset.filter(
            Q(locale=Locale.get_default()) | Q(pk=current)
        ).order_by("-start")
