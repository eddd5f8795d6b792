from io import StringIO

from django.core.management import call_command

from wagtail.models import Page, Site

from home.models import FooterText, HomePage, SiteSettings
from tests.conftest import LANGUAGE_CODES
from tests.html import soup


def test_seed_demo_builds_home_and_about_in_every_language(client, seeded):
    for code in LANGUAGE_CODES:
        for path in ("", "about/"):
            response = client.get(f"/{code}/{path}")
            assert response.status_code == 200, (code, path)
    assert soup(client.get("/ar/about/")).h1.get_text() == "عن المركز"
    assert soup(client.get("/ht/")).h1.get_text() == "Sant Fòmasyon"


def test_seed_demo_sets_site_settings_and_footer(client, seeded):
    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))

    assert settings.coalition_name == "Upstate Worker Power Network"
    assert FooterText.objects.count() == len(LANGUAGE_CODES)
    footer = soup(client.get("/es/")).find("footer").get_text()
    assert "Centro de Capacitación" in footer


def test_seed_demo_twice_adds_nothing(seeded):
    counts = (Page.objects.count(), FooterText.objects.count(), Site.objects.count())

    call_command("seed_demo", stdout=StringIO())

    assert (Page.objects.count(), FooterText.objects.count(), Site.objects.count()) == (
        counts
    )
    assert HomePage.objects.count() == len(LANGUAGE_CODES)


def test_home_page_leads_to_the_request_form_in_the_readers_language(client, seeded):
    home = soup(client.get("/es/"))

    link = home.find("a", string="Solicitar una capacitación")
    assert link["href"] == "/es/request-a-training/"
    assert client.get(link["href"]).status_code == 200
