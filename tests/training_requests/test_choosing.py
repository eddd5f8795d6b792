"""Choosing a training among hundreds without JavaScript: the form offers what a link
chose, what the visitor searched for, or a few suggestions, never the whole catalog;
the organization is typed, not picked from every partner. The page stays small and
makes as many queries with 60 modules as with 3."""

from urllib.parse import urlencode

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils.text import slugify

from wagtail.models import PageViewRestriction

import pytest

from tests.factories.curriculum import (
    CurriculumPageFactory,
    TrainingModulePageFactory,
)
from tests.factories.partners import PartnerPageFactory
from tests.factories.training_requests import submission
from tests.html import assert_lang_and_dir, assert_valid_html, soup
from training_requests.lookups import FOUND_LIMIT, SUGGESTED_LIMIT
from training_requests.models import TrainingRequest
from translations.localize import translate

URLENCODED = "application/x-www-form-urlencoded"

pytestmark = pytest.mark.usefixtures("fresh_rate_limits")


def post(client, url, data):
    return client.post(url, urlencode(data, doseq=True), content_type=URLENCODED)


def offered(response, name="modules"):
    """{id: (label, ticked)} of the checkboxes for `name`."""
    page = soup(response)
    return {
        box["value"]: (
            page.find("label", attrs={"for": box["id"]}).get_text(strip=True),
            box.has_attr("checked"),
        )
        for box in page.select(f"input[name={name}]")
    }


def catalog_of(request_site):
    return request_site.modules["heat"].get_parent()


def add_modules(request_site, count, title="Organizing module {n}"):
    catalog = catalog_of(request_site)
    return [
        TrainingModulePageFactory(
            parent=catalog, title=title.format(n=n), slug=slugify(title.format(n=n))
        )
        for n in range(count)
    ]


# Searching --------------------------------------------------------------------------
def test_a_search_offers_the_trainings_whose_title_matches(client, request_site):
    wage_theft = request_site.modules["wage-theft"]

    response = client.get(f"{request_site.url()}?find=WAGE")

    assert response.status_code == 200
    assert_valid_html(response.content)
    assert offered(response) == {str(wage_theft.pk): ("Documenting wage theft", False)}
    assert soup(response).select_one("input[name=find]")["value"] == "WAGE"
    assert "One training matches “WAGE”." in soup(response).select_one(
        "#tr-offers"
    ).get_text(" ", strip=True)


def test_a_search_matches_titles_in_the_readers_language_and_in_english(
    client, request_site
):
    wage_theft = request_site.modules["wage-theft"]

    in_spanish = client.get(f"{request_site.url('es')}?find=robo")
    in_english = client.get(f"{request_site.url('es')}?find=wage")

    assert_lang_and_dir(in_spanish, "es")
    for response in (in_spanish, in_english):
        assert offered(response) == {
            str(wage_theft.pk): ("Documentar el robo de salario", False)
        }


def test_a_search_finds_curricula_too(client, request_site):
    response = client.get(f"{request_site.url()}?find=trainer")

    assert offered(response, "curricula") == {
        str(request_site.curriculum.pk): ("From worker to trainer", False)
    }
    assert offered(response) == {}


def test_a_search_keeps_the_trainings_a_link_chose(client, request_site):
    heat = request_site.modules["heat"]
    wage_theft = request_site.modules["wage-theft"]

    response = client.get(f"{request_site.url()}?module={heat.pk}&find=wage")

    assert offered(response) == {
        str(heat.pk): ("Heat stress in the fields", True),
        str(wage_theft.pk): ("Documenting wage theft", False),
    }
    # Searching again keeps it chosen: the search form carries it along.
    search = soup(response).select_one("form.tr-find__form")
    assert search["method"] == "get"
    kept = search.select("input[type=hidden][name=module]")
    assert [field["value"] for field in kept] == [str(heat.pk)]


def test_a_search_offers_at_most_a_few_matches(client, request_site):
    add_modules(request_site, FOUND_LIMIT + 5, title="Wage claims, part {n}")

    response = client.get(f"{request_site.url()}?find=wage")

    assert len(offered(response)) == FOUND_LIMIT
    assert "Add a word" in soup(response).select_one("#tr-offers").get_text()


def test_a_search_that_matches_nothing_says_what_to_do(client, request_site):
    response = client.get(f"{request_site.url('es')}?find=zzz")

    assert response.status_code == 200
    assert offered(response) == {}
    note = soup(response).select_one("#tr-offers").get_text()
    assert "zzz" in note
    assert soup(response).select_one("textarea[name=not_sure_description]")


@pytest.mark.parametrize(
    "find",
    ["%", "_", "a%00b", "x" * 5000, "<script>alert(1)</script>", "%ED%A0%80"],
    ids=["percent", "underscore", "NUL", "long", "markup", "surrogate"],
)
def test_hostile_searches_are_harmless(client, request_site, find):
    response = client.get(f"{request_site.url()}?find={find}")

    assert response.status_code == 200
    assert_valid_html(response.content)
    assert "<script>alert" not in response.content.decode()
    assert len(soup(response).select_one("input[name=find]")["value"]) <= 80


def test_drafts_and_private_trainings_are_never_offered(client, request_site):
    catalog = catalog_of(request_site)
    TrainingModulePageFactory(parent=catalog, title="Wage draft", live=False)
    private = TrainingModulePageFactory(parent=catalog, title="Wage secrets")
    PageViewRestriction.objects.create(page=private, restriction_type="login")

    response = client.get(f"{request_site.url()}?find=wage")

    labels = {label for label, _ticked in offered(response).values()}
    assert labels == {"Documenting wage theft"}


# With nothing chosen ------------------------------------------------------------------
def test_with_nothing_chosen_a_few_trainings_are_suggested(client, request_site):
    add_modules(request_site, 30)

    response = client.get(request_site.url())

    modules = offered(response)
    assert len(modules) == SUGGESTED_LIMIT["modules"]
    assert not any(ticked for _label, ticked in modules.values())
    assert "From worker to trainer" in {
        label for label, _ticked in offered(response, "curricula").values()
    }
    browse = soup(response).select_one(".tr-find__browse a")
    assert browse["href"] == "/en/trainings/"


def test_a_link_may_choose_several_trainings(client, request_site):
    heat = request_site.modules["heat"]
    wage_theft = request_site.modules["wage-theft"]
    query = urlencode(
        {
            "module": [wage_theft.pk, heat.pk, "x"],
            "curriculum": request_site.curriculum.pk,
        },
        doseq=True,
    )

    response = client.get(f"{request_site.url()}?{query}")

    ticked = [pk for pk, (_label, tick) in offered(response).items() if tick]
    assert ticked == [str(wage_theft.pk), str(heat.pk)]
    assert offered(response, "curricula")[str(request_site.curriculum.pk)][1]


def test_a_link_cannot_choose_a_curriculum_as_a_module(client, request_site):
    response = client.get(f"{request_site.url()}?module={request_site.curriculum.pk}")

    assert soup(response).select("input[checked]") == []


# Sending ------------------------------------------------------------------------------
def test_a_found_training_can_be_sent(client, request_site):
    wage_theft = request_site.modules["wage-theft"]
    form = client.get(f"{request_site.url('es')}?find=robo")
    value = soup(form).select_one("input[name=modules]")["value"]

    response = post(client, request_site.url("es"), submission(modules=[value]))

    assert response.status_code == 303
    assert list(TrainingRequest.objects.get().modules.all()) == [wage_theft]


@pytest.mark.parametrize(
    "hostile",
    ["draft", "curriculum as module", "spanish copy", "partner", "huge", "word"],
)
def test_hostile_choices_are_a_form_error_not_a_crash(client, request_site, hostile):
    catalog = catalog_of(request_site)
    values = {
        "draft": lambda: TrainingModulePageFactory(parent=catalog, live=False).pk,
        "curriculum as module": lambda: request_site.curriculum.pk,
        "spanish copy": lambda: (
            request_site.in_locale(request_site.modules["wage-theft"], "es").pk
        ),
        "partner": lambda: request_site.partner.pk,
        "huge": lambda: "9" * 30,
        "word": lambda: "abc",
    }
    heat = request_site.modules["heat"]

    response = post(
        client,
        request_site.url(),
        submission(modules=[str(heat.pk), str(values[hostile]())]),
    )

    assert response.status_code == 400
    assert TrainingRequest.objects.count() == 0
    assert_valid_html(response.content)
    summary = soup(response).select_one(".tr-error-summary").get_text()
    assert "Select a valid choice" in summary
    assert offered(response)[str(heat.pk)] == ("Heat stress in the fields", True)


def test_an_invalid_request_comes_back_with_its_choices_ticked_in_spanish(
    client, request_site
):
    wage_theft = request_site.modules["wage-theft"]

    response = post(
        client,
        request_site.url("es"),
        submission(
            modules=[str(wage_theft.pk)],
            curricula=[str(request_site.curriculum.pk)],
            contact_name="",
        ),
    )

    assert response.status_code == 400
    assert_lang_and_dir(response, "es")
    assert offered(response)[str(wage_theft.pk)] == (
        "Documentar el robo de salario",
        True,
    )
    assert offered(response, "curricula")[str(request_site.curriculum.pk)][1]
    assert (
        "Este campo es necesario."
        in soup(response).select_one(".tr-error-summary").get_text()
    )


# The organization ---------------------------------------------------------------------
def test_a_partners_name_in_another_language_links_its_english_page(
    client, request_site
):
    partner = request_site.partner
    translate(
        partner,
        request_site.site_tree.locales["es"],
        {"Finger Lakes Farmworker Center": "Centro Campesino de Finger Lakes"},
    )

    response = post(
        client,
        request_site.url("es"),
        submission(organization_name="CENTRO CAMPESINO DE FINGER LAKES"),
    )

    assert response.status_code == 303
    request = TrainingRequest.objects.get()
    assert request.organization_id == partner.pk
    assert request.region == request_site.region


def test_another_organizations_name_is_kept_as_typed(client, request_site):
    response = post(
        client,
        request_site.url(),
        submission(organization_name="  Finger Lakes  Farmworker Center of Geneva "),
    )

    assert response.status_code == 303
    request = TrainingRequest.objects.get()
    assert request.organization is None
    assert request.organization_name == "Finger Lakes Farmworker Center of Geneva"


# Caching ------------------------------------------------------------------------------
def test_the_form_is_never_kept_by_a_shared_cache(client, request_site):
    shown = client.get(request_site.url())
    refused = post(client, request_site.url(), submission(contact_name=""))

    for response in (shown, refused):
        cache_control = response["Cache-Control"]
        assert "private" in cache_control
        assert "no-store" in cache_control


# Size and queries ---------------------------------------------------------------------
def grow(request_site, count):
    """`count` more modules, curricula and partners (each partner in its own
    region, so the region list grows too)."""
    home = request_site.page.get_parent()
    catalog = catalog_of(request_site)
    curricula = request_site.curriculum.get_parent()
    directory = request_site.partner.get_parent()
    assert home.pk
    for n in range(count):
        TrainingModulePageFactory(
            parent=catalog, title=f"Wage module {n}", slug=f"wage-module-{n}"
        )
        CurriculumPageFactory(parent=curricula)
        PartnerPageFactory(parent=directory)


def form_requests(request_site):
    """Each way the form is shown: (url, data to post or None)."""
    heat = request_site.modules["heat"]
    return [
        (request_site.url(), None),
        (request_site.url("es"), None),
        (f"{request_site.url('es')}?find=wage", None),
        (f"{request_site.url()}?module={heat.pk}", None),
        (request_site.url("es"), submission(modules=[str(heat.pk)], contact_name="")),
    ]


# The whole page: header, language switcher, translation notice and footer included
# (23 in English with nothing chosen, 29 for a refused request in Spanish; 39 before
# the form stopped listing everything). The form's own lookups are at most four:
# sectors and regions, the trainings chosen, those found or suggested, and the
# catalog's address.
FORM_BUDGET = 29


def send(client, url, data):
    return post(client, url, data) if data is not None else client.get(url)


def queries_per_request(client, request_site, django_assert_max_num_queries):
    counts = {}
    for url, data in form_requests(request_site):
        send(client, url, data)  # warm the caches a real site keeps warm
        with (
            django_assert_max_num_queries(FORM_BUDGET),
            CaptureQueriesContext(connection) as queries,
        ):
            assert send(client, url, data).status_code in (200, 400)
        counts[url, data is not None] = len(queries)
    return counts


def test_queries_do_not_grow_from_3_to_60_trainings_and_partners(
    client, request_site, django_assert_max_num_queries
):
    small = queries_per_request(client, request_site, django_assert_max_num_queries)
    grow(request_site, 58)
    large = queries_per_request(client, request_site, django_assert_max_num_queries)

    assert large == small


def test_the_form_stays_small_with_500_modules(client, request_site):
    add_modules(request_site, 500)

    for url in (request_site.url(), f"{request_site.url('es')}?find=module"):
        response = client.get(url)
        assert response.status_code == 200
        assert len(response.content) <= 30 * 1024, (url, len(response.content))
