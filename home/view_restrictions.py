"""Which parts of the page tree are private, known without a query per page.

Wagtail checks a page's view restrictions (a password, signing in, a group) on
every request: two queries, for the page's ancestors and for their restrictions.
Most pages have none above them. The paths of restricted pages, and of the aliases
of restricted pages (an alias shares its source's restrictions), are kept in the
content cache; a page under none of them is public without asking the database,
and a page under one is checked the usual way.
"""

from wagtail.models import Page, PageViewRestriction

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


def may_be_private(page: Page) -> bool:
    """False when no restriction can apply to the page; True when one may."""
    return any(page.path.startswith(path) for path in private_paths())
