"""The request id on every log line.

Loaded by the LOGGING setting, before the apps are ready: import nothing that needs
them.
"""

from django_guid.log_filters import CorrelationId

NO_REQUEST = "-"


class RequestIdFilter(CorrelationId):
    """django-guid's filter, with "-" rather than "None" for what a request did not
    log (a management command, a worker starting up)."""

    def __init__(self):
        super().__init__(correlation_id_field="request_id")

    def filter(self, record):
        super().filter(record)
        if record.request_id is None:
            record.request_id = NO_REQUEST
        return True
