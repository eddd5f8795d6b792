"""Delete Get involved submissions older than the retention period. Run it daily
(deploy/systemd/training-hub-purge.service); safe at any time."""

from home.retention_command import RetentionCommand
from involvement import retention


class Command(RetentionCommand):
    help = "Delete the answers sent through Get involved forms more than N days ago."
    retention = retention
    days_help = (
        "Days since the answers were sent (default: the "
        "INVOLVEMENT_RETENTION_DAYS setting, or 180)."
    )
    would_message = (
        "Would delete {count} Get involved submission(s) sent more than {days} days ago"
    )
    done_message = (
        "Deleted {count} Get involved submission(s) sent more than {days} days ago."
    )
