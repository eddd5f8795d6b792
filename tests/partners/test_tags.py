"""The template tags the home page uses: next convenings, the latest report and the
number of partners, each in the reader's language."""

from datetime import timedelta

from django.template import Context, Template
from django.test import RequestFactory
from django.utils import timezone, translation

import pytest
from bs4 import BeautifulSoup

from tests.factories.partners import ConveningPageFactory, PartnerPageFactory
from translations.locales import synchronize_all_trees
from translations.localize import translate


@pytest.fixture(autouse=True)
def english():
    """Rendered outside a request: use English whatever an earlier test left on."""
    with translation.override("en"):
        yield


def soup_of(html):
    return BeautifulSoup(html, "html.parser")


def render(template, **context):
    request = RequestFactory().get("/")
    return Template("{% load partners_tags %}" + template).render(
        Context({"request": request, **context})
    )


@pytest.fixture
def convenings(partners_tree):
    now = timezone.now()
    parent = partners_tree.convenings
    for title, days, summary in [
        ("Next week", 7, ""),
        ("Next month", 30, ""),
        ("Next season", 90, ""),
        ("Next year", 365, ""),
        ("Last spring", -200, "We planned the year."),
        ("Last autumn", -30, "We agreed on three action areas."),
        ("Last week, report pending", -7, ""),
    ]:
        ConveningPageFactory(
            parent=parent,
            title=title,
            start=now + timedelta(days=days),
            report_summary=summary,
        )
    return partners_tree


def test_upcoming_convenings_shows_the_next_three_soonest_first(convenings):
    html = soup_of(render("{% upcoming_convenings %}"))

    assert [a.get_text() for a in html.select(".convening-card h3 a")] == [
        "Next week",
        "Next month",
        "Next season",
    ]
    assert html.find("a", string="All convenings and their reports")["href"] == (
        "/en/convenings/"
    )


def test_upcoming_convenings_takes_a_limit(convenings):
    html = soup_of(render("{% upcoming_convenings limit=1 %}"))

    assert len(html.select(".convening-card")) == 1


def test_upcoming_convenings_renders_nothing_when_none_is_planned(partners_tree):
    assert render("{% upcoming_convenings %}").strip() == ""


def test_latest_convening_report_is_the_most_recent_with_a_report(convenings):
    html = soup_of(render("{% latest_convening_report %}"))

    assert html.select_one(".convening-card h3").get_text() == "Last autumn"
    assert "three action areas" in html.get_text()


def test_tags_use_the_readers_language(convenings):
    synchronize_all_trees()
    autumn = convenings.convenings.get_children().get(slug="last-autumn")
    translate(
        autumn.specific,
        convenings.site_tree.locales["es"],
        {"Last autumn": "El otoño pasado"},
    )

    with translation.override("es"):
        html = soup_of(render("{% latest_convening_report %}{% upcoming_convenings %}"))

    assert (
        html.select_one(".latest-convening-report h3").get_text() == "El otoño pasado"
    )
    assert not html.select_one(".latest-convening-report h3").has_attr("lang")
    upcoming = html.select_one(".upcoming-convenings h3")
    assert upcoming.a["href"].startswith("/es/convenings/")
    assert upcoming["lang"] == "en"  # not translated yet: marked as English


def test_partner_count_counts_live_partners_in_the_readers_language(partners_tree):
    for _ in range(3):
        PartnerPageFactory(parent=partners_tree.directory)
    PartnerPageFactory(parent=partners_tree.directory, live=False)
    synchronize_all_trees()

    assert render("{% partner_count %}") == "3"
    with translation.override("ar"):
        assert render("{% partner_count as n %}{{ n }}") == "3"
