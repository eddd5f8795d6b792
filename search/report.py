"""The admin report "What readers look for": per language, what readers searched
for over the days still kept, the searches that found nothing first, so curriculum
staff see which trainings or translations readers are missing."""

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db.models import Max, Sum
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView

from wagtail.admin.menu import MenuItem
from wagtail.admin.views.generic import WagtailAdminTemplateMixin

from .models import SearchQuery
from .query_log import retention_days

PERMISSION = "search.view_searchquery"
SHOWN = 100


def can_see_report(user) -> bool:
    return user.is_active and user.has_perm(PERMISSION)


def searches_by_query(language):
    """[(query, searches, most results)] over the days kept, most searched first."""
    return list(
        SearchQuery.objects.filter(language=language)
        .values("query")
        .annotate(total=Sum("searches"), results=Max("results"))
        .order_by("-total", "query")
    )


class SearchReportView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "search/search_report.html"
    page_title = gettext_lazy("What readers look for")
    header_icon = "search"

    def dispatch(self, request, *args, **kwargs):
        if not can_see_report(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": "", "label": gettext_lazy("Reports")},
            {"url": "", "label": self.page_title},
        ]

    def get_context_data(self, **kwargs):
        languages = [(code, str(name)) for code, name in settings.LANGUAGES]
        chosen = self.request.GET.get("language", "")
        if chosen not in dict(languages):
            chosen = languages[0][0]
        rows = searches_by_query(chosen)
        return {
            **super().get_context_data(**kwargs),
            "languages": languages,
            "chosen": chosen,
            "found_nothing": [row for row in rows if not row["results"]][:SHOWN],
            "found_something": [row for row in rows if row["results"]][:SHOWN],
            "days": retention_days(),
        }


class SearchReportMenuItem(MenuItem):
    def is_shown(self, request):
        return can_see_report(request.user)
