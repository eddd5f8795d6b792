"""The fixed lists a registration is described by. The codes are stored; the labels
are translated."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

OTHER_LANGUAGE = "other"


class Status(models.TextChoices):
    CONFIRMED = "confirmed", _("Confirmed")
    WAITLISTED = "waitlisted", _("On the waiting list")
    CANCELLED = "cancelled", _("Cancelled")


def language_choices():
    """The site's languages: the registrant's language, the one we write to them in."""
    return [(code, _(label)) for code, label in settings.LANGUAGES]


def interpretation_choices():
    """The languages someone may need interpretation into: the site's, or another."""
    return [*language_choices(), (OTHER_LANGUAGE, _("Another language"))]


class Need(models.TextChoices):
    """The needs staff filter and count by."""

    INTERPRETATION = "interpretation", _("Interpretation")
    CHILDCARE = "childcare", _("Childcare")
    ACCESSIBILITY = "accessibility", _("Accessibility")
    DIETARY = "dietary", _("Dietary")
    TRANSPORT = "transport", _("Transport")
