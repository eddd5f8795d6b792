"""Links to the request form from modules and the home page find the form page by
its type, in the reader's language, whatever its slug."""

from django.template import Context, Template
from django.test import RequestFactory
from django.utils import translation

from tests.html import soup


def render(source, **context):
    template = Template("{% load training_request_tags %}" + source)
    return template.render(Context({"request": RequestFactory().get("/"), **context}))


def test_a_module_links_to_the_form_in_the_readers_language(request_site):
    module = request_site.modules["heat"]
    with translation.override("ht"):
        html = render("{% request_training_url module %}", module=module)

    assert html == f"/ht/request-a-training/?module={module.pk}"


def test_the_link_follows_the_form_to_another_slug(request_site):
    request_site.page.slug = "ask-us"
    request_site.page.save_revision().publish()

    with translation.override("en"):
        html = render("{% request_training_form_url %}")

    assert html == "/en/ask-us/"


def test_a_module_page_offers_the_form_with_the_module_chosen(client, request_site):
    module = request_site.modules["wage-theft"]
    spanish = request_site.in_locale(module, "es")

    page = soup(client.get(spanish.url))
    link = page.find("a", string="Solicitar esta capacitación")

    assert link["href"] == f"/es/request-a-training/?module={spanish.pk}"
    form = soup(client.get(link["href"]))
    assert form.select_one(f"input[name=modules][value='{module.pk}']").has_attr(
        "checked"
    )


def test_without_a_request_form_no_link_is_offered(client, catalog):
    with translation.override("en"):
        assert render("{% request_training_form_url %}") == ""
    page = soup(client.get(catalog.modules["heat"].url))

    assert page.find("a", string="Request this training") is None
