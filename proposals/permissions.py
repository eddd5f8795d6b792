"""Who may see session proposals and open calls for sessions: the "Training
coordinators" group (and superusers), as for training requests. Other editors
never see them, so every check goes through these permission policies."""

from django.contrib.auth.management import create_permissions
from django.contrib.auth.models import Permission
from django.contrib.contenttypes.models import ContentType

from training_requests.permissions import (
    COORDINATOR_ACTIONS,
    TrainingRequestPermissionPolicy,
    ensure_coordinators_group,
)

from .models import CallForSessions, SessionProposal

proposal_policy = TrainingRequestPermissionPolicy(SessionProposal)
call_policy = TrainingRequestPermissionPolicy(CallForSessions)


def can_see_proposals(user) -> bool:
    return proposal_policy.user_has_any_permission(user, ["add", "change", "view"])


def ensure_coordinators_see_proposals(app_config=None, using="default", **kwargs):
    """Give the coordinators group the proposal and call permissions; safe to run
    after every migrate."""
    if app_config is not None:
        create_permissions(app_config, verbosity=0, using=using)
    group = ensure_coordinators_group(using=using)
    for model in (SessionProposal, CallForSessions):
        content_type = ContentType.objects.db_manager(using).get_for_model(model)
        group.permissions.add(
            *Permission.objects.using(using).filter(
                content_type=content_type,
                codename__in=[
                    f"{action}_{model._meta.model_name}"
                    for action in COORDINATOR_ACTIONS
                ],
            )
        )
    return group
