"""Blank the contact details of finished training requests after the retention
period. Run it daily (see the README); it is safe to run at any time."""

from home.retention_command import RetentionCommand
from training_requests import retention


class Command(RetentionCommand):
    help = (
        "Blank the names, emails, phones and notes of closed, declined and spam "
        "training requests whose status last changed more than N days ago."
    )
    retention = retention
    days_help = (
        "Days since the last change of status (default: the "
        "TRAINING_REQUEST_RETENTION_DAYS setting, or 365)."
    )
    would_message = (
        "Would purge the contact details of {count} training request(s) finished "
        "more than {days} days ago"
    )
    done_message = (
        "Purged the contact details of {count} training request(s) finished more "
        "than {days} days ago."
    )
