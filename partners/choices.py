"""The fixed vocabularies of the partner directory: kinds of organization and the
time zones a convening can be set in. (Sectors are the curriculum's Sector snippets,
which editors keep; languages served are home.choices.SpokenLanguage.)

The codes are stable (they appear in directory URLs such as ?kind=union); the labels
are translated for the reader.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class PartnerKind(models.TextChoices):
    WORKER_CENTER = "worker-center", _("Worker center")
    UNION = "union", _("Union")
    COOPERATIVE = "worker-cooperative", _("Worker cooperative")
    COMMUNITY = "community-organization", _("Community organization")
    UNIVERSITY = "university-program", _("University program")


# The zones a convening can be set in: the coalition's own, the rest of the
# continental United States and Puerto Rico, and UTC for online gatherings.
TIME_ZONE_CHOICES = [
    ("America/New_York", _("Eastern Time (New York)")),
    ("America/Chicago", _("Central Time (Chicago)")),
    ("America/Denver", _("Mountain Time (Denver)")),
    ("America/Los_Angeles", _("Pacific Time (Los Angeles)")),
    ("America/Puerto_Rico", _("Atlantic Time (Puerto Rico)")),
    ("UTC", _("Coordinated Universal Time (UTC)")),
]


def labels_in_order(choices, codes):
    """The (code, label) pairs of `codes`, in the order the choices declare them;
    codes no longer among the choices are left out."""
    wanted = set(codes)
    return [(code, label) for code, label in choices.choices if code in wanted]


class SessionFormat(models.TextChoices):
    """What kind of session a convening's program lists (the call for sessions
    offers the first four)."""

    WORKSHOP = "workshop", _("Workshop")
    PANEL = "panel", _("Panel")
    ROUNDTABLE = "roundtable", _("Roundtable")
    TRAINING = "training", _("Training")
    PLENARY = "plenary", _("Plenary")
    BREAK = "break", _("Break")
