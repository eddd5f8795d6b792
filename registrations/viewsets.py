"""Registrations in the admin, seen only by coordinators: the listing with its
filters and safe export, each registration, and the per-convening settings
(registration open, places)."""

from django import forms
from django.conf import settings
from django.urls import reverse_lazy
from django.utils.translation import gettext_lazy as _

from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.admin.viewsets.base import ViewSet, ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet

import django_filters

from partners.models import ConveningPage

from .admin_views import (
    RegistrationEditView,
    RegistrationIndexView,
    RegistrationInspectView,
    RegistrationSettingsCreateView,
    RegistrationSettingsEditView,
)
from .choices import Need, Status, language_choices
from .models import Registration, RegistrationSettings
from .permissions import (
    can_see_registrations,
    registration_policy,
    registration_settings_policy,
)


def source_convenings(request):
    return ConveningPage.objects.filter(
        locale__language_code=settings.LANGUAGE_CODE
    ).order_by("-start")


class RegistrationFilterSet(WagtailFilterSet):
    convening = django_filters.ModelChoiceFilter(
        label=_("Convening"), queryset=source_convenings
    )
    status = django_filters.MultipleChoiceFilter(
        label=_("Status"), choices=Status.choices, widget=forms.CheckboxSelectMultiple
    )
    need = django_filters.ChoiceFilter(
        label=_("Needs"),
        choices=Need.choices,
        method="filter_need",
        empty_label=_("All"),
    )
    language = django_filters.ChoiceFilter(
        label=_("Preferred language"), choices=language_choices, empty_label=_("All")
    )

    class Meta:
        model = Registration
        fields = []

    def filter_need(self, queryset, name, value):
        return queryset.with_need(value) if value else queryset


class RegistrationViewSet(ModelViewSet):
    """Who registered for which convening and what they need. Only coordinators
    see it."""

    model = Registration
    name = "registrations"
    url_prefix = "registrations"
    icon = "group"
    menu_label = _("Registrations")
    add_to_reference_index = False
    copy_view_enabled = False
    inspect_view_enabled = True
    permission_policy = registration_policy
    index_view_class = RegistrationIndexView
    edit_view_class = RegistrationEditView
    inspect_view_class = RegistrationInspectView
    filterset_class = RegistrationFilterSet
    list_per_page = 50
    ordering = ["-created_at"]
    list_display = [
        "reference",
        "name",
        "convening",
        "status",
        "needs_labels",
        "created_at",
    ]
    search_fields = ["reference", "name", "organization"]
    search_backend_name = None
    # Exports carry no name, email, phone, organization or free text: a
    # spreadsheet left on a laptop exposes nobody.
    list_export = [
        "reference",
        "convening",
        "get_status_display",
        "created_at",
        "get_language_display",
        "get_interpretation_display",
        "children",
        "needs_labels",
    ]
    export_headings = {
        "get_status_display": _("Status"),
        "get_language_display": _("Preferred language"),
        "get_interpretation_display": _("Interpretation into"),
    }
    export_filename = "registrations"
    inspect_view_fields = [
        "reference",
        "convening",
        "status",
        "created_at",
        "changed_at",
        "name",
        "email",
        "phone",
        "organization",
        "language",
        "interpretation_label",
        "children",
        "children_ages",
        "accessibility",
        "dietary",
        "transport",
        "contacts_purged_at",
    ]
    panels = [
        FieldPanel("convening", read_only=True),
        FieldPanel("status"),
        MultiFieldPanel(
            [
                FieldPanel("name"),
                FieldRowPanel([FieldPanel("email"), FieldPanel("phone")]),
                FieldPanel("organization"),
                FieldPanel("language"),
            ],
            heading=_("Who"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel(
                    [FieldPanel("interpretation"), FieldPanel("interpretation_other")]
                ),
                FieldRowPanel([FieldPanel("children"), FieldPanel("children_ages")]),
                FieldPanel("accessibility"),
                FieldPanel("dietary"),
                FieldPanel("transport"),
            ],
            heading=_("Needs"),
        ),
    ]


class RegistrationSettingsViewSet(ModelViewSet):
    """Which convenings take registrations here, and how many places each has."""

    model = RegistrationSettings
    name = "registration_settings"
    url_prefix = "registrations/convenings"
    icon = "date"
    menu_label = _("Places and opening")
    add_to_reference_index = False
    copy_view_enabled = False
    permission_policy = registration_settings_policy
    add_view_class = RegistrationSettingsCreateView
    edit_view_class = RegistrationSettingsEditView
    list_display = ["convening", "registration_open", "capacity"]
    panels = [
        FieldPanel("convening"),
        FieldPanel("registration_open"),
        FieldPanel("capacity"),
    ]

    def get_form_class(self, for_update=False):
        form_class = super().get_form_class(for_update)
        form_class.base_fields["convening"].queryset = source_convenings(None)
        return form_class


class CoordinatorMenuItem(MenuItem):
    def is_shown(self, request):
        return can_see_registrations(request.user)


class HeadcountsMenu(ViewSet):
    """The menu's way to the per-convening headcounts, check-in lists and
    programs to print (admin_views.headcounts and check_in_list, whose URLs
    wagtail_hooks registers)."""

    name = "registration_headcounts"
    menu_label = _("Headcounts")
    menu_icon = "list-ol"
    menu_name = "registration-headcounts"
    menu_url = reverse_lazy("registrations_headcounts_index")
    menu_item_class = CoordinatorMenuItem


class RegistrationViewSetGroup(ViewSetGroup):
    items = (RegistrationViewSet, HeadcountsMenu, RegistrationSettingsViewSet)
    menu_label = _("Registrations")
    menu_icon = "group"
    menu_order = 260
