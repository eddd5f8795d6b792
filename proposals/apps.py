from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class ProposalsConfig(AppConfig):
    name = "proposals"
    verbose_name = _("Session proposals")

    def ready(self):
        from .permissions import ensure_coordinators_see_proposals

        # The "Training coordinators" group also reviews session proposals and
        # opens calls for sessions, after migrate and after a test flush.
        post_migrate.connect(ensure_coordinators_see_proposals, sender=self)
