"""What readers tell the translators: which pages they want in their language."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class TranslationWish(models.Model):
    """Readers asking for a page in their language: a count per page and language.

    Anonymous by design: no address, account or time of any single request is kept,
    only how many asked and when the last did.
    """

    page = models.ForeignKey(
        "wagtailcore.Page",
        on_delete=models.CASCADE,
        related_name="translation_wishes",
        verbose_name=_("page"),
        help_text=_("The page in the source language."),
    )
    locale = models.ForeignKey(
        "wagtailcore.Locale",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("language"),
    )
    count = models.PositiveIntegerField(_("readers who asked"), default=0)
    last_asked_at = models.DateTimeField(_("last asked"), auto_now=True)

    class Meta:
        verbose_name = _("translation request from readers")
        verbose_name_plural = _("translation requests from readers")
        constraints = [
            models.UniqueConstraint(
                fields=["page", "locale"], name="one_translation_wish_per_language"
            )
        ]

    def __str__(self):
        return f"{self.page} → {self.locale}: {self.count}"
