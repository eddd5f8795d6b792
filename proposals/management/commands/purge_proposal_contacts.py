"""Blank proposers' contact details once a convening is over and the retention
period has passed. Run it daily (deploy/systemd/training-hub-purge.service)."""

from django.core.management.base import BaseCommand, CommandError

from proposals.retention import purge, purgeable, retention_days


class Command(BaseCommand):
    help = (
        "Blank the names, emails and notes of session proposals for convenings "
        "that ended more than N days ago."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--days",
            type=int,
            default=None,
            help=(
                "Days since the convening ended (default: the "
                "SESSION_PROPOSAL_RETENTION_DAYS setting, or 180)."
            ),
        )
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Say how many proposals would be purged, and change nothing.",
        )

    def handle(self, *args, days=None, dry_run=False, **options):
        days = retention_days() if days is None else days
        if days < 0:
            raise CommandError("--days must be 0 or more.")
        proposals = purgeable(days=days)
        if dry_run:
            self.stdout.write(
                f"Would purge the contact details of {proposals.count()} session "
                f"proposal(s) (dry run: nothing changed)."
            )
            return
        count = purge(proposals)
        self.stdout.write(
            self.style.SUCCESS(
                f"Purged the contact details of {count} session proposal(s) for "
                f"convenings that ended more than {days} days ago."
            )
        )
