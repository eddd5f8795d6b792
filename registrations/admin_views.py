"""The admin views of registrations where they differ from Wagtail's generic ones:
safe, logged exports; logged views of a registrant's details; and, per convening,
the headcounts coordinators book for and the check-in list they print."""

from django.core.exceptions import PermissionDenied
from django.db.models import Count, Q
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from wagtail.admin.views import generic

from home.text import spreadsheet_safe
from partners.models import ConveningPage
from training_requests.views import origin

from . import audit, places, tasks
from .models import Registration, RegistrationSettings, listeners_per_interpreter
from .permissions import can_see_registrations


class RegistrationIndexView(generic.IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().select_related("convening")

    def as_spreadsheet(self, queryset, spreadsheet_format):
        audit.record_export(
            list(queryset.values_list("pk", flat=True)),
            self.request.user,
            spreadsheet_format,
            self.request.GET,
        )
        return super().as_spreadsheet(queryset, spreadsheet_format)

    def preprocess_field_value(self, field, value, export_format):
        value = super().preprocess_field_value(field, value, export_format)
        return spreadsheet_safe(value, formulas_run=export_format == self.FORMAT_CSV)


class PlacesFilledMixin:
    """A coordinator's save goes through the place logic: a place freed (a
    registration cancelled) or added (more places) goes to the first waiting, who
    is emailed once the change is committed."""

    def save_instance(self):
        instance = self.form.instance
        passing_over = [instance.pk] if isinstance(instance, Registration) else []
        instance, moved = places.save_by_staff(
            super().save_instance, instance.convening_id, passing_over
        )
        tasks.tell_moved_up(moved, origin(self.request))
        return instance


class RegistrationEditView(PlacesFilledMixin, generic.EditView):
    def get(self, request, *args, **kwargs):
        response = super().get(request, *args, **kwargs)
        audit.record_view(self.object, request.user)
        return response


class RegistrationSettingsEditView(PlacesFilledMixin, generic.EditView):
    pass


class RegistrationSettingsCreateView(PlacesFilledMixin, generic.CreateView):
    pass


class RegistrationInspectView(generic.InspectView):
    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        audit.record_view(self.object, self.request.user)
        return context


def convenings_with_registrations():
    """Source-language convenings that take or took registrations, latest first,
    with how many registered."""
    ids = Registration.objects.values("convening_id").annotate(n=Count("pk"))
    counts = {row["convening_id"]: row["n"] for row in ids}
    opened = RegistrationSettings.objects.values_list("convening_id", flat=True)
    convenings = ConveningPage.objects.filter(
        Q(pk__in=counts) | Q(pk__in=opened)
    ).order_by("-start")
    now = timezone.now()
    return [(c, counts.get(c.pk, 0), c.end > now) for c in convenings]


def _allowed(request):
    if not can_see_registrations(request.user):
        raise PermissionDenied


def interpreters_sentence(interpreters):
    """ "Book 3 interpreters: 2 into Spanish, 1 into Haitian Creole"."""
    total = sum(n for _label, n in interpreters)
    if not total:
        return _("No interpreter to book: nobody has asked for interpretation.")
    each = ", ".join(
        ngettext("%(count)d into %(language)s", "%(count)d into %(language)s", n)
        % {"count": n, "language": label}
        for label, n in interpreters
    )
    return ngettext(
        "Book %(count)d interpreter: %(each)s.",
        "Book %(count)d interpreters: %(each)s.",
        total,
    ) % {"count": total, "each": each}


def childcare_sentence(children, ages):
    """ "7 children in childcare (ages 2 and 5; 4; 8)"."""
    if not children:
        return _("Nobody has asked for childcare.")
    if not ages:
        return ngettext(
            "%(count)d child in childcare.",
            "%(count)d children in childcare.",
            children,
        ) % {"count": children}
    return ngettext(
        "%(count)d child in childcare (ages: %(ages)s).",
        "%(count)d children in childcare (ages: %(ages)s).",
        children,
    ) % {"count": children, "ages": "; ".join(ages)}


def headcounts(request, convening_id=None):
    """What to book: places taken, the waiting list, interpreters per language,
    childcare, and how many asked for access, food or transport."""
    _allowed(request)
    convening = None
    counts = None
    if convening_id is not None:
        convening = get_object_or_404(ConveningPage, pk=convening_id)
        counts = Registration.objects.filter(convening=convening).headcounts()
        counts["interpreters_sentence"] = interpreters_sentence(counts["interpreters"])
        counts["childcare_sentence"] = childcare_sentence(
            counts["children"], counts["children_ages"]
        )
    return TemplateResponse(
        request,
        "registrations/admin/headcounts.html",
        {
            "convening": convening,
            "counts": counts,
            "convenings": convenings_with_registrations(),
            "listeners_per_interpreter": listeners_per_interpreter(),
            "page_title": _("Headcounts"),
            "header_title": _("Headcounts")
            + (f": {convening.title}" if convening else ""),
            "header_icon": "group",
        },
    )


def check_in_list(request, convening_id):
    """The names of those with a place, by name, to tick at the door. Printed; the
    printing is logged."""
    _allowed(request)
    convening = get_object_or_404(ConveningPage, pk=convening_id)
    registrations = list(
        Registration.objects.filter(convening=convening)
        .confirmed()
        .order_by("name", "pk")
        .only("pk", "reference", "name", "organization", "children", "interpretation")
    )
    audit.record_check_in_list([r.pk for r in registrations], request.user)
    return TemplateResponse(
        request,
        "registrations/admin/check_in_list.html",
        {
            "convening": convening,
            "registrations": sorted(
                registrations, key=lambda r: (r.name.casefold(), r.pk)
            ),
        },
    )
