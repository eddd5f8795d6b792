"""What a POST body must be for the site to read it.

The public site's forms send URL-encoded UTF-8 text and nothing else. Django reads
any other charset by raising (in the CSRF check, then again in its error views), and
reads a multipart body as a stream that checks made after the CSRF middleware can no
longer see. Uploads are expected only in the admin.
"""

import codecs
from urllib.parse import unquote_to_bytes

URLENCODED = "application/x-www-form-urlencoded"
MULTIPART = "multipart/form-data"
# Where large and multipart POSTs are expected (page editing, document uploads).
UPLOAD_PREFIXES = ("/admin/", "/documents/")


def expects_uploads(request) -> bool:
    return request.path.startswith(UPLOAD_PREFIXES)


def declares_another_charset(request) -> bool:
    """A charset other than UTF-8 named in the Content-Type header."""
    charset = request.content_params.get("charset")
    if not charset:
        return False
    try:
        return codecs.lookup(charset).name != "utf-8"
    except LookupError:
        return True


def urlencoded_is_clean(body: bytes) -> bool:
    """Every name and value decodes as UTF-8 and holds no NUL (which PostgreSQL
    refuses, and which Django would otherwise pass on)."""
    try:
        text = body.decode("ascii")
    except UnicodeDecodeError:
        return False
    for pair in text.split("&"):
        for part in pair.split("=", 1):
            raw = unquote_to_bytes(part.replace("+", " "))
            if b"\x00" in raw:
                return False
            try:
                raw.decode("utf-8")
            except UnicodeDecodeError:
                return False
    return True


def why_unreadable(request) -> str:
    """Why the site would not read this POST's body, or "" when it can."""
    if request.content_type == URLENCODED and declares_another_charset(request):
        return "charset"
    if expects_uploads(request):
        return ""
    if request.content_type == MULTIPART:
        return "multipart"
    if request.content_type == URLENCODED and not urlencoded_is_clean(request.body):
        return "bytes"
    return ""
