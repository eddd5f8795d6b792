"""The shared vocabularies, one set per language: topics and sectors sort the
catalog, the directory and training requests; regions group partners and route
requests to their coordinators."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.content_cache import cached
from home.languages import active_locale, default_locale, source_language


class TaxonomyQuerySet(models.QuerySet):
    def in_reading_order(self):
        return self.order_by("sort_order", "name")

    def localized(self, locale=None):
        """One object per translation key, in `locale` (the active one by default)
        where it has been translated and in the source language otherwise.

        One query, so listings can label many modules without a query each.
        Each carries `language`, the code of the language its name is in, so a
        page can mark a name left in the source language.
        """
        locale = locale or active_locale()
        source = source_language()
        codes = {locale.language_code, source}
        rows = self.filter(locale__language_code__in=codes).in_reading_order()
        chosen = {}
        for item in rows:
            if item.translation_key not in chosen or item.locale_id == locale.pk:
                chosen[item.translation_key] = item
        for item in chosen.values():
            item.language = (
                locale.language_code if item.locale_id == locale.pk else source
            )
        return sorted(chosen.values(), key=lambda item: (item.sort_order, item.name))


class TaxonomyTerm(TranslatableMixin, index.Indexed, models.Model):
    """What topics and sectors share: a name, a slug for URLs, a short description
    and an order for the catalog's filters."""

    name = models.CharField(_("name"), max_length=80)
    slug = models.SlugField(
        _("slug"),
        max_length=80,
        allow_unicode=False,
        help_text=_(
            "Used in catalog links such as ?topic=wage-theft. Keep it the same in "
            "every language."
        ),
    )
    description = models.CharField(
        _("short description"),
        max_length=250,
        blank=True,
        help_text=_("One sentence shown to readers choosing a filter."),
    )
    sort_order = models.PositiveIntegerField(
        _("order"),
        default=0,
        help_text=_("Lower numbers come first in the catalog's filters."),
    )

    objects = TaxonomyQuerySet.as_manager()

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("description"),
        FieldPanel("sort_order"),
    ]
    # The slug and order stay the same in every language so a filter link works in
    # all of them; the name and description are translated.
    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("description"),
        SynchronizedField("slug"),
        SynchronizedField("sort_order"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.SearchField("description"),
        index.FilterField("locale"),
    ]

    class Meta(TranslatableMixin.Meta):
        abstract = True
        ordering = ["sort_order", "name"]

    def __str__(self):
        return self.name

    def clean(self):
        # The admin form has no locale field, so Django skips the (slug, locale)
        # constraint; check it here so a clash is a form error, not a crash.
        super().clean()
        locale_id = self.locale_id or default_locale().pk
        clash = (
            type(self)
            .objects.filter(slug=self.slug, locale_id=locale_id)
            .exclude(pk=self.pk)
        )
        if self.slug and clash.exists():
            raise ValidationError(
                {"slug": _("Another one in this language already uses this slug.")}
            )


class Topic(TaxonomyTerm):
    """What a module teaches: know your rights, wage theft, health and safety ..."""

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("topic")
        verbose_name_plural = _("topics")
        constraints = [
            models.UniqueConstraint(
                fields=["slug", "locale"], name="unique_topic_slug_locale"
            )
        ]


class Sector(TaxonomyTerm):
    """Where the workers a module is for work: farms, factories, hospitality ..."""

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("sector")
        verbose_name_plural = _("sectors")
        constraints = [
            models.UniqueConstraint(
                fields=["slug", "locale"], name="unique_sector_slug_locale"
            )
        ]


class Region(TranslatableMixin, index.Indexed, models.Model):
    """A region (Finger Lakes, North Country ...), its name translated per language.

    The slug names the region in directory URLs and is the same in every language;
    the coordinator's address is for staff only and is never shown to visitors.
    """

    name = models.CharField(_("name"), max_length=80)
    slug = models.SlugField(
        _("slug"),
        max_length=80,
        blank=True,
        help_text=_(
            "The region's name in web addresses, e.g. finger-lakes. The same in "
            "every language; made from the name when left blank."
        ),
    )
    coordinator_email = models.EmailField(
        _("coordinator email"),
        blank=True,
        help_text=_(
            "Staff only, never shown on the public site: the regional coordinator "
            "who receives training requests from this region."
        ),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        MultiFieldPanel(
            [FieldPanel("coordinator_email")], heading=_("Staff only (not public)")
        ),
    ]
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.FilterField("locale"),
    ]
    # The slug and the coordinator are facts about the region, not words to translate.
    override_translatable_fields = [
        SynchronizedField("slug", overridable=False),
        SynchronizedField("coordinator_email", overridable=False),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("region")
        verbose_name_plural = _("regions")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(
                fields=["slug", "locale"], name="partners_region_slug_locale_unique"
            )
        ]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = slugify(self.name)
        super().save(*args, **kwargs)

    def clean(self):
        super().clean()
        if not self.slug:
            self.slug = slugify(self.name)


def regions_for_locale(locale: Locale) -> dict:
    """Every region, keyed by translation key, in `locale` where it is translated and
    in the default language otherwise. From the content cache, or one query."""
    return cached(f"regions:{locale.pk}", lambda: _regions_for_locale(locale))


def region_translation_keys() -> dict:
    """{region id: translation key} for every region, from the content cache."""
    return cached(
        "region-keys",
        lambda: dict(Region.objects.values_list("pk", "translation_key")),
    )


def _regions_for_locale(locale: Locale) -> dict:
    default_code = get_supported_content_language_variant(settings.LANGUAGE_CODE)
    codes = {locale.language_code, default_code}
    regions = {}
    for region in Region.objects.filter(locale__language_code__in=codes):
        current = regions.get(region.translation_key)
        if current is None or region.locale_id == locale.pk:
            regions[region.translation_key] = region
    return regions
