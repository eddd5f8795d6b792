"""Session proposals in the admin and the call's page under each convening: wiring
only."""

from wagtail import hooks
from wagtail.permissions import register_permission_policy

from . import audit
from .models import CallForSessions, SessionProposal
from .permissions import call_policy, proposal_policy
from .views import ACTION, propose
from .viewsets import ProposalsViewSetGroup

register_permission_policy(SessionProposal, proposal_policy)
register_permission_policy(CallForSessions, call_policy)


@hooks.register("register_admin_viewset")
def register_proposal_viewsets():
    return ProposalsViewSetGroup()


@hooks.register("convening_actions")
def proposal_actions():
    return {ACTION: propose}


@hooks.register("register_log_actions")
def register_proposal_log_actions(actions):
    for action, formatter in audit.FORMATTERS.items():
        actions.register_action(action)(formatter)
