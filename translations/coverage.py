"""How much of the site each language has: translated, out of date, untranslated.

Counted straight from the database on every view (no cache that could go stale),
with a fixed number of queries whatever the size of the site.
"""

from collections import Counter
from dataclasses import dataclass, field

from django.apps import apps
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.urls import reverse
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView

from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.models import Locale, Page
from wagtail_localize.models import TranslationSource

from .models import TranslationWish

TRANSLATED = "translated"
OUT_OF_DATE = "out_of_date"
UNTRANSLATED = "untranslated"


@dataclass
class CoverageRow:
    reference: str
    label: str
    counts: Counter = field(default_factory=Counter)

    @property
    def total(self):
        return sum(self.counts.values())


@dataclass
class WishedPage:
    page: Page
    count: int
    translate_url: str


@dataclass
class LanguageCoverage:
    locale: Locale
    rows: list[CoverageRow]
    wished: list[WishedPage]


def tracked_models():
    """The page types the report counts, from settings.TRANSLATION_COVERAGE."""
    models = []
    for reference, label in settings.TRANSLATION_COVERAGE.items():
        try:
            models.append((apps.get_model(reference), reference, label))
        except LookupError:
            continue
    return models


def state_of(source, translation, synced_at):
    if translation is None or translation["alias_of_id"]:
        return UNTRANSLATED
    made_at = synced_at or translation["last_published_at"]
    changed_at = source["last_published_at"]
    if made_at and changed_at and changed_at > made_at:
        return OUT_OF_DATE
    return TRANSLATED


def coverage_report(wished_per_language=10) -> list[LanguageCoverage]:
    source_locale = Locale.get_default()
    models = tracked_models()
    content_types = ContentType.objects.get_for_models(*(m for m, _ref, _l in models))
    row_by_type = {
        content_types[model].pk: (reference, label)
        for model, reference, label in models
    }

    sources = list(
        Page.objects.live()
        .filter(locale=source_locale, content_type__in=row_by_type)
        .values("translation_key", "content_type_id", "last_published_at")
    )
    keys = [s["translation_key"] for s in sources]
    translations = {
        (t["translation_key"], t["locale_id"]): t
        for t in Page.objects.filter(translation_key__in=keys)
        .exclude(locale=source_locale)
        .values("translation_key", "locale_id", "alias_of_id", "last_published_at")
    }
    synced = dict(
        TranslationSource.objects.filter(object_id__in=keys).values_list(
            "object_id", "last_updated_at"
        )
    )

    report = []
    for locale in Locale.objects.exclude(pk=source_locale.pk).order_by("pk"):
        rows = {
            ct: CoverageRow(reference=reference, label=label)
            for ct, (reference, label) in row_by_type.items()
        }
        for source in sources:
            translation = translations.get((source["translation_key"], locale.pk))
            state = state_of(source, translation, synced.get(source["translation_key"]))
            rows[source["content_type_id"]].counts[state] += 1
        report.append(
            LanguageCoverage(locale=locale, rows=list(rows.values()), wished=[])
        )

    untranslated_keys = {
        (key, locale_id)
        for (key, locale_id), t in translations.items()
        if t["alias_of_id"]
    }
    by_locale = {entry.locale.pk: entry for entry in report}
    wishes = (
        TranslationWish.objects.filter(locale_id__in=by_locale)
        .select_related("page")
        .order_by("-count", "-last_asked_at")
    )
    for wish in wishes:
        entry = by_locale[wish.locale_id]
        still_untranslated = (wish.page.translation_key, wish.locale_id) in (
            untranslated_keys
        ) or (wish.page.translation_key, wish.locale_id) not in translations
        if still_untranslated and len(entry.wished) < wished_per_language:
            entry.wished.append(
                WishedPage(
                    page=wish.page,
                    count=wish.count,
                    translate_url=reverse(
                        "wagtail_localize:submit_page_translation", args=[wish.page_id]
                    ),
                )
            )
    return report


class TranslationCoverageView(WagtailAdminTemplateMixin, TemplateView):
    """One screen that tells staff what to translate next."""

    template_name = "translations/translation_coverage.html"
    page_title = gettext_lazy("Translation coverage")
    header_icon = "wagtail-localize-language"

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": "", "label": gettext_lazy("Reports")},
            {"url": "", "label": self.page_title},
        ]

    def get_context_data(self, **kwargs):
        return {**super().get_context_data(**kwargs), "report": coverage_report()}
