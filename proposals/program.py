"""Accepted proposals become sessions of the convening's program without retyping.

The session is added to a new draft revision of the convening's source-language page
(partners.models.add_session): the proposal's words (title, format, description,
languages, presenters) are copied, and an editor sets the time and room and
publishes. Until then nothing changes on the public program.
"""

import logging
from datetime import timedelta

from partners.models import add_session

logger = logging.getLogger("proposals")

# A new session's time until an editor sets it: the convening's first hour.
PLACEHOLDER_LENGTH = timedelta(hours=1)


def presenters_of(proposal):
    """Each presenter as add_session takes them: a partner page for an organization
    with a profile and no named person, else the person with their organization."""
    found = []
    for presenter in proposal.presenters.select_related("partner"):
        if presenter.partner_id and not presenter.name:
            found.append(presenter.partner)
        else:
            found.append((presenter.name, presenter.organization_display or ""))
    return found


def session_from_proposal(proposal, user=None):
    """Add an accepted proposal to its convening's program draft, once; the
    session's translation key, which the proposal keeps."""
    if proposal.program_session_key:
        return proposal.program_session_key
    convening = proposal.convening
    start = convening.start
    session = add_session(
        convening,
        user=user,
        title=proposal.title,
        format=proposal.format,
        description=proposal.description,
        languages=list(proposal.languages),
        start=start,
        end=min(convening.end, start + PLACEHOLDER_LENGTH),
        presenters=presenters_of(proposal),
    )
    type(proposal).objects.filter(pk=proposal.pk).update(
        program_session_key=session.translation_key
    )
    proposal.program_session_key = session.translation_key
    logger.info("Session proposal %s added to the program draft", proposal.reference)
    return session.translation_key
