"""The admin views of the training requests viewset, where they differ from
Wagtail's generic ones: the listing fetches what its columns and exports show in a
fixed number of queries and makes exports safe, the inspect view shows the status
history, and every view of contact details and every export is in the audit log."""

from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from wagtail.admin.views import generic

from home.text import spreadsheet_safe

from . import audit
from .panels import history_of


class TrainingRequestIndexView(generic.IndexView):
    def get_base_queryset(self):
        queryset = super().get_base_queryset().for_listing()
        if self.is_export:
            queryset = queryset.prefetch_related("modules", "curricula")
        return queryset

    def as_spreadsheet(self, queryset, spreadsheet_format):
        # Who exported which requests, with what filters, before the file goes out.
        audit.record_export(
            list(queryset.values_list("pk", flat=True)),
            self.request.user,
            spreadsheet_format,
            self.request.GET,
        )
        return super().as_spreadsheet(queryset, spreadsheet_format)

    def preprocess_field_value(self, field, value, export_format):
        # Whatever was stored (before forms cleaned it, or by an import), the file
        # opens, and no cell runs as a formula.
        value = super().preprocess_field_value(field, value, export_format)
        return spreadsheet_safe(value, formulas_run=export_format == self.FORMAT_CSV)


class TrainingRequestEditView(generic.EditView):
    def get(self, request, *args, **kwargs):
        response = super().get(request, *args, **kwargs)
        # The form shows the contact details.
        audit.record_view(self.object, request.user)
        return response


class TrainingRequestInspectView(generic.InspectView):
    template_name = "training_requests/admin/inspect.html"

    def get_object(self, queryset=None):
        obj = super().get_object(queryset)
        return (
            type(obj)
            .objects.for_listing()
            .prefetch_related("modules", "curricula")
            .get(pk=obj.pk)
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["history"] = history_of(self.object)
        audit.record_view(self.object, self.request.user)
        return context

    # Times in the coalition's time zone, yes and no in words.
    @staticmethod
    def _local(value):
        if value is None:
            return "—"
        return date_format(timezone.localtime(value), "DATETIME_FORMAT")

    def get_created_at_display_value(self):
        return self._local(self.object.created_at)

    def get_contacts_purged_at_display_value(self):
        return self._local(self.object.contacts_purged_at)

    def get_interpretation_needed_display_value(self):
        return _("Yes") if self.object.interpretation_needed else _("No")
