"""The catalog: every module in the reader's language, filterable without JavaScript."""

from django.utils.translation import gettext_lazy as _

from home.models import IndexPage
from home.pagination import paginate
from home.view_restrictions import only_public
from taxonomy.models import Sector, Topic

from ..choices import language_name
from ..forms import CatalogFilterForm
from ..listing import annotate_for_listing, with_languages
from .modules import TrainingModulePage

CATALOG_PAGE_SIZE = 12


class ModuleIndexPage(IndexPage):
    """The catalog. Filters and pagination live in the query string (a plain GET
    form), so every filtered view has a link that can be shared or printed."""

    subpage_types = ["curriculum.TrainingModulePage"]

    class Meta:
        verbose_name = _("training catalog")

    def get_context(self, request, *args, **kwargs):
        """The filters and a page of modules in five queries whatever the size of
        the catalog or the filters chosen: the topics and sectors to filter by, the
        count, the page of modules with their languages, and their topics."""
        context = super().get_context(request, *args, **kwargs)
        locale = self.locale
        topics = Topic.objects.localized(locale)
        sectors = Sector.objects.localized(locale)
        form = CatalogFilterForm(
            request.GET, locale=locale, topics=topics, sectors=sectors
        )
        modules = only_public(
            TrainingModulePage.objects.child_of(self).live().select_related("locale")
        )
        modules = with_languages(form.filter(modules))
        page_obj = paginate(request, modules.order_by("path"), CATALOG_PAGE_SIZE)
        annotate_for_listing(page_obj.object_list, locale)
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
