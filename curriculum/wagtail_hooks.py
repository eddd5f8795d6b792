from django.contrib import messages
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet

from .models import TrainingModulePage, TrainingRequest
from .training_requests.panels import TrainingRequestsDashboardPanel
from .training_requests.permissions import can_see_requests, training_request_policy
from .training_requests.reports import (
    TrainingRequestReportMenuItem,
    TrainingRequestReportView,
)
from .viewsets import CurriculumViewSetGroup, TrainingRequestViewSet

register_snippet(CurriculumViewSetGroup)


@hooks.register("after_create_page")
@hooks.register("after_edit_page")
def warn_when_session_time_differs(request, page):
    """Say so after saving when the steps do not add up to the stated duration;
    the save itself goes through."""
    if not isinstance(page, TrainingModulePage) or not request.accepts("text/html"):
        return
    if warning := page.duration_warning:
        messages.warning(request, warning)


# Training requests: seen only by those the permission policy allows ---------------
register_permission_policy(TrainingRequest, training_request_policy)


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
