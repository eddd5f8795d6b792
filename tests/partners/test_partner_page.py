"""A partner's public profile: its facts, its public contact, the convenings it took
part in, and nothing staff-only."""

from datetime import timedelta

from django.urls import reverse
from django.utils import timezone

import pytest

from partners.choices import PartnerKind
from tests.conftest import LANGUAGE_CODES
from tests.factories.partners import ConveningPageFactory, PartnerPageFactory
from tests.factories.taxonomy import RegionFactory
from tests.html import assert_lang_and_dir, assert_valid_html, soup
from translations.locales import synchronize_all_trees
from translations.localize import translate


@pytest.fixture
def partner(partners_tree, sectors):
    region = RegionFactory(
        name="Finger Lakes",
        slug="finger-lakes",
        coordinator_email="lakes-coordinator@staff.example.org",
    )
    return PartnerPageFactory(
        parent=partners_tree.directory,
        title="Orchard Workers Center",
        slug="orchard-workers-center",
        kind=PartnerKind.WORKER_CENTER,
        region=region,
        city="Geneva",
        sectors=[sectors["farm-work"], sectors["factory-and-food-processing"]],
        languages=["es", "ht"],
        website="https://orchard.example.org/",
        public_email="office@orchard.example.org",
        public_phone="(315) 555-0100",
    )


def facts(response):
    def text(dd):
        items = dd.find_all("li")
        if items:
            return " ".join(li.get_text(strip=True) for li in items)
        return dd.get_text().strip()

    dl = soup(response).find("dl", class_="facts")
    return {
        dt.get_text(strip=True): text(dt.find_next_sibling("dd")) for dt in dl("dt")
    }


def test_partner_page_shows_the_organizations_facts(client, partner):
    response = client.get("/en/partners/orchard-workers-center/")

    assert response.status_code == 200
    shown = facts(response)
    assert shown["Kind of organization"] == "Worker center"
    assert shown["Where"] == "Geneva, Finger Lakes"
    assert shown["Sectors"] == "Farm work Factory and food processing"
    assert shown["Languages its staff serve in"] == "Spanish Haitian Creole"
    assert shown["Website"] == "https://orchard.example.org/"


def test_facts_link_to_the_directory_filtered_by_them(client, partner):
    page = soup(client.get("/en/partners/orchard-workers-center/"))
    links = {a.get_text(): a["href"] for a in page.select("dl.facts a")}

    assert links["Finger Lakes"] == "/en/partners/?region=finger-lakes"
    assert links["Farm work"] == "/en/partners/?sector=farm-work"
    assert links["Haitian Creole"] == "/en/partners/?language=ht"


def test_sectors_are_named_in_the_readers_language_where_translated(
    client, partners_tree, partner, sectors
):
    synchronize_all_trees()
    spanish = partners_tree.site_tree.locales["es"]
    translate(sectors["farm-work"], spanish, {"Farm work": "Trabajo agrícola"})

    page = soup(client.get("/es/partners/orchard-workers-center/"))

    [farm, factory] = page.select("dl.facts a[href*='sector=']")
    assert farm.get_text() == "Trabajo agrícola"
    assert farm["href"] == "/es/partners/?sector=farm-work"
    assert not farm.has_attr("lang")
    # Not translated yet: shown in English, marked so screen readers say it so.
    assert factory.get_text() == "Factory and food processing"
    assert factory["href"] == "/es/partners/?sector=factory-and-food-processing"
    assert (factory["lang"], factory["dir"]) == ("en", "ltr")


def test_a_translated_partner_keeps_the_sectors_of_its_source(
    client, partners_tree, partner, sectors
):
    synchronize_all_trees()
    spanish = partners_tree.site_tree.locales["es"]
    translate(sectors["farm-work"], spanish, {"Farm work": "Trabajo agrícola"})
    translated = translate(
        partner, spanish, {"Orchard Workers Center": "Centro de Huertos"}
    )
    partner.set_sectors([sectors["farm-work"], sectors["care-work"]])
    partner.save_revision().publish()
    translate(partner, spanish, {})  # a translator syncs the translation

    page = soup(client.get(translated.url))
    names = [a.get_text() for a in page.select("dl.facts a[href*='sector=']")]

    assert page.h1.get_text() == "Centro de Huertos"
    assert names == ["Trabajo agrícola", "Care work"]


def test_a_sector_deleted_under_topics_and_sectors_leaves_the_profile(
    client, admin_client, partner, sectors
):
    factory = sectors["factory-and-food-processing"]
    response = admin_client.post(
        reverse("wagtailsnippets_taxonomy_sector:delete", args=[factory.pk])
    )
    assert response.status_code == 302

    shown = facts(client.get("/en/partners/orchard-workers-center/"))

    assert shown["Sectors"] == "Farm work"


def test_public_contact_is_labelled_public(client, partner):
    section = soup(client.get("/en/partners/orchard-workers-center/")).find(
        "section", class_="public-contact"
    )

    assert section.h2.get_text() == "Public contact"
    assert section.find("a", href="mailto:office@orchard.example.org") is not None
    assert section.find("a", href="tel:(315)555-0100") is not None


def test_no_contact_section_without_public_contact(client, partners_tree):
    PartnerPageFactory(parent=partners_tree.directory, slug="quiet", public_email="")

    page = soup(client.get("/en/partners/quiet/"))

    assert page.find("section", class_="public-contact") is None


def test_staff_only_region_coordinator_is_never_shown(client, partner):
    content = client.get("/en/partners/orchard-workers-center/").content.decode()

    assert "lakes-coordinator" not in content
    assert "staff.example.org" not in content


def test_partner_page_lists_the_convenings_it_hosted_or_joined(
    client, partners_tree, partner
):
    other = PartnerPageFactory(parent=partners_tree.directory)
    now = timezone.now()
    ConveningPageFactory(
        parent=partners_tree.convenings, title="Hosted gathering", hosts=[partner]
    )
    ConveningPageFactory(
        parent=partners_tree.convenings,
        title="Joined convening",
        start=now - timedelta(days=400),
        participants=[other, partner],
    )
    ConveningPageFactory(
        parent=partners_tree.convenings, title="Someone else's", hosts=[other]
    )
    ConveningPageFactory(
        parent=partners_tree.convenings,
        title="Unpublished",
        live=False,
        hosts=[partner],
    )

    section = soup(client.get("/en/partners/orchard-workers-center/")).find(
        "section", class_="partner-convenings"
    )
    cards = section.select(".convening-card")

    titles = [card.h3.get_text(strip=True) for card in cards]
    assert titles == ["Hosted gathering", "Joined convening"]
    assert cards[0].find(class_="badge").get_text() == "Host"
    assert cards[1].find(class_="badge") is None


def test_translated_partner_lists_the_convenings_of_its_language(
    client, partners_tree, partner
):
    convening = ConveningPageFactory(
        parent=partners_tree.convenings, title="Spring gathering", hosts=[partner]
    )
    synchronize_all_trees()
    spanish = partners_tree.site_tree.locales["es"]
    translate(partner, spanish, {"Orchard Workers Center": "Centro de Huertos"})
    translate(convening, spanish, {"Spring gathering": "Encuentro de primavera"})

    page = soup(client.get("/es/partners/orchard-workers-center/"))

    assert page.h1.get_text() == "Centro de Huertos"
    link = page.select_one(".partner-convenings h3 a")
    assert link.get_text() == "Encuentro de primavera"
    assert link["href"] == "/es/convenings/spring-gathering/"


def test_partner_page_is_valid_html_in_every_language(client, partner):
    synchronize_all_trees()
    for code in LANGUAGE_CODES:
        response = client.get(f"/{code}/partners/orchard-workers-center/")

        assert response.status_code == 200
        assert_lang_and_dir(response, code)
        assert_valid_html(response.content)


def test_partner_page_queries_do_not_grow_with_its_convenings(
    client, partners_tree, partner, django_assert_max_num_queries
):
    client.get(partner.url)
    queries = {}
    for size in (3, 30):
        while partners_tree.convenings.get_children().count() < size:
            ConveningPageFactory(
                parent=partners_tree.convenings, participants=[partner]
            )
        with django_assert_max_num_queries(40) as captured:
            response = client.get(partner.url)
        assert len(soup(response).select(".convening-card")) == size
        queries[size] = len(captured.captured_queries)

    assert queries[3] == queries[30], queries
