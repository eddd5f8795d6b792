from wagtail import hooks
from wagtail.snippets.models import register_snippet

from .fallback import reading_translation
from .viewsets import FooterTextViewSet

register_snippet(FooterTextViewSet)


@hooks.register("before_serve_page")
def serve_nearest_translation(page, request, serve_args, serve_kwargs):
    """An untranslated page shows the nearest language along the reader's chain."""
    shown = reading_translation(page)
    if shown is not page:
        return shown.serve(request, *serve_args, **serve_kwargs)
    return None
