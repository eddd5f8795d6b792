"""The site's URLs plus one view with a bug, for the tests of the 500 page."""

from django.urls import path

from hub.urls import handler400, handler500
from hub.urls import urlpatterns as site_urlpatterns

__all__ = ["handler400", "handler500", "urlpatterns"]


def broken(request):
    raise RuntimeError("a bug in a view")


urlpatterns = [path("broken/", broken), *site_urlpatterns]
