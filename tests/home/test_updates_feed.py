"""The Atom feed of new and updated modules, curricula and convening reports, per
language: read back with feedparser, as a feed reader would."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from wagtail.models import PageViewRestriction

import feedparser
import pytest

from tests.factories.curriculum import (
    CurriculumIndexPageFactory,
    CurriculumPageFactory,
    ModuleIndexPageFactory,
    TrainingModulePageFactory,
)
from tests.factories.partners import ConveningPageFactory
from tests.html import soup
from translations.locales import synchronize_all_trees
from translations.localize import translate

NEW_YORK = ZoneInfo("America/New_York")
NOW = datetime(2030, 3, 1, 12, 0, tzinfo=NEW_YORK)


def published(page):
    """The page as an editor leaves it after pressing Publish."""
    page.save_revision().publish()
    page.refresh_from_db()
    return page


@pytest.fixture
def tree(partners_tree, time_machine):
    """A module, a curriculum, a convening with its report and an upcoming one,
    published an hour apart (the report last), in every language's tree."""
    time_machine.move_to(NOW - timedelta(hours=4), tick=False)
    home = partners_tree.site_tree.home
    catalog = ModuleIndexPageFactory(parent=home)
    curricula = CurriculumIndexPageFactory(parent=home)
    pages = {}
    pages["module"] = published(
        TrainingModulePageFactory(
            parent=catalog, title="Documenting wage theft", slug="wage-theft"
        )
    )
    time_machine.move_to(NOW - timedelta(hours=3), tick=False)
    pages["curriculum"] = published(
        CurriculumPageFactory(parent=curricula, title="Worker to trainer")
    )
    time_machine.move_to(NOW - timedelta(hours=2), tick=False)
    pages["report"] = published(
        ConveningPageFactory(
            parent=partners_tree.convenings,
            title="Syracuse 2029",
            start=NOW - timedelta(days=90),
            end=NOW - timedelta(days=90) + timedelta(hours=6),
            report_summary="We agreed on three action areas.",
        )
    )
    pages["upcoming"] = published(
        ConveningPageFactory(parent=partners_tree.convenings, title="Next spring")
    )
    synchronize_all_trees()
    time_machine.move_to(NOW, tick=False)
    return pages


def feed(client, url="/en/updates.atom"):
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/atom+xml; charset=utf-8"
    parsed = feedparser.parse(response.content)
    assert not parsed.bozo, parsed.bozo_exception
    return parsed


def titles(parsed):
    return [entry.title for entry in parsed.entries]


def test_the_feed_lists_modules_curricula_and_reports_newest_first(client, tree):
    assert titles(feed(client)) == [
        "Syracuse 2029",
        "Worker to trainer",
        "Documenting wage theft",
    ]


def test_upcoming_convenings_are_not_in_the_feed(client, tree):
    assert "Next spring" not in titles(feed(client))


def test_past_convenings_without_a_report_are_not_in_the_feed(
    client, tree, partners_tree
):
    published(
        ConveningPageFactory(
            parent=partners_tree.convenings,
            title="Winter call",
            start=NOW - timedelta(days=30),
            end=NOW - timedelta(days=30) + timedelta(hours=2),
        )
    )

    assert "Winter call" not in titles(feed(client))


def test_an_entry_links_and_summarizes_the_page(client, tree):
    [entry] = [e for e in feed(client).entries if e.title == "Syracuse 2029"]

    assert entry.link == "http://localhost/en/convenings/syracuse-2029/"
    assert entry.summary == "We agreed on three action areas."
    assert entry.author == "Training Hub"
    assert entry.published_parsed is not None


def test_drafts_are_not_in_the_feed(client, tree):
    tree["module"].unpublish()

    assert "Documenting wage theft" not in titles(feed(client))


def test_private_pages_are_not_in_the_feed(client, tree):
    PageViewRestriction.objects.create(
        page=tree["curriculum"],
        restriction_type=PageViewRestriction.PASSWORD,
        password="members",
    )

    assert "Worker to trainer" not in titles(feed(client))


def test_spanish_readers_get_spanish_titles(client, tree, site_tree):
    translate(
        tree["module"],
        site_tree.locales["es"],
        {"Documenting wage theft": "Documentar el robo de salario"},
    )

    parsed = feed(client, "/es/updates.atom")

    assert parsed.feed.title == (
        "Training Hub: capacitaciones e informes nuevos y actualizados"
    )
    [entry] = [e for e in parsed.entries if e.link.endswith("/wage-theft/")]
    assert entry.title == "Documentar el robo de salario"
    assert entry.title_detail.language == "es"


def test_an_untranslated_page_is_shown_in_english_and_says_so(client, tree):
    parsed = feed(client, "/ht/updates.atom")

    [entry] = [e for e in parsed.entries if e.title == "Documenting wage theft"]
    assert entry.title_detail.language == "en"
    assert entry.link == "http://localhost/ht/trainings/wage-theft/"
    assert parsed.feed.title_detail.language == "ht"


def test_an_entry_keeps_its_id_and_moves_its_updated_time_when_edited(
    client, tree, time_machine
):
    before = {e.title: e for e in feed(client).entries}["Documenting wage theft"]
    time_machine.move_to(NOW + timedelta(hours=1), tick=False)
    module = tree["module"]
    module.title = "Documenting stolen wages"
    published(module)

    after = feed(client).entries[0]

    assert after.title == "Documenting stolen wages"
    assert after.id == before.id
    assert after.updated_parsed > before.updated_parsed
    assert after.published_parsed == before.published_parsed


def test_entry_ids_differ_between_languages(client, tree):
    english = {e.link.split("/")[-2]: e.id for e in feed(client).entries}
    spanish = {
        e.link.split("/")[-2]: e.id for e in feed(client, "/es/updates.atom").entries
    }

    assert english["wage-theft"] != spanish["wage-theft"]
    assert english["wage-theft"].startswith("tag:")


def test_every_page_names_the_feed_in_its_head(client, tree):
    page = soup(client.get("/es/about/"))

    link = page.find("head").find("link", type="application/atom+xml")
    assert link["rel"] == ["alternate"]
    assert link["href"] == "/es/updates.atom"
    assert link["title"] == "Capacitaciones e informes nuevos y actualizados"


def test_the_footer_links_to_the_feed(client, tree):
    footer = soup(client.get("/en/about/")).find("footer")

    assert footer.find("a", href="/en/updates.atom")
