"""Delete Get involved submissions older than the retention period. Run it daily
(deploy/systemd/training-hub-purge.service); safe at any time."""

from django.core.management.base import BaseCommand, CommandError

from involvement.retention import purge, purgeable, retention_days


class Command(BaseCommand):
    help = "Delete the answers sent through Get involved forms more than N days ago."

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, default=None)
        parser.add_argument("--dry-run", action="store_true")

    def handle(self, *args, days=None, dry_run=False, **options):
        days = retention_days() if days is None else days
        if days < 0:
            raise CommandError("--days must be 0 or more.")
        submissions = purgeable(days=days)
        if dry_run:
            self.stdout.write(
                f"Would delete {submissions.count()} submission(s) (dry run)."
            )
            return
        count = purge(submissions)
        self.stdout.write(
            self.style.SUCCESS(
                f"Deleted {count} Get involved submission(s) sent more than "
                f"{days} days ago."
            )
        )
