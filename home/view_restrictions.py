"""Which parts of the page tree are private, known without a query per page.

Wagtail checks a page's view restrictions (a password, signing in, a group) on
every request: two queries, for the page's ancestors and for their restrictions.
Most pages have none above them. The paths of restricted pages, and of the aliases
of restricted pages (an alias shares its source's restrictions), are kept in the
content cache; a page under none of them is public without asking the database,
and a page under one is checked the usual way. The site's page types filter with
`.public()` the same way, without a query to read the restrictions first.
"""

from django.db.models import Q

from wagtail.models import Page, PageManager, PageViewRestriction
from wagtail.query import PageQuerySet

from .content_cache import cached


def private_paths() -> list[str]:
    def build():
        restricted = PageViewRestriction.objects.values("page_id")
        return list(
            Page.objects.filter(pk__in=restricted).values_list("path", flat=True)
        ) + list(
            Page.objects.filter(alias_of__in=restricted).values_list("path", flat=True)
        )

    return cached("private-paths", build)


def is_under_private_path(page: Page) -> bool:
    """Whether the page is a restricted page, under one, or an alias of one: False
    means no restriction can apply to it; True that one may."""
    return any(page.path.startswith(path) for path in private_paths())


may_be_private = is_under_private_path


def private_q() -> Q:
    """Pages under a private path (Wagtail's reads every restriction each time)."""
    private = Q()
    for path in private_paths():
        private |= Q(path__startswith=path)
    return private if private else Q(pk__in=[])


def only_public(pages):
    """Any page queryset's .public(), without a query to read the restrictions."""
    return pages.exclude(private_q())


class SitePageQuerySet(PageQuerySet):
    def private_q(self):
        return private_q()


SitePageManager = PageManager.from_queryset(SitePageQuerySet)
