"""What coordinators see of requests outside the listing: the status history on a
request's edit page, and the dashboard panel on the admin home page."""

from django.urls import reverse
from django.utils import timezone

from wagtail.admin.panels import Panel
from wagtail.admin.ui.components import Component

from training_requests.models import WAITING_DAYS

from .choices import Status
from .models import TrainingRequest

UPCOMING_SHOWN = 5


def history_of(training_request):
    if not training_request.pk:
        return []
    return list(training_request.status_changes.select_related("changed_by"))


class StatusHistoryPanel(Panel):
    """The request's history, newest last: who changed the status, when, from what to
    what, and their note. Read only: the history is never edited."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "training_requests/admin/history_panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context["history"] = history_of(self.instance)
            return context


class TrainingRequestsDashboardPanel(Component):
    """New requests, requests waiting too long, and the next trainings."""

    name = "training_requests"
    template_name = "training_requests/admin/dashboard_panel.html"
    order = 90

    def get_context_data(self, parent_context=None):
        now = timezone.now()
        requests = TrainingRequest.objects.all()
        return {
            "new_count": requests.filter(status=Status.NEW).count(),
            "waiting_count": requests.waiting(now=now).count(),
            "upcoming": list(
                requests.upcoming(today=timezone.localdate(now)).select_related(
                    "organization", "region"
                )[:UPCOMING_SHOWN]
            ),
            "index_url": reverse("training_requests:index"),
            "new_url": reverse("training_requests:index") + "?status=new",
            "waiting_days": WAITING_DAYS,
        }
