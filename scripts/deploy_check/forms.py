"""Filling in the training request form as a person would: GET it, wait past the
form's fill-time stamp, POST it with the CSRF token, follow the thank-you redirect.
The contact details are made up per submission and never printed."""

import base64
import html
import re
import time
from dataclasses import dataclass

MIN_FILL_SECONDS = 3.3  # training_requests/tokens.py MIN_FILL_SECONDS, and a margin
HIDDEN = re.compile(r'<input[^>]*type="hidden"[^>]*>', re.I)
ATTRIBUTE = re.compile(r'(name|value)="([^"]*)"')
MODULE = re.compile(
    r'name="modules"[^>]*value="(\d+)"|value="(\d+)"[^>]*name="modules"'
)
REFERENCE = re.compile(r"TR-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}")
THANKS = re.compile(r"/thanks/([A-Za-z0-9_-]+)/?$")


@dataclass
class Submission:
    source: str
    email: str
    form_status: int = 0
    post_status: int = 0
    post_seconds: float = 0.0
    started: float = 0.0  # monotonic time the POST was sent
    reference: str = ""
    error: str = ""


def hidden_fields(page: str) -> dict:
    fields = {}
    for tag in HIDDEN.findall(page):
        attributes = dict(ATTRIBUTE.findall(tag))
        if "name" in attributes:
            fields[attributes["name"]] = html.unescape(attributes.get("value", ""))
    return fields


def submit(client, base_url, form_path, submission: Submission, record) -> None:
    """One request from form to thank-you page; `record(response)` sees every
    response (for the load figures)."""
    form = client.get(form_path)
    record(form)
    submission.form_status = form.status
    if form.status != 200:
        return
    data = hidden_fields(form.body)
    modules = [a or b for a, b in MODULE.findall(form.body)]
    data.update(
        website="",
        organization_name="Deploy Check Workers Center",
        contact_name="Deploy Check",
        email=submission.email,
        languages=["en"],
        modules=modules[:1],
        not_sure_description="" if modules else "A training on wage theft.",
        delivery="online",
        consent="on",
    )
    time.sleep(MIN_FILL_SECONDS)
    submission.started = time.monotonic()
    headers = {"Referer": base_url + form_path, "Origin": base_url}
    posted = client.post(form_path, data, headers=headers)
    record(posted)
    submission.post_status = posted.status
    submission.post_seconds = posted.seconds
    if posted.status != 303:
        return
    location = posted.header("location")
    if not THANKS.search(location):
        submission.error = "redirect elsewhere than a thank-you page"
        return
    # The token is the reference, signed: the request was accepted even if the
    # thank-you page itself cannot be shown now (the database just went away).
    submission.reference = reference_in_token(THANKS.search(location).group(1))
    path = location.split("://", 1)[-1]
    path = path[path.index("/") :] if "://" in location else location
    thanks = client.get(path)
    record(thanks)
    if thanks.status == 200:
        shown = REFERENCE.search(thanks.body)
        if not shown or shown.group(0) != submission.reference:
            submission.error = "the thank-you page shows another reference"


def reference_in_token(token: str) -> str:
    padded = token + "=" * (-len(token) % 4)
    signed = base64.urlsafe_b64decode(padded).decode("utf-8", "replace")
    return signed.split(":", 1)[0]
