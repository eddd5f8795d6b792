"""The open-data API: Wagtail's API v2, read only, for live public pages.

Other sites and apps read the catalog, the curricula, the partner directory and the
convenings as JSON at /api/v2/pages/. What a page type shows is its `api_fields`;
what it can be filtered by (?topic=, ?sector=) is its `api_taxonomy`, a mapping of
parameter to lookup, so this module knows no page type. The API answers as an
anonymous visitor, whoever asks: no signing in, no drafts (a page's row holds its
live content; unpublished changes live only in revisions), no private pages (nor
their aliases), and no page type of the apps in API_HIDDEN_PAGE_APPS (the request
form). Anything it does not understand is a 400 with a JSON message.
"""

import re

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db.models import Q
from django.http import JsonResponse
from django.middleware.locale import LocaleMiddleware
from django.urls import path
from django.utils.cache import patch_cache_control

from wagtail.api.v2.filters import (
    ChildOfFilter,
    DescendantOfFilter,
    FieldsFilter,
    OrderingFilter,
    TranslationOfFilter,
)
from wagtail.api.v2.pagination import WagtailPagination
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.models import Page, Site, get_page_models

from rest_framework.filters import BaseFilterBackend
from rest_framework.permissions import AllowAny
from rest_framework.renderers import JSONRenderer

from .rate_limit import within_limit
from .view_restrictions import only_public

SLUG = re.compile(r"^[-\w]{1,100}$")
# A developer's parameters, not a visitor's words: longer ones are mistakes.
MAX_PARAMETER_LENGTH = 500


def hidden_content_types():
    """The page types of the apps the API never shows."""
    hidden = set(settings.API_HIDDEN_PAGE_APPS)
    models = [m for m in get_page_models() if m._meta.app_label in hidden]
    return [ct.pk for ct in ContentType.objects.get_for_models(*models).values()]


class SafeFieldsFilter(FieldsFilter):
    """Wagtail's ?<field>=value, refusing values the field cannot hold (a date
    that is not one, a relation) with a 400 instead of a database error."""

    def filter_queryset(self, request, queryset, view):
        fields = set(view.get_available_fields(queryset.model, db_fields_only=True))
        for name, value in request.GET.items():
            if name not in fields or name == "locale":
                continue
            field = queryset.model._meta.get_field(name)
            if field.many_to_many or field.one_to_many:
                raise BadRequestError(f"cannot filter by {name}")
            if field.is_relation:
                field = field.target_field
            try:
                field.to_python(value)
            except (ValidationError, ValueError, TypeError) as error:
                raise BadRequestError(
                    f"'{value[:50]}' is not a valid value for {name}"
                ) from error
        return super().filter_queryset(request, queryset, view)


class LocaleFilter(BaseFilterBackend):
    """?locale=es: pages of that language's tree (an untranslated page is there
    as an alias with the source's words). An unknown language is a 400."""

    def filter_queryset(self, request, queryset, view):
        code = request.GET.get("locale")
        if code is None:
            return queryset
        if code not in dict(settings.WAGTAIL_CONTENT_LANGUAGES):
            raise BadRequestError(f"unknown locale: {code[:20]}")
        return queryset.filter(locale__language_code=code)


class TaxonomyFilter(BaseFilterBackend):
    """?topic=<slug> and ?sector=<slug>: the pages whose type declares the
    parameter in `api_taxonomy` and that carry the term (slugs are the same in
    every language)."""

    parameters = ("topic", "sector")

    def filter_queryset(self, request, queryset, view):
        for parameter in self.parameters:
            slug = request.GET.get(parameter)
            if slug is None:
                continue
            if not SLUG.match(slug):
                raise BadRequestError(f"{parameter} must be a slug")
            carrying = Q(pk__in=[])
            for model in get_page_models():
                lookup = getattr(model, "api_taxonomy", {}).get(parameter)
                if lookup and issubclass(model, queryset.model):
                    pages = model.objects.filter(**{lookup: slug}).values("pk")
                    carrying |= Q(pk__in=pages)
            queryset = queryset.filter(carrying).distinct()
        return queryset


class OffsetPagination(WagtailPagination):
    """Wagtail's pagination; an offset past the end is an empty page, not a
    database error."""

    def paginate_queryset(self, queryset, request, view=None):
        offset = request.GET.get("offset", "0")
        if offset.isdigit() and len(offset) > 9:
            self.total_count = queryset.count()
            self.view = view
            return []
        return super().paginate_queryset(queryset, request, view)


class PublicPagesAPIViewSet(PagesAPIViewSet):
    """/api/v2/pages/ and /api/v2/pages/<id>/, as an anonymous visitor sees them."""

    authentication_classes = []
    permission_classes = [AllowAny]
    renderer_classes = [JSONRenderer]
    pagination_class = OffsetPagination
    filter_backends = [
        SafeFieldsFilter,
        ChildOfFilter,
        DescendantOfFilter,
        OrderingFilter,
        TranslationOfFilter,
        LocaleFilter,
        TaxonomyFilter,
    ]
    known_query_parameters = (
        PagesAPIViewSet.known_query_parameters.union(TaxonomyFilter.parameters)
        # No full-text search here: the site's search page applies the reader's
        # language; no ancestor_of (a page's ancestors are its URL); no site (the
        # site is the host asked).
        - {"search", "search_operator", "site", "ancestor_of"}
    )
    # The page a page is an alias of is reached by translation_of.
    meta_fields = [f for f in PagesAPIViewSet.meta_fields if f != "alias_of"]

    @classmethod
    def get_urlpatterns(cls):
        return [
            path("", cls.as_view({"get": "listing_view"}), name="listing"),
            path("<int:pk>/", cls.as_view({"get": "detail_view"}), name="detail"),
        ]

    def check_query_parameters(self, queryset):
        for name, value in self.request.GET.items():
            if len(value) > MAX_PARAMETER_LENGTH or "\x00" in name + value:
                raise BadRequestError("query parameter too long or not text")
        super().check_query_parameters(queryset)

    def get_base_queryset(self):
        """Live pages of the site asked for, in every language, less private pages
        and the page types no one may list."""
        site = Site.find_for_request(self.request)
        if site is None:
            return Page.objects.none()
        roots = Page.objects.filter(translation_key=site.root_page.translation_key)
        under_a_root = Q(pk__in=[])
        for root_path in roots.values_list("path", flat=True):
            under_a_root |= Q(path__startswith=root_path)
        pages = Page.objects.live().filter(under_a_root)
        pages = pages.exclude(content_type_id__in=hidden_content_types())
        return only_public(pages)

    def get_queryset(self):
        queryset = super().get_queryset()
        if getattr(queryset.model, "_meta", None) and (
            queryset.model._meta.app_label in settings.API_HIDDEN_PAGE_APPS
        ):
            raise BadRequestError("type doesn't exist")
        # In the order of the page tree unless ?order= says otherwise.
        return queryset.order_by("path")

    def detail_view(self, request, pk):
        self.check_query_parameters(self.get_queryset())
        return super().detail_view(request, pk)

    def finalize_response(self, request, response, *args, **kwargs):
        response = super().finalize_response(request, response, *args, **kwargs)
        response["Access-Control-Allow-Origin"] = "*"
        if response.status_code >= 400:
            patch_cache_control(response, no_store=True)
        return response


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PublicPagesAPIViewSet)


class APIRateLimitMiddleware:
    """Counts every request to the API per client (answers from the page cache
    too) and answers 429, never cached, once a client passes API_RATE_LIMIT
    requests in API_RATE_WINDOW seconds."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path.startswith(settings.API_PATH) and not within_limit(
            request, "api", settings.API_RATE_LIMIT, settings.API_RATE_WINDOW
        ):
            response = JsonResponse(
                {"message": "too many requests; try again later"}, status=429
            )
            response["Retry-After"] = str(settings.API_RATE_WINDOW)
            response["Access-Control-Allow-Origin"] = "*"
            patch_cache_control(response, no_store=True)
            return response
        return self.get_response(request)


class SiteLocaleMiddleware(LocaleMiddleware):
    """Django's, except that an API answer (a 404 JSON for a page it does not
    show) is never redirected to a language's page of the same path."""

    def process_response(self, request, response):
        if request.path.startswith(settings.API_PATH):
            return response
        return super().process_response(request, response)
