from django.core.management.base import BaseCommand

from search.query_log import forget_old_searches, retention_days


class Command(BaseCommand):
    help = (
        "Delete the counts of what readers searched for that are older than "
        "SEARCH_QUERY_RETENTION_DAYS (90 by default)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, default=None)

    def handle(self, *args, days=None, **options):
        deleted = forget_old_searches(days)
        kept = retention_days() if days is None else days
        self.stdout.write(f"Deleted {deleted} daily counts older than {kept} days.")
