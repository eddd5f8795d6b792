"""Who looked at registrants' details, printed a check-in list, exported, purged or
erased them: entries in Wagtail's log, as training_requests.audit keeps them (and
through its bulk writer). An entry names the registration by its reference, never
a contact detail."""

from django.utils.translation import gettext_lazy as _

from wagtail.log_actions import LogFormatter, log

from training_requests import audit as training_request_audit
from training_requests.audit import bulk_log, export_entry

from .models import Registration

VIEW_CONTACT_DETAILS = "registrations.view_contact_details"
CHECK_IN_LIST = "registrations.check_in_list"
EXPORT = "registrations.export"
PURGE = "registrations.purge"
ERASE = "registrations.erase"

EXPORT_FILTERS = ("convening", "status", "need", "language")


def record_view(registration, user):
    log(registration, VIEW_CONTACT_DETAILS, user=user)


def record_check_in_list(ids, user):
    bulk_log(Registration, CHECK_IN_LIST, ids, user=user, data={"rows": len(ids)})


def record_export(ids, user, export_format, query):
    data = export_entry(export_format, len(ids), query, EXPORT_FILTERS)
    bulk_log(Registration, EXPORT, ids, user=user, data=data)


def record_purge(ids):
    bulk_log(Registration, PURGE, ids)


def record_erasure(registration):
    log(registration, ERASE, user=None)


class ViewContactDetails(LogFormatter):
    label = _("View registrant's details")
    message = _("Opened the registration with its contact details")


class CheckInList(LogFormatter):
    label = _("Print check-in list")
    message = _("Printed the check-in list with this registrant's name")


class Export(training_request_audit.Export):
    """Worded as a training request export's entry."""

    label = _("Export registrations")


class Purge(LogFormatter):
    label = _("Purge registrant's details")
    message = _("Contact details blanked at the end of the retention period")


class Erase(LogFormatter):
    label = _("Erase registrant's details")
    message = _("Contact details deleted by the registrant from their private page")


FORMATTERS = {
    VIEW_CONTACT_DETAILS: ViewContactDetails,
    CHECK_IN_LIST: CheckInList,
    EXPORT: Export,
    PURGE: Purge,
    ERASE: Erase,
}
