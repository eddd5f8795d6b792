"""The demo's "Join us" form under Get involved: in every language, linked from
Get involved, read by the Training coordinators, with invented answers lined up
under the English questions; twice adds nothing."""

import pytest

from demo.seeders import involvement as demo_content
from involvement.models import InvolvementFormPage, InvolvementSubmission
from involvement.permissions import readable_form_pages
from tests.html import assert_lang_and_dir, assert_valid_html, soup
from training_requests.permissions import COORDINATORS


def test_the_form_is_in_every_language(client, seeded):
    titles = {}
    for code in seeded.locales:
        response = client.get(f"/{code}/get-involved/join-us/")
        assert response.status_code == 200, code
        assert_valid_html(response.content)
        assert_lang_and_dir(response, code)
        titles[code] = soup(response).h1.get_text()
    assert titles == {
        "en": "Join us",
        "es": "Únase",
        "ht": "Vin jwenn nou",
        "ar": "انضموا إلينا",
    }


@pytest.mark.parametrize("code", ["en", "es", "ar"])
def test_get_involved_links_to_it_in_the_readers_language(client, seeded, code):
    response = client.get(f"/{code}/get-involved/")

    links = [a["href"] for a in soup(response).select("a.button")]
    assert f"/{code}/get-involved/join-us/" in links


def test_coordinators_read_the_answers_under_the_english_questions(
    seeded, django_user_model
):
    page = InvolvementFormPage.objects.get(slug="join-us", locale=seeded.locales["en"])
    assert [group.name for group in page.submission_groups.all()] == [COORDINATORS]
    coordinator = django_user_model.objects.create_user(username="c")
    coordinator.groups.add(page.submission_groups.get())
    assert page in readable_form_pages(coordinator)

    answers = [s.form_data for s in page.get_submissions().order_by("submit_time")]
    assert len(answers) == 4
    assert {tuple(sorted(a)) for a in answers} == {
        (
            "anything_you_would_like_us_to_know",
            "email_or_phone",
            "how_would_you_like_to_take_part",
            "language_you_prefer",
            "your_name",
        )
    }
    # Chosen in Spanish, Creole and Arabic; kept in the English words.
    assert {a["language_you_prefer"] for a in answers} == {
        "English",
        "Spanish",
        "Haitian Creole",
        "Arabic",
    }
    for answer in answers:
        assert answer["email_or_phone"].endswith("@example.org") or answer[
            "email_or_phone"
        ].startswith("555-01")


def test_seeding_twice_adds_nothing(seeded):
    demo_content.seed()

    assert InvolvementFormPage.objects.filter(alias_of=None).count() == 4
    assert InvolvementSubmission.objects.count() == 4
