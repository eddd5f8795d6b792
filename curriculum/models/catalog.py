"""The catalog: every module in the reader's language, filterable without JavaScript."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.search import index

from home.models import BasePage
from home.pagination import paginate
from taxonomy.models import Sector, Topic

from ..choices import language_name
from ..forms import CatalogFilterForm
from .modules import TrainingModulePage, annotate_for_listing

CATALOG_PAGE_SIZE = 12


class ModuleIndexPage(BasePage):
    """The catalog. Filters and pagination live in the query string (a plain GET
    form), so every filtered view has a link that can be shared or printed."""

    introduction = models.TextField(
        _("introduction"),
        blank=True,
        help_text=_("A few sentences above the filters: what the catalog offers."),
    )

    content_panels = [*BasePage.content_panels, FieldPanel("introduction")]
    search_fields = [*BasePage.search_fields, index.SearchField("introduction")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["curriculum.TrainingModulePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("training catalog")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        locale = self.locale
        topics = Topic.objects.localized(locale)
        sectors = Sector.objects.localized(locale)
        form = CatalogFilterForm(
            request.GET, locale=locale, topics=topics, sectors=sectors
        )
        modules = (
            TrainingModulePage.objects.child_of(self)
            .live()
            .public()
            .select_related("locale")
        )
        modules = form.filter(modules).prefetch_related("topics", "sectors")
        page_obj = paginate(request, modules.order_by("path"), CATALOG_PAGE_SIZE)
        annotate_for_listing(list(page_obj), locale, topics=topics, sectors=sectors)
        context.update(
            {
                "filter_form": form.for_display(),
                "active_filters": form.active_filters(request.GET),
                "modules": page_obj,
                "page_obj": page_obj,
                "result_count": page_obj.paginator.count,
                "reader_language": language_name(locale.language_code),
            }
        )
        return context
