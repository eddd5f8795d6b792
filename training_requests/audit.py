"""Who looked at a requester's details, exported requests, changed, purged or
erased them: entries in Wagtail's own log, so they show in each request's history
and in Reports > Site history, filtered by action, person and date.

An entry names the request by its reference and says what was done; it never holds
a contact detail, a typed search or a free-text note.
"""

import uuid

from django.contrib.contenttypes.models import ContentType
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.log_actions import LogFormatter, log
from wagtail.models import ModelLogEntry

from .models.requests import TrainingRequest

VIEW_CONTACT_DETAILS = "training_requests.view_contact_details"
EXPORT = "training_requests.export"
CHANGE_STATUS = "training_requests.change_status"
ASSIGN = "training_requests.assign"
PURGE = "training_requests.purge"
ERASE = "training_requests.erase"

# Filters of the listing worth keeping in an export's entry; a search is kept as
# "searched", since what was typed may be a name.
EXPORT_FILTERS = (
    "status",
    "region",
    "sector",
    "language",
    "locale",
    "assigned_to",
    "created_at_after",
    "created_at_before",
    "source",
)


def record_view(training_request, user):
    log(training_request, VIEW_CONTACT_DETAILS, user=user)


def record_status_change(training_request, user, from_status, to_status):
    log(
        training_request,
        CHANGE_STATUS,
        user=user,
        data={"from": from_status or "", "to": to_status},
    )


def record_assignment(training_request, user, assignee):
    name = (assignee.get_full_name() or assignee.get_username()) if assignee else ""
    log(training_request, ASSIGN, user=user, data={"assignee": name})


def export_filters(query, names=EXPORT_FILTERS):
    """The listing filters of an export worth logging; a search only as "searched"."""
    filters = {name: query.getlist(name) for name in names if query.getlist(name)}
    if query.get("q"):
        filters["searched"] = True
    return filters


def export_entry(export_format, rows, query, names=EXPORT_FILTERS):
    """What an export's entry keeps: the format, how many rows, and the names of
    the filters used (never their search text)."""
    return {
        "format": export_format,
        "rows": rows,
        "filters": export_filters(query, names),
    }


def bulk_log(model, action, ids, user=None, data=None):
    """One entry per record of `model` (labelled by its reference), sharing one
    uuid: they are one action. Other apps' operational records use it too."""
    content_type = ContentType.objects.get_for_model(model)
    now, batch = timezone.now(), uuid.uuid4()
    references = dict(model.objects.filter(pk__in=ids).values_list("pk", "reference"))
    ModelLogEntry.objects.bulk_create(
        ModelLogEntry(
            content_type=content_type,
            object_id=str(pk),
            label=reference,
            action=action,
            data=data or {},
            timestamp=now,
            uuid=batch,
            user=user,
        )
        for pk, reference in references.items()
    )


def _bulk(action, request_ids, user=None, data=None):
    bulk_log(TrainingRequest, action, request_ids, user=user, data=data)


def record_export(request_ids, user, export_format, query):
    data = export_entry(export_format, len(request_ids), query)
    _bulk(EXPORT, request_ids, user=user, data=data)


def record_purge(request_ids):
    _bulk(PURGE, request_ids)


def record_erasure(training_request):
    log(training_request, ERASE, user=None)


# How the entries read in the admin --------------------------------------------------
class ViewContactDetails(LogFormatter):
    label = _("View contact details")
    message = _("Opened the request with its contact details")


class Export(LogFormatter):
    label = _("Export")

    def format_message(self, log_entry):
        data = log_entry.data
        return _("Exported as %(format)s, %(rows)s rows, filters: %(filters)s") % {
            "format": data.get("format", "").upper(),
            "rows": data.get("rows", 0),
            "filters": ", ".join(sorted(data.get("filters", {}))) or _("none"),
        }


class ChangeStatus(LogFormatter):
    label = _("Change status")

    def format_message(self, log_entry):
        from .choices import Status

        labels = dict(Status.choices)
        data = log_entry.data
        return _("Status changed from “%(from)s” to “%(to)s”") % {
            "from": labels.get(data.get("from"), "—"),
            "to": labels.get(data.get("to"), data.get("to", "")),
        }


class Assign(LogFormatter):
    label = _("Assign")

    def format_message(self, log_entry):
        assignee = log_entry.data.get("assignee")
        if not assignee:
            return _("Assigned to nobody")
        return _("Assigned to %(name)s") % {"name": assignee}


class Purge(LogFormatter):
    label = _("Purge contact details")
    message = _("Contact details blanked at the end of the retention period")


class Erase(LogFormatter):
    label = _("Erase contact details")
    message = _("Contact details deleted by the requester from their status page")


FORMATTERS = {
    VIEW_CONTACT_DETAILS: ViewContactDetails,
    EXPORT: Export,
    CHANGE_STATUS: ChangeStatus,
    ASSIGN: Assign,
    PURGE: Purge,
    ERASE: Erase,
}
