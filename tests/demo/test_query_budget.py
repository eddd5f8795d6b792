"""Every public page type, rendered afresh (no page cache), is built from at most
twelve SQL queries, and from the same number at the demo's size and with ten times
its content: what a page costs must not grow with the coalition. (Seeding forty
times the demo takes several minutes; `make bench` counts the queries at forty.)"""

from io import StringIO

from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

MAX_QUERIES = 12
SCALE = 10

PAGES = {
    "home": "/en/",
    "home (Arabic)": "/ar/",
    "catalog": "/en/trainings/",
    "catalog (Creole)": "/ht/trainings/",
    "catalog, filtered": "/en/trainings/?topic=wage-theft&q=workers",
    "catalog, page 2": "/en/trainings/?page=2",
    "module": "/en/trainings/know-your-rights-at-work/",
    "module (Spanish)": "/es/trainings/conozca-sus-derechos-en-el-trabajo/",
    "module (Creole fallback)": "/ht/trainings/documenting-wage-theft/",
    "curricula": "/en/curricula/",
    "curriculum": "/en/curricula/worker-to-trainer/",
    "curriculum (Creole)": "/ht/curricula/worker-to-trainer/",
    "partners": "/en/partners/",
    "partners, by sector": "/en/partners/?sector=farm-work",
    "partner": "/en/partners/north-country-dairy-workers-center/",
    "partner (Spanish)": "/es/partners/north-country-dairy-workers-center/",
    "convenings": "/en/convenings/",
    "convening report": "/en/convenings/syracuse-2024/",
    "upcoming convening": "/es/convenings/spring-peer-trainers-gathering/",
    "program": "/en/convenings/spring-peer-trainers-gathering/program/",
    "program (Spanish)": "/es/convenings/spring-peer-trainers-gathering/program/",
    "program (Creole)": "/ht/convenings/syracuse-2024/program/",
    "convening calendar": "/en/convenings/spring-peer-trainers-gathering/ics/",
    "standard page": "/en/about/",
    "standard page (Arabic)": "/ar/about/",
    "request form": "/en/request-a-training/",
    "request form (Spanish)": "/es/request-a-training/",
    "join us form": "/en/get-involved/join-us/",
    "join us form (Arabic)": "/ar/get-involved/join-us/",
    "convenings calendar": "/en/convenings.ics",
    "convenings calendar (Creole)": "/ht/convenings.ics",
    "updates feed": "/en/updates.atom",
    "updates feed (Spanish)": "/es/updates.atom",
    "search": "/en/search/?q=wage+theft",
    "search (Spanish)": "/es/search/?q=salario",
    "search (Creole fallback)": "/ht/search/?q=wage",
    "search, narrowed": "/en/search/?q=wage&type=module&topic=wage-theft",
    "search, by sector, page 2": "/en/search/?q=workers&sector=farm-work&page=2",
    "search, nothing found (suggestion)": "/en/search/?q=wagse",
}


def queries_per_page(client, django_assert_max_num_queries):
    counts = {}
    for name, url in PAGES.items():
        client.get(url)  # each process's first request fills the shared caches
        with (
            django_assert_max_num_queries(MAX_QUERIES),
            CaptureQueriesContext(connection) as captured,
        ):
            response = client.get(url)
        assert response.status_code == 200, (name, url, response.status_code)
        counts[name] = len(captured.captured_queries)
    return counts


def test_no_public_page_costs_more_queries_as_the_content_grows(
    seeded, client, settings, django_assert_max_num_queries
):
    settings.PAGE_CACHE_SECONDS = 0
    at_demo_size = queries_per_page(client, django_assert_max_num_queries)

    call_command("seed_demo", "--scale", str(SCALE), stdout=StringIO())
    scaled = queries_per_page(client, django_assert_max_num_queries)

    assert scaled == at_demo_size
