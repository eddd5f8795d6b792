"""What the admin forms of tracked records share (training requests, session
proposals): a note on each change, and every change of status, or note, kept in
the record's history with who made it."""

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


def status_note_field(help_text):
    return forms.CharField(
        label=_("Note on this change"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=help_text,
    )


class StatusHistoryFormMixin:
    """For a WagtailAdminModelForm of a record with `status` and `status_changes`
    (training_requests.models.tracking), with a `status_note` field."""

    def save(self, commit=True):
        creating = self.instance.pk is None
        self.previous_status = None if creating else self.initial.get("status")
        instance = super().save(commit=commit)
        if commit:
            self.record_history(instance, creating)
        return instance

    @property
    def status_changed(self):
        return self.previous_status != self.instance.status

    @property
    def acting_user(self):
        return self.for_user if getattr(self.for_user, "pk", None) else None

    def record_history(self, instance, creating):
        note = self.cleaned_data.get("status_note", "")
        if creating or self.status_changed or note:
            instance.status_changes.create(
                changed_at=timezone.now(),
                changed_by=self.acting_user,
                from_status="" if creating else (self.previous_status or ""),
                to_status=instance.status,
                note=note,
            )
