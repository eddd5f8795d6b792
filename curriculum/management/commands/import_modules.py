"""Import training modules from Markdown files: one file per module per language."""

from django.core.management.base import BaseCommand, CommandError

from curriculum.importing import ImportProblems, import_modules


class Command(BaseCommand):
    help = (
        "Import training modules from Markdown files with YAML front matter (files, "
        "or folders searched for *.md). Every file is checked first; if any has a "
        "problem nothing is imported. Importing the same files again updates the "
        "modules. The format is described in the README."
    )

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", help="Module files or folders.")
        parser.add_argument(
            "--parent",
            help="The catalog to import into, by slug or URL path (default: the "
            "source language's catalog).",
        )
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Only check the files; write nothing.",
        )

    def handle(self, *args, paths, parent=None, dry_run=False, **options):
        try:
            summary = import_modules(paths, parent=parent, dry_run=dry_run)
        except ImportProblems as error:
            for problem in error.problems:
                self.stderr.write(str(problem))
            raise CommandError(
                f"{len(error.problems)} problem(s) in the files: nothing was imported."
            ) from None
        for warning in summary.warnings:
            self.stderr.write(self.style.WARNING(f"{warning}"))
        if dry_run:
            self.stdout.write(self.style.SUCCESS("The files are ready to import."))
            return
        for line in summary.lines():
            self.stdout.write(line)
