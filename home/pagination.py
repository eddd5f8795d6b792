"""One way to paginate every listing, forgiving of bad page numbers."""

from django.core.paginator import Paginator


def paginate(request, items, per_page):
    """The requested page of items; a missing, malformed or too-large page number
    gives the nearest real page instead of an error."""
    return Paginator(items, per_page).get_page(request.GET.get("page"))
