"""Who hosted and took part in a convening, and the trainings that came out of it:
the rows an editor adds in the convening's page editor."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, PageChooserPanel
from wagtail.models import Orderable

from .partner_pages import PartnerPage


class ConveningHost(Orderable):
    page = ParentalKey(
        "partners.ConveningPage", on_delete=models.CASCADE, related_name="hosts"
    )
    partner = models.ForeignKey(
        PartnerPage,
        verbose_name=_("partner"),
        on_delete=models.CASCADE,
        related_name="convening_host_roles",
    )

    panels = [FieldPanel("partner")]

    class Meta(Orderable.Meta):
        verbose_name = _("host partner")
        verbose_name_plural = _("host partners")


class ConveningParticipant(Orderable):
    page = ParentalKey(
        "partners.ConveningPage", on_delete=models.CASCADE, related_name="participants"
    )
    partner = models.ForeignKey(
        PartnerPage,
        verbose_name=_("partner"),
        on_delete=models.CASCADE,
        related_name="convening_participant_roles",
    )

    panels = [FieldPanel("partner")]

    class Meta(Orderable.Meta):
        verbose_name = _("participating partner")
        verbose_name_plural = _("participating partners")


class ConveningOutcome(Orderable):
    """A module or curriculum that came out of a convening (a page chooser, so
    partners never imports the curriculum app)."""

    page = ParentalKey(
        "partners.ConveningPage", on_delete=models.CASCADE, related_name="outcomes"
    )
    training = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("module or curriculum"),
        on_delete=models.CASCADE,
        related_name="+",
    )

    panels = [
        PageChooserPanel(
            "training",
            page_type=["curriculum.TrainingModulePage", "curriculum.CurriculumPage"],
        )
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("training that came out of it")
        verbose_name_plural = _("trainings that came out of it")
