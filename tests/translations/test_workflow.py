"""Staff see what to translate next; machine translation is marked for readers."""

from urllib.parse import urlencode

from django.contrib.auth.models import Group
from django.urls import reverse

from wagtail.models import GroupPagePermission
from wagtail_localize.models import StringSegment, StringTranslation, Translation

import pytest

from tests.fixtures.people import sign_in
from tests.html import soup
from translations.coverage import coverage_report
from translations.groups import TRANSLATORS, ensure_translators_group
from translations.models import TranslationWish

LOCAL_TRANSLATOR = {
    "CLASS": "wagtail_localize.machine_translators.dummy.DummyTranslator",
}


def rows_by_language(report, reference):
    return {
        entry.locale.language_code: dict(
            next(row for row in entry.rows if row.reference == reference).counts
        )
        for entry in report
    }


def test_coverage_counts_translated_and_untranslated_pages(site_tree):
    counts = rows_by_language(coverage_report(), "home.StandardPage")

    assert counts == {
        "es": {"translated": 1},
        "ht": {"untranslated": 1},
        "ar": {"untranslated": 1},
    }


def test_coverage_marks_a_translation_out_of_date_when_the_source_changes(site_tree):
    site_tree.about.title = "About the coalition's hub"
    site_tree.about.save_revision().publish()

    counts = rows_by_language(coverage_report(), "home.StandardPage")

    assert counts["es"] == {"out_of_date": 1}


def test_coverage_lists_the_pages_readers_asked_for_most(site_tree, client, admin_user):
    TranslationWish.objects.create(
        page=site_tree.about, locale=site_tree.locales["ht"], count=7
    )
    sign_in(client, admin_user)

    response = client.get(reverse("translation_coverage"))

    assert response.status_code == 200
    html = soup(response)
    row = html.find("td", string="About the hub").find_parent("tr")
    assert row.find_all("td")[1].get_text() == "7"
    assert row.find("a")["href"] == reverse(
        "wagtail_localize:submit_page_translation", args=[site_tree.about.pk]
    )


def test_coverage_report_needs_a_login(client, site_tree):
    response = client.get(reverse("translation_coverage"))

    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


def test_machine_translation_is_marked_until_a_person_reviews_it(
    client, site_tree, admin_user, settings, django_capture_on_commit_callbacks
):
    settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR = LOCAL_TRANSLATOR
    sign_in(client, admin_user)
    creole = site_tree.locales["ht"]
    client.post(
        reverse("wagtail_localize:submit_page_translation", args=[site_tree.about.pk]),
        {"locales": [creole.pk]},
    )
    translation = Translation.objects.get(target_locale=creole)

    client.post(reverse("wagtail_localize:machine_translate", args=[translation.pk]))
    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(user=admin_user, publish=True)

    note = soup(client.get("/ht/about/")).find("aside", id="translation-notice")
    assert "machin" in note.get_text()

    # A translator goes through every string and accepts or corrects it.
    reviewed = {"About the hub": "Konsènan sant lan"}
    for segment in StringSegment.objects.filter(source=translation.source):
        machine_text = StringTranslation.objects.get(
            translation_of=segment.string, context=segment.context, locale=creole
        ).data
        client.put(
            reverse(
                "wagtail_localize:edit_string_translation",
                args=[translation.pk, segment.pk],
            ),
            urlencode({"value": reviewed.get(segment.string.data, machine_text)}),
            content_type="application/x-www-form-urlencoded",
        )
    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(user=admin_user, publish=True)

    response = client.get("/ht/about/")
    assert soup(response).find("aside", id="translation-notice") is None
    assert soup(response).h1.get_text() == "Konsènan sant lan"


@pytest.mark.usefixtures("site_tree")
def test_translators_may_edit_and_publish_translations_but_not_change_structure():
    ensure_translators_group()
    group = Group.objects.get(name=TRANSLATORS)
    grants = {
        (p.page.locale.language_code, p.permission.codename)
        for p in GroupPagePermission.objects.filter(group=group)
    }

    assert grants == {
        (code, codename)
        for code in ("es", "ht", "ar")
        for codename in ("change_page", "publish_page")
    }
    assert group.permissions.filter(codename="submit_translation").exists()
