"""The fixed lists a training request is described by, shared by the models, the
public form and the admin. The codes are stored; the labels are translated."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Status(models.TextChoices):
    NEW = "new", _("New")
    REVIEWING = "reviewing", _("Reviewing")
    SCHEDULED = "scheduled", _("Scheduled")
    DELIVERED = "delivered", _("Delivered")
    CLOSED = "closed", _("Closed")
    DECLINED = "declined", _("Declined")
    SPAM = "spam", _("Spam")


# What a requester is told on their private status page: staff words such as
# "spam" are not shown to the public.
PUBLIC_STATUS = {
    Status.NEW: _("Received"),
    Status.REVIEWING: _("Being reviewed"),
    Status.SCHEDULED: _("Scheduled"),
    Status.DELIVERED: _("Delivered"),
    Status.CLOSED: _("Closed"),
    Status.DECLINED: _("Declined"),
    Status.SPAM: _("Closed"),
}
PUBLIC_STATUS_EXPLANATION = {
    Status.NEW: _("We have your request. Someone will contact you within a week."),
    Status.REVIEWING: _(
        "We are looking at your request and finding a trainer. We will contact you "
        "to agree on the details."
    ),
    Status.SCHEDULED: _("The training has a date."),
    Status.DELIVERED: _("The training took place. Thank you for organizing it."),
    Status.CLOSED: _("This request is closed."),
    Status.DECLINED: _(
        "We cannot offer this training now. Write to us if you would like to talk "
        "about other options."
    ),
    Status.SPAM: _("This request is closed."),
}
# Requests no longer in progress: their contact details are purged after the
# retention period.
FINISHED_STATUSES = (Status.CLOSED, Status.DECLINED, Status.SPAM)
# Requests someone on staff still has to act on.
OPEN_STATUSES = (Status.NEW, Status.REVIEWING)


class Source(models.TextChoices):
    WEB = "web", _("Web form")
    PHONE = "phone", _("Phone")
    EMAIL = "email", _("Email")
    IN_PERSON = "in_person", _("In person")


class SupportNeed(models.TextChoices):
    """Support participants may need to take part. Kept after contact details are
    purged: they say nothing about who asked."""

    CHILDCARE = "childcare", _("Childcare")
    TRANSPORT = "transport", _("Transportation")
    STEP_FREE = "step_free", _("Step-free or wheelchair access")
    SIGN_LANGUAGE = "sign_language", _("Sign language interpretation")
    LARGE_PRINT = "large_print", _("Large print or plain-language materials")


def labels_for(choices, codes):
    """The labels of `codes`, in the order the choices declare them; unknown codes
    are shown as they are."""
    labels = dict(choices.choices)
    known = [labels[code] for code, _label in choices.choices if code in codes]
    unknown = [code for code in codes if code not in labels]
    return [*known, *unknown]
