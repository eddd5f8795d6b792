"""Training requests in the admin, seen only by those the permission policy allows:
the listing, the dashboard panel and the report."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.permissions import register_permission_policy

from . import audit
from .models import TrainingRequest
from .panels import TrainingRequestsDashboardPanel
from .permissions import can_see_requests, training_request_policy
from .reports import TrainingRequestReportMenuItem, TrainingRequestReportView
from .viewsets import TrainingRequestViewSet

register_permission_policy(TrainingRequest, training_request_policy)


@hooks.register("register_log_actions")
def register_training_request_log_actions(actions):
    for action, formatter in audit.FORMATTERS.items():
        actions.register_action(action)(formatter)


@hooks.register("register_admin_viewset")
def register_training_request_viewset():
    return TrainingRequestViewSet()


@hooks.register("construct_homepage_panels")
def add_training_requests_panel(request, panels):
    if can_see_requests(request.user):
        panels.append(TrainingRequestsDashboardPanel())


@hooks.register("register_admin_urls")
def register_training_request_report_url():
    return [
        path(
            "reports/training-requests/",
            TrainingRequestReportView.as_view(),
            name="training_requests_report",
        )
    ]


@hooks.register("register_reports_menu_item")
def register_training_request_report_menu_item():
    return TrainingRequestReportMenuItem(
        _("Training requests"),
        reverse("training_requests_report"),
        name="training-requests-report",
        icon_name="mail",
        order=660,
    )
