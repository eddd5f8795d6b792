"""Background work of the search: indexing a page in every locale."""

from django_tasks import task

from .indexing import index_translations_of


@task()
def index_translations(translation_key: str):
    index_translations_of(translation_key)
