from django.apps import AppConfig
from django.db.models.signals import m2m_changed, post_migrate, post_save
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "search"
    verbose_name = _("Search")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from wagtail.signals import page_published, page_unpublished

        from . import signals

        post_save.connect(signals.page_saved)
        m2m_changed.connect(signals.page_terms_changed)
        page_published.connect(signals.page_changed)
        page_unpublished.connect(signals.page_changed)
        post_migrate.connect(signals.after_migrate, sender=self)
