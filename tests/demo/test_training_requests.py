"""The training request demo: the form in every language, a coordinator, and
invented requests in every status with their histories; twice adds nothing."""

from django.contrib.auth import get_user_model

from demo.seeders import training_requests as demo_content
from tests.html import assert_valid_html, soup
from training_requests.choices import Status
from training_requests.models import (
    TrainingRequest,
    TrainingRequestPage,
    TrainingRequestStatusChange,
)
from training_requests.permissions import COORDINATORS


def test_the_form_is_in_the_menu_in_every_language(client, seeded):
    titles = {}
    for code in seeded.locales:
        response = client.get(f"/{code}/request-a-training/")
        assert response.status_code == 200, code
        assert_valid_html(response.content)
        titles[code] = soup(response).h1.get_text()
        menu = soup(response).select_one("nav.main-menu")
        assert f"/{code}/request-a-training/" in str(menu)
    assert titles == {
        "en": "Request a training",
        "es": "Solicitar una capacitación",
        "ht": "Mande yon fòmasyon",
        "ar": "اطلب تدريبًا",
    }


def test_every_status_has_requests_with_histories(seeded):
    statuses = set(TrainingRequest.objects.values_list("status", flat=True))

    assert statuses == set(Status.values)
    assert TrainingRequest.objects.count() >= 20
    for request in TrainingRequest.objects.all():
        assert request.status_changes.last().to_status == request.status
    assert TrainingRequest.objects.waiting().exists()
    assert TrainingRequest.objects.upcoming().exists()


def test_people_are_invented(seeded):
    for request in TrainingRequest.objects.all():
        assert not request.email or request.email.endswith("@example.org")
        digits = "".join(ch for ch in request.phone if ch.isdigit())
        assert not digits or digits[3:7] == "5550" and digits[7] == "1"


def test_the_coordinator_has_no_password_until_one_is_set(seeded):
    user = get_user_model().objects.get(username="coordinator")

    assert not user.has_usable_password()
    assert user.groups.filter(name=COORDINATORS).exists()
    assert user.has_perm("training_requests.change_trainingrequest")
    assert not user.has_perm("training_requests.delete_trainingrequest")


def test_seeding_twice_adds_nothing(seeded):
    counts = (
        TrainingRequest.objects.count(),
        TrainingRequestStatusChange.objects.count(),
        TrainingRequestPage.objects.count(),
        get_user_model().objects.count(),
    )

    demo_content.seed()

    assert (
        TrainingRequest.objects.count(),
        TrainingRequestStatusChange.objects.count(),
        TrainingRequestPage.objects.count(),
        get_user_model().objects.count(),
    ) == counts


def test_reset_removes_the_demo_requests(seeded):
    demo_content.reset()

    assert TrainingRequest.objects.count() == 0
