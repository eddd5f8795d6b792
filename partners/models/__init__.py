"""The partners app's models: the partner directory and profiles, and
convenings with their programs and reports. Import them from here."""

from .convening_pages import (
    ConveningIndexPage,
    ConveningPage,
    ConveningQuerySet,
)
from .convening_parts import ConveningHost, ConveningOutcome, ConveningParticipant
from .partner_pages import (
    Directory,
    PartnerIndexPage,
    PartnerLanguage,
    PartnerPage,
    PartnerSector,
    partners_by_translation_key,
)
from .program import (
    ConveningSession,
    add_session,
    attach_program_details,
    in_time_order,
)

__all__ = [
    "ConveningHost",
    "ConveningIndexPage",
    "ConveningOutcome",
    "ConveningPage",
    "ConveningParticipant",
    "ConveningQuerySet",
    "ConveningSession",
    "Directory",
    "PartnerIndexPage",
    "PartnerLanguage",
    "PartnerPage",
    "PartnerSector",
    "add_session",
    "attach_program_details",
    "in_time_order",
    "partners_by_translation_key",
]
