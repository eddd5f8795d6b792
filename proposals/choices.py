"""The fixed lists a session proposal is described by. Codes are stored; labels
are translated."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Format(models.TextChoices):
    WORKSHOP = "workshop", _("Workshop")
    PANEL = "panel", _("Panel")
    ROUNDTABLE = "roundtable", _("Roundtable")
    TRAINING = "training", _("Training")


class Status(models.TextChoices):
    SUBMITTED = "submitted", _("Submitted")
    ACCEPTED = "accepted", _("Accepted")
    WAITLISTED = "waitlisted", _("Waitlisted")
    DECLINED = "declined", _("Declined")


# A change to one of these tells the proposer by email, in their language.
DECISIONS = (Status.ACCEPTED, Status.WAITLISTED, Status.DECLINED)


def session_languages():
    """The languages a session can be given in: the site's languages."""
    return list(settings.LANGUAGES)


def language_labels(codes):
    labels = dict(session_languages())
    return [str(labels.get(code, code)) for code in codes]
