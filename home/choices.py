"""Vocabularies the apps share."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class SpokenLanguage(models.TextChoices):
    """Languages our partners' members speak: a partner's staff work in them, and
    a training can be given in them. The site's own languages come first."""

    ENGLISH = "en", _("English")
    SPANISH = "es", _("Spanish")
    HAITIAN_CREOLE = "ht", _("Haitian Creole")
    ARABIC = "ar", _("Arabic")
    FRENCH = "fr", _("French")
    PORTUGUESE = "pt", _("Portuguese")
    CHINESE = "zh", _("Chinese")
    NEPALI = "ne", _("Nepali")
    BURMESE = "my", _("Burmese")
    KAREN = "kar", _("Karen")
    SWAHILI = "sw", _("Swahili")
    SOMALI = "so", _("Somali")
    DARI = "prs", _("Dari")
    PASHTO = "ps", _("Pashto")
    UKRAINIAN = "uk", _("Ukrainian")
    KICHE = "quc", _("K'iche'")
    MAM = "mam", _("Mam")
    ASL = "ase", _("American Sign Language")
