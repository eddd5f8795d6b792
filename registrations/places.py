"""Places and the waiting list: who gets a place, and who moves up.

Every change that can take or free a place locks the convening's settings row
first (select_for_update), so two people registering at the same moment are
counted one after the other and never take more places than there are.
"""

from django.db import transaction

from .choices import Status
from .models import Registration, RegistrationSettings


def _locked_settings(convening_id):
    RegistrationSettings.objects.get_or_create(convening_id=convening_id)
    return RegistrationSettings.objects.select_for_update().get(
        convening_id=convening_id
    )


def has_room(settings_row, convening_id):
    if settings_row.capacity is None:
        return True
    taken = Registration.objects.filter(convening_id=convening_id).confirmed().count()
    return taken < settings_row.capacity


def register(convening_id, **fields):
    """Store a registration: confirmed while there is room, else waitlisted."""
    with transaction.atomic():
        settings_row = _locked_settings(convening_id)
        status = (
            Status.CONFIRMED
            if has_room(settings_row, convening_id)
            else Status.WAITLISTED
        )
        return Registration.objects.create(
            convening_id=convening_id, status=status, **fields
        )


def cancel(registration):
    """Cancel a registration; returns those who moved up from the waiting list."""
    with transaction.atomic():
        _locked_settings(registration.convening_id)
        current = Registration.objects.select_for_update().get(pk=registration.pk)
        if current.status == Status.CANCELLED:
            return []
        current.status = Status.CANCELLED
        current.save(update_fields=["status", "changed_at"])
        registration.status = current.status
        return fill_places(registration.convening_id)


def fill_places(convening_id, passing_over=()):
    """Move the first on the waiting list up while there is room (after a
    cancellation, or when staff add places); returns those moved up. Those
    `passing_over` (ids) stay where they are."""
    with transaction.atomic():
        settings_row = _locked_settings(convening_id)
        moved = []
        waiting = Registration.objects.filter(convening_id=convening_id).exclude(
            pk__in=passing_over
        )
        for registration in waiting.in_waiting_order().select_for_update():
            if not has_room(settings_row, convening_id):
                break
            registration.status = Status.CONFIRMED
            registration.save(update_fields=["status", "changed_at"])
            moved.append(registration)
        return moved


def save_by_staff(save, convening_id, passing_over=()):
    """Run a coordinator's change (`save`, which stores a registration or the
    settings) with the places locked, then fill any place it freed or added,
    passing over the registration they just put on the waiting list. Returns
    what `save` returned and those moved up. A coordinator may confirm someone
    beyond the places (an override): then nobody moves up."""
    with transaction.atomic():
        _locked_settings(convening_id)
        saved = save()
        return saved, fill_places(convening_id, passing_over)
