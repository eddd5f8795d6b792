"""Get involved forms in the admin: who reads their submissions, the safe export,
and how their log entries read."""

from django.urls import path

from wagtail import hooks

from . import audit
from .admin_views import FormPagesListView
from .permissions import filter_form_pages


@hooks.register("filter_form_submissions_for_user")
def only_chosen_groups_read_submissions(user, editable_forms):
    return filter_form_pages(user, editable_forms)


@hooks.register("register_log_actions")
def register_involvement_log_actions(actions):
    for action, formatter in audit.FORMATTERS.items():
        actions.register_action(action)(formatter)


@hooks.register("register_admin_urls")
def register_forms_listing():
    # Matched before Wagtail's own "forms/" (this app comes first in
    # INSTALLED_APPS); the names stay Wagtail's, under "wagtailforms".
    return [
        path("forms/", FormPagesListView.as_view(), name="involvement_forms"),
        path(
            "forms/results/",
            FormPagesListView.as_view(results_only=True),
            name="involvement_forms_results",
        ),
    ]
