"""Translating content through wagtail-localize from code (demo content, imports).

The same records an editor's translation would create are made here: a translation
source, string translations for its segments, and a published translated copy.
"""

from collections.abc import Mapping

from wagtail.models import DraftStateMixin
from wagtail_localize.models import StringTranslation, Translation, TranslationSource


def translate(
    instance, locale, strings: Mapping[str, str], *, user=None, machine=False
):
    """Translate `instance` into `locale`.

    `strings` maps each source text segment to its translation; segments it does
    not cover keep the source text. With `machine`, the strings are recorded as a
    machine's, awaiting a person's review. Returns the published translated object.
    """
    source, _ = TranslationSource.update_or_create_from_instance(instance)
    Translation.objects.update_or_create(
        source=source, target_locale=locale, defaults={"enabled": True}
    )
    for segment in source.stringsegment_set.select_related("string", "context"):
        text = strings.get(segment.string.data)
        if text:
            StringTranslation.objects.update_or_create(
                translation_of=segment.string,
                locale=locale,
                context=segment.context,
                defaults={
                    "data": text,
                    "translation_type": (
                        StringTranslation.TRANSLATION_TYPE_MACHINE
                        if machine
                        else StringTranslation.TRANSLATION_TYPE_MANUAL
                    ),
                    "tool_name": "Demo machine translator" if machine else "",
                },
            )
    drafts = isinstance(instance, DraftStateMixin)
    target, _ = source.create_or_update_translation(
        locale, user=user, publish=not drafts, copy_parent_pages=True, fallback=True
    )
    if drafts:
        target.get_latest_revision().publish(user=user)
        target.refresh_from_db()
    return target
