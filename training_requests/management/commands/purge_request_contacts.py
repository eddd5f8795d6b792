"""Blank the contact details of finished training requests after the retention
period. Run it daily (see the README); it is safe to run at any time."""

from django.core.management.base import BaseCommand, CommandError

from training_requests.retention import purge, purgeable, retention_days


class Command(BaseCommand):
    help = (
        "Blank the names, emails, phones and notes of closed, declined and spam "
        "training requests whose status last changed more than N days ago."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--days",
            type=int,
            default=None,
            help=(
                "Days since the last change of status (default: the "
                "TRAINING_REQUEST_RETENTION_DAYS setting, or 365)."
            ),
        )
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Say how many requests would be purged, and change nothing.",
        )

    def handle(self, *args, days=None, dry_run=False, **options):
        days = retention_days() if days is None else days
        if days < 0:
            raise CommandError("--days must be 0 or more.")
        requests = purgeable(days=days)
        if dry_run:
            count = requests.count()
            self.stdout.write(
                f"Would purge the contact details of {count} training request(s) "
                f"finished more than {days} days ago (dry run: nothing changed)."
            )
            return
        count = purge(requests)
        self.stdout.write(
            self.style.SUCCESS(
                f"Purged the contact details of {count} training request(s) "
                f"finished more than {days} days ago."
            )
        )
