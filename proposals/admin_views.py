"""The admin views of session proposals where they differ from Wagtail's generic
ones: exports made safe, the history shown, and a decision telling the proposer
and putting an accepted session in the program."""

from wagtail.admin.views import generic

from home.text import spreadsheet_safe
from training_requests.panels import history_of
from training_requests.views import origin

from . import audit, tasks
from .choices import DECISIONS, Status
from .program import session_from_proposal


class SessionProposalIndexView(generic.IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().for_listing()

    def as_spreadsheet(self, queryset, spreadsheet_format):
        audit.record_export(
            list(queryset.values_list("pk", flat=True)),
            self.request.user,
            spreadsheet_format,
            self.request.GET,
        )
        return super().as_spreadsheet(queryset, spreadsheet_format)

    def preprocess_field_value(self, field, value, export_format):
        # Whatever was stored, the file opens and no cell runs as a formula.
        value = super().preprocess_field_value(field, value, export_format)
        return spreadsheet_safe(value, formulas_run=export_format == self.FORMAT_CSV)


class SessionProposalEditView(generic.EditView):
    def get(self, request, *args, **kwargs):
        response = super().get(request, *args, **kwargs)
        audit.record_view(self.object, request.user)
        return response

    def save_instance(self):
        """Inside the save's transaction: a new decision is emailed to the proposer
        (queued with it, so a rollback sends nothing), and an accepted proposal
        becomes a session of the program."""
        instance = super().save_instance()
        if self.form.status_changed and instance.status in DECISIONS:
            tasks.tell_decision(instance, origin(self.request))
        if instance.status == Status.ACCEPTED:
            session_from_proposal(instance, user=self.request.user)
        return instance


class SessionProposalInspectView(generic.InspectView):
    template_name = "proposals/admin/inspect.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["history"] = history_of(self.object)
        audit.record_view(self.object, self.request.user)
        return context
