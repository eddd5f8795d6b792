"""Exports of a form's answers: every language under the same columns, no cell run
as a formula, and an audit entry with no submitted value in it."""

import csv
import io

from django.urls import reverse

from wagtail.models import PageLogEntry

import openpyxl
import pytest

from involvement import audit
from involvement.models import InvolvementSubmission

HOSTILE = '=HYPERLINK("http://evil.example","click")'


@pytest.fixture
def submissions(involvement_site):
    InvolvementSubmission.objects.create(
        page=involvement_site.page,
        form_data={
            "your_name": HOSTILE,
            "email": "a@example.org",
            "how_would_you_like_to_help": "Teach a workshop",
            "anything_else": "+1 call me\x01",
        },
    )
    InvolvementSubmission.objects.create(
        page=involvement_site.spanish,
        form_data={
            "your_name": "Lucía Example",
            "email": "lucia@example.org",
            "how_would_you_like_to_help": "Translate",
            "anything_else": "@once",
        },
    )


def export(client, page, export_format):
    url = reverse("wagtailforms:list_submissions", args=[page.pk])
    response = client.get(url, {"export": export_format})
    assert response.status_code == 200
    return (
        b"".join(response.streaming_content)
        if response.streaming
        else (response.getvalue())
    )


def test_csv_export_lines_up_every_language_and_runs_no_formula(
    admin_client, involvement_site, submissions
):
    rows = list(
        csv.reader(
            io.StringIO(export(admin_client, involvement_site.page, "csv").decode())
        )
    )

    heading, *data = rows
    assert heading == [
        "Submission date",
        "Your name",
        "Email",
        "How would you like to help?",
        "Anything else?",
        "Language of the form",
    ]
    assert len(data) == 2
    by_language = {row[-1]: row for row in data}
    assert by_language["en"][1] == "'" + HOSTILE
    assert by_language["en"][4] == "'+1 call me"
    assert by_language["es"][1] == "Lucía Example"
    assert by_language["es"][3] == "Translate"
    assert by_language["es"][4] == "'@once"


def test_xlsx_export_holds_text_not_formulas(
    admin_client, involvement_site, submissions
):
    book = openpyxl.load_workbook(
        io.BytesIO(export(admin_client, involvement_site.page, "xlsx"))
    )
    cells = [cell for row in book.active.iter_rows() for cell in row]

    assert all(cell.data_type != "f" for cell in cells)
    assert HOSTILE in [cell.value for cell in cells]


def test_an_export_is_logged_without_any_value(
    admin_client, involvement_site, submissions
):
    export(admin_client, involvement_site.page, "csv")

    entry = PageLogEntry.objects.get(action=audit.EXPORT)
    assert entry.page_id == involvement_site.page.pk
    assert entry.data["rows"] == 2
    assert entry.data["format"] == "csv"
    logged = str(entry.data) + entry.label
    for value in ("Lucía", "example.org", "HYPERLINK", "Translate", "once"):
        assert value not in logged
