"""Public views that are not pages: site search, and the page that explains a
request the site could not accept."""

from django.template.response import TemplateResponse

from wagtail.models import Locale, Page

from .pagination import paginate

MAX_QUERY_LENGTH = 200


def search(request):
    """Search every live page in the reader's language, whatever its type."""
    query = request.GET.get("q", "").strip()[:MAX_QUERY_LENGTH].replace("\x00", "")
    results = Page.objects.none()
    if query:
        results = (
            Page.objects.live()
            .public()
            .filter(locale=Locale.get_active())
            .search(query)
        )
    page_obj = paginate(request, results, 20)
    return TemplateResponse(
        request,
        "home/search.html",
        {"query": query, "results": page_obj, "paginator": page_obj.paginator},
    )


def problem(request, title, message, status):
    """A short page in the reader's language saying what went wrong and what to do,
    with the 4xx status that fits."""
    return TemplateResponse(
        request,
        "home/problem.html",
        {"title": title, "message": message},
        status=status,
    )
