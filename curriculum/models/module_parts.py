"""What a module brings with it: the modules to take first, and the documents to
download (handouts, slides, worksheets, facilitator guides)."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel
from wagtail.documents import get_document_model_string
from wagtail.models import Orderable

from ..choices import MaterialKind, content_language_choices, language_name
from ..choices import source_language as default_material_language
from .modules import TrainingModulePage


class ModulePrerequisite(Orderable):
    """A module participants should have taken first."""

    page = ParentalKey(
        TrainingModulePage,
        on_delete=models.CASCADE,
        related_name="prerequisite_links",
    )
    module = models.ForeignKey(
        TrainingModulePage,
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("module"),
    )

    panels = [FieldPanel("module")]

    class Meta(Orderable.Meta):
        verbose_name = _("prerequisite")
        verbose_name_plural = _("prerequisites")

    def clean(self):
        super().clean()
        page = getattr(self, "page", None)
        if page is None or self.module_id is None:
            return
        same = self.module_id == page.pk or (
            page.translation_key and self.module.translation_key == page.translation_key
        )
        if same:
            raise ValidationError(
                {"module": _("A module cannot be its own prerequisite.")}
            )


class ModuleMaterial(Orderable):
    """A document to download with a module: a handout, slides, a worksheet or a
    facilitator guide, in one language."""

    page = ParentalKey(
        TrainingModulePage, on_delete=models.CASCADE, related_name="materials"
    )
    document = models.ForeignKey(
        get_document_model_string(),
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("document"),
    )
    kind = models.CharField(
        _("kind"),
        max_length=20,
        choices=MaterialKind.choices,
        default=MaterialKind.HANDOUT,
    )
    language = models.CharField(
        _("language"),
        max_length=15,
        choices=content_language_choices,
        default=default_material_language,
        help_text=_("The language the document is written in."),
    )

    panels = [FieldPanel("document"), FieldPanel("kind"), FieldPanel("language")]

    class Meta(Orderable.Meta):
        verbose_name = _("material")
        verbose_name_plural = _("materials")

    @property
    def language_name(self):
        return language_name(self.language)
