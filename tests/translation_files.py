"""A translator's offline round trip through wagtail-localize, as the admin offers
it: start a translation, download its PO file, fill it in, upload it, publish."""

from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import TestCase
from django.urls import reverse

from wagtail.models import Page
from wagtail_localize.models import Translation

import polib


def start_translation(client, instance, locale) -> Translation:
    if isinstance(instance, Page):
        url = reverse("wagtail_localize:submit_page_translation", args=[instance.pk])
    else:
        meta = instance._meta
        url = reverse(
            "wagtail_localize:submit_snippet_translation",
            args=[meta.app_label, meta.model_name, instance.pk],
        )
    response = client.post(url, {"locales": [locale.pk]})
    assert response.status_code == 302, "the translation was not started"
    return Translation.objects.get(
        source__object_id=instance.translation_key, target_locale=locale
    )


def download_po(client, translation) -> polib.POFile:
    response = client.get(
        reverse("wagtail_localize:download_pofile", args=[translation.pk])
    )
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/x-gettext-translation")
    return polib.pofile(response.content.decode())


def fill(po, strings) -> int:
    """Translate the entries `strings` has a translation for; how many there were."""
    filled = 0
    for entry in po:
        if entry.msgid in strings:
            entry.msgstr = strings[entry.msgid]
            filled += 1
    return filled


def upload_po(client, translation, po, next_url):
    upload = SimpleUploadedFile(
        "translated.po", str(po).encode(), content_type="text/x-gettext-translation"
    )
    response = client.post(
        reverse("wagtail_localize:upload_pofile", args=[translation.pk]),
        {"file": upload, "next": next_url},
    )
    assert response.status_code == 302
    assert response["Location"] == next_url


def edit_url(instance) -> str:
    if isinstance(instance, Page):
        return reverse("wagtailadmin_pages:edit", args=[instance.pk])
    meta = instance._meta
    return reverse(
        f"wagtailsnippets_{meta.app_label}_{meta.model_name}:edit", args=[instance.pk]
    )


def translate_offline(client, instance, locale, strings):
    """The whole round trip; returns the PO file as it was downloaded."""
    translation = start_translation(client, instance, locale)
    po = download_po(client, translation)
    downloaded = polib.pofile(str(po))
    assert fill(po, strings) == len(strings), "a string is missing from the PO file"
    target = instance.get_translation(locale)
    upload_po(client, translation, po, edit_url(target))
    # A new page's translation is published when the transaction commits.
    with TestCase.captureOnCommitCallbacks(execute=True):
        response = client.post(edit_url(target), {"action": "publish"})
    assert response.status_code == 302
    return downloaded
