"""Who may see training requests: the "Training coordinators" group (and
superusers). Other editors never see them, so every check goes through this one
permission policy."""

from django.contrib.auth.management import create_permissions
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType

from wagtail.permission_policies import ModelPermissionPolicy

from .models import TrainingRequest

COORDINATORS = "Training coordinators"
# Coordinators add (phone and walk-in requests), change and view; nobody but a
# superuser deletes, since the triage never throws a request away.
COORDINATOR_ACTIONS = ["add", "change", "view"]


class TrainingRequestPermissionPolicy(ModelPermissionPolicy):
    """Wagtail's model policy, but asking Django's content type cache each time
    instead of keeping its own copy for the life of the process (which outlives a
    flushed test database, whose content types come back with new ids)."""

    @property
    def _content_type(self):
        return ContentType.objects.get_for_model(self.auth_model)


training_request_policy = TrainingRequestPermissionPolicy(TrainingRequest)


def can_see_requests(user) -> bool:
    return training_request_policy.user_has_any_permission(
        user, ["add", "change", "view"]
    )


def ensure_coordinators_group(app_config=None, using="default", **kwargs) -> Group:
    """Create the group with its permissions; safe to run after every migrate."""
    if app_config is not None:
        # Our post_migrate receiver may run before Django's own for this app.
        create_permissions(app_config, verbosity=0, using=using)
    group, _created = Group.objects.using(using).get_or_create(name=COORDINATORS)
    content_type = ContentType.objects.db_manager(using).get_for_model(TrainingRequest)
    wanted = list(
        Permission.objects.using(using).filter(
            content_type=content_type,
            codename__in=[
                f"{action}_{TrainingRequest._meta.model_name}"
                for action in COORDINATOR_ACTIONS
            ],
        )
    )
    # Made by a Wagtail migration; made again here if a flush took it away.
    admin_type, _created = ContentType.objects.db_manager(using).get_or_create(
        app_label="wagtailadmin", model="admin"
    )
    access_admin, _created = Permission.objects.using(using).get_or_create(
        content_type=admin_type,
        codename="access_admin",
        defaults={"name": "Can access Wagtail admin"},
    )
    group.permissions.add(*wanted, access_admin)
    return group
