"""A requester deletes their own contact details from their private status page:
at once, keeping what was asked for, recorded in the audit log, told to staff, and
confirmed on the page in their language."""

from django.core import mail
from django.utils import translation
from django.utils.translation import gettext

from wagtail.models import ModelLogEntry

import pytest

from tests.factories.training_requests import TrainingRequestFactory
from tests.html import soup
from tests.training_requests.test_status import status_url
from training_requests import audit
from training_requests.models import TrainingRequest
from training_requests.tokens import status_token

FORM = "application/x-www-form-urlencoded"
PERSONAL = ["Rosa M.", "rosa", "315-555-01", "wheelchair", "6 pm", "Geneva"]


def erase(client, request, code="en"):
    return client.post(status_url(request, code) + "erase/", "", content_type=FORM)


@pytest.fixture
def asked(request_site):
    return TrainingRequestFactory(
        modules=[request_site.modules["heat"]], languages=["es"], participants=12
    )


def test_the_status_page_offers_to_delete_the_contact_details(client, asked):
    page = soup(client.get(status_url(asked)))

    form = page.select_one(".tr-erase form[method=post]")
    assert form["action"].startswith("/en/request-a-training/status/")
    assert form["action"].endswith("/erase/")
    assert form.select_one("[name=csrfmiddlewaretoken]")
    assert "Delete my contact details" in form.get_text()


def test_deleting_blanks_who_asked_and_keeps_what_was_asked(
    client, asked, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = erase(client, asked)

    assert response.status_code == 303
    assert response["Location"].startswith("/en/request-a-training/status/")
    stored = TrainingRequest.objects.get(pk=asked.pk)
    assert (stored.contact_name, stored.email, stored.phone, stored.notes) == (
        "",
        "",
        "",
        "",
    )
    assert stored.contacts_purged_at is not None
    assert stored.languages == ["es"] and stored.participants == 12
    assert list(stored.modules.all()) == list(asked.modules.all())

    entry = ModelLogEntry.objects.get(action=audit.ERASE)
    assert (entry.object_id, entry.user, entry.label) == (
        str(asked.pk),
        None,
        asked.reference,
    )

    [staff] = mail.outbox
    assert staff.to == ["requests@staff.example.org"]
    assert asked.reference in staff.subject
    for text in PERSONAL:
        assert text not in staff.body

    page = soup(client.get(response["Location"]))
    assert "were deleted on" in page.select_one(".tr-erase").get_text()
    assert not page.select(".tr-erase form")
    for text in PERSONAL:
        assert text not in str(page)


def test_the_confirmation_is_in_the_requesters_language(client, asked):
    erase(client, asked, code="es")

    page = soup(client.get(status_url(asked, "es")))

    with translation.override("es"):
        expected = gettext("Your contact details")
    assert page.select_one("#tr-erase-heading").get_text(strip=True) == expected
    assert expected != "Your contact details"


def test_deleting_twice_changes_nothing_more_and_tells_staff_once(
    client, asked, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        erase(client, asked)
        second = erase(client, asked)

    assert second.status_code == 303
    assert ModelLogEntry.objects.filter(action=audit.ERASE).count() == 1
    assert len(mail.outbox) == 1


def test_a_get_or_a_forged_link_deletes_nothing(client, asked):
    assert client.get(status_url(asked) + "erase/").status_code == 302
    forged = client.post(
        f"/en/request-a-training/status/{status_token(asked.reference)[:-3]}xyz/erase/",
        "",
        content_type=FORM,
    )

    assert forged.status_code == 400
    assert TrainingRequest.objects.get(pk=asked.pk).email == asked.email
