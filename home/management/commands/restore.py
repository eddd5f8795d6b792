"""`manage.py restore FILE`: put a backup's database and media back."""

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from home import backups


class Command(BaseCommand):
    help = (
        "Replace the configured database's contents, and add to MEDIA_ROOT, from an "
        "archive written by manage.py backup."
    )

    def add_arguments(self, parser):
        parser.add_argument("archive", type=Path)
        parser.add_argument(
            "--no-input",
            action="store_false",
            dest="interactive",
            help="Do not ask for confirmation.",
        )

    def handle(self, *args, archive, interactive, **options):
        try:
            manifest = backups.read_manifest(archive)
        except backups.BackupError as error:
            raise CommandError(str(error)) from error
        name = settings.DATABASES["default"]["NAME"]
        if interactive:
            answer = input(
                f"This replaces everything in the database {name} with the backup of "
                f"{manifest['created']}. Type 'yes' to go on: "
            )
            if answer.strip().lower() != "yes":
                raise CommandError("Nothing was restored.")
        try:
            backups.restore_backup(archive)
        except backups.BackupError as error:
            raise CommandError(str(error)) from error
        found_rows = backups.site_row_counts()
        differences = {
            table: (rows, counts)
            for table, rows in manifest["rows"].items()
            if (counts := found_rows.get(table)) != rows
        }
        for table, (expected, found) in differences.items():
            self.stderr.write(f"{table}: {found} rows, the backup had {expected}")
        if differences:
            raise CommandError("The restored database differs from the backup.")
        total = sum(manifest["rows"].values())
        self.stdout.write(
            f"Restored the backup of {manifest['created']}: {len(manifest['rows'])} "
            f"tables, {total} rows, and the media files."
        )
