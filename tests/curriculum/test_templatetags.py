"""The template tags the home page and other apps use."""

from django.template import Context, Template
from django.test import RequestFactory
from django.utils import translation

from tests.html import soup


def render(source, **context):
    return Template("{% load curriculum_tags %}" + source).render(Context(context))


def test_featured_modules_lists_modules_in_the_readers_language(catalog):
    request = RequestFactory().get("/es/")
    with translation.override("es"):
        html = render("{% featured_modules 2 %}", request=request)

    page = soup(type("R", (), {"content": html.encode()}))
    titles = [a.get_text() for a in page.select(".module-card__title a")]
    assert titles[0] == "Documentar el robo de salario"  # translated ones first
    assert len(titles) == 2
    assert page.select_one(".featured-modules a.button")["href"] == "/es/trainings/"


def test_featured_modules_is_empty_without_modules(site_tree):
    with translation.override("en"):
        assert render("{% featured_modules %}").strip() == ""
