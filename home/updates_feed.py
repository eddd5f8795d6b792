"""The Atom feed of what is new or updated on the site, in the reader's language.

Which pages it announces is up to each page type (`BasePage.updates_feed_pages`:
modules, curricula and convening reports), so the shell never names the apps
built on it. A page not translated into the reader's language is announced the
way the reader will see it (the nearest translation along their fallback chain,
else the source), and each entry says which language its words are in.
"""

from dataclasses import dataclass
from functools import reduce
from operator import or_
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.db.models import F, Q
from django.db.models.functions import Coalesce
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import escape
from django.utils.translation import gettext as _

from wagtail.models import Page, get_page_models

from translations.fallback import nearest_translations

from .languages import active_locale, content_language
from .models import BasePage
from .site_chrome import chrome
from .view_restrictions import only_public

ENTRIES = 30
# The date in the feed's tag: URIs (RFC 4151); it must never change, or every
# reader would see every entry again.
TAG_DATE = "2025"


class LanguageTaggedAtomFeed(Atom1Feed):
    """Atom, with each entry's xml:lang saying what language its words are in."""

    def item_attributes(self, item):
        attributes = super().item_attributes(item)
        if item.get("content_language"):
            attributes["xml:lang"] = item["content_language"]
        return attributes


def announced_q() -> Q:
    """The pages of every type that takes part in the feed (one subquery each)."""
    chosen = []
    for model in get_page_models():
        if model._meta.abstract or not issubclass(model, BasePage):
            continue
        pages = model.updates_feed_pages()
        if pages is not None:
            chosen.append(Q(pk__in=pages.values("pk")))
    return reduce(or_, chosen, Q(pk__in=[]))


def latest_updates(locale, count=ENTRIES):
    """The `count` pages most recently published in `locale`, live and public,
    newest first, each as (page, shown): `shown` is the specific page whose words
    the reader sees. A fixed number of queries, however many pages there are: one
    for the list, one for the nearer translations (only when the reader's chain has
    a language between their own and the source), one per page type shown."""
    pages = list(
        only_public(Page.objects.live().filter(locale=locale).filter(announced_q()))
        .annotate(changed=Coalesce("last_published_at", "first_published_at"))
        .filter(changed__isnull=False)
        .select_related("locale", "alias_of__locale")
        .order_by(F("changed").desc(), "-pk")[:count]
    )
    nearest = nearest_translations(pages, locale.language_code)
    shown_pks = {page.pk: nearest.get(page.pk, page).pk for page in pages}
    specific = {
        page.pk: page
        for page in Page.objects.filter(pk__in=set(shown_pks.values())).specific()
    }
    updates = []
    for page in pages:
        source = nearest.get(page.pk, page)
        shown = specific.get(shown_pks[page.pk])
        if shown is None:
            continue
        shown.written_in = content_language(source)
        updates.append((page, shown))
    return updates


@dataclass(frozen=True)
class Reader:
    """Whom the feed is for: what get_object hands every other method (the Feed
    instance is shared by every request, so it keeps nothing of its own)."""

    request: object
    locale: object
    coalition: str
    home_url: str
    host: str


@dataclass(frozen=True)
class Entry:
    title: str
    summary: str
    link: str
    guid: str
    published: object
    updated: object
    kind: str
    language: str
    author: str


class UpdatesFeed(Feed):
    """New and updated trainings, curricula and convening reports, newest first."""

    feed_type = LanguageTaggedAtomFeed

    def get_object(self, request, *args, **kwargs):
        site_chrome = chrome(request) or {}
        return Reader(
            request=request,
            locale=active_locale(),
            coalition=site_chrome.get("coalition_name") or settings.WAGTAIL_SITE_NAME,
            home_url=site_chrome.get("home_url") or "/",
            host=urlsplit(request.build_absolute_uri("/")).hostname,
        )

    def title(self, reader):
        return _("%(coalition)s: new and updated trainings and reports") % {
            "coalition": reader.coalition
        }

    def subtitle(self, reader):
        return _(
            "Training modules, curricula and convening reports, as they are "
            "published or updated."
        )

    def link(self, reader):
        return reader.home_url

    def feed_guid(self, reader):
        return f"tag:{reader.host},{TAG_DATE}:updates:{reader.locale.language_code}"

    def author_name(self, reader):
        return reader.coalition

    def items(self, reader):
        language = reader.locale.language_code
        return [
            Entry(
                title=shown.title,
                # Atom's summary is sent as HTML: the plain text is escaped.
                summary=escape(shown.summary or ""),
                link=page.get_full_url(reader.request),
                # The same entry whatever is edited, one per language read in.
                guid=f"tag:{reader.host},{TAG_DATE}:page-{page.translation_key}"
                f":{language}",
                published=shown.first_published_at or shown.last_published_at,
                updated=shown.last_published_at or shown.first_published_at,
                kind=str(shown.specific_class._meta.verbose_name),
                language=shown.written_in,
                author=reader.coalition,
            )
            for page, shown in latest_updates(reader.locale)
        ]

    def item_title(self, entry):
        return entry.title

    def item_description(self, entry):
        return entry.summary

    def item_link(self, entry):
        return entry.link

    def item_guid(self, entry):
        return entry.guid

    def item_pubdate(self, entry):
        return entry.published

    def item_updateddate(self, entry):
        return entry.updated

    def item_author_name(self, entry):
        return entry.author

    def item_categories(self, entry):
        return [entry.kind]

    def item_extra_kwargs(self, entry):
        return {"content_language": entry.language}
