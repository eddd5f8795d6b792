"""Admin forms of the partner and convening pages.

Sectors and languages served are stored as child rows (one per sector or code) so
they filter the same way on SQLite and PostgreSQL; editors tick boxes instead of
adding rows. The sectors are the shared Sector snippets, the same list modules
and training requests use.
Convening times are entered as the clock shows them where the convening happens.
"""

import copy
import zoneinfo

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.models import Locale

from home.choices import SpokenLanguage
from taxonomy.models import Sector


class PartnerPageForm(WagtailAdminPageForm):
    # The source-language sectors, by slug; the queryset is set per form, once the
    # curriculum app is loaded.
    sector_codes = forms.ModelMultipleChoiceField(
        label=_("Sectors"),
        queryset=None,
        to_field_name="slug",
        widget=forms.CheckboxSelectMultiple,
        required=False,
        help_text=_(
            "The sectors whose workers the organization organizes. To add a "
            "sector, go to Topics, sectors and regions, then Sectors."
        ),
    )
    language_codes = forms.MultipleChoiceField(
        label=_("Languages its staff serve in"),
        choices=SpokenLanguage.choices,
        widget=forms.CheckboxSelectMultiple,
        required=False,
        help_text=_("Languages in which workers can talk with its staff."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.setup_sectors()
        self.initial.setdefault("language_codes", self.instance.language_codes)

    def setup_sectors(self):
        """Offer every source-language sector, named in the page's language where
        it has been translated."""
        sectors = Sector.objects
        field = self.fields["sector_codes"]
        field.queryset = sectors.filter(locale=Locale.get_default()).in_reading_order()
        locale_id = self.instance.locale_id or getattr(
            self.parent_page, "locale_id", None
        )
        locale = Locale.objects.filter(pk=locale_id).first() or Locale.get_default()
        names = {
            sector.translation_key: sector.name for sector in sectors.localized(locale)
        }
        field.label_from_instance = lambda sector: names.get(
            sector.translation_key, sector.name
        )
        self.initial.setdefault(
            "sector_codes",
            list(self.instance.chosen_sectors().values_list("slug", flat=True)),
        )

    def save(self, commit=True):
        self.instance.set_sectors(self.cleaned_data.get("sector_codes", []))
        self.instance.set_languages(self.cleaned_data.get("language_codes", []))
        return super().save(commit=commit)


def _wall_clock(value, from_zone, to_zone):
    """The same clock reading, moved from one time zone to another."""
    naive = timezone.make_naive(value, from_zone)
    return timezone.make_aware(naive, to_zone)


class ConveningPageForm(WagtailAdminPageForm):
    """Start and end are shown and read in the convening's own time zone, whatever
    the editor's own time zone is."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        zone = self.instance.zone
        current = timezone.get_current_timezone()
        for name in ("start", "end"):
            value = getattr(self.instance, name, None)
            if value is not None and name in self.fields:
                self.initial[name] = _wall_clock(value, zone, current)
        # The program's sessions are entered on the same clock.
        for form in self.session_forms():
            for name in ("start", "end"):
                value = getattr(form.instance, name, None)
                if value is not None and form.instance.pk:
                    form.initial[name] = _wall_clock(value, zone, current)

    def session_forms(self):
        formset = getattr(self, "formsets", {}).get("sessions")
        return formset.forms if formset is not None else []

    def clean(self):
        cleaned_data = super().clean()
        try:
            zone = zoneinfo.ZoneInfo(cleaned_data.get("time_zone") or "UTC")
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            zone = zoneinfo.ZoneInfo("UTC")
        current = timezone.get_current_timezone()
        for name in ("start", "end"):
            value = cleaned_data.get(name)
            if value is not None:
                cleaned_data[name] = _wall_clock(value, current, zone)
        self.clean_sessions(cleaned_data, current, zone)
        return cleaned_data

    def clean_sessions(self, cleaned_data, current, zone):
        """Read each session's times on the convening's clock, and keep them
        within the convening's day(s)."""
        convening = copy.copy(self.instance)
        convening.time_zone = cleaned_data.get("time_zone") or convening.time_zone
        convening.start = cleaned_data.get("start")
        convening.end = cleaned_data.get("end")
        for form in self.session_forms():
            # Extra forms left empty have nothing to read; deleted ones are gone.
            if not form.is_valid() or not form.cleaned_data:
                continue
            if form.cleaned_data.get("DELETE"):
                continue
            for name in ("start", "end"):
                value = form.cleaned_data.get(name)
                if value is not None:
                    value = _wall_clock(value, current, zone)
                    form.cleaned_data[name] = value
                    setattr(form.instance, name, value)
            if convening.start and convening.end:
                for name, message in form.instance.errors_within(convening).items():
                    form.add_error(name, message)
