from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .coverage import TranslationCoverageView
from .fallback import reading_translation


@hooks.register("before_serve_page")
def serve_nearest_translation(page, request, serve_args, serve_kwargs):
    """An untranslated page shows the nearest language along the reader's chain."""
    shown = reading_translation(page)
    if shown is not page:
        return shown.serve(request, *serve_args, **serve_kwargs)
    return None


@hooks.register("register_admin_urls")
def register_translation_coverage_url():
    return [
        path(
            "reports/translation-coverage/",
            TranslationCoverageView.as_view(),
            name="translation_coverage",
        )
    ]


@hooks.register("register_reports_menu_item")
def register_translation_coverage_menu_item():
    return MenuItem(
        _("Translation coverage"),
        reverse("translation_coverage"),
        name="translation-coverage",
        icon_name="wagtail-localize-language",
        order=650,
    )
