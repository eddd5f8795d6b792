"""The training requests in the admin: the listing with its filters, the export,
the inspect view and the triage form. Only those allowed ever see them."""

from django import forms
from django.utils.translation import gettext_lazy as _

from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.models import Locale

import django_filters

from home.choices import SpokenLanguage
from taxonomy.models import Region, Sector

from .admin_forms import TrainingRequestAdminForm
from .admin_views import (
    TrainingRequestEditView,
    TrainingRequestIndexView,
    TrainingRequestInspectView,
)
from .choices import Source, Status
from .models import TrainingRequest
from .panels import StatusHistoryPanel
from .permissions import training_request_policy


def source_regions(request):
    return Region.objects.filter(locale=Locale.get_default())


def source_sectors(request):
    return Sector.objects.filter(locale=Locale.get_default()).in_reading_order()


def triage_staff(request):
    return training_request_policy.users_with_any_permission(["change"]).order_by(
        "first_name", "last_name", "username"
    )


class TrainingRequestFilterSet(WagtailFilterSet):
    status = django_filters.MultipleChoiceFilter(
        label=_("Status"), choices=Status.choices, widget=forms.CheckboxSelectMultiple
    )
    region = django_filters.ModelChoiceFilter(
        label=_("Region"), queryset=source_regions, null_label=_("No region")
    )
    sector = django_filters.ModelChoiceFilter(
        label=_("Sector"), queryset=source_sectors, null_label=_("No sector")
    )
    language = django_filters.ChoiceFilter(
        label=_("Training language"),
        choices=SpokenLanguage.choices,
        method="filter_language",
        empty_label=_("All"),
    )
    locale = django_filters.ModelChoiceFilter(
        label=_("Language of the request"), queryset=Locale.objects.all()
    )
    assigned_to = django_filters.ModelChoiceFilter(
        label=_("Assigned to"), queryset=triage_staff, null_label=_("Nobody")
    )
    created_at = django_filters.DateFromToRangeFilter(
        label=_("Received"), widget=DateRangePickerWidget
    )
    source = django_filters.ChoiceFilter(
        label=_("Received by"), choices=Source.choices, empty_label=_("All")
    )

    class Meta:
        model = TrainingRequest
        fields = []

    def filter_language(self, queryset, name, value):
        return queryset.with_language(value) if value else queryset


class TrainingRequestViewSet(ModelViewSet):
    """Staff triage training requests here: new, reviewing, scheduled, delivered,
    closed or declined (or spam), each change kept in the request's history. Only
    those with permission see it, in the menu or anywhere else."""

    model = TrainingRequest
    name = "training_requests"
    url_prefix = "training-requests"
    icon = "mail"
    menu_label = _("Training requests")
    menu_order = 250
    add_to_admin_menu = True
    # A partner page's "usage" must not reveal that it asked for a training.
    add_to_reference_index = False
    copy_view_enabled = False
    inspect_view_enabled = True
    index_view_class = TrainingRequestIndexView
    inspect_view_class = TrainingRequestInspectView
    edit_view_class = TrainingRequestEditView
    filterset_class = TrainingRequestFilterSet
    list_per_page = 50
    ordering = ["-created_at"]
    list_display = [
        "reference",
        "organization_display",
        "status",
        "region",
        "sector",
        "created_at",
        "assignee",
        "scheduled_for",
    ]
    # Reference and organization, straight from the database (requests are kept out
    # of the search index).
    search_fields = ["reference", "organization_name", "organization__title"]
    search_backend_name = None
    # Exports carry the anonymous facts only: no names, emails, phones, city,
    # place or free text, so a spreadsheet left on a laptop exposes nobody.
    list_export = [
        "reference",
        "created_at",
        "get_source_display",
        "get_status_display",
        "organization_display",
        "region",
        "sector",
        "language_labels",
        "requester_language",
        "interpretation_needed",
        "module_titles",
        "curriculum_titles",
        "participants",
        "get_delivery_display",
        "preferred_dates",
        "support_labels",
        "assignee",
        "scheduled_for",
        "delivered_on",
        "participants_reached",
        "trainer",
    ]
    export_headings = {
        "get_source_display": _("Received by"),
        "get_status_display": _("Status"),
        "get_delivery_display": _("In person or online"),
    }
    export_filename = "training-requests"
    inspect_view_fields = [
        "reference",
        "status",
        "created_at",
        "source",
        "organization_display",
        "contact_name",
        "email",
        "phone",
        "locale",
        "module_titles",
        "curriculum_titles",
        "not_sure_description",
        "language_labels",
        "interpretation_needed",
        "sector",
        "participants",
        "delivery",
        "city",
        "region",
        "preferred_dates",
        "support_labels",
        "accessibility_needs",
        "notes",
        "assignee",
        "scheduled_for",
        "scheduled_place",
        "delivered_on",
        "participants_reached",
        "trainer",
        "internal_notes",
        "contacts_purged_at",
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(
                [
                    MultiFieldPanel(
                        [
                            FieldPanel("status"),
                            FieldPanel("status_note"),
                            FieldPanel("assigned_to"),
                        ],
                        heading=_("Status"),
                    ),
                    MultiFieldPanel(
                        [FieldPanel("scheduled_for"), FieldPanel("scheduled_place")],
                        heading=_("Schedule"),
                    ),
                    MultiFieldPanel(
                        [
                            FieldPanel("delivered_on"),
                            FieldPanel("participants_reached"),
                            FieldPanel("trainer"),
                        ],
                        heading=_("Delivery"),
                    ),
                    FieldPanel("internal_notes"),
                    StatusHistoryPanel(heading=_("History")),
                ],
                heading=_("Triage"),
            ),
            ObjectList(
                [
                    FieldPanel("source"),
                    MultiFieldPanel(
                        [
                            FieldPanel("organization"),
                            FieldPanel("organization_name"),
                            FieldPanel("contact_name"),
                            FieldRowPanel([FieldPanel("email"), FieldPanel("phone")]),
                            FieldPanel("locale"),
                        ],
                        heading=_("Who asked"),
                    ),
                    MultiFieldPanel(
                        [
                            FieldPanel("modules", widget=forms.CheckboxSelectMultiple),
                            FieldPanel(
                                "curricula", widget=forms.CheckboxSelectMultiple
                            ),
                            FieldPanel("not_sure_description"),
                            FieldPanel("languages"),
                            FieldPanel("interpretation_needed"),
                            FieldPanel("sector"),
                            FieldPanel("participants"),
                        ],
                        heading=_("What they asked for"),
                    ),
                    MultiFieldPanel(
                        [
                            FieldPanel("delivery"),
                            FieldRowPanel([FieldPanel("city"), FieldPanel("region")]),
                            FieldPanel("preferred_dates"),
                            FieldPanel("support_needs"),
                            FieldPanel("accessibility_needs"),
                            FieldPanel("notes"),
                        ],
                        heading=_("Where, when and how"),
                    ),
                ],
                heading=_("Request"),
            ),
        ],
        base_form_class=TrainingRequestAdminForm,
    )
