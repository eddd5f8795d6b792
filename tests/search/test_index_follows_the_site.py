"""The index follows what readers can see: a published change is found at once, a
draft is not, an unpublished, private or deleted page is never found, and the index
can be rebuilt (by command, or by `migrate` on a database from before search)."""

from io import StringIO

from django.core.management import call_command

from wagtail.models import Page, PageViewRestriction

from search.models import SearchDocument
from search.signals import index_after_upgrade

from .conftest import result_titles, search

WAGE_THEFT = "Documenting wage theft"


def publish(page, **changes):
    for field, value in changes.items():
        setattr(page, field, value)
    page.save_revision().publish()


def test_a_published_change_is_found_and_the_old_words_are_not(client, catalog):
    module = catalog.modules["wage-theft"]
    assert result_titles(search(client, "en", "paycheck")) == [WAGE_THEFT]

    publish(module, introduction="Bring every timesheet to the meeting.")

    assert result_titles(search(client, "en", "timesheet")) == [WAGE_THEFT]
    assert result_titles(search(client, "en", "paycheck")) == []


def test_a_published_change_reaches_the_languages_that_show_it(client, catalog):
    # Creole readers are shown the English module: they find its new words too.
    publish(catalog.modules["heat"], introduction="Shade and water every hour.")

    assert result_titles(search(client, "ht", "shade")) == ["Heat stress in the fields"]


def test_a_new_title_is_found(client, catalog):
    publish(catalog.modules["heat"], title="Working safely in extreme heat")

    assert result_titles(search(client, "en", "extreme heat")) == [
        "Working safely in extreme heat"
    ]


def test_a_draft_is_not_found_until_it_is_published(client, catalog):
    module = catalog.modules["wage-theft"]
    module.introduction = "Bring every timesheet to the meeting."
    module.save_revision()

    assert result_titles(search(client, "en", "timesheet")) == []
    assert result_titles(search(client, "en", "paycheck")) == [WAGE_THEFT]


def test_an_unpublished_module_is_not_found_in_any_language(client, catalog):
    catalog.modules["heat"].unpublish()

    assert result_titles(search(client, "en", "heat stress")) == []
    assert result_titles(search(client, "ht", "heat stress")) == []


def test_an_unpublished_translation_is_not_found(client, catalog):
    catalog.in_locale(catalog.modules["wage-theft"], "es").unpublish()

    assert result_titles(search(client, "es", "salario")) == []


def test_a_page_under_a_private_page_is_never_found(client, catalog):
    PageViewRestriction.objects.create(
        page=catalog.catalog, restriction_type=PageViewRestriction.LOGIN
    )

    for code, typed in [
        ("en", "heat stress"),
        ("ht", "heat stress"),
        ("es", "salario"),
    ]:
        assert result_titles(search(client, code, typed)) == [], code


def test_a_password_protected_page_is_not_found(client, catalog):
    PageViewRestriction.objects.create(
        page=catalog.modules["heat"],
        restriction_type=PageViewRestriction.PASSWORD,
        password="shade",
    )

    assert result_titles(search(client, "en", "heat stress")) == []
    # The other modules are still found.
    assert result_titles(search(client, "en", "paycheck")) == [WAGE_THEFT]


def test_a_deleted_module_is_gone_in_every_language(client, catalog):
    heat = catalog.modules["heat"]
    pks = list(
        Page.objects.filter(translation_key=heat.translation_key).values_list(
            "pk", flat=True
        )
    )

    heat.delete()

    assert result_titles(search(client, "en", "heat stress")) == []
    assert result_titles(search(client, "ht", "heat stress")) == []
    assert not SearchDocument.objects.filter(page_id__in=pks).exists()


def test_the_rebuild_command_indexes_every_live_page(client, catalog):
    SearchDocument.objects.all().delete()
    assert result_titles(search(client, "en", "heat stress")) == []
    out = StringIO()

    call_command("rebuild_search_index", stdout=out)

    live = Page.objects.live().filter(depth__gt=1).count()
    assert SearchDocument.objects.count() == live
    assert f"Indexed {live} pages." in out.getvalue()
    assert result_titles(search(client, "en", "heat stress")) == [
        "Heat stress in the fields"
    ]
    assert result_titles(search(client, "es", "salarios")) == [
        "Documentar el robo de salario"
    ]


def test_migrating_a_site_without_an_index_builds_it(client, catalog):
    # A database from a release before search: pages, and no documents.
    SearchDocument.objects.all().delete()

    index_after_upgrade("default")

    assert result_titles(search(client, "ht", "heat stress")) == [
        "Heat stress in the fields"
    ]


def test_migrating_leaves_an_existing_index_alone(catalog):
    heat = catalog.modules["heat"]
    before = SearchDocument.objects.get(page=heat).indexed_at

    index_after_upgrade("default")

    assert SearchDocument.objects.get(page=heat).indexed_at == before


def test_a_page_made_private_after_a_search_is_no_longer_found(
    client, catalog, django_capture_on_commit_callbacks
):
    assert result_titles(search(client, "en", "heat stress")) == [
        "Heat stress in the fields"
    ]

    with django_capture_on_commit_callbacks(execute=True):
        PageViewRestriction.objects.create(
            page=catalog.catalog, restriction_type=PageViewRestriction.LOGIN
        )

    assert result_titles(search(client, "en", "heat stress")) == []


def test_a_module_filed_under_another_sector_is_found_under_it(client, catalog):
    heat = catalog.modules["heat"]
    heat.sectors.set([catalog.sectors["hospitality"]])
    heat.save()

    assert result_titles(search(client, "en", "heat", sector="hospitality")) == [
        "Heat stress in the fields"
    ]
    assert result_titles(search(client, "en", "heat", sector="farm-work")) == []
