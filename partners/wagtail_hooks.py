from django.utils import timezone

from wagtail import hooks

from .models import ConveningPage


@hooks.register("content_changes_at")
def next_convening_end():
    """A convening moves from "upcoming" to the reports when it ends: every cached
    page that lists it is out of date from that moment (see home.content_cache)."""
    return (
        ConveningPage.objects.live()
        .filter(end__gt=timezone.now())
        .order_by("end")
        .values_list("end", flat=True)
        .first()
    )
