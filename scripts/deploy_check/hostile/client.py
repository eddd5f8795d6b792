"""What every part of the stage shares: its limits, an HTML reader, a request
counter and HTTP sessions that send from a chosen loopback address."""

from __future__ import annotations

import threading
from html.parser import HTMLParser
from http.cookiejar import DefaultCookiePolicy

import requests
from requests.adapters import HTTPAdapter

LANGUAGES = ["en", "es", "ht", "ar"]
THREADS = 8
TIMEOUT = 30
MIN_FILL_SECONDS = 3.2  # the form's minimum fill time, and a little more
POSTS_PER_ADDRESS = {"form": 8, "wish": 25}  # under the limits of 10 and 30 an hour
RATE_LIMIT = 10  # training requests an hour from one address
USER_AGENT = "training-hub-deploy-check/hostile"
TRACEBACK_MARKERS = (b"Traceback (most recent call last)", b"Exception Value:")
SHOWN_FAILURES = 60


# Reading the site ------------------------------------------------------------------
class PageParser(HTMLParser):
    """Links, forms (with their inputs) and selects (with their options)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.links: list[str] = []
        self.forms: list[dict] = []
        self.selects: dict[str, list[str]] = {}
        self._select = None

    def handle_starttag(self, tag, attrs):
        attrs = {k: v or "" for k, v in attrs}
        if tag == "a" and attrs.get("href"):
            self.links.append(attrs["href"])
        elif tag == "form":
            self.forms.append(
                {
                    "action": attrs.get("action", ""),
                    "method": attrs.get("method", "get").lower(),
                    "inputs": [],
                }
            )
        elif tag in ("input", "textarea", "button") and self.forms and "name" in attrs:
            self.forms[-1]["inputs"].append(
                (attrs["name"], attrs.get("type", tag), attrs.get("value", ""))
            )
        elif tag == "select" and attrs.get("name"):
            self._select = attrs["name"]
            self.selects.setdefault(self._select, [])
            if self.forms:
                self.forms[-1]["inputs"].append((self._select, "select", ""))
        elif tag == "option" and self._select:
            self.selects[self._select].append(attrs.get("value", ""))

    def handle_endtag(self, tag):
        if tag == "select":
            self._select = None


def parse(html: str) -> PageParser:
    parser = PageParser()
    parser.feed(html)
    return parser


class Tally:
    """Requests sent, counted from every thread."""

    def __init__(self):
        self.count = 0
        self.lock = threading.Lock()

    def add(self):
        with self.lock:
            self.count += 1


class SourceAddressAdapter(HTTPAdapter):
    """Connections from one local address, so the site sees one client per address."""

    def __init__(self, source: str, **kwargs):
        self.source = source
        super().__init__(**kwargs)

    def init_poolmanager(self, *args, **kwargs):
        kwargs["source_address"] = (self.source, 0)
        super().init_poolmanager(*args, **kwargs)


_sessions: list[requests.Session] = []
_sessions_lock = threading.Lock()
_local = threading.local()


def new_session(source: str | None) -> requests.Session:
    session = requests.Session()
    session.headers["User-Agent"] = USER_AGENT
    # Each case sends the cookies it means to send, and no other.
    session.cookies.set_policy(DefaultCookiePolicy(allowed_domains=[]))
    if source:
        adapter = SourceAddressAdapter(source)
        session.mount("http://", adapter)
        session.mount("https://", adapter)
    with _sessions_lock:
        _sessions.append(session)
    return session


def session_for(source: str | None) -> requests.Session:
    sessions = _local.__dict__.setdefault("sessions", {})
    if source not in sessions:
        sessions[source] = new_session(source)
    return sessions[source]
