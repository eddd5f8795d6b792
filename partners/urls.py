"""The partners app's public URLs that are not pages (included under each
language's prefix)."""

from django.urls import path

from . import views

urlpatterns = [
    # Ends in .ics, which no page URL can (Wagtail's page paths have no dots), and
    # which some calendar apps want before they will subscribe.
    path("convenings.ics", views.convenings_calendar, name="convenings_calendar"),
]
