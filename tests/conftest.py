"""Shared fixtures: the site tree in every configured language, and (through the
plugins in tests/fixtures) each staff role, a small catalog, the partners' pages
and the request form."""

from contextlib import contextmanager
from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth.models import Permission
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from django.utils import translation

from wagtail.models import Collection, Locale, Page, Site
from wagtail.signal_handlers import disable_reference_index_auto_update

import pytest
from modelsearch import index as modelsearch_index
from modelsearch import signal_handlers as modelsearch_signals

from home.models import HomePage, SiteSettings, StandardPage
from proposals.models import SessionProposal
from search.signals import indexing_paused
from tests.factories import HomePageFactory, StandardPageFactory
from translations.locales import ensure_locales, synchronize_all_trees
from translations.localize import translate

pytest_plugins = [
    "tests.fixtures.people",
    "tests.fixtures.catalog",
    "tests.fixtures.partners",
    "tests.fixtures.training_requests",
    "tests.fixtures.proposals",
    "tests.fixtures.involvement",
]

LANGUAGE_CODES = [code for code, _label in settings.LANGUAGES]


@dataclass
class SiteTree:
    site: Site
    home: HomePage
    about: StandardPage
    locales: dict[str, Locale]

    def in_locale(self, page, code) -> Page:
        """The page's translation or alias in that language."""
        return page.get_translation(self.locales[code]).specific


def restore_rows_made_by_migrations():
    """A live-server test empties the database when it ends, rows made by data
    migrations included: put back the root page and root collection that pages and
    documents hang from, and the permissions that no model declares."""
    ContentType.objects.clear_cache()
    for app_label, model, codename, name in [
        (
            "wagtail_localize",
            "translation",
            "submit_translation",
            "Can submit translations",
        ),
        ("wagtailadmin", "admin", "access_admin", "Can access Wagtail admin"),
    ]:
        content_type, _ = ContentType.objects.get_or_create(
            app_label=app_label, model=model
        )
        Permission.objects.get_or_create(
            content_type=content_type, codename=codename, defaults={"name": name}
        )
    if Page.get_first_root_node() is None:
        Page.add_root(instance=Page(title="Root", slug="root"))
    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """The test database as migrations leave it, less Wagtail's welcome page, which
    site_tree would otherwise delete again in every test (a quarter of a second
    each on PostgreSQL)."""
    with django_db_blocker.unblock():
        root = Page.get_first_root_node()
        for placeholder in root.get_children() if root else []:
            placeholder.delete()


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(config, items):
    """Keep each test file on one test worker (live-server tests empty the database
    that the file's later tests build on), and all the demo content's files on one
    worker, so the demo is seeded once (see tests/demo/conftest.py)."""
    for item in items:
        path = item.path.relative_to(config.rootpath)
        group = "demo" if path.parts[:2] == ("tests", "demo") else str(path)
        item.add_marker(pytest.mark.xdist_group(group))


# The tests that search: every page saved in them is indexed, by the site's search
# (the `search` app) and by Wagtail's own index, which the catalog's word filter
# reads, as in production. Elsewhere neither is kept: indexing was half of a
# test's own time.
SEARCHING_TESTS = (("tests", "search"), ("tests", "browser"), ("tests", "demo"))


def _wagtail_index_updates(connect):
    change = (
        (post_save.connect, post_delete.connect)
        if connect
        else (
            post_save.disconnect,
            post_delete.disconnect,
        )
    )
    for model in modelsearch_index.get_indexed_models():
        change[0](modelsearch_signals.post_save_signal_handler, model)
        change[1](modelsearch_signals.post_delete_signal_handler, model)


@pytest.fixture(autouse=True, scope="session")
def no_indexes_by_default():
    """Wagtail's reference index (the admin's "usage" counts, which no test reads)
    is never kept in the tests' own thread; Wagtail's search index is kept only
    by the searching tests (search_index)."""
    _wagtail_index_updates(connect=False)
    with disable_reference_index_auto_update():
        yield
    _wagtail_index_updates(connect=True)


@contextmanager
def wagtail_search_index_kept():
    """Wagtail's search index follows every save inside the block."""
    _wagtail_index_updates(connect=True)
    try:
        yield
    finally:
        _wagtail_index_updates(connect=False)


@pytest.fixture(autouse=True)
def search_index(request):
    path = request.node.path.relative_to(request.config.rootpath).parts[:2]
    if path in SEARCHING_TESTS or request.node.get_closest_marker("search_index"):
        with wagtail_search_index_kept():
            yield
        return
    with indexing_paused(rebuild_after=False):
        yield


@pytest.fixture(autouse=True)
def empty_cache():
    """Each test starts with nothing cached: a page kept by an earlier test was made
    from rows its transaction has since rolled back."""
    cache.clear()


@pytest.fixture(autouse=True)
def reader_language():
    """Each test starts in the source language, whatever the last request left
    active in this thread."""
    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture
def site_tree(db) -> SiteTree:
    """An English home page with an About page, synced into every language, with the
    About page translated into Spanish."""
    restore_rows_made_by_migrations()
    ensure_locales()
    root = Page.get_first_root_node()
    # Session proposals keep their convening page (in the demo's tests, the
    # seeded gathering's) from being deleted with the tree.
    SessionProposal.objects.all().delete()
    for placeholder in root.get_children():
        placeholder.delete()
    home = HomePageFactory(parent=root, title="Training Hub")
    Site.objects.all().delete()
    site = Site.objects.create(
        hostname="localhost", port=80, root_page=home, is_default_site=True
    )
    # As the first request of a new site would make them.
    SiteSettings.for_site(site)
    about = StandardPageFactory(parent=home, title="About the hub", slug="about")
    synchronize_all_trees()
    locales = {locale.language_code: locale for locale in Locale.objects.all()}
    translate(about, locales["es"], {"About the hub": "Sobre el centro"})
    return SiteTree(site=site, home=home, about=about, locales=locales)
