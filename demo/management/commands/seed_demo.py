"""Build the demo site from the content each app keeps in its `demo.py`."""

from django.core.management.base import BaseCommand
from django.db import transaction

from wagtail.models import Page

from demo.seeders.scale import seed_scale
from demo.seeding import discover_seeders
from home.models import FooterText
from search.signals import indexing_paused
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
        parser.add_argument(
            "--scale",
            type=int,
            default=1,
            metavar="N",
            help=(
                "Then add content until there is N times the demo's modules, "
                "partners, convenings, curricula and requests (for `make bench`)."
            ),
        )

    def handle(self, *args, reset=False, scale=1, **options):
        seeders = discover_seeders()
        if reset:
            with transaction.atomic():
                for seeder in reversed(seeders):
                    if seeder.clear:
                        seeder.clear()
                # Pages next: their translation records refer to the snippets.
                for page in Page.objects.filter(depth=2):
                    page.delete()
                for seeder in reversed(seeders):
                    if seeder.reset:
                        seeder.reset()
                for footer in FooterText.objects.all():
                    footer.delete()
            self.stdout.write("Deleted the existing pages and demo records.")
        # The search index is made once at the end, not page by page.
        with indexing_paused():
            for seeder in seeders:
                self.stdout.write(f"Seeding {seeder.name} ...")
                seeder.seed()
            if scale > 1:
                self.stdout.write(f"Scaling the demo to {scale} times its size ...")
                seed_scale(scale, log=self.stdout.write)
            # Aliases in every language for the pages not translated into it.
            synchronize_all_trees()
        ensure_translators_group()
        self.stdout.write(self.style.SUCCESS("Demo content is ready."))
