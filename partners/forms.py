"""Admin forms of the partner and convening pages.

Sectors and languages served are stored as child rows (one per code) so they filter
the same way on SQLite and PostgreSQL; editors tick boxes instead of adding rows.
Convening times are entered as the clock shows them where the convening happens.
"""

import zoneinfo

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms import WagtailAdminPageForm

from home.choices import SpokenLanguage

from .choices import Sector


class PartnerPageForm(WagtailAdminPageForm):
    sector_codes = forms.MultipleChoiceField(
        label=_("Sectors"),
        choices=Sector.choices,
        widget=forms.CheckboxSelectMultiple,
        required=False,
        help_text=_("The sectors whose workers the organization organizes."),
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
        self.initial.setdefault("sector_codes", self.instance.sector_codes)
        self.initial.setdefault("language_codes", self.instance.language_codes)

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
        return cleaned_data
