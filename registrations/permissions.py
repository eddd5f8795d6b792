"""Who may see registrations: exactly those who may see training requests (the
"Training coordinators" group and superusers), so registrants' details follow
requesters' rules. Editors never see them."""

from wagtail.permission_policies import ModelPermissionPolicy

from training_requests.permissions import training_request_policy

from .models import Registration, RegistrationSettings


class CoordinatorPolicy(ModelPermissionPolicy):
    """A model's permissions are the training requests': what a coordinator may
    do to a request, they may do here."""

    def user_has_permission(self, user, action):
        return training_request_policy.user_has_permission(user, action)

    def users_with_any_permission(self, actions):
        return training_request_policy.users_with_any_permission(actions)


registration_policy = CoordinatorPolicy(Registration)
registration_settings_policy = CoordinatorPolicy(RegistrationSettings)


def can_see_registrations(user) -> bool:
    return registration_policy.user_has_any_permission(user, ["add", "change", "view"])
