"""Wiring: the registration pages under each convening, the admin menu (seen only by
coordinators), the headcounts and check-in views, and the log entries."""

from django.urls import path

from wagtail import hooks
from wagtail.permissions import register_permission_policy

from . import admin_views, audit, views
from .models import Registration, RegistrationSettings
from .permissions import registration_policy, registration_settings_policy
from .viewsets import RegistrationViewSetGroup

register_permission_policy(Registration, registration_policy)
register_permission_policy(RegistrationSettings, registration_settings_policy)


@hooks.register("convening_actions")
def registration_actions():
    return {"register": views.register, "registration": views.manage}


@hooks.register("register_admin_viewset")
def register_registration_viewsets():
    return RegistrationViewSetGroup()


@hooks.register("register_admin_urls")
def register_registration_admin_urls():
    return [
        path(
            "registrations/headcounts/",
            admin_views.headcounts,
            name="registrations_headcounts_index",
        ),
        path(
            "registrations/headcounts/<int:convening_id>/",
            admin_views.headcounts,
            name="registrations_headcounts",
        ),
        path(
            "registrations/check-in/<int:convening_id>/",
            admin_views.check_in_list,
            name="registrations_check_in",
        ),
    ]


@hooks.register("register_log_actions")
def register_registration_log_actions(actions):
    for action, formatter in audit.FORMATTERS.items():
        actions.register_action(action)(formatter)
