from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks

from .report import SearchReportMenuItem, SearchReportView


@hooks.register("register_admin_urls")
def register_search_report_url():
    return [
        path(
            "reports/searches/",
            SearchReportView.as_view(),
            name="search_report",
        )
    ]


@hooks.register("register_reports_menu_item")
def register_search_report_menu_item():
    return SearchReportMenuItem(
        _("What readers look for"),
        reverse("search_report"),
        name="search-report",
        icon_name="search",
        order=800,
    )
