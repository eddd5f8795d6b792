"""The dashboard panel and the report: what coordinators see at a glance, counted
from anonymous facts only."""

from datetime import timedelta

from django.urls import reverse
from django.utils import timezone

from tests.factories.taxonomy import RegionFactory, SectorFactory
from tests.factories.training_requests import TrainingRequestFactory, days_ago
from tests.html import soup
from training_requests.choices import Status
from training_requests.reports import month_starts, report


def panel_of(response):
    return soup(response).find(id="training-requests-content")


def test_the_dashboard_counts_new_and_waiting_requests(coordinator_client):
    TrainingRequestFactory.create_batch(2, status=Status.NEW)
    TrainingRequestFactory(status=Status.NEW, created_at=days_ago(9))
    stale = TrainingRequestFactory(status=Status.REVIEWING, created_at=days_ago(20))
    stale.status_changes.update(changed_at=days_ago(20))
    moving = TrainingRequestFactory(status=Status.NEW, created_at=days_ago(12))
    moving.change_status(Status.REVIEWING, at=days_ago(2))
    TrainingRequestFactory(status=Status.CLOSED, created_at=days_ago(30))

    panel = panel_of(coordinator_client.get(reverse("wagtailadmin_home")))

    text = panel.get_text(" ", strip=True)
    assert "3 new requests" in text
    assert "2 requests waiting more than 7 days" in text


def test_the_dashboard_lists_upcoming_trainings_in_date_order(coordinator_client):
    today = timezone.localdate()
    later = TrainingRequestFactory(
        status=Status.SCHEDULED, scheduled_for=today + timedelta(days=20)
    )
    sooner = TrainingRequestFactory(
        status=Status.SCHEDULED, scheduled_for=today + timedelta(days=3)
    )
    TrainingRequestFactory(
        status=Status.SCHEDULED, scheduled_for=today - timedelta(days=3)
    )

    panel = panel_of(coordinator_client.get(reverse("wagtailadmin_home")))

    rows = [a.get_text() for a in panel.select("tbody a")]
    assert rows == [sooner.reference, later.reference]
    assert reverse("training_requests:edit", args=[sooner.pk]) in str(panel)


def test_the_report_counts_by_month_status_sector_region_and_language(
    coordinator_client,
):
    farm = SectorFactory(name="Farm work", slug="farm-work")
    region = RegionFactory(name="North Country", slug="north-country")
    TrainingRequestFactory.create_batch(
        3, sector=farm, region=region, languages=["es", "en"]
    )
    TrainingRequestFactory(status=Status.DELIVERED, languages=["ar"])

    response = coordinator_client.get(reverse("training_requests_report"))

    assert response.status_code == 200
    page = soup(response)
    charts = {
        section.find("h2").get_text(): {
            row.find("th").get_text(): int(row.find("td").get_text())
            for row in section.select("tbody tr")
        }
        for section in page.select("section.training-request-chart")
    }
    this_month = list(charts["Requests per month"].values())[-1]
    assert this_month == 4
    assert len(charts["Requests per month"]) == 12
    assert charts["By status"]["New"] == 3
    assert charts["By status"]["Delivered"] == 1
    assert charts["By status"]["Spam"] == 0
    assert charts["By sector"] == {"Farm work": 3, "Not given": 1}
    assert charts["By region"] == {"North Country": 3, "Not given": 1}
    assert charts["By training language"] == {"English": 3, "Spanish": 3, "Arabic": 1}
    # Each bar is drawn, and its number is in the table beside it.
    assert len(page.select("section.training-request-chart svg rect")) >= 4
    for svg in page.select("svg.training-request-bar"):
        assert svg.find_parent("td")["aria-hidden"] == "true"


def test_the_report_is_whole_after_a_purge(db):
    TrainingRequestFactory(status=Status.CLOSED, languages=["ht"])
    before = report()

    from training_requests.retention import purge, purgeable

    purge(purgeable(days=0, now=timezone.now() + timedelta(days=1)))

    after = report()
    assert [
        [(bar.label, bar.count) for bar in chart.bars] for chart in after["charts"]
    ] == [[(bar.label, bar.count) for bar in chart.bars] for chart in before["charts"]]


def test_twelve_months_end_with_this_one():
    months = month_starts(timezone.localdate().replace(month=2, day=14), 12)

    assert len(months) == 12
    assert months[-1].month == 2
    assert months[0].month == 3
    assert months[0].year == months[-1].year - 1
