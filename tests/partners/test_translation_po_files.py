"""Partner profiles, convening reports and regions go out to a translator as PO
files and come back translated."""

from datetime import timedelta

from django.utils import timezone

import pytest

from tests.factories.partners import ConveningPageFactory, PartnerPageFactory
from tests.html import soup
from tests.translation_files import translate_offline


@pytest.fixture
def partner(partners_tree):
    return PartnerPageFactory(
        parent=partners_tree.directory,
        title="Finger Lakes Farmworker Center",
        slug="finger-lakes-farmworker-center",
        introduction="Farmworkers organizing around Geneva and the lakes.",
    )


def test_a_partner_profile_goes_out_and_back_as_a_po_file(
    client, partners_tree, partner, translator
):
    spanish = partners_tree.site_tree.locales["es"]

    translate_offline(
        client,
        partner,
        spanish,
        {
            "Farmworkers organizing around Geneva and the lakes.": (
                "Trabajadores agrícolas organizándose en Geneva y los lagos."
            )
        },
    )

    html = soup(client.get("/es/partners/finger-lakes-farmworker-center/"))
    assert "Trabajadores agrícolas organizándose" in html.get_text()


def test_a_convening_report_goes_out_and_back_as_a_po_file(
    client, partners_tree, partner, translator
):
    arabic = partners_tree.site_tree.locales["ar"]
    ended = timezone.now() - timedelta(days=30)
    report = ConveningPageFactory(
        parent=partners_tree.convenings,
        title="Winter assembly",
        slug="winter-assembly",
        start=ended - timedelta(hours=6),
        end=ended,
        report_summary="We agreed to train ten new peer trainers.",
        hosts=[partner],
    )

    translate_offline(
        client,
        report,
        arabic,
        {
            "Winter assembly": "الجمعية الشتوية",
            "We agreed to train ten new peer trainers.": (
                "اتفقنا على تدريب عشرة مدربين أقران جدد."
            ),
        },
    )

    html = soup(client.get("/ar/convenings/winter-assembly/"))
    assert html.h1.get_text(strip=True) == "الجمعية الشتوية"
    assert html.find(class_="report-summary").get_text(strip=True) == (
        "اتفقنا على تدريب عشرة مدربين أقران جدد."
    )


def test_a_region_goes_out_and_back_as_a_po_file(
    client, partners_tree, partner, translator
):
    creole = partners_tree.site_tree.locales["ht"]
    region = partner.region

    translate_offline(client, region, creole, {region.name: "Rejyon Finger Lakes"})

    assert region.get_translation(creole).name == "Rejyon Finger Lakes"
