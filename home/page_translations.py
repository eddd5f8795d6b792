"""A page's copies in every language, fetched once per request.

The language switcher, the hreflang links and the translation notice all need
them; one query with each copy's locale serves all three.
"""

from wagtail.models import Page

from .request_memo import remembered


def translations_of(page: Page) -> list[Page]:
    """The page and its translations and aliases in every locale (live or not)."""
    return remembered(
        ("translations", page.pk),
        lambda: list(page.get_translations(inclusive=True).select_related("locale")),
    )


def copy_in(page: Page, page_pk: int) -> Page | None:
    """One of the page's copies by its id (an alias's source, say)."""
    return next((p for p in translations_of(page) if p.pk == page_pk), None)
