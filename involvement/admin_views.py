"""Wagtail's form submission views, where ours differ: an export opens in a
spreadsheet as the text people typed (no cell runs as a formula) and is recorded
in the audit log; the forms listing opens to whoever may read a form's answers,
whether or not they edit pages."""

from django.core.exceptions import PermissionDenied

from wagtail.contrib.forms import views as form_views
from wagtail.contrib.forms.utils import get_forms_for_user

from home.text import spreadsheet_safe

from . import audit


class SubmissionsListView(form_views.SubmissionsListView):
    def as_spreadsheet(self, queryset, spreadsheet_format):
        # Who exported which form's answers, before the file goes out.
        audit.record_export(
            self.form_page,
            self.request.user,
            spreadsheet_format,
            len(queryset),
            self.request.GET,
        )
        return super().as_spreadsheet(queryset, spreadsheet_format)

    def preprocess_field_value(self, field, value, export_format):
        value = super().preprocess_field_value(field, value, export_format)
        return spreadsheet_safe(value, formulas_run=export_format == self.FORMAT_CSV)

    def get_heading(self, queryset, field):
        # Labels are typed by editors; openpyxl runs a heading starting with "=".
        return spreadsheet_safe(super().get_heading(queryset, field), formulas_run=True)


class FormPagesListView(form_views.FormPagesListView):
    """Wagtail's list of forms, shown to anyone with a form to read (Wagtail's own
    asks for a page permission first, which a coordinator may not have)."""

    any_permission_required = None

    def dispatch(self, request, *args, **kwargs):
        if not get_forms_for_user(request.user).exists():
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)
