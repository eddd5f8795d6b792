"""The anonymous page cache: what a visitor gets from it, what an editor's change
does to it, and who never gets a cached copy (see home.page_cache)."""

from datetime import datetime, timedelta
from urllib.parse import urlencode
from zoneinfo import ZoneInfo

from django.core.cache import cache

from home.content_cache import VERSION_KEY
from home.models import FooterText, SiteSettings
from taxonomy.models import Topic
from tests.factories import StandardPageFactory
from tests.factories.partners import ConveningPageFactory
from tests.fixtures.people import sign_in
from tests.html import soup
from translations.locales import synchronize_all_trees
from translations.localize import translate

NEW_YORK = ZoneInfo("America/New_York")


def visit(client, url, **headers):
    return client.get(url, **headers)


def text_of(response):
    return soup(response).get_text(" ", strip=True)


def cached_copy(client, url):
    """Visit twice: the second visit must come from the cache."""
    visit(client, url)
    response = visit(client, url)
    assert response["X-Page-Cache"] == "hit"
    return response


def test_a_second_visit_is_served_without_a_query(
    client, site_tree, django_assert_num_queries
):
    first = visit(client, "/en/about/", HTTP_ACCEPT_ENCODING="gzip")
    with django_assert_num_queries(0):
        second = visit(client, "/en/about/", HTTP_ACCEPT_ENCODING="gzip")

    assert first["X-Page-Cache"] == "miss"
    assert second["X-Page-Cache"] == "hit"
    assert second.content == first.content
    assert second["Content-Encoding"] == "gzip"
    assert second["Content-Type"].startswith("text/html")
    assert "default-src 'self'" in second["Content-Security-Policy"]


def test_a_proxy_in_front_is_told_to_revalidate_and_gets_a_304(client, site_tree):
    page = cached_copy(client, "/en/about/")

    again = visit(client, "/en/about/", HTTP_IF_NONE_MATCH=page["ETag"])
    changed = visit(client, "/en/about/", HTTP_IF_NONE_MATCH='"something-else"')

    assert "public" in page["Cache-Control"]
    assert "max-age=0" in page["Cache-Control"]
    assert "Accept-Encoding" in page["Vary"]
    assert again.status_code == 304
    assert again.content == b""
    assert again["ETag"] == page["ETag"]
    assert changed.status_code == 200


def test_compressed_and_plain_copies_are_kept_apart(client, site_tree):
    cached_copy(client, "/en/about/")

    compressed = visit(client, "/en/about/", HTTP_ACCEPT_ENCODING="gzip, br")
    plain = visit(client, "/en/about/")

    assert compressed["X-Page-Cache"] == "miss"
    assert compressed["Content-Encoding"] == "gzip"
    assert "Content-Encoding" not in plain
    assert "About the hub" in plain.content.decode()


def test_each_language_has_its_own_copy(client, site_tree):
    english = cached_copy(client, "/en/about/")
    spanish = visit(client, "/es/about/")

    assert soup(english).html["lang"] == "en"
    assert soup(spanish).html["lang"] == "es"
    assert "Sobre el centro" in text_of(spanish)


def test_a_published_change_shows_on_the_next_visit(client, site_tree):
    cached_copy(client, "/en/about/")
    cached_copy(client, "/en/")

    about = site_tree.about
    about.title = "About our coalition"
    about.save_revision().publish()

    assert "About our coalition" in text_of(visit(client, "/en/about/"))
    # The menu of every other page names it too.
    assert "About our coalition" in text_of(visit(client, "/en/"))


def test_a_new_page_in_the_menu_shows_on_every_page(client, site_tree):
    cached_copy(client, "/en/about/")

    StandardPageFactory(
        parent=site_tree.home, title="Get involved", slug="join", show_in_menus=True
    )

    menu = soup(visit(client, "/en/about/")).find("nav", class_="main-menu")
    assert "Get involved" in menu.get_text()


def test_unpublished_moved_and_deleted_pages_go_at_once(client, site_tree):
    page = StandardPageFactory(parent=site_tree.home, title="Old news", slug="news")
    other = StandardPageFactory(parent=site_tree.home, title="Archive", slug="archive")
    cached_copy(client, "/en/news/")

    page.unpublish()
    assert visit(client, "/en/news/").status_code == 404

    page.save_revision().publish()
    cached_copy(client, "/en/news/")
    page.move(other, pos="last-child")
    moved = visit(client, "/en/news/")
    assert moved.status_code == 301
    assert moved["Location"] == "/en/archive/news/"
    assert visit(client, "/en/archive/news/").status_code == 200

    cached_copy(client, "/en/archive/news/")
    page.refresh_from_db()
    page.delete()
    assert visit(client, "/en/archive/news/").status_code == 404


def test_snippets_and_site_settings_show_at_once(client, catalog):
    cached_copy(client, "/en/trainings/")
    cached_copy(client, "/en/about/")

    topic = Topic.objects.filter(locale__language_code="en").first()
    topic.name = "Health and safety on the line"
    topic.save()
    FooterText.objects.update_or_create(
        locale=catalog.catalog.locale, defaults={"body": "<p>Solidarity forever.</p>"}
    )
    settings = SiteSettings.for_site(catalog.catalog.get_site())
    settings.coalition_name = "Upstate Worker Training Network"
    settings.save()

    catalog_page = text_of(visit(client, "/en/trainings/"))
    about = visit(client, "/en/about/")
    assert "Health and safety on the line" in catalog_page
    assert "Solidarity forever." in soup(about).find("footer").get_text()
    assert soup(about).title.get_text().endswith("Upstate Worker Training Network")


def test_a_published_translation_replaces_the_fallback_at_once(client, site_tree):
    before = cached_copy(client, "/ht/about/")
    assert soup(before).find(id="translation-notice")

    translate(
        site_tree.about, site_tree.locales["ht"], {"About the hub": "Sou sant lan"}
    )

    after = visit(client, "/ht/about/")
    assert "Sou sant lan" in text_of(after)
    assert soup(after).find(id="translation-notice") is None


def test_a_convening_moves_to_the_reports_when_it_ends_without_anyone_publishing(
    client, partners_tree, time_machine
):
    end = datetime(2030, 4, 27, 15, 30, tzinfo=NEW_YORK)
    ConveningPageFactory(
        parent=partners_tree.convenings,
        title="Spring gathering",
        start=end - timedelta(hours=5),
        end=end,
        report_summary="We agreed on three action areas.",
    )
    synchronize_all_trees()
    time_machine.move_to(end - timedelta(minutes=1), tick=False)
    before = cached_copy(client, "/en/convenings/")
    time_machine.move_to(end + timedelta(seconds=1), tick=False)
    after = visit(client, "/en/convenings/")

    upcoming = soup(before).find("section", class_="convenings-upcoming")
    assert "Spring gathering" in upcoming.get_text()
    assert after["X-Page-Cache"] == "miss"
    assert (
        "Spring gathering"
        in soup(after).find("section", class_="convenings-past").get_text()
    )


def test_signed_in_editors_never_get_a_cached_copy(client, editor, site_tree):
    cached_copy(client, "/en/about/")

    sign_in(client, editor)
    theirs = visit(client, "/en/about/")

    assert "X-Page-Cache" not in theirs
    assert "userbar" in theirs.content.decode("latin-1") or theirs.status_code == 200


def test_a_page_an_editor_saw_first_is_not_kept_for_visitors(client, editor, site_tree):
    sign_in(client, editor)
    visit(client, "/en/about/")
    client.logout()
    client.cookies.clear()

    visitor = visit(client, "/en/about/")

    assert visitor["X-Page-Cache"] == "miss"
    assert "userbar" not in visitor.content.decode("latin-1")


def test_what_is_not_kept(client, site_tree):
    long_query = "/en/about/?" + urlencode({"q": "x" * 300})
    visit(client, long_query)
    assert "X-Page-Cache" not in visit(client, long_query)

    visit(client, "/en/no-such-page/")
    assert visit(client, "/en/no-such-page/").status_code == 404
    assert "X-Page-Cache" not in visit(client, "/en/no-such-page/")

    visit(client, "/en/search/?q=wages")
    assert "X-Page-Cache" not in visit(client, "/en/search/?q=wages")

    assert client.head("/en/about/").status_code == 200


def test_the_ask_button_works_without_a_token_but_not_from_another_site(
    client, site_tree
):
    page = site_tree.in_locale(site_tree.about, "ht")
    body = urlencode({"page": page.pk})
    form = "application/x-www-form-urlencoded"
    html = cached_copy(client, "/ht/about/").content

    ours = client.post(
        "/ht/ask-for-translation/",
        body,
        content_type=form,
        HTTP_SEC_FETCH_SITE="same-origin",
    )
    theirs = client.post(
        "/ht/ask-for-translation/",
        body,
        content_type=form,
        HTTP_SEC_FETCH_SITE="cross-site",
    )
    elsewhere = client.post(
        "/ht/ask-for-translation/",
        body,
        content_type=form,
        HTTP_ORIGIN="https://attacker.example",
    )

    assert b"csrfmiddlewaretoken" not in html
    assert ours.status_code == 302
    assert theirs.status_code == 403
    assert elsewhere.status_code == 403
    assert "lòt sit" in soup(theirs).h1.get_text()


def test_the_version_lives_in_the_shared_cache(client, site_tree):
    cached_copy(client, "/en/about/")
    cache.delete(VERSION_KEY)  # as another server ending it would

    assert visit(client, "/en/about/")["X-Page-Cache"] == "miss"
