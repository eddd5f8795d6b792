"""Finding the page a URL names in one query, whatever its depth.

Wagtail walks the tree from the site's root one URL segment at a time: for
/ht/trainings/know-your-rights/ it finds the Creole home page, then its child
"trainings", then that page's child, each a query or two. Every page stores its
full `url_path`, so the page can be found directly instead, by its slug and the
localized home's url_path + the URL's path. Which page a URL names is kept in the
content cache, so a request costs one query, for the page's own fields; so is the
site for the request's host. Anything this does not find (a page's sub-URL such as
a convening's calendar, a page that is not live, a 404) is left to Wagtail's own
routing, which has the last word; what is not found is not kept.
"""

import hashlib

from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField, Subquery, Value
from django.db.models.functions import Concat
from django.http import Http404
from django.utils.translation import get_language

from wagtail import views as wagtail_views
from wagtail.models import Page, Site

from .content_cache import cached
from .languages import attach_locale, content_language_code


def site_for(request):
    """The Wagtail site answering the request, as Site.find_for_request finds it,
    from the content cache (the request remembers it, as Wagtail does)."""
    if not hasattr(request, "_wagtail_site"):
        where = f"site:{request._get_raw_host()}:{request.get_port()}"
        request._wagtail_site = cached(where, lambda: Site._find_for_request(request))
    return request._wagtail_site


def find_route(request, path):
    site = site_for(request)
    if site is None:
        return None
    language = content_language_code(get_language())
    where = hashlib.sha256(f"{site.pk}:{language}:{path}".encode()).hexdigest()
    found = cached(
        f"route:{where}", lambda: locate(site, language, path), keep_none=False
    )
    if found is None:
        return None
    page_id, content_type_id = found
    model = ContentType.objects.get_for_id(content_type_id).model_class()
    page = model.objects.filter(pk=page_id).first() if model else None
    if page is None:
        return None
    attach_locale(page)
    try:
        return page.route(request, [])
    except Http404:
        return None


def locate(site, language, path):
    """(id, content type id) of the page at `path` under the site's home page in
    `language`, or None."""
    parts = [part for part in path.split("/") if part]
    pages = Page.objects.all()
    if parts:
        localized_home = Page.objects.filter(
            translation_key=site.root_page.translation_key,
            locale__language_code=language,
            live=True,
        ).values("url_path")[:1]
        rest = "".join(f"{part}/" for part in parts)
        pages = pages.annotate(home_path=Subquery(localized_home)).filter(
            slug=parts[-1],
            url_path=Concat("home_path", Value(rest), output_field=CharField()),
        )
    else:
        pages = pages.filter(
            translation_key=site.root_page.translation_key,
            locale__language_code=language,
            live=True,
        )
    return pages.values_list("pk", "content_type_id").first()


class PageRouteMiddleware:
    """Routes a request for a page before Wagtail's serve view walks the tree
    (Wagtail keeps the route it is given in request._wagtail_route_for_request)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if view_func is wagtail_views.serve and not hasattr(
            request, "_wagtail_route_for_request"
        ):
            path = view_kwargs.get("path", view_args[0] if view_args else "")
            route = find_route(request, path)
            if route is not None:
                request._wagtail_route_for_request = route
