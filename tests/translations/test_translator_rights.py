"""Translators translate and publish translations; they cannot take a page off the
site or change its shape: no delete, unpublish, move, copy, reordering or privacy,
whether through the page's own views or the bulk actions. Editors still can."""

import html
import json
import re

from django.urls import reverse

from wagtail.models import Page

import pytest

ACTIONS = ["delete", "unpublish", "move", "copy", "set_privacy"]


@pytest.fixture
def spanish_about(site_tree):
    return site_tree.in_locale(site_tree.about, "es")


@pytest.mark.parametrize("action", ACTIONS)
def test_a_translator_cannot_open_a_structural_action(
    client, translator, spanish_about, action
):
    response = client.get(
        reverse(f"wagtailadmin_pages:{action}", args=[spanish_about.pk])
    )

    assert response.status_code in (302, 403)
    if response.status_code == 302:
        assert (
            reverse(f"wagtailadmin_pages:{action}", args=[spanish_about.pk])
            not in (response["Location"])
        )


def test_a_translator_cannot_delete_or_unpublish_by_posting(
    client, translator, spanish_about
):
    client.post(reverse("wagtailadmin_pages:delete", args=[spanish_about.pk]))
    client.post(reverse("wagtailadmin_pages:unpublish", args=[spanish_about.pk]))

    spanish_about.refresh_from_db()
    assert spanish_about.live
    assert client.get(spanish_about.url).status_code == 200


def test_a_translator_cannot_bulk_delete(client, translator, spanish_about):
    url = (
        reverse("wagtail_bulk_action", args=["wagtailcore", "page", "delete"])
        + f"?id={spanish_about.pk}"
    )

    client.post(url)

    assert Page.objects.filter(pk=spanish_about.pk, live=True).exists()


def test_a_translator_still_edits_and_publishes_the_translation(
    client, translator, spanish_about
):
    response = client.get(reverse("wagtailadmin_pages:edit", args=[spanish_about.pk]))

    assert response.status_code == 200
    # wagtail-localize's editor, told what this person may do.
    props = html.unescape(response.content.decode())
    perms = json.loads(re.search(r'"perms": (\{[^}]*\})', props).group(1))
    assert perms["canPublish"] is True
    assert perms["canUnpublish"] is False
    assert perms.get("canDelete") in (None, False)


@pytest.mark.parametrize("action", ACTIONS)
def test_an_editor_still_may(client, editor, site_tree, action):
    client.force_login(editor)

    response = client.get(
        reverse(f"wagtailadmin_pages:{action}", args=[site_tree.about.pk])
    )

    assert response.status_code == 200
