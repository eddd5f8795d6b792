"""Regions of upstate New York that partners are grouped by."""

from django.conf import settings
from django.db import models
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField


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
    in the default language otherwise. One query."""
    default_code = get_supported_content_language_variant(settings.LANGUAGE_CODE)
    codes = {locale.language_code, default_code}
    regions = {}
    for region in Region.objects.filter(locale__language_code__in=codes):
        current = regions.get(region.translation_key)
        if current is None or region.locale_id == locale.pk:
            regions[region.translation_key] = region
    return regions
