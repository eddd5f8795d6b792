"""Regions: a translatable snippet whose slug and coordinator stay the same in every
language, and whose coordinator is for staff only."""

from django.db import IntegrityError

import pytest

from taxonomy.models import Region
from tests.factories.partners import PartnerPageFactory
from tests.factories.taxonomy import RegionFactory
from tests.fixtures.people import sign_in
from tests.html import soup
from translations.locales import synchronize_all_trees
from translations.localize import translate


@pytest.fixture
def lakes(partners_tree):
    return RegionFactory(
        name="Finger Lakes",
        slug="finger-lakes",
        coordinator_email="lakes@staff.example.org",
    )


def test_translating_a_region_keeps_its_slug_and_coordinator(partners_tree, lakes):
    spanish = partners_tree.site_tree.locales["es"]

    region = translate(lakes, spanish, {"Finger Lakes": "Región de Finger Lakes"})

    assert region.locale == spanish
    assert region.name == "Región de Finger Lakes"
    assert region.slug == "finger-lakes"
    assert region.coordinator_email == "lakes@staff.example.org"


def test_a_slug_is_unique_within_a_language(partners_tree, lakes):
    with pytest.raises(IntegrityError):
        Region.objects.create(name="Other", slug="finger-lakes", locale=lakes.locale)


def test_a_region_without_slug_gets_one_from_its_name(partners_tree):
    assert Region.objects.create(name="Hudson Valley").slug == "hudson-valley"


def test_directory_names_regions_in_the_readers_language(client, partners_tree, lakes):
    PartnerPageFactory(parent=partners_tree.directory, region=lakes, title="Orchard")
    synchronize_all_trees()
    translate(lakes, partners_tree.site_tree.locales["es"], {"Finger Lakes": "Región"})

    page = soup(client.get("/es/partners/", {"region": "finger-lakes"}))

    option = page.find("option", attrs={"value": "finger-lakes"})
    assert option.get_text() == "Región (1)"
    assert option.has_attr("selected")
    assert "Región" in page.select_one(".partner-card .card__meta").get_text()


def test_staff_see_the_coordinator_in_the_admin(
    client, admin_user, partners_tree, lakes
):
    sign_in(client, admin_user)

    response = client.get("/admin/snippets/taxonomy/region/")

    assert response.status_code == 200
    assert "lakes@staff.example.org" in response.content.decode()


def test_staff_can_add_a_region_in_the_admin(client, admin_user, partners_tree):
    sign_in(client, admin_user)

    response = client.post(
        "/admin/snippets/taxonomy/region/add/",
        {"name": "Southern Tier", "slug": "", "coordinator_email": ""},
    )

    assert response.status_code == 302
    assert Region.objects.get(name="Southern Tier").slug == "southern-tier"


def test_visitors_cannot_reach_the_region_admin(client, partners_tree, lakes):
    response = client.get("/admin/snippets/taxonomy/region/")

    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]
