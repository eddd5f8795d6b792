"""The partner directory and the partner organizations' public profiles."""

from django.db import models
from django.db.models import Count, Exists, OuterRef
from django.db.models.functions import Lower
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from home.choices import SpokenLanguage
from home.models import BasePage, IndexPage
from home.pagination import paginate
from taxonomy.models import (
    Region,
    Sector,
    region_translation_keys,
    regions_for_locale,
)

from ..choices import PartnerKind, labels_in_order
from ..forms import PartnerPageForm
from ..serializers import (
    LanguagesServedField,
    LogoField,
    PartnerSectorsField,
    RegionField,
)
from ..structured_data import partner_data

PARTNERS_PER_PAGE = 24
# A partner that developed many trainings lists them a page at a time.
DEVELOPED_MODULES_PER_PAGE = 12


def sectors_in(locale, sources):
    """The sectors of `sources` (a queryset of sectors) named in `locale` where they
    are translated and in the source language otherwise, in reading order; each has
    a `language` saying which. One query."""
    keys = sources.values("translation_key")
    return Sector.objects.filter(translation_key__in=keys).localized(locale)


class PartnerSector(models.Model):
    """One sector a partner organizes in (a row per sector, so it filters cleanly on
    every database).

    It points at the source-language (English) sector in every language, the way a
    training request does; pages show it in the reader's language by translation key.
    """

    page = ParentalKey(
        "partners.PartnerPage", on_delete=models.CASCADE, related_name="sectors"
    )
    sector = models.ForeignKey(
        "taxonomy.Sector",
        verbose_name=_("sector"),
        on_delete=models.CASCADE,
        related_name="partner_sectors",
    )

    class Meta:
        verbose_name = _("sector")
        ordering = ["pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["page", "sector"], name="partners_partnersector_unique"
            )
        ]

    def __str__(self):
        return str(self.sector) if self.sector_id else ""


class PartnerLanguage(models.Model):
    """One language a partner's staff serve workers in."""

    page = ParentalKey(
        "partners.PartnerPage", on_delete=models.CASCADE, related_name="languages"
    )
    language = models.CharField(
        _("language"), max_length=10, choices=SpokenLanguage.choices
    )

    class Meta:
        verbose_name = _("language served")
        ordering = ["pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["page", "language"], name="partners_partnerlanguage_unique"
            )
        ]

    def __str__(self):
        return self.get_language_display()


class PartnerIndexPage(IndexPage):
    """The directory of partner organizations, filterable by region, kind, sector and
    language served."""

    override_translatable_fields = [SynchronizedField("slug")]
    subpage_types = ["partners.PartnerPage"]

    class Meta:
        verbose_name = _("partner directory")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(Directory(self, request).context())
        return context


class Directory:
    """The directory's listing for one request: the valid filters it asked for, the
    matching partners (alphabetical, paginated) and a count for every filter option.

    Unknown filter values are ignored. The number of queries does not depend on the
    number of partners.
    """

    FILTERS = ("region", "kind", "sector", "language")

    def __init__(self, index_page, request):
        self.request = request
        self.locale = index_page.locale
        self.regions = regions_for_locale(self.locale)
        self.base = index_page.listed_pages().select_related(
            "region", "locale", "alias_of__locale"
        )
        # The sectors that partners in this directory organize in, by slug.
        self.sectors = {
            sector.slug: sector
            for sector in sectors_in(
                self.locale,
                Sector.objects.filter(partner_sectors__page__in=self.base.values("pk")),
            )
        }
        allowed = {
            "region": {region.slug for region in self.regions.values()},
            "kind": set(PartnerKind.values),
            "sector": set(self.sectors),
            "language": set(SpokenLanguage.values),
        }
        self.chosen = {}
        for name in self.FILTERS:
            value = request.GET.get(name, "")
            if value in allowed[name]:
                self.chosen[name] = value

    def filtered(self, skip=None):
        queryset = self.base
        for name, value in self.chosen.items():
            if name == skip:
                continue
            if name == "region":
                queryset = queryset.filter(region__slug=value)
            elif name == "kind":
                queryset = queryset.filter(kind=value)
            elif name == "sector":
                key = self.sectors[value].translation_key
                queryset = queryset.filter(
                    Exists(
                        PartnerSector.objects.filter(
                            page=OuterRef("pk"), sector__translation_key=key
                        )
                    )
                )
            elif name == "language":
                queryset = queryset.filter(
                    Exists(
                        PartnerLanguage.objects.filter(
                            page=OuterRef("pk"), language=value
                        )
                    )
                )
        return queryset

    def counts(self, name):
        """How many partners each option of one filter would show, the other chosen
        filters applied."""
        others = self.filtered(skip=name)
        if name == "region":
            rows = others.values_list("region__slug").annotate(n=Count("pk"))
        elif name == "kind":
            rows = others.values_list("kind").annotate(n=Count("pk"))
        elif name == "sector":
            rows = (
                PartnerSector.objects.filter(page__in=others.values("pk"))
                .values_list("sector__translation_key")
                .annotate(n=Count("page", distinct=True))
            )
            by_key = dict(rows.order_by())
            return {
                slug: by_key.get(sector.translation_key, 0)
                for slug, sector in self.sectors.items()
            }
        else:
            rows = (
                PartnerLanguage.objects.filter(page__in=others.values("pk"))
                .values_list("language")
                .annotate(n=Count("page", distinct=True))
            )
        return dict(rows.order_by())

    def facet(self, name, label, any_label, options):
        """One filter: `options` are (value, label) pairs, or (value, label,
        language) for labels that may not be in the reader's language."""
        counts = self.counts(name)
        return {
            "name": name,
            "label": label,
            "any_label": any_label,
            "options": [self.option(name, counts, *choice) for choice in options],
        }

    def option(self, name, counts, value, label, language=None):
        return {
            "value": value,
            "label": label,
            "language": language,
            "count": counts.get(value, 0),
            "selected": self.chosen.get(name) == value,
        }

    def context(self):
        regions = sorted(self.regions.values(), key=lambda r: r.name.casefold())
        facets = [
            self.facet(
                "region",
                _("Region"),
                _("All regions"),
                [(region.slug, region.name) for region in regions],
            ),
            self.facet("kind", _("Kind"), _("All kinds"), PartnerKind.choices),
            self.facet(
                "sector",
                _("Sector"),
                _("All sectors"),
                [
                    (slug, sector.name, sector.language)
                    for slug, sector in self.sectors.items()
                ],
            ),
            self.facet(
                "language",
                _("Language served"),
                _("All languages"),
                SpokenLanguage.choices,
            ),
        ]
        partners = paginate(
            self.request,
            self.filtered()
            .order_by(Lower("title"), "pk")
            .prefetch_related("languages"),
            PARTNERS_PER_PAGE,
        )
        for partner in partners:
            partner.display_region = partner.region_in(self.regions)
        return {
            "partners": partners,
            "facets": facets,
            "filters": self.chosen,
            "partner_total": partners.paginator.count,
        }


class PartnerPage(BasePage):
    """A partner organization's public profile."""

    kind = models.CharField(
        _("kind of organization"), max_length=30, choices=PartnerKind.choices
    )
    region = models.ForeignKey(
        Region,
        verbose_name=_("region"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="partner_pages",
    )
    city = models.CharField(_("city or town"), max_length=80, blank=True)
    introduction = models.CharField(
        _("in one sentence"),
        max_length=250,
        blank=True,
        help_text=_("Who the organization is, shown on directory cards."),
    )
    description = RichTextField(
        _("description"),
        blank=True,
        features=["bold", "italic", "link", "ol", "ul"],
    )
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    website = models.URLField(_("website"), blank=True)
    public_email = models.EmailField(
        _("public email"),
        blank=True,
        help_text=_("Shown to every visitor. Use an office address, never a person's."),
    )
    public_phone = models.CharField(
        _("public phone"),
        max_length=40,
        blank=True,
        help_text=_("Shown to every visitor."),
    )

    base_form_class = PartnerPageForm

    content_panels = [
        *Page.content_panels,
        FieldPanel("kind"),
        MultiFieldPanel(
            [FieldPanel("region"), FieldPanel("city")], heading=_("Where it works")
        ),
        FieldPanel("sector_codes"),
        FieldPanel("language_codes"),
        FieldPanel("introduction"),
        FieldPanel("description"),
        FieldPanel("logo"),
        FieldPanel("website"),
        MultiFieldPanel(
            [FieldPanel("public_email"), FieldPanel("public_phone")],
            heading=_("Public contact (shown on the page)"),
            help_text=_(
                "Everything here is published on the partner's page. Leave it blank "
                "to show no contact."
            ),
        ),
    ]
    search_kind = "partner"
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("introduction"),
        index.SearchField("description"),
        index.SearchField("city"),
        index.FilterField("kind"),
    ]
    # One address in every language; the phone number is a number, not words.
    override_translatable_fields = [
        SynchronizedField("slug"),
        SynchronizedField("public_phone"),
    ]

    # The open-data API (home.api). The email and phone are the organization's
    # public contact, shown on its page; editors are told never to give a person's.
    api_fields = [
        APIField("listing_summary"),
        APIField("kind"),
        APIField("region", serializer=RegionField()),
        APIField("city"),
        APIField("introduction"),
        APIField("description"),
        APIField("logo", serializer=LogoField()),
        APIField("website"),
        APIField("public_email"),
        APIField("public_phone"),
        APIField("sectors", serializer=PartnerSectorsField()),
        APIField("languages", serializer=LanguagesServedField()),
    ]
    api_taxonomy = {"sector": "sectors__sector__slug"}

    parent_page_types = ["partners.PartnerIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("partner organization")

    @cached_property
    def language_codes(self):
        return [row.language for row in self.languages.all()]

    @property
    def language_list(self):
        return labels_in_order(SpokenLanguage, self.language_codes)

    def chosen_sectors(self):
        """The source-language sectors this partner organizes in (also for a
        preview or a revision, whose rows are not saved)."""
        ids = [row.sector_id for row in self.sectors.all() if row.sector_id]
        return Sector.objects.filter(pk__in=ids).in_reading_order()

    def localized_sectors(self, locale=None):
        """This partner's sectors named in `locale` (the page's own by default)."""
        return sectors_in(locale or self.locale, self.chosen_sectors())

    def set_sectors(self, sectors):
        """Organize in these source-language sectors, keeping rows already there."""
        kept = {row.sector_id: row for row in self.sectors.all() if row.sector_id}
        self.sectors = [
            kept.get(sector.pk) or PartnerSector(sector=sector)
            for sector in dict.fromkeys(sectors)
        ]

    def set_languages(self, codes):
        self.__dict__.pop("language_codes", None)
        kept = {row.language: row for row in self.languages.all()}
        self.languages = [
            kept.get(code) or PartnerLanguage(language=code)
            for code in dict.fromkeys(codes)
        ]

    def region_in(self, regions):
        """This partner's region as named in `regions` (see regions_for_locale)."""
        if self.region is None:
            return None
        return regions.get(self.region.translation_key, self.region)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["display_region"] = self.localized_region()
        context["sectors"] = self.localized_sectors()
        context["directory_url"] = self.parent_url(request)
        # Modules credit the partner by page chooser (the reverse accessor names the
        # module model, so partners never imports curriculum).
        modules = self.developed_modules.model.objects
        context["developed_modules"] = paginate(
            request,
            modules.live()
            .public()
            .filter(
                developed_by__translation_key=self.translation_key,
                locale_id=self.locale_id,
            )
            .order_by("title", "pk"),
            DEVELOPED_MODULES_PER_PAGE,
        )
        return context

    def structured_data(self, context, coalition):
        """JSON-LD for the page's <head> (home.structured_data)."""
        return partner_data(self, context, coalition)

    def localized_region(self):
        """This partner's region named in the page's language where translated."""
        if self.region_id is None:
            return None
        key = region_translation_keys().get(self.region_id)
        return regions_for_locale(self.locale).get(key) or self.region


def partners_by_translation_key(keys, locale):
    """The live, public partner pages with these translation keys in `locale`."""
    return {
        partner.translation_key: partner
        for partner in PartnerPage.objects.live()
        .public()
        .filter(locale=locale, translation_key__in=set(keys))
        .select_related("region", "locale", "alias_of__locale")
    }
