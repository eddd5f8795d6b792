"""Keep Wagtail's locales in step with settings.LANGUAGES.

Every configured language gets a Locale, and every locale but the source one is kept
in sync with the source tree by wagtail-localize, so a page created in English
appears in each language as an alias until someone translates it.
"""

from django.conf import settings

from wagtail.models import Locale
from wagtail_localize.models import LocaleSynchronization


def ensure_locales(**kwargs):
    """Create missing locales and their synchronisation; safe to run any time."""
    codes = [code for code, _label in settings.LANGUAGES]
    source, _ = Locale.objects.get_or_create(language_code=codes[0])
    for code in codes[1:]:
        locale, _ = Locale.objects.get_or_create(language_code=code)
        LocaleSynchronization.objects.get_or_create(
            locale=locale, defaults={"sync_from": source}
        )


def synchronize_all_trees():
    """Create aliases for every source page that a locale does not have yet."""
    for sync in LocaleSynchronization.objects.select_related("locale", "sync_from"):
        sync.sync_trees()
