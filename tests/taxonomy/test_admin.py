"""The admin listings for topics and sectors."""

from django.urls import reverse

from taxonomy.models import Sector, Topic
from tests.factories.taxonomy import SectorFactory, TopicFactory


def test_topic_listing_shows_order_slug_and_description(admin_client):
    TopicFactory(name="Wage theft", slug="wage-theft", description="Unpaid wages.")

    response = admin_client.get(reverse("wagtailsnippets_taxonomy_topic:list"))
    html = response.content.decode()

    assert response.status_code == 200
    for text in ("Wage theft", "wage-theft", "Unpaid wages.", "Order"):
        assert text in html


def test_sector_listing_is_in_the_admin(admin_client):
    SectorFactory(name="Farm work", slug="farm-work")

    response = admin_client.get(reverse("wagtailsnippets_taxonomy_sector:list"))

    assert response.status_code == 200
    assert "Farm work" in response.content.decode()


def test_staff_can_create_a_topic(admin_client, site_tree):
    url = reverse("wagtailsnippets_taxonomy_topic:add")

    response = admin_client.post(
        url,
        {
            "name": "Campaign building",
            "slug": "campaign-building",
            "description": "From a grievance to a campaign.",
            "sort_order": "6",
        },
    )

    assert response.status_code == 302
    topic = Topic.objects.get(slug="campaign-building")
    assert topic.locale == site_tree.locales["en"]


def test_the_same_slug_twice_in_one_language_is_refused(admin_client):
    TopicFactory(slug="wage-theft")

    response = admin_client.post(
        reverse("wagtailsnippets_taxonomy_topic:add"),
        {"name": "Again", "slug": "wage-theft", "description": "", "sort_order": "1"},
    )

    assert response.status_code == 200
    assert Topic.objects.filter(slug="wage-theft").count() == 1


def test_sector_can_be_translated_from_the_admin_listing(admin_client, site_tree):
    sector = SectorFactory(name="Farm work", slug="farm-work")

    response = admin_client.get(
        reverse("wagtailsnippets_taxonomy_sector:edit", args=(sector.pk,))
    )

    assert response.status_code == 200
    assert Sector.objects.get(pk=sector.pk).locale.language_code == "en"


def test_the_listings_old_addresses_lead_to_their_new_ones(admin_client):
    topics = admin_client.get("/admin/snippets/curriculum/topic/?q=wage")
    region = admin_client.get("/admin/snippets/partners/region/add/")

    assert topics.status_code == 301
    assert topics["Location"] == "/admin/snippets/taxonomy/topic/?q=wage"
    assert region["Location"] == "/admin/snippets/taxonomy/region/add/"
    assert admin_client.get(topics["Location"]).status_code == 200
