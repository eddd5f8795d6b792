"""Who opened a proposer's details, exported proposals or purged them: entries in
Wagtail's log, as training_requests.audit keeps them (and through its bulk
writer). An entry names the proposal by its reference, never a contact detail."""

from django.utils.translation import gettext_lazy as _

from wagtail.log_actions import LogFormatter, log

from training_requests import audit as training_request_audit
from training_requests.audit import bulk_log, export_entry

from .models import SessionProposal

VIEW_CONTACT_DETAILS = "proposals.view_contact_details"
EXPORT = "proposals.export"
PURGE = "proposals.purge"

EXPORT_FILTERS = ("convening", "status", "format")


def record_view(proposal, user):
    log(proposal, VIEW_CONTACT_DETAILS, user=user)


def record_export(ids, user, export_format, query):
    data = export_entry(export_format, len(ids), query, EXPORT_FILTERS)
    bulk_log(SessionProposal, EXPORT, ids, user=user, data=data)


def record_purge(ids):
    bulk_log(SessionProposal, PURGE, ids)


class ViewContactDetails(LogFormatter):
    label = _("View proposer's details")
    message = _("Opened the proposal with its contact details")


class Export(training_request_audit.Export):
    """Worded as a training request export's entry."""

    label = _("Export session proposals")


class Purge(LogFormatter):
    label = _("Purge proposer's details")
    message = _("Contact details blanked at the end of the retention period")


FORMATTERS = {VIEW_CONTACT_DETAILS: ViewContactDetails, EXPORT: Export, PURGE: Purge}
