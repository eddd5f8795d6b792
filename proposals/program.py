"""Accepted proposals become sessions of the convening's program without retyping.

The program's sessions (partners.ConveningSession, an orderable child of the
convening page) are built in the partners app; this module fills one from a
proposal when that model exists, and does nothing until then. Only the session's
words are copied: title, format, description, languages, presenters. Times and
rooms are the program's to set.
"""

import logging

from django.apps import apps

logger = logging.getLogger("proposals")


def session_model():
    """partners.ConveningSession, or None while the program is not installed."""
    if not apps.is_installed("partners"):
        return None
    try:
        return apps.get_model("partners", "ConveningSession")
    except LookupError:
        return None


def _fields(model):
    return {field.name for field in model._meta.get_fields()}


def _presenters_text(proposal):
    lines = []
    for presenter in proposal.presenters.select_related("partner"):
        organization = presenter.organization_display
        lines.append(
            f"{presenter.name} ({organization})" if organization else presenter.name
        )
    return "\n".join(lines)


def session_from_proposal(proposal):
    """The program session made from an accepted proposal (made once: a second call
    returns the same session), or None when the program has no sessions yet."""
    model = session_model()
    if model is None:
        return None
    if proposal.program_session_id:
        existing = model.objects.filter(pk=proposal.program_session_id).first()
        if existing is not None:
            return existing
    fields = _fields(model)
    values = {"title": proposal.title}
    optional = {
        "format": proposal.format,
        "description": proposal.description,
        "languages": list(proposal.languages),
        "interpretation": proposal.access_needs,
    }
    for name, value in optional.items():
        if name in fields:
            values[name] = value
    # Times are the program's to set; a model that insists on them gets the
    # convening's own, for staff to change.
    for name, value in (
        ("start", proposal.convening.start),
        ("end", proposal.convening.end),
    ):
        if name in fields and not model._meta.get_field(name).null:
            values[name] = value
    parent_key = "page" if "page" in fields else "convening"
    values[parent_key] = proposal.convening
    session = model(**values)
    presenters = _presenters_text(proposal)
    field = _presenter_field(model)
    if field is not None and not field.is_relation:
        setattr(session, field.name, presenters)
    session.save()
    if field is not None and field.many_to_many:
        partners = [p.partner for p in proposal.presenters.all() if p.partner_id]
        if partners and field.related_model is type(partners[0]):
            getattr(session, field.name).set(partners)
    type(proposal).objects.filter(pk=proposal.pk).update(program_session_id=session.pk)
    proposal.program_session_id = session.pk
    logger.info("Session proposal %s added to the program", proposal.reference)
    return session


def _presenter_field(model):
    for field in model._meta.get_fields():
        if field.name == "presenters":
            return field
    return None
