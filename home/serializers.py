"""How the open-data API (home.api) shows what a page points to: only what an
anonymous visitor could open, never a draft or a private page."""

from rest_framework.fields import Field

from .view_restrictions import is_under_private_path


def public_page_link(page, request=None):
    """A live, public page as {id, title, url, locale}; None for any other."""
    if page is None or not page.live or is_under_private_path(page):
        return None
    return {
        "id": page.pk,
        "title": page.title,
        "url": page.get_full_url(request),
        "locale": page.locale.language_code,
    }


class PublicPageLinkField(Field):
    """A foreign key to a page, shown only when the page is public."""

    def __init__(self, **kwargs):
        kwargs.setdefault("read_only", True)
        super().__init__(**kwargs)

    def to_representation(self, value):
        return public_page_link(value, self.context.get("request"))


class TermsField(Field):
    """Topics or sectors (or any snippets with a slug and a name) as
    [{slug, name}]: the slug is the same in every language."""

    def __init__(self, **kwargs):
        kwargs.setdefault("read_only", True)
        super().__init__(**kwargs)

    def to_representation(self, value):
        return [{"slug": term.slug, "name": term.name} for term in value.all()]
