"""What the records staff track share: training requests, session proposals and
registrations each get a random reference once, and requests and proposals keep
a history of status changes (who, when, from what to what, and why)."""

from django.conf import settings
from django.db import IntegrityError, models, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .. import tokens


class ReferencedRecord(models.Model):
    """A record known by a random reference (`RQ-…`, `SP-…`, `RG-…`), made on
    its first save. Subclasses declare the `reference` field and their prefix."""

    REFERENCE_PREFIX = tokens.REFERENCE_PREFIX

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        if self.reference:
            return super().save(*args, **kwargs)
        # A clash of random references is all but impossible; try again if it happens.
        for attempt in range(5):
            self.reference = tokens.new_reference(self.REFERENCE_PREFIX)
            try:
                with transaction.atomic():
                    return super().save(*args, **kwargs)
            except IntegrityError:
                self.reference = ""
                if attempt == 4:
                    raise
        return None


class StatusChange(models.Model):
    """One step in a record's history: who moved it from what to what, and why.
    Subclasses add the record's foreign key (named by `record_field`) and the
    `from_status` and `to_status` fields with their own choices."""

    record_field = ""

    changed_at = models.DateTimeField(_("changed at"), default=timezone.now)
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("changed by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    note = models.TextField(_("note"), blank=True)

    class Meta:
        abstract = True
        verbose_name = _("status change")
        verbose_name_plural = _("status changes")
        ordering = ["changed_at", "pk"]

    def __str__(self):
        record = getattr(self, self.record_field)
        return f"{record}: {self.from_status or '-'} → {self.to_status}"


class StatusHistory:
    """change_status and record_arrival for a record whose StatusChange rows are
    its `status_changes`."""

    def _history_row(self, **values):
        return self.status_changes.create(**values)

    def change_status(self, to_status, *, by=None, note="", at=None):
        """Move to `to_status` and record it; returns the history row."""
        change = self._history_row(
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
        """The first history row: how the record came in."""
        return self._history_row(
            changed_at=at or self.created_at,
            changed_by=by,
            from_status="",
            to_status=self.status,
            note=note,
        )
