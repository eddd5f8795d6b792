from django.core.management.base import BaseCommand

from search.indexing import rebuild


class Command(BaseCommand):
    help = (
        "Index every live page again, in every language, and forget words no page "
        "uses any more (spelling suggestions)."
    )

    def handle(self, *args, **options):
        count = rebuild()
        self.stdout.write(f"Indexed {count} pages.")
