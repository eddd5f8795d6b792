"""Tree rules, rendering and admin creation for the curriculum's page types."""

from django.urls import reverse

from wagtail.test.utils.form_data import (
    inline_formset,
    nested_form_data,
    rich_text,
    streamfield,
)

from curriculum.models import (
    CurriculumIndexPage,
    CurriculumPage,
    ModuleIndexPage,
    TrainingModulePage,
)
from home.models import HomePage, StandardPage
from tests.factories.curriculum import (
    CurriculumIndexPageFactory,
    CurriculumPageFactory,
    CurriculumSessionFactory,
    DocumentFactory,
    ModuleIndexPageFactory,
    TrainingModulePageFactory,
)
from tests.factories.taxonomy import SectorFactory, TopicFactory
from tests.page_types import SitePageTestCase


def list_block(items):
    """ListBlock form data: a count and one numbered entry per item."""
    data = {
        str(index): {"value": value, "deleted": "", "order": str(index), "id": ""}
        for index, value in enumerate(items)
    }
    data["count"] = str(len(items))
    return data


def step_data(title, minutes, method="discussion", note=""):
    return (
        "agenda_step",
        {
            "title": title,
            "minutes": str(minutes),
            "method": method,
            "instructions": rich_text(f"<p>{title}: what the group does.</p>"),
            "facilitator_note": rich_text(note) if note else rich_text(""),
        },
    )


def module_form_data(duration_minutes=90, **overrides):
    data = {
        "title": "Documenting wage theft",
        "slug": "documenting-wage-theft",
        "introduction": "Keep a record of every hour and every paycheck.",
        "learning_objectives": streamfield(
            [
                ("objective", "Read a pay stub line by line."),
                ("objective", "Keep an hours log that holds up."),
            ]
        ),
        "audience": "Farm and hospitality workers.",
        "level": "introductory",
        "delivery_format": "either",
        "duration_minutes": str(duration_minutes),
        "session_plan": streamfield(
            [
                step_data("Welcome", 15),
                (
                    "discussion_questions",
                    {
                        "heading": "",
                        "questions": list_block(
                            ["Who has been paid late?", "What did you do?"]
                        ),
                    },
                ),
                step_data(
                    "Reading a pay stub",
                    45,
                    method="small_groups",
                    note="<p>Bring real (anonymized) stubs.</p>",
                ),
                (
                    "role_play",
                    {
                        "title": "Asking for the missing hours",
                        "situation": "A worker asks about a short check.",
                        "roles": list_block(
                            [
                                {"name": "Worker", "brief": "Has her hours log."},
                                {"name": "Supervisor", "brief": "Is in a hurry."},
                            ]
                        ),
                        "debrief_questions": list_block(["What worked?"]),
                    },
                ),
                (
                    "callout",
                    {"kind": "caution", "text": rich_text("<p>Never share names.</p>")},
                ),
                ("heading", {"text": "Closing", "level": "h2"}),
                ("paragraph", rich_text("<p>Thank everyone.</p>")),
                step_data("Closing circle", 30, method="reflection"),
            ]
        ),
        "prerequisite_links": inline_formset([]),
        "materials": inline_formset([]),
    }
    data.update(overrides)
    return nested_form_data(data)


class TestTreeRules(SitePageTestCase):
    def test_catalog_and_modules(self):
        self.assertAllowedParentPageTypes(ModuleIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(ModuleIndexPage, {TrainingModulePage})
        self.assertAllowedParentPageTypes(TrainingModulePage, {ModuleIndexPage})
        self.assertAllowedSubpageTypes(TrainingModulePage, set())
        self.assertCanCreateAt(HomePage, ModuleIndexPage)
        self.assertCanNotCreateAt(HomePage, TrainingModulePage)
        self.assertCanNotCreateAt(StandardPage, ModuleIndexPage)

    def test_curricula(self):
        self.assertAllowedParentPageTypes(CurriculumIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(CurriculumIndexPage, {CurriculumPage})
        self.assertAllowedParentPageTypes(CurriculumPage, {CurriculumIndexPage})
        self.assertAllowedSubpageTypes(CurriculumPage, set())
        self.assertCanNotCreateAt(ModuleIndexPage, CurriculumPage)

    def test_one_catalog_and_one_curricula_index_per_home_page(self):
        ModuleIndexPageFactory(parent=self.home)
        CurriculumIndexPageFactory(parent=self.home)

        assert not ModuleIndexPage.can_create_at(self.home)
        assert not CurriculumIndexPage.can_create_at(self.home)


class TestRendering(SitePageTestCase):
    def test_every_page_type_renders(self):
        catalog = ModuleIndexPageFactory(parent=self.home)
        module = TrainingModulePageFactory(parent=catalog)
        curricula = CurriculumIndexPageFactory(parent=self.home)
        curriculum = CurriculumPageFactory(parent=curricula)
        CurriculumSessionFactory(page=curriculum, module=module)

        for page in (catalog, module, curricula, curriculum):
            self.assertPageIsRenderable(page)
        self.assertPageIsRenderable(module, route_path="/facilitator/")
        self.assertPageIsRenderable(catalog, query_data={"topic": "x", "page": "y"})

    def test_module_previews_as_public_page_and_as_facilitator_guide(self):
        # Wagtail's assertPageIsPreviewable reads the form from the HTML, where a
        # StreamField has no inputs; post the form data ourselves instead.
        catalog = ModuleIndexPageFactory(parent=self.home)
        module = TrainingModulePageFactory(parent=catalog)
        url = reverse("wagtailadmin_pages:preview_on_edit", args=(module.pk,))
        data = module_form_data(slug=module.slug)

        assert self.client.post(url, data).json()["is_valid"]
        public = self.client.get(url, {"mode": ""})
        guide = self.client.get(url, {"mode": "facilitator"})

        assert public.status_code == guide.status_code == 200
        assert b"Bring real (anonymized) stubs." not in public.content
        assert b"Bring real (anonymized) stubs." in guide.content


class TestAdminCreation(SitePageTestCase):
    def test_editor_can_create_the_catalog(self):
        self.assertCanCreate(
            self.home,
            ModuleIndexPage,
            nested_form_data(
                {"title": "Trainings", "slug": "trainings", "introduction": "All."}
            ),
        )

    def test_editor_can_create_the_curricula_index(self):
        self.assertCanCreate(
            self.home,
            CurriculumIndexPage,
            nested_form_data(
                {"title": "Curricula", "slug": "curricula", "introduction": "Paths."}
            ),
        )

    def test_editor_can_create_a_module_with_a_full_session_plan(self):
        catalog = ModuleIndexPageFactory(parent=self.home)
        topic = TopicFactory(name="Wage theft", slug="wage-theft")
        sector = SectorFactory(name="Farm work", slug="farm-work")
        prerequisite = TrainingModulePageFactory(
            parent=catalog, title="Know your rights"
        )
        handout = DocumentFactory(title="Hours log")
        data = module_form_data(
            prerequisite_links=inline_formset([{"module": str(prerequisite.pk)}]),
            materials=inline_formset(
                [{"document": str(handout.pk), "kind": "worksheet", "language": "es"}]
            ),
        )
        data["topics"] = [str(topic.pk)]
        data["sectors"] = [str(sector.pk)]

        self.assertCanCreate(catalog, TrainingModulePage, data)

        page = TrainingModulePage.objects.get(
            slug="documenting-wage-theft", alias_of=None
        )
        assert [b.block_type for b in page.session_plan] == [
            "agenda_step",
            "discussion_questions",
            "agenda_step",
            "role_play",
            "callout",
            "heading",
            "paragraph",
            "agenda_step",
        ]
        assert page.planned_minutes == 90
        assert page.duration_warning == ""
        assert list(page.topics.all()) == [topic]
        assert list(page.sectors.all()) == [sector]
        assert [link.module_id for link in page.prerequisite_links.all()] == [
            prerequisite.pk
        ]
        material = page.materials.get()
        assert (material.document, material.kind, material.language) == (
            handout,
            "worksheet",
            "es",
        )
        assert len(page.learning_objectives) == 2

    def test_a_role_play_step_without_a_note_is_refused(self):
        catalog = ModuleIndexPageFactory(parent=self.home)
        data = module_form_data(
            session_plan=streamfield([step_data("Act it out", 90, method="role_play")])
        )
        data["action-publish"] = "action-publish"
        url = reverse(
            "wagtailadmin_pages:add",
            args=("curriculum", "trainingmodulepage", catalog.pk),
        )

        response = self.client.post(url, data)

        assert response.status_code == 200
        assert not TrainingModulePage.objects.exists()

    def test_saving_a_module_whose_steps_do_not_add_up_warns_but_saves(self):
        catalog = ModuleIndexPageFactory(parent=self.home)
        data = module_form_data(duration_minutes=120)
        data["action-publish"] = "action-publish"
        url = reverse(
            "wagtailadmin_pages:add",
            args=("curriculum", "trainingmodulepage", catalog.pk),
        )

        response = self.client.post(url, data, follow=True)

        page = TrainingModulePage.objects.get(
            slug="documenting-wage-theft", alias_of=None
        )
        assert page.live
        messages = [str(m) for m in response.context["messages"]]
        assert any("add up to 90 minutes" in m and "120" in m for m in messages)

    def test_edit_form_shows_the_session_time_check(self):
        catalog = ModuleIndexPageFactory(parent=self.home)
        module = TrainingModulePageFactory(parent=catalog, duration_minutes=75)
        module.duration_minutes = 60
        module.save_revision()

        response = self.client.get(
            reverse("wagtailadmin_pages:edit", args=(module.pk,))
        )

        assert response.status_code == 200
        assert "add up to 75 minutes" in response.content.decode()

    def test_editor_can_create_a_curriculum_with_sessions(self):
        catalog = ModuleIndexPageFactory(parent=self.home)
        first = TrainingModulePageFactory(parent=catalog, duration_minutes=60)
        second = TrainingModulePageFactory(parent=catalog, duration_minutes=120)
        curricula = CurriculumIndexPageFactory(parent=self.home)

        self.assertCanCreate(
            curricula,
            CurriculumPage,
            nested_form_data(
                {
                    "title": "From worker to trainer",
                    "slug": "worker-to-trainer",
                    "introduction": "Four sessions to lead trainings yourself.",
                    "audience": "Worker leaders.",
                    "sessions": inline_formset(
                        [
                            {"module": str(first.pk), "notes": "Start here."},
                            {
                                "module": str(second.pk),
                                "notes": "Builds on session one.",
                                "what_to_bring": "Your map.",
                            },
                        ],
                        min=1,
                    ),
                    "who_can_lead": rich_text("<p>Anyone who took both.</p>"),
                    "pathway": streamfield(
                        [
                            (
                                "stage",
                                {
                                    "role": "participant",
                                    "description": rich_text("<p>Takes part.</p>"),
                                    "ready_when": "Has taken both modules.",
                                },
                            ),
                            (
                                "stage",
                                {
                                    "role": "lead_facilitator",
                                    "description": rich_text("<p>Leads.</p>"),
                                    "ready_when": "",
                                },
                            ),
                        ]
                    ),
                    "facilitation_tips": streamfield(
                        [
                            (
                                "tip",
                                {"kind": "tip", "text": rich_text("<p>Breathe.</p>")},
                            )
                        ]
                    ),
                }
            ),
        )

        page = CurriculumPage.objects.get(slug="worker-to-trainer", alias_of=None)
        assert [s.module_id for s in page.sessions.all()] == [first.pk, second.pk]
        assert [s["module"].pk for s in page.numbered_sessions()] == [
            first.pk,
            second.pk,
        ]
