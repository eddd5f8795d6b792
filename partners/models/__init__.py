"""The partners app's models: the partner directory and profiles, and
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
    "partners_by_translation_key",
]
