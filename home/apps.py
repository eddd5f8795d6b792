from django.apps import AppConfig
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Site")

    def ready(self):
        from wagtail.signals import page_published, page_unpublished, post_page_move

        from . import content_cache

        # Any saved or deleted row a public page may show ends the content version
        # (see home.content_cache), whichever app it belongs to.
        post_save.connect(content_cache.content_saved_or_deleted)
        post_delete.connect(content_cache.content_saved_or_deleted)
        m2m_changed.connect(content_cache.content_related)
        for signal in (page_published, page_unpublished, post_page_move):
            signal.connect(content_cache.page_event)
