"""A Spanish-speaking worker on a phone filters the training catalog, opens a
module, reads its agenda and downloads the worksheet that goes with it."""

from wagtail.models import Locale

import pytest

from tests.browser.conftest import assert_fits_a_phone, assert_no_serious_axe_violations
from tests.factories.curriculum import DocumentFactory, ModuleMaterialFactory
from tests.fixtures.catalog import (
    catalog,  # noqa: F401
    media_on_disk,  # noqa: F401
)


@pytest.fixture
def worksheet(catalog, media_on_disk):  # noqa: F811
    spanish = catalog.modules["wage-theft"].get_translation(
        Locale.objects.get(language_code="es")
    )
    return ModuleMaterialFactory(
        page=spanish,
        document=DocumentFactory(title="Registro de horas y pagos"),
        kind="worksheet",
        language="es",
    )


def test_filter_the_spanish_catalog_open_a_module_and_download_its_worksheet(
    phone, live_server, worksheet, foreign_requests
):
    phone.goto(f"{live_server.url}/es/trainings/")
    assert phone.locator("html").get_attribute("lang") == "es"
    assert phone.locator(".catalog-results .module-card").count() == 4
    assert_fits_a_phone(phone)
    assert_no_serious_axe_violations(phone)

    filters = phone.locator("form.catalog-filters")
    filters.locator("select[name=topic]").select_option("wage-theft")
    filters.locator("select[name=language]").select_option("es")
    filters.locator("button[type=submit]").click()

    phone.wait_for_url("**/es/trainings/?*topic=wage-theft*")
    cards = phone.locator(".catalog-results .module-card__title a")
    assert cards.all_inner_texts() == ["Documentar el robo de salario"]
    assert phone.locator("select[name=topic]").input_value() == "wage-theft"
    assert_fits_a_phone(phone)

    cards.first.click()

    phone.wait_for_url("**/es/trainings/documenting-wage-theft/")
    assert phone.locator("h1").inner_text() == "Documentar el robo de salario"
    agenda = phone.locator(".agenda__item").all_inner_texts()
    assert len(agenda) == 3
    assert agenda[0].startswith("0:00–0:15")
    assert agenda[-1].startswith("1:00–1:30")
    assert phone.locator(".facilitator-note").count() == 0
    download = phone.locator(".materials__item a")
    assert download.inner_text() == "Registro de horas y pagos"
    assert download.get_attribute("hreflang") == "es"
    assert "PDF" in phone.locator(".materials__meta").inner_text()
    response = phone.request.get(live_server.url + download.get_attribute("href"))
    assert response.status == 200
    assert response.body().startswith(b"%PDF")
    assert_fits_a_phone(phone)
    assert foreign_requests == []
    assert_no_serious_axe_violations(phone)
