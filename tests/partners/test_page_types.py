"""Tree rules, rendering and admin creation for every page type of the partners app."""

from datetime import datetime
from zoneinfo import ZoneInfo

from django.urls import reverse

from wagtail.models import Locale
from wagtail.test.utils.form_data import (
    inline_formset,
    nested_form_data,
    rich_text,
    streamfield,
)

from home.models import HomePage, StandardPage
from partners.models import (
    ConveningIndexPage,
    ConveningPage,
    PartnerIndexPage,
    PartnerPage,
)
from taxonomy.models import Sector
from tests.factories.partners import (
    ConveningIndexPageFactory,
    ConveningPageFactory,
    PartnerIndexPageFactory,
    PartnerPageFactory,
)
from tests.factories.taxonomy import RegionFactory, SectorFactory
from tests.html import soup
from tests.page_types import SitePageTestCase


class TestPartnerPageTypes(SitePageTestCase):
    def setUp(self):
        super().setUp()
        self.directory = PartnerIndexPageFactory(parent=self.home)
        self.convenings = ConveningIndexPageFactory(parent=self.home)
        self.region = RegionFactory(name="Central New York", slug="central-ny")
        self.partner = PartnerPageFactory(parent=self.directory, region=self.region)
        self.sectors = {
            slug: SectorFactory(name=name, slug=slug)
            for slug, name in [
                ("farm-work", "Farm work"),
                ("factory-and-food-processing", "Factory and food processing"),
                ("care-work", "Care work"),
                ("construction", "Construction"),
            ]
        }

    # Tree rules -------------------------------------------------------------------
    def test_index_pages_live_under_the_home_page_once(self):
        self.assertAllowedParentPageTypes(PartnerIndexPage, {HomePage})
        self.assertAllowedParentPageTypes(ConveningIndexPage, {HomePage})
        self.assertCanCreateAt(HomePage, PartnerIndexPage)
        self.assertCanNotCreateAt(StandardPage, PartnerIndexPage)
        # One of each per home page (so once per language).
        assert not PartnerIndexPage.can_create_at(self.home)
        assert not ConveningIndexPage.can_create_at(self.home)

    def test_partner_pages_live_in_the_directory_only(self):
        self.assertAllowedParentPageTypes(PartnerPage, {PartnerIndexPage})
        self.assertAllowedSubpageTypes(PartnerIndexPage, {PartnerPage})
        self.assertAllowedSubpageTypes(PartnerPage, set())
        self.assertCanCreateAt(PartnerIndexPage, PartnerPage)
        self.assertCanNotCreateAt(ConveningIndexPage, PartnerPage)

    def test_convening_pages_live_in_the_convenings_index_only(self):
        self.assertAllowedParentPageTypes(ConveningPage, {ConveningIndexPage})
        self.assertAllowedSubpageTypes(ConveningIndexPage, {ConveningPage})
        self.assertAllowedSubpageTypes(ConveningPage, set())
        self.assertCanCreateAt(ConveningIndexPage, ConveningPage)
        self.assertCanNotCreateAt(PartnerIndexPage, ConveningPage)

    # Rendering ---------------------------------------------------------------------
    def test_every_page_type_is_renderable(self):
        convening = ConveningPageFactory(
            parent=self.convenings, hosts=[self.partner], participants=[self.partner]
        )
        for page in (self.directory, self.partner, self.convenings, convening):
            self.assertPageIsRenderable(page)
        self.assertPageIsRenderable(self.directory, query_data={"region": "x"})
        self.assertPageIsRenderable(convening, "ics/")

    def test_every_page_type_is_previewable(self):
        for page in (self.directory, self.partner, self.convenings):
            self.assertPageIsPreviewable(page)
        convening = ConveningPageFactory(parent=self.convenings)
        # A StreamField's inputs are drawn by JavaScript, so they are spelled out.
        self.assertPageIsPreviewable(
            convening,
            post_data=nested_form_data(
                {
                    "title": convening.title,
                    "slug": convening.slug,
                    "start": "2030-06-01 09:00",
                    "end": "2030-06-01 11:00",
                    "time_zone": "America/New_York",
                    "venue": "Union hall",
                    "hosts": inline_formset([{"partner": self.partner.pk}]),
                    "participants": inline_formset([]),
                    "outcomes": inline_formset([]),
                    "sessions": inline_formset([]),
                    "report_body": streamfield([]),
                }
            ),
        )

    # Admin creation --------------------------------------------------------------
    def test_editor_can_create_the_directory(self):
        self.directory.delete()
        self.assertCanCreate(
            self.home,
            PartnerIndexPage,
            nested_form_data(
                {"title": "Partners", "slug": "partners", "introduction": "Who we are."}
            ),
        )

    def test_editor_can_create_the_convenings_index(self):
        self.convenings.delete()
        self.assertCanCreate(
            self.home,
            ConveningIndexPage,
            nested_form_data({"title": "Convenings", "slug": "convenings"}),
        )

    def test_editor_can_create_a_partner_with_sectors_and_languages(self):
        data = nested_form_data(
            {
                "title": "Orchard Workers Center",
                "slug": "orchard-workers-center",
                "kind": "worker-center",
                "region": self.region.pk,
                "city": "Geneva",
                "introduction": "Farmworkers organizing in the Finger Lakes.",
                "description": rich_text("<p>Started by apple pickers.</p>"),
                "website": "https://orchard.example.org/",
                "public_email": "office@orchard.example.org",
                "public_phone": "",
            }
        )
        # Ticked checkboxes: one value per box (nested_form_data would number them).
        data["sector_codes"] = ["farm-work", "factory-and-food-processing"]
        data["language_codes"] = ["es", "ht"]
        self.assertCanCreate(self.directory, PartnerPage, data)
        page = PartnerPage.objects.get(slug="orchard-workers-center", alias_of=None)
        assert page.live
        assert [sector.name for sector in page.chosen_sectors()] == [
            "Farm work",
            "Factory and food processing",
        ]
        assert sorted(page.language_codes) == ["es", "ht"]
        assert page.region == self.region

    def test_editing_a_partner_keeps_and_changes_its_sectors(self):
        partner = PartnerPageFactory(
            parent=self.directory,
            sectors=[self.sectors["farm-work"], self.sectors["care-work"]],
        )
        edit_url = f"/admin/pages/{partner.pk}/edit/"
        form = self.client.get(edit_url).context["form"]
        assert set(form.initial["sector_codes"]) == {"farm-work", "care-work"}

        data = nested_form_data(
            {
                "title": partner.title,
                "slug": partner.slug,
                "kind": partner.kind,
                "region": self.region.pk,
                "action-publish": "action-publish",
            }
        )
        data["sector_codes"] = ["care-work", "construction"]
        response = self.client.post(edit_url, data)

        assert response.status_code == 302
        partner.refresh_from_db()
        assert [sector.name for sector in partner.chosen_sectors()] == [
            "Care work",
            "Construction",
        ]

    def test_the_partner_form_offers_a_sector_added_under_topics_and_sectors(self):
        response = self.client.post(
            reverse("wagtailsnippets_taxonomy_sector:add"),
            {"name": "Retail", "slug": "retail", "description": "", "sort_order": "1"},
        )
        assert response.status_code == 302
        spanish = Locale.objects.get(language_code="es")
        Sector.objects.get(slug="retail").copy_for_translation(spanish).save()

        page = soup(self.client.get(f"/admin/pages/{self.partner.pk}/edit/"))

        boxes = page.select("input[name=sector_codes]")
        labels = [box.find_parent("label").get_text(strip=True) for box in boxes]
        # Every sector once, not once per language.
        assert sorted(labels) == [
            "Care work",
            "Construction",
            "Factory and food processing",
            "Farm work",
            "Retail",
        ]

    def test_editor_can_publish_a_convening_report(self):
        self.assertCanCreate(
            self.convenings,
            ConveningPage,
            nested_form_data(
                {
                    "title": "Syracuse convening",
                    "slug": "syracuse-2024",
                    "introduction": "A day of planning.",
                    "start": "2024-10-25 09:30",
                    "end": "2024-10-25 16:30",
                    "time_zone": "America/New_York",
                    "venue": "Union hall",
                    "address": "118 Mill Street\nSyracuse, NY",
                    "hosts": inline_formset([{"partner": self.partner.pk}]),
                    "participants": inline_formset([{"partner": self.partner.pk}]),
                    "outcomes": inline_formset([]),
                    "sessions": inline_formset([]),
                    "report_summary": "We left with plans.",
                    "report_body": streamfield(
                        [
                            ("heading", {"text": "Action areas", "level": "h2"}),
                            ("paragraph", rich_text("<p>Expand organizing.</p>")),
                            (
                                "quote",
                                {
                                    "quote": "We plan together.",
                                    "attribution": "A member",
                                },
                            ),
                            (
                                "action_areas",
                                {
                                    "heading": "Action areas",
                                    "areas": {
                                        "count": "1",
                                        "0": {
                                            "value": {
                                                "title": "Expand organizing",
                                                "description": "Reach more farms.",
                                            },
                                            "deleted": "",
                                            "order": "0",
                                            "id": "",
                                        },
                                    },
                                },
                            ),
                        ]
                    ),
                }
            ),
        )
        page = ConveningPage.objects.get(slug="syracuse-2024", alias_of=None)
        assert page.start == datetime(
            2024, 10, 25, 9, 30, tzinfo=ZoneInfo("UTC")
        ).replace(hour=13)
        assert [row.partner_id for row in page.hosts.all()] == [self.partner.pk]
        assert page.report_body[3].value["areas"][0]["title"] == "Expand organizing"
        self.assertPageIsRenderable(page)

    def test_times_are_entered_in_the_convenings_own_time_zone(self):
        self.assertCanCreate(
            self.convenings,
            ConveningPage,
            nested_form_data(
                {
                    "title": "Online meeting",
                    "slug": "online-meeting",
                    "start": "2030-06-01 09:00",
                    "end": "2030-06-01 11:00",
                    "time_zone": "America/Los_Angeles",
                    "online": "on",
                    "hosts": inline_formset([]),
                    "participants": inline_formset([]),
                    "outcomes": inline_formset([]),
                    "sessions": inline_formset([]),
                    "report_body": streamfield([]),
                }
            ),
        )
        page = ConveningPage.objects.get(slug="online-meeting", alias_of=None)
        los_angeles = ZoneInfo("America/Los_Angeles")
        assert page.start == datetime(2030, 6, 1, 9, 0, tzinfo=los_angeles)

        form = self.client.get(f"/admin/pages/{page.pk}/edit/").context["form"]
        shown = form["start"].value()
        assert (shown.hour, shown.minute) == (9, 0)

    def test_a_convening_must_end_after_it_starts_and_have_a_place(self):
        response = self.client.post(
            f"/admin/pages/add/partners/conveningpage/{self.convenings.pk}/",
            nested_form_data(
                {
                    "title": "Backwards",
                    "slug": "backwards",
                    "start": "2030-06-01 11:00",
                    "end": "2030-06-01 09:00",
                    "time_zone": "America/New_York",
                    "hosts": inline_formset([]),
                    "participants": inline_formset([]),
                    "outcomes": inline_formset([]),
                    "sessions": inline_formset([]),
                    "report_body": streamfield([]),
                    "action-publish": "action-publish",
                }
            ),
        )

        form = response.context["form"]
        assert form.errors["end"] == ["The end must come after the start."]
        assert "venue" in form.errors
        assert not ConveningPage.objects.filter(slug="backwards").exists()
