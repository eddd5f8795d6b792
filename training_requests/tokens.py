"""References, private status links and the form's fill-time stamp.

A reference ("TR-7KQ2-M9XD") is random, from letters and digits nobody confuses
when reading one out on the phone. A status link carries the reference signed with
the site's secret key, so it cannot be guessed or edited, and expires. The form's
stamp is the time the form was shown, signed, so a bot cannot fake having taken its
time.
"""

import base64
import binascii
import secrets
import time
from dataclasses import dataclass

from django.core import signing

# No 0/O, 1/I/L: a reference is read aloud and typed from paper.
REFERENCE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
REFERENCE_PREFIX = "TR"
REFERENCE_GROUP = 4  # characters in each of the two groups after the prefix
REFERENCE_LENGTH = len(REFERENCE_PREFIX) + 2 * (1 + REFERENCE_GROUP)  # "TR-7KQ2-M9XD"

# The salts keep the name the app had when the first links were sent: changing
# them would break every status link already in a requester's inbox.
STATUS_SALT = "curriculum.training-request.status"
STATUS_LINK_MAX_AGE = 365 * 24 * 60 * 60  # a year: longer than any request stays open

STAMP_SALT = "curriculum.training-request.form-stamp"
MIN_FILL_SECONDS = 3
MAX_FORM_AGE = 2 * 24 * 60 * 60  # a form left open over a weekend still works


def new_reference(prefix: str = REFERENCE_PREFIX) -> str:
    """A fresh random reference; other records (session proposals) pass their own
    two-letter prefix so a reference says what it is."""
    chars = "".join(
        secrets.choice(REFERENCE_ALPHABET) for _ in range(2 * REFERENCE_GROUP)
    )
    return f"{prefix}-{chars[:REFERENCE_GROUP]}-{chars[REFERENCE_GROUP:]}"


def normalize_reference(text: str) -> str:
    """ "tr 7kq2 m9xd" as a requester may type it -> "TR-7KQ2-M9XD"."""
    compact = "".join(ch for ch in text.upper() if ch.isalnum())
    if compact.startswith(REFERENCE_PREFIX):
        compact = compact[len(REFERENCE_PREFIX) :]
    return f"{REFERENCE_PREFIX}-{compact[:REFERENCE_GROUP]}-{compact[REFERENCE_GROUP:]}"


# Status links ----------------------------------------------------------------------
class BadStatusToken(Exception):
    """The link was changed or cut short."""


class ExpiredStatusToken(Exception):
    """The link is genuine but older than STATUS_LINK_MAX_AGE."""


def signed_token(value: str, salt: str) -> str:
    """`value`, a timestamp and their signature, in URL-safe base64: Wagtail routes
    only letters, digits, "-" and "_" in a page's sub-URL. Each kind of link has its
    own `salt`, so one kind's token never opens another's page."""
    signed = signing.TimestampSigner(salt=salt).sign(value)
    return base64.urlsafe_b64encode(signed.encode()).decode().rstrip("=")


def value_from_token(token: str, salt: str, max_age: int) -> str:
    """The value a `signed_token` carries; BadStatusToken or ExpiredStatusToken."""
    try:
        padded = token + "=" * (-len(token) % 4)
        signed = base64.urlsafe_b64decode(padded.encode("ascii")).decode("utf-8")
    except (binascii.Error, UnicodeError, ValueError) as error:
        raise BadStatusToken from error
    try:
        return signing.TimestampSigner(salt=salt).unsign(signed, max_age=max_age)
    except signing.SignatureExpired as error:
        raise ExpiredStatusToken from error
    except signing.BadSignature as error:
        raise BadStatusToken from error


def status_token(reference: str) -> str:
    return signed_token(reference, STATUS_SALT)


def reference_from_status_token(token: str) -> str:
    return value_from_token(token, STATUS_SALT, STATUS_LINK_MAX_AGE)


# The form's fill-time stamp -----------------------------------------------------------
@dataclass(frozen=True)
class StampCheck:
    ok: bool
    problem: str = ""  # "missing", "forged", "too_fast" or "too_old"


def form_stamp(at: float | None = None) -> str:
    """The hidden field's value: when the form was shown, signed."""
    return signing.dumps(int(at if at is not None else time.time()), salt=STAMP_SALT)


def check_form_stamp(value: str | None, now: float | None = None) -> StampCheck:
    if not value:
        return StampCheck(False, "missing")
    try:
        shown_at = signing.loads(value, salt=STAMP_SALT)
    except (signing.BadSignature, ValueError, TypeError):
        return StampCheck(False, "forged")
    if not isinstance(shown_at, int):
        return StampCheck(False, "forged")
    age = (now if now is not None else time.time()) - shown_at
    if age < MIN_FILL_SECONDS:
        return StampCheck(False, "too_fast")
    if age > MAX_FORM_AGE:
        return StampCheck(False, "too_old")
    return StampCheck(True)
