"""Exports and purges of Get involved submissions, in Wagtail's log: entries on the
form page (its history, and Reports > Site history). An entry says how many rows,
in which format, with which filters; never a submitted value."""

from django.utils.translation import gettext_lazy as _

from wagtail.log_actions import LogFormatter, log

from training_requests import audit as training_request_audit
from training_requests.audit import export_entry

EXPORT = "involvement.export"
PURGE = "involvement.purge"

EXPORT_FILTERS = ("date_after", "date_before")


def record_export(page, user, export_format, rows, query):
    data = export_entry(export_format, rows, query, EXPORT_FILTERS)
    log(page, EXPORT, user=user, data=data)


def record_purge(page, rows):
    log(page, PURGE, user=None, data={"rows": rows})


class Export(training_request_audit.Export):
    """Worded as a training request export's entry."""

    label = _("Export submissions")


class Purge(LogFormatter):
    label = _("Delete old submissions")

    def format_message(self, log_entry):
        return _("%(rows)s submissions deleted at the end of the retention period") % {
            "rows": log_entry.data.get("rows", 0)
        }


FORMATTERS = {EXPORT: Export, PURGE: Purge}
