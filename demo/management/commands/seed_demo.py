"""Build the demo site from the content each app keeps in its `demo.py`."""

from django.core.management.base import BaseCommand
from django.db import transaction

from wagtail.models import Page

from demo.seeding import discover_seeders
from home.models import FooterText
from translations.groups import ensure_translators_group
from translations.locales import synchronize_all_trees


class Command(BaseCommand):
    help = "Create (or complete) the demo content. Safe to run more than once."

    def add_arguments(self, parser):
        parser.add_argument(
            "--reset",
            action="store_true",
            help="Delete every page and demo record first, then build afresh.",
        )

    def handle(self, *args, reset=False, **options):
        seeders = discover_seeders()
        if reset:
            with transaction.atomic():
                # Pages first: their translation records refer to the snippets.
                for page in Page.objects.filter(depth=2):
                    page.delete()
                for seeder in reversed(seeders):
                    if seeder.reset:
                        seeder.reset()
                for footer in FooterText.objects.all():
                    footer.delete()
            self.stdout.write("Deleted the existing pages and demo records.")
        for seeder in seeders:
            self.stdout.write(f"Seeding {seeder.name} ...")
            seeder.seed()
        synchronize_all_trees()
        ensure_translators_group()
        self.stdout.write(self.style.SUCCESS("Demo content is ready."))
