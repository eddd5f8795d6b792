"""Inside Django, against the bench database: choose the URLs to measure (one page
of each public type, in English and Spanish) and count each one's SQL queries and
HTML bytes with the page cache off. Run as
`python -m scripts.bench_lib.probe OUT.json` with the stack's environment; writes
[{name, path, queries, bytes, status}] and the page counts."""

import json
import sys
from urllib.parse import urlencode

import django

SEARCHES = {
    "en": ["wage theft", "heat stress", "one-on-one", "union", "youth workers"],
    "es": ["salario", "calor", "derechos", "sindicato"],
}


def page_path(page):
    return page.get_url_parts()[2]


def choose():
    from wagtail.models import Locale, Page

    from curriculum.models import (
        CurriculumPage,
        ModuleIndexPage,
        TrainingModulePage,
    )
    from home.models import HomePage, StandardPage
    from partners.models import (
        ConveningIndexPage,
        ConveningPage,
        PartnerIndexPage,
        PartnerPage,
    )
    from taxonomy.models import Topic
    from training_requests.models import TrainingRequestPage

    en = Locale.objects.get(language_code="en")
    es = Locale.objects.get(language_code="es")

    def one(model, locale, **filters):
        pages = model.objects.live().filter(locale=locale, **filters)
        # The middle one: neither the first made nor the last.
        count = pages.count()
        return pages.order_by("path")[count // 2] if count else None

    translated_module = one(TrainingModulePage, es, alias_of__isnull=True)
    topic = Topic.objects.filter(locale=en).order_by("sort_order").first()
    catalog = one(ModuleIndexPage, en)
    chosen = [
        ("home", one(HomePage, en)),
        ("home (es)", one(HomePage, es)),
        ("catalog", catalog),
        ("catalog (es)", one(ModuleIndexPage, es)),
        ("catalog, filtered", catalog, {"topic": topic.slug, "q": "workers"}),
        ("module", one(TrainingModulePage, en)),
        ("module (es, translated)", translated_module),
        ("curriculum", one(CurriculumPage, en)),
        ("partners", one(PartnerIndexPage, en)),
        ("partner", one(PartnerPage, en)),
        ("partner (es)", one(PartnerPage, es)),
        ("convenings", one(ConveningIndexPage, en)),
        ("convening report", one(ConveningPage, en, slug="syracuse-2024")),
        ("standard page (about)", one(StandardPage, en, slug="about")),
        ("request form", one(TrainingRequestPage, en)),
    ]
    urls = []
    for name, page, *query in chosen:
        if page is None:
            continue
        path = page_path(page)
        if query:
            path += "?" + urlencode(query[0])
        urls.append({"name": name, "paths": [path]})
    for code, words in SEARCHES.items():
        label = "search" if code == "en" else f"search ({code})"
        paths = [f"/{code}/search/?{urlencode({'q': word})}" for word in words]
        urls.append({"name": label, "paths": paths})
    counts = {
        "pages": Page.objects.count(),
        "module pages": TrainingModulePage.objects.count(),
        "module pages in English": TrainingModulePage.objects.filter(locale=en).count(),
        "translated module pages (not aliases)": TrainingModulePage.objects.exclude(
            locale=en
        )
        .filter(alias_of__isnull=True)
        .count(),
        "partners in English": PartnerPage.objects.filter(locale=en).count(),
        "convenings in English": ConveningPage.objects.filter(locale=en).count(),
    }
    return urls, counts


def measure(urls):
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client(HTTP_HOST="127.0.0.1")
    for url in urls:
        queries, sizes, statuses = [], [], []
        for path in url["paths"]:
            client.get(path)  # a worker's first request warms its own caches
            with CaptureQueriesContext(connection) as captured:
                response = client.get(path)
            queries.append(len(captured.captured_queries))
            sizes.append(len(response.content))
            statuses.append(response.status_code)
        url["queries"] = max(queries)
        url["bytes"] = max(sizes)
        url["status"] = max(statuses)
    return urls


def main(out):
    django.setup()
    urls, counts = choose()
    urls.append({"name": "trivial view (robots.txt)", "paths": ["/robots.txt"]})
    measure(urls)
    with open(out, "w") as handle:
        json.dump({"urls": urls, "counts": counts}, handle, indent=1)


if __name__ == "__main__":
    main(sys.argv[1])
