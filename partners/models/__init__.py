"""The partners app's models: regions, the partner directory and profiles, and
convenings with their reports. Import them from here."""

from .convening_pages import (
    ConveningHost,
    ConveningIndexPage,
    ConveningOutcome,
    ConveningPage,
    ConveningParticipant,
    ConveningQuerySet,
)
from .partner_pages import (
    Directory,
    PartnerIndexPage,
    PartnerLanguage,
    PartnerPage,
    PartnerSector,
    partners_by_translation_key,
)
from .regions import Region, regions_for_locale

__all__ = [
    "ConveningHost",
    "ConveningIndexPage",
    "ConveningOutcome",
    "ConveningPage",
    "ConveningParticipant",
    "ConveningQuerySet",
    "Directory",
    "PartnerIndexPage",
    "PartnerLanguage",
    "PartnerPage",
    "PartnerSector",
    "Region",
    "partners_by_translation_key",
    "regions_for_locale",
]
