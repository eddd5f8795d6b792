"""Partners kept their sectors as fixed codes before sectors became one list of
snippets: migrating an existing database loses no partner's sector and adds no
second copy of a sector editors already have."""

from django.db import connection
from django.db.migrations.executor import MigrationExecutor

import pytest

from taxonomy.models import Sector
from tests.conftest import restore_rows_made_by_migrations
from tests.factories.partners import PartnerPageFactory
from tests.factories.taxonomy import SectorFactory
from tests.html import soup
from translations.localize import translate

CODES = [("partners", "0003_partnersector_sector_link")]


def latest():
    """Every app's newest migration: the sectors as links, in today's tables."""
    return MigrationExecutor(connection).loader.graph.leaf_nodes()


def migrate(targets):
    """Migrate the test database to `targets`; the models as they were there."""
    executor = MigrationExecutor(connection)
    executor.migrate(targets)
    return executor.loader.project_state(targets).apps


@pytest.fixture
def codes_schema(transactional_db, partners_tree):
    """The database as it was with sector codes, with three partners in it."""
    farm = SectorFactory(name="Farm work", slug="farm-work", sort_order=10)
    translate(farm, partners_tree.site_tree.locales["es"], {"Farm work": "Agro"})
    SectorFactory(
        name="Factory and food processing",
        slug="factory-and-food-processing",
        sort_order=20,
    )
    partners = {
        title: PartnerPageFactory(parent=partners_tree.directory, title=title)
        for title in ("Dairy Workers Center", "Building Trades Local", "Meat Packers")
    }
    old_apps = migrate(CODES)
    old_rows = old_apps.get_model("partners", "PartnerSector").objects
    for title, codes in [
        ("Dairy Workers Center", ["farm-work", "factory-food-processing"]),
        ("Building Trades Local", ["construction"]),
        ("Meat Packers", ["factory-food-processing", "construction"]),
    ]:
        for code in codes:
            old_rows.create(page_id=partners[title].pk, sector=code)
    yield partners
    migrate(latest())  # whatever the test did
    restore_rows_made_by_migrations()


def names(partner):
    return [sector.name for sector in partner.chosen_sectors()]


def test_every_partner_keeps_its_sectors(codes_schema):
    migrate(latest())

    assert names(codes_schema["Dairy Workers Center"]) == [
        "Farm work",
        "Factory and food processing",
    ]
    assert names(codes_schema["Building Trades Local"]) == ["Construction"]
    assert names(codes_schema["Meat Packers"]) == [
        "Factory and food processing",
        "Construction",
    ]


def test_codes_join_the_english_sectors_editors_already_keep(codes_schema):
    migrate(latest())

    english = Sector.objects.filter(locale__language_code="en")
    assert list(english.values_list("slug", flat=True)) == [
        "farm-work",
        "factory-and-food-processing",
        "construction",  # made once, after the others
    ]
    assert Sector.objects.filter(slug="farm-work").count() == 2  # and Spanish
    for partner in codes_schema.values():
        for sector in partner.chosen_sectors():
            assert sector.locale.language_code == "en"


def test_the_directory_filters_by_the_old_codes_that_became_sectors(
    client, codes_schema
):
    migrate(latest())

    response = client.get("/en/partners/", {"sector": "construction"})

    titles = [h2.get_text(strip=True) for h2 in soup(response).select(".card h2")]
    assert titles == ["Building Trades Local", "Meat Packers"]


def test_migrating_back_gives_every_partner_its_codes_again(codes_schema):
    migrate(latest())

    old_apps = migrate(CODES)

    rows = old_apps.get_model("partners", "PartnerSector").objects
    assert sorted(rows.values_list("page__title", "sector")) == [
        ("Building Trades Local", "construction"),
        ("Dairy Workers Center", "factory-food-processing"),
        ("Dairy Workers Center", "farm-work"),
        ("Meat Packers", "construction"),
        ("Meat Packers", "factory-food-processing"),
    ]
