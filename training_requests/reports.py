"""The training requests report: how many requests, per month and by status, sector,
region and language, as bar charts drawn on the server (SVG, no script) with the
numbers in a table beside each bar.

Only anonymous facts are counted, so the report stays whole after contact details
are purged. Counted from the database each time, in a fixed number of queries.
"""

from collections import Counter
from dataclasses import dataclass
from datetime import date

from django.core.exceptions import PermissionDenied
from django.db.models import Count
from django.db.models.functions import TruncMonth
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView

from wagtail.admin.menu import MenuItem
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.models import Locale

from home.choices import SpokenLanguage

from .choices import Status
from .models import TrainingRequest
from .permissions import can_see_requests

MONTHS_SHOWN = 12
NOT_GIVEN = _("Not given")


@dataclass
class Bar:
    label: str
    count: int
    percent: float  # of the largest bar, for its width


@dataclass
class Chart:
    slug: str
    title: str
    bars: list[Bar]

    @property
    def total(self):
        return sum(bar.count for bar in self.bars)


def chart(slug, title, rows):
    """rows: (label, count) pairs in the order to show them."""
    rows = list(rows)
    largest = max((count for _label, count in rows), default=0) or 1
    return Chart(
        slug=slug,
        title=title,
        bars=[
            Bar(label=str(label), count=count, percent=round(100 * count / largest, 1))
            for label, count in rows
        ],
    )


def month_starts(today: date, count: int) -> list[date]:
    months = []
    year, month = today.year, today.month
    for _step in range(count):
        months.append(date(year, month, 1))
        month -= 1
        if month == 0:
            year, month = year - 1, 12
    return list(reversed(months))


def per_month(requests, today):
    months = month_starts(today, MONTHS_SHOWN)
    counted = Counter()
    rows = (
        requests.filter(created_at__date__gte=months[0])
        .annotate(month=TruncMonth("created_at"))
        .values("month")
        .annotate(n=Count("pk"))
        .order_by()
    )
    for row in rows:
        month = row["month"]
        if hasattr(month, "date"):
            month = (
                timezone.localtime(month).date()
                if timezone.is_aware(month)
                else month.date()
            )
        counted[month.replace(day=1)] += row["n"]
    return [
        (date_format(month, "YEAR_MONTH_FORMAT"), counted[month]) for month in months
    ]


def by_field(requests, field, labels, order=None):
    counted = dict(
        requests.values_list(field)
        .annotate(n=Count("pk"))
        .order_by()
        .values_list(field, "n")
    )
    keys = (
        order
        if order is not None
        else sorted(
            counted, key=lambda key: (key is None, str(labels.get(key, key)).casefold())
        )
    )
    return [
        (
            labels.get(key, NOT_GIVEN) if key is not None else NOT_GIVEN,
            counted.get(key, 0),
        )
        for key in keys
        if order is not None or counted.get(key)
    ]


def by_language(requests):
    counted = Counter()
    for languages in requests.values_list("languages", flat=True):
        counted.update(set(languages or []))
    return [
        (label, counted[code])
        for code, label in SpokenLanguage.choices
        if counted[code]
    ]


def report(today=None):
    today = today or timezone.localdate()
    requests = TrainingRequest.objects.all()
    region_model = TrainingRequest._meta.get_field("region").related_model
    sector_model = TrainingRequest._meta.get_field("sector").related_model
    regions = dict(region_model.objects.values_list("pk", "name"))
    sectors = dict(sector_model.objects.values_list("pk", "name"))
    locales = {locale.pk: locale.get_display_name() for locale in Locale.objects.all()}
    return {
        "total": requests.count(),
        "charts": [
            chart("month", _("Requests per month"), per_month(requests, today)),
            chart(
                "status",
                _("By status"),
                by_field(requests, "status", dict(Status.choices), order=Status.values),
            ),
            chart("sector", _("By sector"), by_field(requests, "sector", sectors)),
            chart("region", _("By region"), by_field(requests, "region", regions)),
            chart("language", _("By training language"), by_language(requests)),
            chart(
                "locale",
                _("By the language of the request"),
                by_field(requests, "locale", locales),
            ),
        ],
    }


class TrainingRequestReportView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "training_requests/admin/report.html"
    page_title = _("Training requests report")
    header_icon = "mail"

    def dispatch(self, request, *args, **kwargs):
        if not can_see_requests(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": "", "label": _("Reports")},
            {"url": "", "label": self.page_title},
        ]

    def get_context_data(self, **kwargs):
        return {**super().get_context_data(**kwargs), **report()}


class TrainingRequestReportMenuItem(MenuItem):
    """In the Reports menu only for those who may see training requests."""

    def is_shown(self, request):
        return can_see_requests(request.user)
