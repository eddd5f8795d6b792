"""Factories and helpers for session proposals: a convening with an open call in
every language, proposals with their history, and a valid submission."""

import time
from dataclasses import dataclass
from datetime import timedelta

from django.utils import timezone

from wagtail.models import Locale

import factory

from home.models import SiteSettings
from partners.models import ConveningPage, PartnerPage
from proposals.choices import Format, Status
from proposals.models import (
    CallForSessions,
    SessionProposal,
    SessionProposalPresenter,
    SessionProposalStatusChange,
)
from tests.factories.partners import ConveningPageFactory, PartnerPageFactory
from training_requests.tokens import MIN_FILL_SECONDS, form_stamp
from translations.localize import translate


class CallForSessionsFactory(factory.django.DjangoModelFactory):
    convening = factory.SubFactory(ConveningPageFactory)
    is_open = True
    deadline = factory.LazyFunction(lambda: timezone.now() + timedelta(days=10))

    class Meta:
        model = CallForSessions


class SessionProposalFactory(factory.django.DjangoModelFactory):
    """A proposal with one presenter from a typed organization and its first
    history row."""

    title = factory.Sequence(lambda n: f"Know your rights at work {n}")
    format = Format.WORKSHOP
    description = "Workers practise asking for their pay slips."
    languages = factory.LazyFunction(lambda: ["es", "en"])
    access_needs = "Interpretation into Haitian Creole; one presenter uses a cane."
    contact_name = factory.Sequence(lambda n: f"Rosa M. {n}")
    email = factory.Sequence(lambda n: f"rosa{n}@example.org")
    locale = factory.LazyFunction(Locale.get_default)
    staff_notes = "Rosa called about the room."

    class Meta:
        model = SessionProposal
        skip_postgeneration_save = True

    @factory.post_generation
    def presenters(self, create, extracted, **kwargs):
        if not create:
            return
        for order, presenter in enumerate(
            extracted or [{"name": "Rosa M.", "organization_name": "Geneva Committee"}]
        ):
            SessionProposalPresenter.objects.create(
                proposal=self, sort_order=order, **presenter
            )

    @factory.post_generation
    def history(self, create, extracted, **kwargs):
        if create and extracted is not False:
            SessionProposalStatusChange.objects.create(
                proposal=self,
                from_status="",
                to_status=self.status,
                note="Rosa said to call after 6 pm.",
            )


def aged_stamp(seconds=MIN_FILL_SECONDS + 10):
    return form_stamp(time.time() - seconds)


def submission(**overrides):
    """A complete, valid proposal (POST data) with two presenters: one from a
    partner chosen in the list (pass presenter_1_partner), one from a typed
    organization."""
    data = {
        "title": "Documenting wage theft together",
        "format": Format.WORKSHOP,
        "description": "Members practise keeping a log of hours and pay.",
        "languages": ["es", "ht"],
        "access_needs": "Interpretation into English for one presenter.",
        "presenter_1_name": "Rosa M.",
        "presenter_1_partner": "",
        "presenter_1_organization": "Comité de Trabajadores de Geneva",
        "presenter_2_name": "Jean P.",
        "presenter_2_partner": "",
        "presenter_2_organization": "",
        "contact_name": "Rosa M.",
        "email": "rosa@example.org",
        "consent": "on",
        "website": "",
        "started": aged_stamp(),
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


@dataclass
class ProposalSite:
    """An upcoming convening (in every language, translated into Spanish) with an
    open call, and a partner whose name is translated into Spanish."""

    partners_tree: object
    convening: ConveningPage
    call: CallForSessions
    partner: PartnerPage

    def url(self, code="en", rest=""):
        return f"/{code}/convenings/{self.convening.slug}/propose/{rest}"

    def page_url(self, code="en"):
        return f"/{code}/convenings/{self.convening.slug}/"


def build_proposal_site(partners_tree) -> ProposalSite:
    site_tree = partners_tree.site_tree
    partner = PartnerPageFactory(
        parent=partners_tree.directory, title="Finger Lakes Workers' Center"
    )
    convening = ConveningPageFactory(
        parent=partners_tree.convenings,
        title="Spring gathering",
        slug="spring-gathering",
    )
    spanish = site_tree.locales["es"]
    translate(convening, spanish, {"Spring gathering": "Encuentro de primavera"})
    translate(
        partner, spanish, {"Finger Lakes Workers' Center": "Centro de Trabajadores"}
    )
    for code, locale in site_tree.locales.items():
        if code not in ("en", "es"):
            convening.copy_for_translation(locale, copy_parents=False, alias=True)
    call = CallForSessionsFactory(convening=convening)
    settings = SiteSettings.for_site(site_tree.site)
    settings.notification_email = "convenings@staff.example.org"
    settings.contact_email = "hub@example.org"
    settings.save()
    return ProposalSite(
        partners_tree=partners_tree, convening=convening, call=call, partner=partner
    )


__all__ = [
    "CallForSessionsFactory",
    "ProposalSite",
    "SessionProposalFactory",
    "Status",
    "build_proposal_site",
    "submission",
]
