"""Blank registrants' details once their convening has been over for the retention
period. Run it daily (deploy/systemd/training-hub-purge.service); safe at any time."""

from django.core.management.base import BaseCommand, CommandError

from registrations.retention import purge, purgeable, retention_days


class Command(BaseCommand):
    help = (
        "Blank the names, emails, phones, organizations and notes of registrations "
        "for convenings that ended more than N days ago."
    )

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, default=None)
        parser.add_argument("--dry-run", action="store_true")

    def handle(self, *args, days=None, dry_run=False, **options):
        days = retention_days() if days is None else days
        if days < 0:
            raise CommandError("--days must be 0 or more.")
        registrations = purgeable(days=days)
        if dry_run:
            self.stdout.write(
                f"Would purge {registrations.count()} registration(s) (dry run)."
            )
            return
        count = purge(registrations)
        self.stdout.write(
            self.style.SUCCESS(
                f"Purged the details of {count} registration(s) for convenings "
                f"over more than {days} days ago."
            )
        )
