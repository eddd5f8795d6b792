"""The Get involved form page type: where it goes, that it renders, and that an
editor can build one in the admin, choosing who reads its answers. Its cost in
queries does not grow with its fields."""

from django.contrib.auth.models import Group
from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.test.utils.form_data import inline_formset, nested_form_data

from home.models import HomePage, StandardPage
from involvement.models import InvolvementFormField, InvolvementFormPage
from tests.factories import StandardPageFactory
from tests.page_types import SitePageTestCase


class TestTreeRules(SitePageTestCase):
    def test_it_hangs_under_a_standard_page_only(self):
        self.assertAllowedParentPageTypes(InvolvementFormPage, {StandardPage})
        self.assertAllowedSubpageTypes(InvolvementFormPage, set())
        self.assertCanCreateAt(StandardPage, InvolvementFormPage)
        self.assertCanNotCreateAt(HomePage, InvolvementFormPage)


class TestPage(SitePageTestCase):
    def setUp(self):
        super().setUp()
        self.parent = StandardPageFactory(parent=self.home, title="Get involved")

    def test_it_renders_and_previews(self):
        page = InvolvementFormPage(title="Join us", slug="join-us")
        self.parent.add_child(instance=page)
        InvolvementFormField.objects.create(
            page=page, label="Your name", field_type="singleline"
        )
        page.save_revision().publish()

        self.assertPageIsRenderable(page)
        self.assertPageIsRenderable(page, route_path="/thanks/")
        self.assertPageIsPreviewable(page, mode="form")
        self.assertPageIsPreviewable(page, mode="landing")

    def test_an_editor_builds_one_and_chooses_who_reads_it(self):
        group = Group.objects.create(name="Organizers")
        data = nested_form_data(
            {
                "title": "Join us",
                "slug": "join-us",
                "introduction": "Tell us how you would like to help.",
                "submit_label": "Send",
                "consent_text": "",
                "thank_you_text": "Thank you.",
                "form_fields": inline_formset(
                    [
                        {
                            "label": "Your name",
                            "field_type": "singleline",
                            "required": "on",
                            "help_text": "",
                            "choices": "",
                            "default_value": "",
                        },
                        {
                            "label": "Which days?",
                            "field_type": "checkboxes",
                            "help_text": "",
                            "choices": "Monday\nSaturday",
                            "default_value": "",
                        },
                    ]
                ),
            }
        )

        data["submission_groups"] = [str(group.pk)]

        self.assertCanCreate(self.parent, InvolvementFormPage, data)

        page = InvolvementFormPage.objects.get(slug="join-us", alias_of=None)
        assert list(page.submission_groups.all()) == [group]
        assert [f.clean_name for f in page.form_fields.all()] == [
            "your_name",
            "which_days",
        ]

    def test_queries_do_not_grow_with_the_fields(self):
        page = InvolvementFormPage(title="Join us", slug="join-us")
        self.parent.add_child(instance=page)
        page.save_revision().publish()
        url = page.url
        self.client.logout()

        def count():
            self.client.get(url)  # warm the caches
            with CaptureQueriesContext(connection) as queries:
                assert self.client.get(url).status_code == 200
            return len(queries)

        for n in range(2):
            InvolvementFormField.objects.create(
                page=page, label=f"Question {n}", field_type="singleline"
            )
        few = count()
        for n in range(2, 20):
            InvolvementFormField.objects.create(
                page=page, label=f"Question {n}", field_type="multiline"
            )
        assert count() <= few <= 12
