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


# Connection failures, by class name: importing django.db here would need settings.
UNAVAILABLE = {"OperationalError", "InterfaceError"}


class DatabaseUnavailableFilter:
    """While the database is away every request fails the same way, and each would
    log its whole traceback (thousands of lines in a few seconds). Keep one line
    per request instead, at WARNING: the access log says which were answered 503."""

    def filter(self, record):
        error = record.exc_info[1] if record.exc_info else None
        if error is not None and type(error).__name__ in UNAVAILABLE:
            record.msg = "The database is unavailable (%s): answered 503"
            record.args = (type(error).__name__,)
            record.exc_info = None
            record.exc_text = None
            record.levelno, record.levelname = 30, "WARNING"
        return True
