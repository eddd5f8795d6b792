"""A worker on a phone searches the hub in Spanish, types the plural, narrows the
results to trainings and opens the one they wanted."""

from tests.browser.conftest import assert_no_serious_axe_violations


def test_a_spanish_reader_finds_the_wage_theft_module_on_a_phone(
    phone, live_server, catalog, foreign_requests
):
    phone.goto(f"{live_server.url}/es/")
    phone.get_by_role("link", name="Buscar").click()
    phone.get_by_label("Busque capacitaciones, currículos, aliados y encuentros").fill(
        "salarios"
    )
    phone.keyboard.press("Enter")

    phone.wait_for_url("**/es/search/?q=salarios")
    result = phone.locator(".search-result").filter(
        has_text="Documentar el robo de salario"
    )
    assert result.count() == 1
    assert "Módulo de capacitación" in result.inner_text()
    assert phone.locator(".search-result mark").first.inner_text().lower() == (
        "salario"
    )
    assert phone.evaluate("document.documentElement.scrollWidth") <= 360
    assert_no_serious_axe_violations(phone)

    phone.get_by_role("navigation", name="Afinar los resultados").get_by_role(
        "link", name="Módulos de capacitación"
    ).click()
    phone.wait_for_url("**type=module*")
    phone.get_by_role("link", name="Documentar el robo de salario").click()

    assert phone.locator("h1").inner_text() == "Documentar el robo de salario"
    assert foreign_requests == []


def test_a_misspelled_search_offers_the_right_word(phone, live_server, catalog):
    phone.goto(f"{live_server.url}/es/search/?q=salaroi")

    assert "No encontramos nada" in phone.locator(".search-empty").inner_text()
    phone.get_by_role("link", name="salario", exact=True).click()

    phone.wait_for_url("**/es/search/?q=salario")
    assert phone.locator(".search-result").count() >= 1
    assert_no_serious_axe_violations(phone)
