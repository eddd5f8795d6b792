"""A member takes part in the spring gathering in Spanish, on a phone: proposes a
workshop, registers asking for interpretation and childcare, then cancels with the
private link from the confirmation email. Every page is in Spanish, fits the
phone, needs no other host and passes axe; no contact detail reaches a URL."""

import re
import time
from datetime import timedelta

from django.core import mail

import pytest

from partners.models import add_session
from proposals.models import SessionProposal
from registrations.choices import Status
from registrations.models import Registration
from tests.browser.conftest import assert_fits_a_phone, assert_no_serious_axe_violations
from tests.factories.registrations import RegistrationSettingsFactory
from training_requests.tokens import MIN_FILL_SECONDS


@pytest.fixture
def gathering(proposal_site):
    """The convening of proposal_site (open call, translated into Spanish), taking
    registrations here too."""
    RegistrationSettingsFactory(convening=proposal_site.convening, capacity=30)
    return proposal_site


def checked_page(phone):
    assert phone.locator("html").get_attribute("lang") == "es"
    assert_fits_a_phone(phone)
    assert_no_serious_axe_violations(phone)


def wait_as_a_person_would(opened_at):
    """The forms refuse what is sent faster than a person types."""
    time.sleep(max(0, MIN_FILL_SECONDS + 0.5 - (time.monotonic() - opened_at)))


def test_a_member_proposes_registers_and_cancels_in_spanish(
    phone, live_server, gathering, foreign_requests
):
    mail.outbox = []
    phone.goto(f"{live_server.url}{gathering.page_url('es')}")
    checked_page(phone)

    # Propose a workshop.
    phone.get_by_role("link", name="Proponer una sesión").first.click()
    phone.wait_for_url(f"**{gathering.url('es')}")
    opened_at = time.monotonic()
    checked_page(phone)
    form = phone.locator("form.tr-form")
    form.locator("input[name=title]").fill("Documentar el robo de salario juntas")
    form.locator("input[name=format][value=workshop]").check()
    form.locator("textarea[name=description]").fill(
        "Practicamos cómo llevar un registro de horas y pagos."
    )
    form.locator("input[name=languages][value=es]").check()
    form.locator("input[name=presenter_1_name]").fill("Marisol Vega")
    form.locator("input[name=presenter_1_organization]").fill(
        "Comité de Trabajadores de Geneva"
    )
    form.locator("input[name=contact_name]").fill("Marisol Vega")
    form.locator("input[name=email]").fill("marisol@example.org")
    form.locator("input[name=consent]").check()
    wait_as_a_person_would(opened_at)
    form.locator("button[type=submit]").click()
    phone.wait_for_url("**/es/convenings/spring-gathering/propose/**")
    checked_page(phone)
    assert "marisol" not in phone.url
    proposal = SessionProposal.objects.get()
    assert proposal.title == "Documentar el robo de salario juntas"
    assert proposal.locale.language_code == "es"

    # Register, asking for interpretation into Haitian Creole for a friend and
    # childcare for two children. A missing name is named in Spanish first.
    phone.goto(f"{live_server.url}{gathering.page_url('es')}")
    phone.get_by_role("link", name="Inscribirme").first.click()
    phone.wait_for_url("**/es/convenings/spring-gathering/register/")
    opened_at = time.monotonic()
    checked_page(phone)
    form = phone.locator("form.tr-form")
    form.locator("input[name=email]").fill("marisol@example.org")
    form.locator("select[name=interpretation]").select_option("ht")
    form.locator("input[name=children]").fill("2")
    form.locator("input[name=children_ages]").fill("4 y 7")
    form.locator("input[name=consent]").check()
    wait_as_a_person_would(opened_at)
    form.locator("button[type=submit]").click()
    summary = phone.locator(".tr-error-summary")
    assert "Dinos tu nombre." in summary.inner_text()
    checked_page(phone)
    assert Registration.objects.count() == 0

    form = phone.locator("form.tr-form")
    form.locator("input[name=name]").fill("Marisol Vega")
    form.locator("button[type=submit]").click()
    phone.wait_for_url("**/es/convenings/spring-gathering/registration/**")
    checked_page(phone)
    assert "marisol" not in phone.url.lower()
    registration = Registration.objects.get()
    assert registration.status == Status.CONFIRMED
    assert (registration.interpretation, registration.children) == ("ht", 2)

    # The confirmation is in Spanish and carries the private link to this page.
    [confirmation] = [m for m in mail.outbox if "/registration/" in m.body]
    assert confirmation.to == ["marisol@example.org"]
    assert "Encuentro de primavera" in confirmation.subject
    link = re.search(r"https?://\S+/registration/\S+/", confirmation.body)[0]
    assert link.endswith(phone.url.removeprefix(live_server.url).split("?")[0])

    # Cancel from that link.
    phone.goto(link)
    checked_page(phone)
    phone.locator("button[value=cancel]").click()
    phone.wait_for_url("**?done=cancelled")
    checked_page(phone)
    assert "Tu inscripción está cancelada." in phone.locator("main").inner_text()
    registration.refresh_from_db()
    assert registration.status == Status.CANCELLED
    assert foreign_requests == []


def test_the_arabic_pages_of_a_convening_run_right_to_left_on_a_phone(
    phone, live_server, gathering
):
    """The registration form, the call for sessions and the program, in Arabic (an
    alias of the English page): right to left, within the phone's width, and
    without a serious axe violation."""
    add_session(
        gathering.convening,
        title="Training in several languages at once",
        format="panel",
        start=gathering.convening.start,
        end=gathering.convening.start + timedelta(hours=1),
        room="Meeting hall",
        languages=["en", "es"],
        interpretation=["ht", "ar"],
        publish=True,
    )
    for rest in ("register/", "propose/", "program/"):
        phone.goto(f"{live_server.url}{gathering.page_url('ar')}{rest}")
        assert phone.locator("html").get_attribute("lang") == "ar"
        assert phone.locator("html").get_attribute("dir") == "rtl"
        assert_fits_a_phone(phone)
        assert_no_serious_axe_violations(phone)
