"""The open-data API at /api/v2/pages/: live public pages only, filterable,
rate-limited, read only, and a 4xx JSON answer to anything it does not understand."""

import time
from datetime import datetime
from zoneinfo import ZoneInfo

from wagtail.models import PageViewRestriction

import pytest
import time_machine

from partners.models import ConveningHost
from tests.factories.curriculum import TrainingModulePageFactory
from tests.factories.partners import ConveningPageFactory, PartnerPageFactory
from tests.factories.training_requests import (
    TrainingRequestFactory,
    TrainingRequestPageFactory,
)

API = "/api/v2/pages/"
MODULES = f"{API}?type=curriculum.TrainingModulePage"


def items(client, url):
    response = client.get(url)
    assert response.status_code == 200, response.content
    return response.json()["items"]


def titles(client, url):
    return {item["title"] for item in items(client, url)}


@pytest.fixture
def partner(partners_tree, catalog):
    return PartnerPageFactory(
        parent=partners_tree.directory,
        title="Farmworker Center",
        public_email="office@farmworkers.example.org",
        sectors=[catalog.sectors["farm-work"]],
    )


@pytest.fixture
def convening(partners_tree, partner):
    zone = ZoneInfo("America/New_York")
    page = ConveningPageFactory(
        parent=partners_tree.convenings,
        title="Spring gathering",
        start=datetime(2030, 4, 27, 10, 0, tzinfo=zone),
        end=datetime(2030, 4, 27, 15, 30, tzinfo=zone),
        venue="Union hall",
        registration_details="Call Rosa at 315-555-0199.",
    )
    ConveningHost.objects.create(page=page, partner=partner)
    return page


def test_lists_a_published_module_with_its_session_plan(client, catalog):
    module = catalog.modules["wage-theft"]
    detail = client.get(f"{API}{module.pk}/").json()
    steps = [
        block["value"]["title"]
        for block in detail["session_plan"]
        if block["type"] == "agenda_step"
    ]
    assert detail["title"] == "Documenting wage theft"
    assert steps == ["Welcome", "The pay stub", "Closing"]
    assert detail["duration_minutes"] == 90
    assert {"slug": "wage-theft", "name": "Wage theft"} in detail["topics"]


def test_lists_modules_with_their_fields(client, catalog):
    found = items(client, f"{MODULES}&locale=en&fields=level,topics,sectors")
    by_title = {item["title"]: item for item in found}
    assert by_title["Holding a one-on-one"]["level"] == "intermediate"
    assert [t["slug"] for t in by_title["Heat stress in the fields"]["sectors"]] == [
        "farm-work"
    ]


def test_never_lists_a_page_never_published(client, catalog):
    TrainingModulePageFactory(
        parent=catalog.catalog, title="Secret draft module", live=False
    )
    assert "Secret draft module" not in titles(client, f"{MODULES}&limit=50")


def test_a_draft_page_has_no_detail(client, catalog):
    draft = TrainingModulePageFactory(parent=catalog.catalog, live=False)
    assert client.get(f"{API}{draft.pk}/").status_code == 404


def test_shows_the_live_content_not_unpublished_changes(client, catalog):
    module = catalog.modules["heat"]
    module.title = "Unpublished new title"
    module.introduction = "Unpublished new words."
    module.save_revision()
    detail = client.get(f"{API}{module.pk}/").json()
    assert detail["title"] == "Heat stress in the fields"
    assert detail["introduction"] != "Unpublished new words."


def test_never_lists_a_private_page(client, catalog):
    private = catalog.modules["heat"]
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    assert "Heat stress in the fields" not in titles(client, f"{MODULES}&limit=50")
    assert client.get(f"{API}{private.pk}/").status_code == 404


def test_never_lists_the_aliases_of_a_private_page(client, catalog):
    private = catalog.modules["heat"]
    PageViewRestriction.objects.create(
        page=private, restriction_type="password", password="x"
    )
    assert "Heat stress in the fields" not in titles(
        client, f"{MODULES}&locale=ht&limit=50"
    )


def test_a_training_request_appears_in_no_answer(client, catalog, partner):
    TrainingRequestPageFactory(parent=catalog.catalog.get_parent())
    TrainingRequestFactory(
        email="leak-canary@requests.example.org", organization_name="Canary Union"
    )
    urls = [
        f"{API}?fields=*&limit=50",
        f"{API}?type=training_requests.TrainingRequestPage&fields=*",
        f"{MODULES}&fields=*&limit=50",
        f"{API}?type=curriculum.CurriculumPage&fields=*",
        f"{API}?type=partners.PartnerPage&fields=*",
        f"{API}?type=partners.ConveningPage&fields=*",
        f"{API}?topic=wage-theft&fields=*",
        f"{API}?sector=farm-work&locale=es",
        *(f"{API}{pk}/" for pk in range(1, 60)),
    ]
    for url in urls:
        body = client.get(url).content.decode()
        assert "leak-canary" not in body and "Canary Union" not in body, url
        assert "Request a training" not in body, url


def test_filters_by_locale(client, catalog):
    spanish = titles(client, f"{MODULES}&locale=es")
    assert "Documentar el robo de salario" in spanish
    assert "Documenting wage theft" not in spanish


def test_filters_by_type(client, catalog, partner):
    found = items(client, f"{API}?type=partners.PartnerPage&locale=en")
    assert [item["meta"]["type"] for item in found] == ["partners.PartnerPage"]


def test_filters_by_topic(client, catalog):
    assert titles(client, f"{API}?topic=one-on-ones&locale=en") == {
        "Holding a one-on-one",
        "Facilitation for peer trainers",
        "From worker to trainer",
    }


def test_filters_by_sector_across_page_types(client, catalog, partner):
    assert titles(client, f"{API}?sector=farm-work&locale=en") == {
        "Documenting wage theft",
        "Heat stress in the fields",
        "Farmworker Center",
    }


def test_an_unknown_topic_finds_nothing(client, catalog):
    assert items(client, f"{API}?topic=no-such-topic") == []


def test_a_curriculum_lists_its_modules_in_order(client, catalog):
    detail = client.get(f"{API}{catalog.curriculum.pk}/").json()
    assert [s["module"]["title"] for s in detail["sessions"]] == [
        "Holding a one-on-one",
        "Facilitation for peer trainers",
    ]


def test_a_convening_gives_its_times_and_hosts_but_no_contact_person(client, convening):
    detail = client.get(f"{API}{convening.pk}/").json()
    assert detail["start"] == "2030-04-27T10:00:00-04:00"
    assert detail["time_zone"] == "America/New_York"
    assert [h["title"] for h in detail["hosts"]] == ["Farmworker Center"]
    assert "315-555-0199" not in str(detail)


def test_a_partner_gives_its_public_contact_and_sectors(client, partner):
    detail = client.get(f"{API}{partner.pk}/").json()
    assert detail["public_email"] == "office@farmworkers.example.org"
    assert detail["sectors"] == [{"slug": "farm-work", "name": "Farm work"}]


@pytest.mark.parametrize(
    "query",
    [
        "?limit=abc",
        "?limit=10000",
        "?offset=-1",
        "?order=nonsense",
        "?type=auth.User",
        "?type=training_requests.TrainingRequest",
        "?type=nope",
        "?search=wage%00theft",
        "?search=wage",
        "?locale=zz",
        "?topic=%3Cscript%3E",
        "?sector=a%00b",
        "?first_published_at=yesterday",
        "?id=abc",
        "?title=a%00b",
        "?fields=owner",
        "?fields=((",
        "?type=curriculum.TrainingModulePage&topics=abc",
        "?type=curriculum.TrainingModulePage&duration_minutes=lots",
        "?type=partners.ConveningPage&start=soon",
        "?type=partners.PartnerPage&fields=region(coordinator)",
        "?child_of=abc",
        "?translation_of=-3",
        "?unknown=1",
        "?html_path=/",
    ],
)
def test_hostile_parameters_get_a_json_400(client, catalog, query):
    response = client.get(API + query)
    assert response.status_code == 400, response.content
    assert "message" in response.json()


def test_a_huge_offset_is_an_empty_page(client, catalog):
    response = client.get(f"{API}?offset=99999999999999999999999999")
    assert response.status_code == 200
    assert response.json()["items"] == []


def test_all_fields_of_every_page_is_allowed(client, catalog):
    assert client.get(f"{API}?fields=*&limit=50").status_code == 200


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
def test_writing_is_refused(client, catalog, method):
    module = catalog.modules["heat"]
    for url in (API, f"{API}{module.pk}/"):
        response = getattr(client, method)(
            url, '{"title": "x"}', content_type="application/json"
        )
        assert response.status_code in (403, 405), (url, response.status_code)
    module.refresh_from_db()
    assert module.title == "Heat stress in the fields"


def test_the_rate_limit_answers_429_then_recovers(client, catalog, settings):
    settings.API_RATE_LIMIT = 3
    for _ in range(3):
        assert client.get(API).status_code == 200
    refused = client.get(API)
    assert refused.status_code == 429
    assert refused["Retry-After"] == str(settings.API_RATE_WINDOW)
    assert "no-store" in refused["Cache-Control"]
    assert "message" in refused.json()
    with time_machine.travel(time.time() + settings.API_RATE_WINDOW + 1):
        assert client.get(API).status_code == 200


def test_answers_are_public_json_from_the_page_cache(client, catalog):
    first = client.get(API)
    second = client.get(API)
    assert first["Content-Type"] == "application/json"
    assert "public" in first["Cache-Control"]
    assert second["X-Page-Cache"] == "hit"
    assert second.json() == first.json()
    assert second["Access-Control-Allow-Origin"] == "*"
