"""Background work of the search: indexing a page, or a page in every locale."""

from wagtail.models import Page

from django_tasks import task

from .indexing import index_pages, index_translations_of


@task()
def index_translations(translation_key: str):
    index_translations_of(translation_key)


@task()
def index_page(page_pk: int):
    """One page's own document: a save changes what its own readers see; the other
    languages follow on publish (index_translations)."""
    index_pages(Page.objects.filter(pk=page_pk))
