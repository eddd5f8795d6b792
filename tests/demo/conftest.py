"""The demo content's tests share one seeded database: seeding takes a while."""

from io import StringIO

from django.core.management import call_command

import pytest

from tests.conftest import restore_rows_made_by_migrations


@pytest.fixture(scope="package")
def demo_site(django_db_setup, django_db_blocker):
    """The whole demo site, seeded once for these tests, then cleared the way a
    live-server test clears the database."""
    with django_db_blocker.unblock():
        call_command("seed_demo", stdout=StringIO())
        yield
        call_command("flush", "--no-input", verbosity=0)
        restore_rows_made_by_migrations()


@pytest.fixture
def seeded(demo_site, db):
    """The demo site for one test; whatever the test changes is rolled back."""
