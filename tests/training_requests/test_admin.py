"""The staff side of training requests: who may see them, the listing's filters and
search, its exports, the status history, requests entered by phone, and a listing
that costs as many queries for 40 requests as for 5."""

import csv
import io
from datetime import date, timedelta

from django.contrib.auth.models import Group
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from openpyxl import load_workbook

from tests.factories.taxonomy import RegionFactory
from tests.factories.training_requests import (
    TrainingRequestFactory,
    days_ago,
)
from tests.fixtures.people import sign_in
from tests.html import soup
from training_requests.choices import Source, Status
from training_requests.models import TrainingRequest, TrainingRequestStatusChange
from training_requests.permissions import (
    COORDINATORS,
    ensure_coordinators_group,
)

INDEX = "training_requests:index"
CONTACT_DETAILS = ["Rosa M.", "@example.org", "315-555-01", "wheelchair", "6 pm"]


def listed_references(response):
    texts = {
        link.get_text(strip=True)
        for link in soup(response).select("table.listing tbody td.title a")
    }
    return {text for text in texts if text.startswith("TR-")}


# Who may see requests -------------------------------------------------------------
def test_the_coordinators_group_is_made_after_migrate_and_can_be_remade(db):
    group = Group.objects.get(name=COORDINATORS)
    codenames = set(group.permissions.values_list("codename", flat=True))

    assert {"add_trainingrequest", "change_trainingrequest", "view_trainingrequest"} < (
        codenames
    )
    assert "delete_trainingrequest" not in codenames
    assert "access_admin" in codenames
    assert ensure_coordinators_group() == group
    assert Group.objects.filter(name=COORDINATORS).count() == 1


def test_a_coordinator_sees_the_listing_and_the_menu_item(coordinator_client):
    request = TrainingRequestFactory()

    response = coordinator_client.get(reverse(INDEX))

    assert response.status_code == 200
    assert request.reference in listed_references(response)
    home = coordinator_client.get(reverse("wagtailadmin_home")).content.decode()
    assert reverse(INDEX) in home
    assert reverse("training_requests_report") in home


def test_an_editor_cannot_see_requests_anywhere(client, editor, site_tree):
    request = TrainingRequestFactory()
    client.force_login(editor)

    for url in (
        reverse(INDEX),
        reverse(INDEX) + "?export=csv",
        reverse(INDEX) + "?export=xlsx",
        reverse("training_requests:index_results") + "?q=TR",
        reverse("training_requests:add"),
        reverse("training_requests:edit", args=[request.pk]),
        reverse("training_requests:inspect", args=[request.pk]),
        reverse("training_requests:history", args=[request.pk]),
        reverse("training_requests_report"),
    ):
        response = client.get(url)
        assert response.status_code in (302, 403), url
        if response.status_code == 302:
            assert response["Location"] == reverse("wagtailadmin_home"), url
        assert request.reference not in response.content.decode()

    home = client.get(reverse("wagtailadmin_home"))
    assert home.status_code == 200
    html = home.content.decode()
    assert reverse(INDEX) not in html
    assert reverse("training_requests_report") not in html
    assert 'id="training-requests-content"' not in html
    assert "new request" not in html
    search = client.get(
        reverse("wagtailadmin_pages:search") + f"?q={request.reference}"
    )
    assert reverse(INDEX) not in search.content.decode()


def test_an_editor_cannot_change_a_request_by_posting(client, editor, site_tree):
    request = TrainingRequestFactory()
    client.force_login(editor)

    client.post(
        reverse("training_requests:edit", args=[request.pk]), {"status": "spam"}
    )

    request.refresh_from_db()
    assert request.status == Status.NEW


def test_anonymous_visitors_are_sent_to_log_in(client, site_tree):
    response = client.get(reverse(INDEX))

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("wagtailadmin_login"))
    report = client.get(reverse("training_requests_report"))
    assert report["Location"].startswith(reverse("wagtailadmin_login"))


def test_a_superuser_sees_everything(client, admin_user, site_tree):
    TrainingRequestFactory()
    sign_in(client, admin_user)

    assert client.get(reverse(INDEX)).status_code == 200
    assert client.get(reverse("training_requests_report")).status_code == 200


def test_requests_are_not_a_snippet_and_not_indexed(db):
    from wagtail.models import ReferenceIndex
    from wagtail.search.index import class_is_indexed
    from wagtail.snippets.models import get_snippet_models

    assert TrainingRequest not in get_snippet_models()
    assert not class_is_indexed(TrainingRequest)
    assert not ReferenceIndex.is_indexed(TrainingRequest)


# Filters and search ------------------------------------------------------------------
def test_the_listing_filters_by_status(coordinator_client):
    new = TrainingRequestFactory(status=Status.NEW)
    spam = TrainingRequestFactory(status=Status.SPAM)

    response = coordinator_client.get(reverse(INDEX) + "?status=spam")

    assert listed_references(response) == {spam.reference}
    assert new.reference not in response.content.decode()


def test_the_listing_filters_by_region_sector_and_language(
    coordinator_client, request_site
):
    other_region = RegionFactory(name="North Country", slug="north-country")
    wanted = TrainingRequestFactory(
        region=request_site.region, sector=request_site.sector, languages=["ht", "en"]
    )
    TrainingRequestFactory(region=other_region, languages=["es"])
    TrainingRequestFactory(region=request_site.region, languages=["es"])

    by_region = coordinator_client.get(
        reverse(INDEX) + f"?region={request_site.region.pk}"
    )
    by_sector = coordinator_client.get(
        reverse(INDEX) + f"?sector={request_site.sector.pk}"
    )
    by_language = coordinator_client.get(reverse(INDEX) + "?language=ht")

    assert len(listed_references(by_region)) == 2
    assert listed_references(by_sector) == {wanted.reference}
    assert listed_references(by_language) == {wanted.reference}


def test_the_listing_filters_by_assignee_and_date(coordinator_client, coordinator):
    mine = TrainingRequestFactory(assigned_to=coordinator, created_at=days_ago(3))
    old = TrainingRequestFactory(created_at=days_ago(60))

    assigned = coordinator_client.get(reverse(INDEX) + f"?assigned_to={coordinator.pk}")
    since = (timezone.localdate() - timedelta(days=10)).isoformat()
    recent = coordinator_client.get(reverse(INDEX) + f"?created_at_from={since}")

    assert listed_references(assigned) == {mine.reference}
    assert listed_references(recent) == {mine.reference}
    assert old.reference not in recent.content.decode()


def test_the_listing_searches_by_reference_and_organization(coordinator_client):
    first = TrainingRequestFactory(organization_name="Adirondack Cooks' Cooperative")
    second = TrainingRequestFactory(organization_name="Southern Tier Dairy Workers")

    by_name = coordinator_client.get(reverse(INDEX) + "?q=cooks")
    by_reference = coordinator_client.get(reverse(INDEX) + f"?q={second.reference}")

    assert listed_references(by_name) == {first.reference}
    assert listed_references(by_reference) == {second.reference}


def test_the_listing_shows_no_contact_details(coordinator_client):
    TrainingRequestFactory(contact_name="Rosa M.", email="rosa@example.org")

    html = coordinator_client.get(reverse(INDEX)).content.decode()

    assert "Rosa M." not in html
    assert "rosa@example.org" not in html


# Exports -----------------------------------------------------------------------------
def test_the_xlsx_export_has_the_filtered_rows_without_contact_details(
    coordinator_client, request_site
):
    scheduled = TrainingRequestFactory(
        status=Status.SCHEDULED,
        scheduled_for=date(2026, 5, 9),
        region=request_site.region,
        modules=[request_site.modules["heat"]],
        languages=["es", "ht"],
    )
    TrainingRequestFactory(status=Status.NEW)

    response = coordinator_client.get(reverse(INDEX) + "?status=scheduled&export=xlsx")

    assert response.status_code == 200
    assert "training-requests.xlsx" in response["Content-Disposition"]
    content = b"".join(response.streaming_content)
    sheet = load_workbook(io.BytesIO(content)).active
    rows = list(sheet.iter_rows(values_only=True))
    headings, data = rows[0], rows[1:]
    assert len(data) == 1
    row = dict(zip(headings, data[0], strict=True))
    assert row["Reference"] == scheduled.reference
    assert row["Status"] == "Scheduled"
    assert row["Region"] == "Finger Lakes"
    assert row["Trainings"] == "Heat stress in the fields"
    assert row["Training languages"] == "Spanish, Haitian Creole"
    flat = " ".join(str(value) for value in rows[1] if value is not None)
    for text in CONTACT_DETAILS:
        assert text not in flat
    for heading in ("Contact name", "Email", "Phone", "Requester's notes"):
        assert heading not in headings


def test_the_csv_export_has_every_request(coordinator_client):
    requests = TrainingRequestFactory.create_batch(3)

    response = coordinator_client.get(reverse(INDEX) + "?export=csv")

    assert response.status_code == 200
    text = b"".join(response.streaming_content).decode()
    rows = list(csv.DictReader(io.StringIO(text)))
    assert {row["Reference"] for row in rows} == {r.reference for r in requests}
    for text_part in CONTACT_DETAILS:
        assert text_part not in text


# History ----------------------------------------------------------------------------
def edit_data(request, **overrides):
    data = {
        "status": request.status,
        "status_note": "",
        "assigned_to": request.assigned_to_id or "",
        "scheduled_for": request.scheduled_for or "",
        "scheduled_place": request.scheduled_place,
        "delivered_on": request.delivered_on or "",
        "participants_reached": request.participants_reached or "",
        "trainer": request.trainer,
        "internal_notes": request.internal_notes,
        "source": request.source,
        "organization": request.organization_id or "",
        "organization_name": request.organization_name,
        "contact_name": request.contact_name,
        "email": request.email,
        "phone": request.phone,
        "locale": request.locale_id or "",
        "modules": [m.pk for m in request.modules.all()] if request.pk else [],
        "curricula": [c.pk for c in request.curricula.all()] if request.pk else [],
        "not_sure_description": request.not_sure_description,
        "languages": request.languages,
        "sector": request.sector_id or "",
        "participants": request.participants or "",
        "delivery": request.delivery,
        "city": request.city,
        "region": request.region_id or "",
        "preferred_dates": request.preferred_dates,
        "support_needs": request.support_needs,
        "accessibility_needs": request.accessibility_needs,
        "notes": request.notes,
    }
    data.update(overrides)
    return data


def test_changing_the_status_in_the_admin_keeps_a_history_row(
    coordinator_client, coordinator
):
    request = TrainingRequestFactory()
    url = reverse("training_requests:edit", args=[request.pk])

    response = coordinator_client.post(
        url,
        edit_data(
            request,
            status=Status.SCHEDULED,
            scheduled_for="2026-05-09",
            scheduled_place="Union hall, Geneva",
            assigned_to=coordinator.pk,
            status_note="Agreed by phone with the committee.",
        ),
    )

    assert response.status_code == 302, soup(response).select(".error-message")
    request.refresh_from_db()
    assert request.status == Status.SCHEDULED
    assert request.scheduled_for == date(2026, 5, 9)
    assert request.assigned_to == coordinator
    change = request.status_changes.last()
    assert (change.from_status, change.to_status) == (Status.NEW, Status.SCHEDULED)
    assert change.changed_by == coordinator
    assert change.note == "Agreed by phone with the committee."

    for view in ("edit", "inspect"):
        page = coordinator_client.get(
            reverse(f"training_requests:{view}", args=[request.pk])
        )
        history = soup(page).select_one("table.training-request-history")
        assert "Agreed by phone with the committee." in history.get_text()
        assert "Marisol" in history.get_text()


def test_scheduling_needs_a_date(coordinator_client):
    request = TrainingRequestFactory()

    response = coordinator_client.post(
        reverse("training_requests:edit", args=[request.pk]),
        edit_data(request, status=Status.SCHEDULED),
    )

    assert response.status_code == 200
    request.refresh_from_db()
    assert request.status == Status.NEW
    assert request.status_changes.count() == 1


def test_saving_without_a_change_of_status_adds_no_history(coordinator_client):
    request = TrainingRequestFactory()

    coordinator_client.post(
        reverse("training_requests:edit", args=[request.pk]),
        edit_data(request, internal_notes="Waiting for the partner to call back."),
    )

    assert request.status_changes.count() == 1


def test_marking_spam_keeps_the_request(coordinator_client):
    request = TrainingRequestFactory()

    coordinator_client.post(
        reverse("training_requests:edit", args=[request.pk]),
        edit_data(request, status=Status.SPAM),
    )

    request.refresh_from_db()
    assert request.status == Status.SPAM


def test_a_coordinator_cannot_delete_a_request(coordinator_client):
    request = TrainingRequestFactory()

    response = coordinator_client.post(
        reverse("training_requests:delete", args=[request.pk])
    )

    assert response.status_code in (302, 403)
    assert TrainingRequest.objects.filter(pk=request.pk).exists()


def test_a_request_taken_by_phone_can_be_entered(
    coordinator_client, coordinator, request_site
):
    blank = TrainingRequest()
    blank.languages, blank.support_needs = [], []
    data = edit_data(
        blank,
        source=Source.PHONE,
        status=Status.NEW,
        organization=request_site.partner.pk,
        contact_name="Jean P.",
        phone="315-555-0188",
        languages=["ht"],
        modules=[request_site.modules["wage-theft"].pk],
        delivery="in_person",
        status_note="Called the office on Monday.",
    )

    response = coordinator_client.post(reverse("training_requests:add"), data)

    assert response.status_code == 302, soup(response).select(".error-message")
    request = TrainingRequest.objects.get()
    assert request.source == Source.PHONE
    assert request.reference.startswith("TR-")
    change = request.status_changes.get()
    assert (change.to_status, change.changed_by, change.note) == (
        Status.NEW,
        coordinator,
        "Called the office on Monday.",
    )


def test_only_english_pages_and_terms_are_offered_in_the_admin_form(
    coordinator_client, request_site
):
    response = coordinator_client.get(reverse("training_requests:add"))
    page = soup(response)

    module_labels = [
        label.get_text(strip=True) for label in page.select("#id_modules label")
    ]
    assert "Documenting wage theft" in module_labels
    assert "Documentar el robo de salario" not in module_labels
    sectors = [o.get_text() for o in page.select("select[name=sector] option")]
    assert "Trabajo agrícola" not in sectors


# Cost --------------------------------------------------------------------------------
def listing_queries(client, url):
    client.get(url)  # warm the caches a real site keeps warm
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def make_requests(count, request_site, coordinator):
    for index in range(count):
        TrainingRequestFactory(
            organization=request_site.partner if index % 2 else None,
            region=request_site.region,
            sector=request_site.sector,
            assigned_to=coordinator,
            modules=[request_site.modules["heat"]],
            status=[Status.NEW, Status.SCHEDULED][index % 2],
            scheduled_for=timezone.localdate() + timedelta(days=index),
        )


def test_the_listing_costs_the_same_for_5_and_40_requests(
    coordinator_client, coordinator, request_site, django_assert_max_num_queries
):
    urls = [
        reverse(INDEX),
        reverse(INDEX) + "?status=new&language=es",
        reverse("training_requests:index_results") + "?q=TR",
    ]
    make_requests(5, request_site, coordinator)
    with django_assert_max_num_queries(40):
        with_5 = [listing_queries(coordinator_client, url) for url in urls]
    make_requests(35, request_site, coordinator)
    with django_assert_max_num_queries(80):
        with_40 = [listing_queries(coordinator_client, url) for url in urls]

    assert with_40 == with_5


def test_exports_cost_the_same_for_5_and_40_requests(
    coordinator_client, coordinator, request_site
):
    def export_queries():
        with CaptureQueriesContext(connection) as queries:
            response = coordinator_client.get(reverse(INDEX) + "?export=xlsx")
            assert response.status_code == 200
        return len(queries)

    make_requests(5, request_site, coordinator)
    export_queries()
    with_5 = export_queries()
    make_requests(35, request_site, coordinator)

    assert export_queries() == with_5


def test_status_change_rows_are_ordered_oldest_first(db):
    request = TrainingRequestFactory(created_at=days_ago(10))
    request.change_status(
        Status.REVIEWING, at=days_ago(5), note="Looking for a trainer"
    )
    request.change_status(Status.DECLINED, at=days_ago(1), note="No trainer free")

    steps = [
        (c.from_status, c.to_status)
        for c in TrainingRequestStatusChange.objects.filter(request=request)
    ]

    assert steps == [
        ("", Status.NEW),
        (Status.NEW, Status.REVIEWING),
        (Status.REVIEWING, Status.DECLINED),
    ]
    request.refresh_from_db()
    assert request.status == Status.DECLINED
