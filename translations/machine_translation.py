"""Machine translation is optional and off unless configured (see settings).

wagtail-localize records for every translated string whether a machine or a person
wrote it; when a translator edits a string it becomes theirs. A page is machine
translated, for its readers, while any of its strings still comes from the machine.
"""

from wagtail_localize.models import StringTranslation

from home.content_cache import cached
from home.languages import default_locale


def is_machine_translated(page) -> bool:
    if page.alias_of_id or page.locale_id == default_locale().pk:
        return False
    # Kept under the content version: a translator's edit to a string ends it.
    return cached(
        f"machine-translated:{page.pk}",
        lambda: StringTranslation.objects.filter(
            locale_id=page.locale_id,
            context__object_id=page.translation_key,
            translation_type=StringTranslation.TRANSLATION_TYPE_MACHINE,
        ).exists(),
    )
