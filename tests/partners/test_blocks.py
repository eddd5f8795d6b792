"""The convening report's blocks: their rules and how they render."""

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.utils import translation

from wagtail.documents import get_document_model

import pytest
from bs4 import BeautifulSoup

from partners.blocks import (
    ActionAreasBlock,
    DocumentBlock,
    OutcomesBlock,
    ReportBodyBlock,
)


@pytest.fixture(autouse=True)
def english():
    """Rendered outside a request: use English whatever an earlier test left on."""
    with translation.override("en"):
        yield


def render(block, raw):
    return BeautifulSoup(block.render(block.to_python(raw)), "html.parser")


def test_outcomes_need_at_least_one_outcome_or_next_step():
    block = OutcomesBlock()

    with pytest.raises(ValidationError):
        block.clean(
            block.to_python({"heading": "Outcomes", "outcomes": [], "next_steps": []})
        )


def test_outcomes_with_only_next_steps_are_valid():
    block = OutcomesBlock()
    value = block.to_python(
        {
            "heading": "Next",
            "outcomes": [],
            "next_steps": [{"step": "Meet again", "who": "", "when": "Spring"}],
        }
    )

    assert block.clean(value)["next_steps"][0]["step"] == "Meet again"


def test_action_areas_render_as_an_ordered_list():
    html = render(ActionAreasBlock(), ActionAreasBlock().meta.preview_value)

    assert html.h2.get_text() == "Action areas"
    titles = [strong.get_text() for strong in html.select("ol li strong")]
    assert titles == ["Expand organizing", "Build stronger campaign structures"]


def test_outcomes_render_who_and_when_of_each_next_step():
    html = render(OutcomesBlock(), OutcomesBlock().meta.preview_value)

    step = html.select_one("ol.next-steps li")
    assert "Meet again by video" in step.get_text()
    assert [span.get_text() for span in step.select(".next-steps__meta")] == [
        "Who: The host organizations",
        "When: In three months",
    ]


@pytest.mark.django_db
def test_document_block_links_the_file_with_its_type():
    document = get_document_model().objects.create(
        title="Notes from the day", file=ContentFile(b"notes", name="notes.pdf")
    )
    html = render(
        DocumentBlock(),
        {"document": document.pk, "title": "", "description": "Ten pages."},
    )

    link = html.find("a")
    assert link.get_text() == "Notes from the day"
    assert link["href"] == document.url
    assert html.find(class_="document-link__type").get_text() == "(PDF)"


def test_every_report_block_describes_itself_for_editors():
    for name, block in ReportBodyBlock().child_blocks.items():
        assert block.meta.icon, name
        assert block.meta.template, name
        assert block.meta.description, name
