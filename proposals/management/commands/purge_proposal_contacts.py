"""Blank proposers' contact details once a convening is over and the retention
period has passed. Run it daily (deploy/systemd/training-hub-purge.service)."""

from home.retention_command import RetentionCommand
from proposals import retention


class Command(RetentionCommand):
    help = (
        "Blank the names, emails and notes of session proposals for convenings "
        "that ended more than N days ago."
    )
    retention = retention
    days_help = (
        "Days since the convening ended (default: the "
        "SESSION_PROPOSAL_RETENTION_DAYS setting, or 180)."
    )
    would_message = (
        "Would purge the contact details of {count} session proposal(s) for "
        "convenings that ended more than {days} days ago"
    )
    done_message = (
        "Purged the contact details of {count} session proposal(s) for convenings "
        "that ended more than {days} days ago."
    )
