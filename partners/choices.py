"""The fixed vocabularies of the partner directory: kinds of organization, sectors,
languages served and the time zones a convening can be set in.

The codes are stable (they appear in directory URLs such as ?sector=farm-work); the
labels are translated for the reader.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class PartnerKind(models.TextChoices):
    WORKER_CENTER = "worker-center", _("Worker center")
    UNION = "union", _("Union")
    COOPERATIVE = "worker-cooperative", _("Worker cooperative")
    COMMUNITY = "community-organization", _("Community organization")
    UNIVERSITY = "university-program", _("University program")


class Sector(models.TextChoices):
    """Sectors a partner organizes in. The codes match the slugs planned for the
    curriculum app's Sector snippet, so the two can be joined up later."""

    FARM = "farm-work", _("Farm work")
    FACTORY = "factory-food-processing", _("Factory and food processing")
    YOUTH = "youth-workers", _("Youth workers")
    CARE = "care-work", _("Care work")
    HOSPITALITY = "hospitality", _("Hospitality")
    CONSTRUCTION = "construction", _("Construction")
    DOMESTIC = "domestic-work", _("Domestic work")
    WAREHOUSE = "warehouse-logistics", _("Warehouse and logistics")


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
