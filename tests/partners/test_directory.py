"""The partner directory: filters by region, kind, sector and language, counts, and a
number of queries that does not grow with the number of partners."""

from django.urls import reverse

import pytest

from partners.choices import PartnerKind
from taxonomy.models import Sector
from tests.conftest import LANGUAGE_CODES
from tests.factories.partners import PartnerPageFactory
from tests.factories.taxonomy import RegionFactory
from tests.html import assert_lang_and_dir, assert_valid_html, soup
from translations.locales import synchronize_all_trees
from translations.localize import translate


@pytest.fixture
def directory(partners_tree, sectors):
    """Four partners across two regions, kinds, sectors and languages."""
    lakes = RegionFactory(name="Finger Lakes", slug="finger-lakes")
    north = RegionFactory(name="North Country", slug="north-country")
    parent = partners_tree.directory
    PartnerPageFactory(
        parent=parent,
        title="Orchard Workers Center",
        region=lakes,
        kind=PartnerKind.WORKER_CENTER,
        sectors=[sectors["farm-work"]],
        languages=["es", "en"],
    )
    PartnerPageFactory(
        parent=parent,
        title="Dairy Workers Center",
        region=north,
        kind=PartnerKind.WORKER_CENTER,
        sectors=[sectors["farm-work"]],
        languages=["es", "quc"],
    )
    PartnerPageFactory(
        parent=parent,
        title="bakery Workers Union",
        region=lakes,
        kind=PartnerKind.UNION,
        sectors=[sectors["factory-and-food-processing"]],
        languages=["en", "ar"],
    )
    PartnerPageFactory(
        parent=parent,
        title="Care Cooperative",
        region=north,
        kind=PartnerKind.COOPERATIVE,
        sectors=[sectors["care-work"], sectors["domestic-work"]],
        languages=["en"],
    )
    return partners_tree


def listed(response):
    return [h2.get_text(strip=True) for h2 in soup(response).select(".partner-card h2")]


def option(response, name, value):
    select = soup(response).find("select", attrs={"name": name})
    return select.find("option", attrs={"value": value})


def test_directory_lists_partners_alphabetically(client, directory):
    response = client.get("/en/partners/")

    assert response.status_code == 200
    assert listed(response) == [
        "bakery Workers Union",
        "Care Cooperative",
        "Dairy Workers Center",
        "Orchard Workers Center",
    ]
    assert "4 organizations" in soup(response).find(class_="result-count").get_text()


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        (
            {"region": "finger-lakes"},
            ["bakery Workers Union", "Orchard Workers Center"],
        ),
        ({"kind": "worker-center"}, ["Dairy Workers Center", "Orchard Workers Center"]),
        ({"sector": "care-work"}, ["Care Cooperative"]),
        ({"language": "es"}, ["Dairy Workers Center", "Orchard Workers Center"]),
    ],
)
def test_each_filter_alone(client, directory, query, expected):
    assert listed(client.get("/en/partners/", query)) == expected


def test_filters_combine(client, directory):
    response = client.get(
        "/en/partners/",
        {"region": "north-country", "kind": "worker-center", "language": "es"},
    )

    assert listed(response) == ["Dairy Workers Center"]
    assert option(response, "region", "north-country").has_attr("selected")
    assert option(response, "language", "es").has_attr("selected")


def test_filters_that_match_nothing_say_so(client, directory):
    response = client.get("/en/partners/", {"sector": "care-work", "kind": "union"})

    assert listed(response) == []
    assert "No organization matches" in response.content.decode()


BAD_QUERIES = [
    {"region": "atlantis"},
    {"kind": "<script>alert(1)</script>"},
    {"sector": "\x00"},
    {"sector": "construction"},  # a sector no partner organizes in
    {"language": "x" * 5000},
    {"region": ["nowhere", "finger-lakes", "nowhere"]},
    {"page": "last-but-one"},
    {"page": "99999"},
]


def test_unknown_filter_values_are_ignored(client, directory):
    for query in BAD_QUERIES:
        response = client.get("/en/partners/", query)

        assert response.status_code == 200, query
        assert len(listed(response)) == 4, query
        assert "<script>alert" not in response.content.decode()


def test_each_option_shows_how_many_partners_it_would_list(client, directory):
    response = client.get("/en/partners/")

    assert option(response, "region", "finger-lakes").get_text() == "Finger Lakes (2)"
    assert option(response, "kind", "union").get_text() == "Union (1)"
    assert option(response, "sector", "farm-work").get_text() == "Farm work (2)"
    assert option(response, "language", "en").get_text() == "English (3)"
    assert option(response, "kind", "university-program").get_text() == (
        "University program (0)"
    )


def test_the_sector_filter_offers_the_sectors_partners_organize_in(client, directory):
    select = soup(client.get("/en/partners/")).find("select", attrs={"name": "sector"})

    assert [o.get_text() for o in select.find_all("option")] == [
        "All sectors",
        "Farm work (2)",
        "Factory and food processing (1)",
        "Care work (1)",
        "Domestic work (1)",
    ]


def test_a_sector_added_in_the_admin_joins_the_filter_with_its_first_partner(
    client, directory, admin_client
):
    response = admin_client.post(
        reverse("wagtailsnippets_taxonomy_sector:add"),
        {"name": "Retail", "slug": "retail", "description": "", "sort_order": "90"},
    )
    assert response.status_code == 302
    assert option(client.get("/en/partners/"), "sector", "retail") is None

    PartnerPageFactory(
        parent=directory.directory,
        title="Mall Workers Union",
        sectors=[Sector.objects.get(slug="retail")],
    )

    response = client.get("/en/partners/", {"sector": "retail"})
    assert option(response, "sector", "retail").get_text() == "Retail (1)"
    assert listed(response) == ["Mall Workers Union"]


def test_spanish_readers_see_sectors_in_spanish_where_translated(
    client, directory, sectors
):
    synchronize_all_trees()
    translate(
        sectors["farm-work"],
        directory.site_tree.locales["es"],
        {
            "Farm work": "Trabajo agrícola",
        },
    )

    response = client.get("/es/partners/", {"sector": "farm-work"})

    farm = option(response, "sector", "farm-work")
    assert farm.get_text() == "Trabajo agrícola (2)"
    assert farm.has_attr("selected") and not farm.has_attr("lang")
    care = option(response, "sector", "care-work")
    assert care.get_text() == "Care work (1)"
    assert (care["lang"], care["dir"]) == ("en", "ltr")
    assert listed(response) == ["Dairy Workers Center", "Orchard Workers Center"]


def test_counts_take_the_other_chosen_filters_into_account(client, directory):
    response = client.get("/en/partners/", {"region": "north-country"})

    # Counts for the region itself ignore the chosen region ...
    assert option(response, "region", "finger-lakes").get_text() == "Finger Lakes (2)"
    # ... and every other filter counts within it.
    assert option(response, "language", "en").get_text() == "English (1)"
    assert option(response, "kind", "worker-center").get_text() == ("Worker center (1)")


def test_filter_form_is_a_plain_get_form_with_labels(client, directory):
    page = soup(client.get("/en/partners/"))
    form = page.find("form", class_="partner-filters")

    assert form["method"] == "get"
    assert form["action"] == "/en/partners/"
    for select in form.find_all("select"):
        assert page.find("label", attrs={"for": select["id"]}) is not None
    assert form.find("button", attrs={"type": "submit"}) is not None
    assert page.find("script") is None


def test_unpublished_partners_are_not_listed(client, directory):
    PartnerPageFactory(parent=directory.directory, title="Draft Center", live=False)

    assert "Draft Center" not in listed(client.get("/en/partners/"))


def test_regional_coordinator_email_is_never_shown(client, directory):
    response = client.get("/en/partners/")

    assert "coordinator-" not in response.content.decode()
    assert "staff.example.org" not in response.content.decode()


def test_directory_is_valid_html_in_every_language(client, directory):
    synchronize_all_trees()
    for code in LANGUAGE_CODES:
        response = client.get(f"/{code}/partners/", {"language": "es"})

        assert response.status_code == 200
        assert_lang_and_dir(response, code)
        assert_valid_html(response.content)


def test_directory_lists_partners_of_the_readers_language(client, directory):
    synchronize_all_trees()

    response = client.get("/es/partners/", {"kind": "worker-center"})

    assert listed(response) == ["Dairy Workers Center", "Orchard Workers Center"]
    link = soup(response).select_one(".partner-card h2 a")["href"]
    assert link.startswith("/es/partners/")


# The site shell (menus, language switcher, footer) makes most of these.
MAX_DIRECTORY_QUERIES = 40


def test_directory_queries_do_not_grow_with_partners(
    client, partners_tree, sectors, django_assert_max_num_queries
):
    region = RegionFactory()
    client.get("/en/partners/")  # warm the caches a real visitor would find warm
    queries = {}
    for size in (3, 30):
        while partners_tree.directory.get_children().count() < size:
            PartnerPageFactory(
                parent=partners_tree.directory,
                region=region,
                sectors=[sectors["farm-work"], sectors["care-work"]],
                languages=["es", "en"],
            )
        with django_assert_max_num_queries(MAX_DIRECTORY_QUERIES) as captured:
            response = client.get(
                "/en/partners/", {"language": "es", "sector": "farm-work"}
            )
        assert len(listed(response)) == min(size, 24)
        queries[size] = len(captured.captured_queries)

    assert queries[3] == queries[30], queries
