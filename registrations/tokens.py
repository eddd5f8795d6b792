"""The private link to a registration: its reference signed with the site's key,
with a salt of its own, so a training request's status link never opens a
registration (the signing itself is training_requests.tokens')."""

from training_requests.tokens import (
    STATUS_LINK_MAX_AGE,
    BadStatusToken,
    ExpiredStatusToken,
    signed_token,
    value_from_token,
)

SALT = "registrations.registration.manage"
MAX_AGE = STATUS_LINK_MAX_AGE

__all__ = [
    "BadStatusToken",
    "ExpiredStatusToken",
    "reference_from_token",
    "registration_token",
]


def registration_token(reference: str) -> str:
    return signed_token(reference, SALT)


def reference_from_token(token: str) -> str:
    return value_from_token(token, SALT, MAX_AGE)
