from django.http import HttpResponsePermanentRedirect
from django.urls import re_path, reverse

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


def to_the_new_listing(request, model, rest):
    url = reverse(f"wagtailsnippets_taxonomy_{model}:list") + rest
    if request.META.get("QUERY_STRING"):
        url += "?" + request.META["QUERY_STRING"]
    return HttpResponsePermanentRedirect(url)


@hooks.register("register_admin_urls")
def redirect_former_snippet_urls():
    return [
        re_path(
            rf"^snippets/{former}/(?P<rest>.*)$",
            to_the_new_listing,
            {"model": model},
        )
        for former, model in FORMER_SNIPPET_URLS.items()
    ]
