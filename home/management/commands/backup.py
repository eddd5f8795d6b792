"""`manage.py backup`: one archive of the database and the uploaded files."""

import os

from django.core.management.base import BaseCommand, CommandError

from home import backups


class Command(BaseCommand):
    help = (
        "Write training-hub-<timestamp>.tar (database and media) into BACKUP_DIR, "
        "delete archives older than --keep-days, and print the new archive's path."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--keep-days",
            type=int,
            default=int(os.environ.get("BACKUP_KEEP_DAYS", "30")),
            help="Delete archives older than this many days (BACKUP_KEEP_DAYS, 30).",
        )

    def handle(self, *args, keep_days, **options):
        try:
            archive = backups.make_backup()
        except backups.BackupError as error:
            raise CommandError(str(error)) from error
        for old in backups.prune(archive.parent, keep_days):
            self.stderr.write(f"Deleted {old.name} (older than {keep_days} days)")
        self.stdout.write(str(archive))
