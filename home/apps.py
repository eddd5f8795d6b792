from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Site")

    def ready(self):
        from .locales import ensure_locales

        # After migrate (and after a test flush) every configured language has a
        # locale kept in sync with the source tree.
        post_migrate.connect(ensure_locales, sender=self)
