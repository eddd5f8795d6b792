"""No stored value can break an export: control characters are removed when a form
is cleaned and again when exporting, the XLSX file always opens, and no CSV cell
runs as a formula in a spreadsheet."""

import csv
import io
from urllib.parse import urlencode

from django.urls import reverse

import pytest
from openpyxl import load_workbook

from tests.factories.taxonomy import RegionFactory, SectorFactory
from tests.factories.training_requests import TrainingRequestFactory, submission
from training_requests.models import TrainingRequest

INDEX = "training_requests:index"
FORMULA = '=HYPERLINK("http://attacker.example","Click")'
# Every text a coordinator's export shows, each hostile in its own way.
HOSTILE = {
    "organization_name": "=1+1\x01 Workers' Committee",
    "preferred_dates": "Sunday\x01afternoon\x1b[31m",
    "trainer": "@SUM(A1:A9)\x0b",
}


def hostile_request():
    return TrainingRequestFactory(
        **HOSTILE,
        region=RegionFactory(name="+Finger\x02 Lakes"),
        sector=SectorFactory(name="-Agriculture\x07"),
    )


def export(client, export_format):
    response = client.get(reverse(INDEX) + f"?export={export_format}")
    assert response.status_code == 200
    return b"".join(response.streaming_content)


@pytest.mark.django_db
def test_an_xlsx_export_opens_with_any_stored_value_and_shows_no_control_characters(
    coordinator_client,
):
    request = hostile_request()
    TrainingRequestFactory(preferred_dates=FORMULA)

    rows = list(
        load_workbook(io.BytesIO(export(coordinator_client, "xlsx"))).active.iter_rows(
            values_only=True
        )
    )

    headings = rows[0]
    row = next(
        dict(zip(headings, r, strict=True)) for r in rows[1:] if request.reference in r
    )
    assert row["Preferred dates"] == "Sundayafternoon[31m"
    assert row["Organization"] == "=1+1 Workers' Committee"
    assert row["Trainer"] == "@SUM(A1:A9)"
    assert row["Region"] == "+Finger Lakes"
    # Typed as text, so a spreadsheet shows it and never runs it.
    assert any(FORMULA in (str(value) for value in r) for r in rows[1:])


@pytest.mark.django_db
def test_a_csv_export_neutralizes_every_cell_a_spreadsheet_would_run(
    coordinator_client,
):
    request = hostile_request()

    text = export(coordinator_client, "csv").decode()

    row = next(
        r
        for r in csv.DictReader(io.StringIO(text))
        if r["Reference"] == request.reference
    )
    assert row["Organization"] == "'=1+1 Workers' Committee"
    assert row["Trainer"] == "'@SUM(A1:A9)"
    assert row["Region"] == "'+Finger Lakes"
    assert row["Sector"] == "'-Agriculture"
    assert row["Preferred dates"] == "Sundayafternoon[31m"
    assert row["Expected participants"] == "12"  # numbers stay numbers
    for char in "\x01\x02\x07\x0b\x1b":
        assert char not in text


@pytest.mark.django_db
def test_the_public_form_stores_text_without_control_characters(
    client, request_site, fresh_rate_limits
):
    response = client.post(
        request_site.url("en"),
        urlencode(
            submission(
                preferred_dates="Sunday\x01afternoon",
                organization_name="Comité\x1f de Trabajadores",
                notes="Line one\r\nLine two\tend",
            ),
            doseq=True,
        ),
        content_type="application/x-www-form-urlencoded",
    )

    assert response.status_code == 303
    stored = TrainingRequest.objects.get()
    assert stored.preferred_dates == "Sundayafternoon"
    assert stored.organization_name == "Comité de Trabajadores"
    assert stored.notes == "Line one\r\nLine two\tend"
