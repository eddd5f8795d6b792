from django.urls import re_path
from django.views.generic import RedirectView

from wagtail import hooks
from wagtail.snippets.models import register_snippet

from .viewsets import TaxonomyViewSetGroup

register_snippet(TaxonomyViewSetGroup)

# Where these snippets were listed before they had an app of their own, so that
# bookmarks and links in old emails keep working.
FORMER_SNIPPET_URLS = {
    "curriculum/topic": "topic",
    "curriculum/sector": "sector",
    "partners/region": "region",
}


@hooks.register("register_admin_urls")
def redirect_former_snippet_urls():
    return [
        re_path(
            rf"^snippets/{former}/(?P<rest>.*)$",
            RedirectView.as_view(
                url=f"/admin/snippets/taxonomy/{model}/%(rest)s",
                permanent=True,
                query_string=True,
            ),
        )
        for former, model in FORMER_SNIPPET_URLS.items()
    ]
