"""Wiring: the account's "Two-step sign-in" page, Settings › Locked sign-ins, the
unlock permission in the group editor, and the log's account actions."""

from django.contrib.auth.models import Permission
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import audit, views


@hooks.register("register_log_actions")
def register_account_log_actions(actions):
    for action, (label, message) in audit.LABELS.items():
        actions.register_action(action, label, message)


@hooks.register("register_admin_urls")
def register_account_urls():
    return [
        path(
            "account/two-step/",
            views.TwoStepAccountView.as_view(),
            name="accounts_two_step",
        ),
        path(
            "account/two-step/recovery-codes/",
            views.new_recovery_codes,
            name="accounts_new_recovery_codes",
        ),
        path("account/two-step/off/", views.turn_off, name="accounts_turn_off"),
        path(
            "locked-sign-ins/",
            views.LockedSignInsView.as_view(),
            name="accounts_locked_sign_ins",
        ),
        path(
            "locked-sign-ins/<int:pk>/unlock/",
            views.unlock,
            name="accounts_unlock",
        ),
        path(
            "locked-sign-ins/reset-two-step/",
            views.reset_two_step,
            name="accounts_reset_two_step",
        ),
    ]


@hooks.register("register_account_menu_item")
def register_two_step_account_item(request):
    return {
        "url": reverse("accounts_two_step"),
        "label": _("Two-step sign-in"),
        "help_text": _("Sign in with a code from your phone as well as a password."),
    }


class LockedSignInsMenuItem(MenuItem):
    def is_shown(self, request):
        return views.can_unlock(request.user)


@hooks.register("register_settings_menu_item")
def register_locked_sign_ins_menu_item():
    return LockedSignInsMenuItem(
        _("Locked sign-ins"),
        reverse("accounts_locked_sign_ins"),
        name="locked-sign-ins",
        icon_name="lock",
        order=650,
    )


@hooks.register("register_permissions")
def register_unlock_permission():
    """Lets a group be given "unlock" in Settings › Groups."""
    return Permission.objects.filter(
        content_type__app_label="axes", codename="delete_accessattempt"
    )
