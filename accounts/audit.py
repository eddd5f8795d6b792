"""Changes to how staff sign in, in Wagtail's log (Reports > Site history, filtered
by action): an app set up, recovery codes made, two-step sign-in turned off or reset
by an administrator, a locked sign-in unlocked. Entries name the account and who
acted; never a code, a key or an address."""

from django.utils.translation import gettext_lazy as _

from wagtail.log_actions import log

APP_SET_UP = "accounts.app_set_up"
RECOVERY_CODES = "accounts.recovery_codes"
TURNED_OFF = "accounts.two_step_off"
RESET = "accounts.two_step_reset"
UNLOCKED = "accounts.unlock"

LABELS = {
    APP_SET_UP: (_("Set up an authenticator app"), _("Set up an authenticator app")),
    RECOVERY_CODES: (_("New recovery codes"), _("Made new recovery codes")),
    TURNED_OFF: (_("Turn off two-step sign-in"), _("Turned off two-step sign-in")),
    RESET: (
        _("Reset two-step sign-in"),
        _("Reset two-step sign-in for this account (a lost phone)"),
    ),
    UNLOCKED: (_("Unlock sign-in"), _("Unlocked failed sign-ins for this username")),
}


def record(action, account, by):
    """One entry about `account` (a user), done by `by` (a user)."""
    log(account, action, user=by)
