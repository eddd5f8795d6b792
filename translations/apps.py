from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class TranslationsConfig(AppConfig):
    name = "translations"
    verbose_name = _("Translations")

    def ready(self):
        from .groups import ensure_translators_group
        from .locales import ensure_locales

        # After migrate (and after a test flush) every configured language has a
        # locale kept in sync with the source tree, and translators have a group.
        post_migrate.connect(ensure_locales, sender=self)
        post_migrate.connect(ensure_translators_group, sender=self)
