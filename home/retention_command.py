"""The shape every nightly purge command shares (training requests, session
proposals, registrations, Get involved answers): `--days` (default: the app's
retention setting) and `--dry-run`, then one line saying how many."""

from django.core.management.base import BaseCommand, CommandError


class RetentionCommand(BaseCommand):
    """Subclasses set `retention` (a module with retention_days(), purgeable(days)
    and purge(queryset)), `days_help`, and the two messages, formatted with
    `count` and `days`."""

    retention = None
    days_help = ""
    would_message = ""
    done_message = ""

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, default=None, help=self.days_help)
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Say how many would go, and change nothing.",
        )

    def handle(self, *args, days=None, dry_run=False, **options):
        days = self.retention.retention_days() if days is None else days
        if days < 0:
            raise CommandError("--days must be 0 or more.")
        records = self.retention.purgeable(days=days)
        if dry_run:
            message = self.would_message.format(count=records.count(), days=days)
            self.stdout.write(f"{message} (dry run: nothing changed).")
            return
        count = self.retention.purge(records)
        self.stdout.write(
            self.style.SUCCESS(self.done_message.format(count=count, days=days))
        )
