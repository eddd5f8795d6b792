"""Session proposals and calls for sessions in the admin. Only the coordinators
(and superusers) see them, in the menu or anywhere else."""

from django import forms
from django.utils.translation import gettext_lazy as _

from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.panels import (
    FieldPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup
from wagtail.models import Locale

import django_filters

from partners.models import ConveningPage
from training_requests.panels import StatusHistoryPanel

from .admin_forms import CallForSessionsAdminForm, SessionProposalAdminForm
from .admin_views import (
    SessionProposalEditView,
    SessionProposalIndexView,
    SessionProposalInspectView,
)
from .choices import Format, Status
from .models import CallForSessions, SessionProposal


def source_convenings(request):
    return ConveningPage.objects.filter(locale=Locale.get_default()).order_by("-start")


class SessionProposalFilterSet(WagtailFilterSet):
    convening = django_filters.ModelChoiceFilter(
        label=_("Convening"), queryset=source_convenings
    )
    status = django_filters.MultipleChoiceFilter(
        label=_("Status"), choices=Status.choices, widget=forms.CheckboxSelectMultiple
    )
    format = django_filters.ChoiceFilter(
        label=_("Format"), choices=Format.choices, empty_label=_("All")
    )

    class Meta:
        model = SessionProposal
        fields = []


class SessionProposalViewSet(ModelViewSet):
    """Staff review proposals here: submitted, then accepted, waitlisted or
    declined, each change kept in the proposal's history and emailed to the
    proposer in their language."""

    model = SessionProposal
    name = "session_proposals"
    url_prefix = "session-proposals"
    icon = "list-ul"
    menu_label = _("Proposals")
    menu_order = 100
    add_to_reference_index = False
    copy_view_enabled = False
    inspect_view_enabled = True
    index_view_class = SessionProposalIndexView
    edit_view_class = SessionProposalEditView
    inspect_view_class = SessionProposalInspectView
    filterset_class = SessionProposalFilterSet
    list_per_page = 50
    ordering = ["-created_at"]
    list_display = ["reference", "title", "convening", "format", "status", "created_at"]
    search_fields = ["reference", "title"]
    search_backend_name = None
    # The session, never who proposed it: no name, email or free text about needs.
    list_export = [
        "reference",
        "created_at",
        "convening",
        "get_status_display",
        "get_format_display",
        "title",
        "organizations",
        "language_labels",
        "proposer_language",
    ]
    export_headings = {
        "get_status_display": _("Status"),
        "get_format_display": _("Format"),
    }
    export_filename = "session-proposals"
    inspect_view_fields = [
        "reference",
        "status",
        "created_at",
        "convening",
        "title",
        "format",
        "description",
        "presenter_names",
        "organizations",
        "language_labels",
        "access_needs",
        "contact_name",
        "email",
        "locale",
        "staff_notes",
        "contacts_purged_at",
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(
                [
                    MultiFieldPanel(
                        [FieldPanel("status"), FieldPanel("status_note")],
                        heading=_("Decision"),
                    ),
                    FieldPanel("staff_notes"),
                    StatusHistoryPanel(heading=_("History")),
                ],
                heading=_("Review"),
            ),
            ObjectList(
                [
                    FieldPanel("convening"),
                    FieldPanel("title"),
                    FieldPanel("format"),
                    FieldPanel("description"),
                    FieldPanel("languages"),
                    FieldPanel("access_needs"),
                    InlinePanel(
                        "presenters", heading=_("Presenters"), label=_("Presenter")
                    ),
                    MultiFieldPanel(
                        [
                            FieldPanel("contact_name"),
                            FieldPanel("email"),
                            FieldPanel("locale"),
                        ],
                        heading=_("Who proposed it"),
                    ),
                ],
                heading=_("Proposal"),
            ),
        ],
        base_form_class=SessionProposalAdminForm,
    )


class CallForSessionsViewSet(ModelViewSet):
    """Open a convening's call for sessions, set its deadline, close it early."""

    model = CallForSessions
    name = "calls_for_sessions"
    url_prefix = "calls-for-sessions"
    icon = "date"
    menu_label = _("Calls for sessions")
    menu_order = 200
    add_to_reference_index = False
    copy_view_enabled = False
    list_display = ["convening", "deadline", "is_open", "accepts_proposals"]
    edit_handler = ObjectList(
        [FieldPanel("convening"), FieldPanel("deadline"), FieldPanel("is_open")],
        base_form_class=CallForSessionsAdminForm,
    )


class ProposalsViewSetGroup(ModelViewSetGroup):
    items = (SessionProposalViewSet, CallForSessionsViewSet)
    menu_label = _("Session proposals")
    menu_icon = "list-ul"
    menu_order = 260
