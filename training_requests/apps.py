from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class TrainingRequestsConfig(AppConfig):
    name = "training_requests"
    verbose_name = _("Training requests")

    def ready(self):
        from .permissions import ensure_coordinators_group

        # After migrate (and after a test flush) the "Training coordinators" group
        # exists with the permissions to triage training requests.
        post_migrate.connect(ensure_coordinators_group, sender=self)
