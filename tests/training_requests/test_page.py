"""The training request form as a page type: where it may live, that it renders
(and its sub-URLs route), and that an editor can create it in the admin."""

from django.conf import settings
from django.urls import reverse

from wagtail.test.utils.form_data import nested_form_data

from curriculum.models import ModuleIndexPage, TrainingModulePage
from home.models import HomePage, StandardPage
from tests.factories.training_requests import (
    TrainingRequestFactory,
    TrainingRequestPageFactory,
)
from tests.page_types import SitePageTestCase
from training_requests.models import DEFAULT_CONSENT, TrainingRequestPage
from training_requests.tokens import status_token


class TestTreeRules(SitePageTestCase):
    def test_it_lives_under_a_home_page_and_has_no_children(self):
        self.assertAllowedParentPageTypes(TrainingRequestPage, {HomePage})
        self.assertAllowedSubpageTypes(TrainingRequestPage, set())
        self.assertCanCreateAt(HomePage, TrainingRequestPage)
        self.assertCanNotCreateAt(StandardPage, TrainingRequestPage)
        self.assertCanNotCreateAt(ModuleIndexPage, TrainingRequestPage)
        self.assertCanNotCreateAt(TrainingRequestPage, TrainingModulePage)

    def test_one_per_home_page(self):
        TrainingRequestPageFactory(parent=self.home)

        assert not TrainingRequestPage.can_create_at(self.home)


class TestRendering(SitePageTestCase):
    def test_the_form_and_its_sub_pages_render(self):
        page = TrainingRequestPageFactory(parent=self.home)
        token = status_token(TrainingRequestFactory().reference)

        self.assertPageIsRenderable(page)
        self.assertPageIsRenderable(page, query_data={"module": "x", "curriculum": ""})
        self.assertPageIsRenderable(page, route_path=f"/thanks/{token}/")
        self.assertPageIsRenderable(page, route_path=f"/status/{token}/")

    def test_it_previews(self):
        page = TrainingRequestPageFactory(parent=self.home)
        url = reverse("wagtailadmin_pages:preview_on_edit", args=(page.pk,))
        data = nested_form_data(
            {
                "title": page.title,
                "slug": page.slug,
                "introduction": "Ask us.",
                "consent_text": "We keep it a year.",
            }
        )

        assert self.client.post(url, data).json()["is_valid"]
        response = self.client.get(url)
        assert response.status_code == 200
        assert b"We keep it a year." in response.content


class TestAdminCreation(SitePageTestCase):
    def test_an_editor_can_create_the_form_page(self):
        self.assertCanCreate(
            self.home,
            TrainingRequestPage,
            nested_form_data(
                {
                    "title": "Request a training",
                    "slug": "request-a-training",
                    "introduction": "Tell us what your members need.",
                    "consent_text": DEFAULT_CONSENT,
                }
            ),
        )
        page = TrainingRequestPage.objects.get(
            slug="request-a-training", alias_of__isnull=True
        )
        assert page.consent_text == DEFAULT_CONSENT
        # wagtail-localize makes it in every language at once, under the same slug.
        others = len(settings.LANGUAGES) - 1
        assert TrainingRequestPage.objects.filter(alias_of=page).count() == others
