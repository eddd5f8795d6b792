from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from django.views.static import serve

from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from health_check.views import HealthCheckView

from home import views as home_views
from home.api import api_router
from home.updates_feed import UpdatesFeed
from search import views as search_views
from translations.sitemaps import TranslatedPageSitemap
from translations.wishes import ask_for_translation

# Django's defaults re-run the CSRF check, which raises again on a body it could not
# read; these do not, and need neither the database nor the site's host.
handler400 = "home.views.bad_request"
handler500 = "home.views.server_error"

urlpatterns = [
    # For load balancers: no personal data, never cached (see README, Deploying).
    path(
        "healthz",
        HealthCheckView.as_view(checks=settings.HEALTH_CHECKS),
        name="healthz",
    ),
    path("robots.txt", home_views.robots_txt, name="robots_txt"),
    path(
        "sitemap.xml",
        sitemap,
        {"sitemaps": {"pages": TranslatedPageSitemap}},
        name="sitemap",
    ),
    # Between the password and the admin: the second step (before Wagtail's URLs).
    # Open data, read only (home.api; README, Open data).
    path("api/v2/", api_router.urls),
    path("admin/two-step/", include("accounts.urls")),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
]

if settings.SERVE_MEDIA:
    # For a single machine without a proxy in front; larger sites serve media from
    # object storage instead.
    urlpatterns += [
        re_path(r"^media/(?P<path>.*)$", serve, {"document_root": settings.MEDIA_ROOT}),
    ]

urlpatterns += i18n_patterns(
    path("search/", search_views.search, name="search"),
    path(
        "ask-for-translation/",
        ask_for_translation,
        name="ask_for_translation",
    ),
    path("", include("partners.urls")),
    path("updates.atom", UpdatesFeed(), name="updates_feed"),
    path("", include(wagtail_urls)),
)
