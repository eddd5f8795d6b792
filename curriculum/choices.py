"""The fixed lists a module is described by, shared by the models and the catalog's
filter form."""

from django.conf import settings
from django.db import models
from django.utils import translation
from django.utils.translation import gettext_lazy as _


class Level(models.TextChoices):
    INTRODUCTORY = "introductory", _("Introductory")
    INTERMEDIATE = "intermediate", _("Intermediate")
    FACILITATORS = "facilitators", _("For facilitators")


class Delivery(models.TextChoices):
    """How a training is given: a module's format, and what a requester asks for."""

    IN_PERSON = "in_person", _("In person")
    ONLINE = "online", _("Online")
    EITHER = "either", _("In person or online")


class MaterialKind(models.TextChoices):
    HANDOUT = "handout", _("Handout")
    SLIDES = "slides", _("Slides")
    WORKSHEET = "worksheet", _("Worksheet")
    FACILITATOR_GUIDE = "facilitator_guide", _("Facilitator guide")


# The catalog's duration filter: name -> (label, shortest, longest) in minutes.
DURATION_RANGES = {
    "up-to-1h": (_("Up to 1 hour"), 0, 60),
    "1-2h": (_("1 to 2 hours"), 61, 120),
    "half-day": (_("Half day (2 to 4 hours)"), 121, 240),
    "full-day": (_("Full day (more than 4 hours)"), 241, None),
}


def content_language_choices():
    """The languages content can be written in. A callable, so that changing
    LANGUAGES in the environment never calls for a migration."""
    return list(settings.WAGTAIL_CONTENT_LANGUAGES)


def source_language():
    return settings.LANGUAGE_CODE


def language_name(code):
    """A language's own name for itself (español, Kreyòl ayisyen, العربيّة)."""
    try:
        return translation.get_language_info(code)["name_local"]
    except KeyError:
        return code
