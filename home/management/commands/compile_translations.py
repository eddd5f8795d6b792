"""Compile locale/*/LC_MESSAGES/*.po into .mo files without GNU gettext.

`compilemessages` needs the msgfmt program; this uses polib (already installed with
wagtail-localize) so that setting up the site needs nothing installed by hand.
"""

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand

import polib


class Command(BaseCommand):
    help = "Compile the UI translation catalogs (.po) into .mo files."

    def handle(self, *args, **options):
        count = 0
        for locale_dir in settings.LOCALE_PATHS:
            for po_path in sorted(Path(locale_dir).glob("*/LC_MESSAGES/*.po")):
                catalog = polib.pofile(str(po_path))
                catalog.save_as_mofile(str(po_path.with_suffix(".mo")))
                count += 1
        self.stdout.write(f"Compiled {count} translation catalogs.")
