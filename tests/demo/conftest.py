"""The demo content's tests share one seeded database: seeding takes a while."""

from io import StringIO
from types import SimpleNamespace

from django.core.management import call_command

from wagtail.models import Locale

import pytest

from tests.conftest import restore_rows_made_by_migrations, wagtail_search_index_kept


@pytest.fixture(scope="package")
def demo_site(django_db_setup, django_db_blocker):
    """The whole demo site, seeded once for these tests, then cleared the way a
    live-server test clears the database."""
    with django_db_blocker.unblock():
        with wagtail_search_index_kept():
            call_command("seed_demo", stdout=StringIO())
        yield
        call_command("flush", "--no-input", verbosity=0)
        restore_rows_made_by_migrations()


@pytest.fixture
def seeded(demo_site, db):
    """The demo site for one test; whatever the test changes is rolled back. Its
    `locales` are the site's, by language code."""
    return SimpleNamespace(
        locales={locale.language_code: locale for locale in Locale.objects.all()}
    )
