"""When the index follows the site. A page saved live, published or unpublished is
indexed again in every locale (the aliases in other languages show it), through the
task queue so the editor does not wait: in production the worker does it once the
change is committed. A deleted page's documents go with it (the foreign key)."""

from contextlib import contextmanager
from contextvars import ContextVar

from django.contrib.auth.management import create_permissions
from django.contrib.auth.models import Group, Permission

from wagtail.models import Page

from .indexing import rebuild
from .models import SearchDocument
from .tasks import index_page, index_translations

# Set while a bulk job (seeding the demo) changes many pages and indexes them all
# once at the end instead.
_paused = ContextVar("search_indexing_paused", default=False)

# Wagtail's own groups for the staff who write and publish the trainings.
REPORT_GROUPS = ("Editors", "Moderators")

# A save touching only these fields leaves what readers see unchanged (a draft
# saved, a page locked).
DRAFT_FIELDS = {
    "draft_title",
    "has_unpublished_changes",
    "latest_revision",
    "latest_revision_created_at",
    "locked",
    "locked_at",
    "locked_by",
}


@contextmanager
def indexing_paused(rebuild_after=True):
    """Index nothing page by page inside the block; rebuild the index after it
    (unless `rebuild_after` is false: the test suite, outside the tests that
    search, never reads the index)."""
    token = _paused.set(True)
    try:
        yield
    finally:
        _paused.reset(token)
    if rebuild_after:
        rebuild()


def page_saved(sender, instance, raw=False, update_fields=None, **kwargs):
    if _paused.get():
        return
    if raw or not isinstance(instance, Page) or instance.depth is None:
        return
    if update_fields and set(update_fields) <= DRAFT_FIELDS:
        return
    if (
        not instance.live
        and not SearchDocument.objects.filter(page_id=instance.pk).exists()
    ):
        return
    # Its own document only: an alias is saved (and indexed) on its own when its
    # source is published, and a publish re-indexes every locale (page_changed).
    index_page.enqueue(instance.pk)


def page_terms_changed(sender, instance, action, reverse=False, **kwargs):
    """A page's topics or sectors (or any of its many-to-many fields) were
    written. A page's own post_save comes before its cluster writes them, so its
    document would keep the terms it had before."""
    if reverse or action not in {"post_add", "post_remove", "post_clear"}:
        return
    if isinstance(instance, Page) and instance.pk and instance.depth is not None:
        page_saved(type(instance), instance)


def page_changed(sender, instance, **kwargs):
    if _paused.get():
        return
    index_translations.enqueue(str(instance.translation_key))


def after_migrate(sender, app_config, using="default", **kwargs):
    """At `migrate`: the curriculum staff's groups may read what readers look for,
    and a database from a release without the search index gets one."""
    grant_report_to_editors(app_config, using)
    index_after_upgrade(using)


def grant_report_to_editors(app_config, using):
    create_permissions(app_config, verbosity=0, using=using)
    permission = Permission.objects.using(using).filter(
        content_type__app_label="search", codename="view_searchquery"
    )
    for group in Group.objects.using(using).filter(name__in=REPORT_GROUPS):
        group.permissions.add(*permission)


def index_after_upgrade(using):
    if SearchDocument.objects.using(using).exists():
        return
    if Page.objects.using(using).live().filter(depth__gt=1).exists():
        rebuild()
