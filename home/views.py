"""Public views that are not pages: site search, robots.txt, the page that explains
a request the site could not accept, and the error pages Django falls back on."""

import sys

from django.db import InterfaceError, OperationalError
from django.db.models import OuterRef, Subquery, TextField, Value
from django.db.models.functions import Coalesce, NullIf
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import translation
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext
from django.views.decorators.cache import cache_control

from wagtail.models import Page, get_page_models

from django_guid import get_guid

from .languages import active_locale
from .models import BasePage
from .pagination import paginate
from .view_restrictions import only_public

MAX_QUERY_LENGTH = 200
# How long a visitor (or a crawler) is asked to wait while the database is away.
RETRY_AFTER_SECONDS = 120


# What a reader types is theirs: results are never kept in a shared cache.
@cache_control(private=True, max_age=0)
def search(request):
    """Search every live page in the reader's language, whatever its type."""
    query = request.GET.get("q", "").strip()[:MAX_QUERY_LENGTH].replace("\x00", "")
    results = Page.objects.none()
    if query:
        results = only_public(Page.objects.live().filter(locale=active_locale()))
        results = results.search(query)
    page_obj = paginate(request, results, 20)
    page_obj.object_list = with_summaries(list(page_obj.object_list))
    return TemplateResponse(
        request,
        "home/search.html",
        {"query": query, "results": page_obj, "paginator": page_obj.paginator},
    )


def with_summaries(pages):
    """The pages, each with the `summary` its cards show (its listing summary, or
    else its introduction), read from every page type's table in one query."""
    if not pages:
        return pages
    summaries = []
    for model in get_page_models():
        if model._meta.abstract or not issubclass(model, BasePage):
            continue
        fields = {field.name for field in model._meta.get_fields()}
        text = NullIf("listing_summary", Value(""), output_field=TextField())
        if "introduction" in fields:
            text = Coalesce(
                text,
                NullIf("introduction", Value(""), output_field=TextField()),
                output_field=TextField(),
            )
        own = model.objects.filter(pk=OuterRef("pk")).values_list(text)[:1]
        summaries.append(Subquery(own, output_field=TextField()))
    found = dict(
        Page.objects.filter(pk__in=[page.pk for page in pages])
        .annotate(summary=Coalesce(*summaries, Value(""), output_field=TextField()))
        .values_list("pk", "summary")
    )
    for page in pages:
        page.summary = found.get(page.pk, "")
    return pages


def robots_txt(request):
    """What crawlers may visit: everything public, not the admin; and where the
    sitemap is. It needs no database, so `make bench` measures the middleware's
    own cost with it."""
    lines = [
        "User-agent: *",
        # The first rule that matches wins for some crawlers: the narrower first.
        "Disallow: /admin/",
        "Allow: /",
        "",
        f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}",
        "",
    ]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")


def problem(request, title, message, status):
    """A short page in the reader's language saying what went wrong and what to do,
    with the 4xx status that fits."""
    return TemplateResponse(
        request,
        "home/problem.html",
        {"title": title, "message": message},
        status=status,
    )


# Error pages ----------------------------------------------------------------------
# Django's own handlers re-run the CSRF check, which raises again on a body Django
# could not read (and turns a 400 into gunicorn's bare 500). These run no check, and
# their pages need neither the database nor the site's host.
def bad_request(request, exception):
    return bare_page(request, "400.html", status=400)


def csrf_failure(request, reason=""):
    """A form sent without its security token (a page left open for days, cookies
    cleared): say so in the visitor's language, with Django's 403."""
    return problem(
        request,
        gettext("This form has expired"),
        gettext(
            "For your safety, forms on this site only work for a while after the "
            "page is opened. Please go back, reload the page and send the form again."
        ),
        status=403,
    )


def server_error(request):
    """A 500; or, when the database cannot be reached, a 503 that tells the visitor
    what they sent was not saved and when to try again."""
    error = sys.exc_info()[1]
    if isinstance(error, OperationalError | InterfaceError):
        response = bare_page(request, "503.html", status=503)
        response["Retry-After"] = str(RETRY_AFTER_SECONDS)
        return response
    return bare_page(request, "500.html", status=500)


def bare_page(request, template, status):
    language = translation.get_language_from_request(request, check_path=True)
    with translation.override(language):
        html = render_to_string(
            template,
            {
                # Shown so that staff can find the traceback logged with it.
                "request_id": get_guid() or "",
                "sent_something": request.method not in ("GET", "HEAD", "OPTIONS"),
            },
        )
    response = HttpResponse(html, status=status)
    add_never_cache_headers(response)
    return response
