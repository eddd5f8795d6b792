"""Blank registrants' details once their convening has been over for the retention
period. Run it daily (deploy/systemd/training-hub-purge.service); safe at any time."""

from home.retention_command import RetentionCommand
from registrations import retention


class Command(RetentionCommand):
    help = (
        "Blank the names, emails, phones, organizations and notes of registrations "
        "for convenings that ended more than N days ago."
    )
    retention = retention
    days_help = (
        "Days since the convening ended (default: the "
        "REGISTRATION_RETENTION_DAYS setting, or that of training requests)."
    )
    would_message = (
        "Would purge the details of {count} registration(s) for convenings over "
        "more than {days} days ago"
    )
    done_message = (
        "Purged the details of {count} registration(s) for convenings over more "
        "than {days} days ago."
    )
