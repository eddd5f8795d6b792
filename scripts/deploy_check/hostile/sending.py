"""Sending one case from a thread, from a chosen loopback address, and spreading
the rate-limited posts over many addresses."""

from __future__ import annotations

import ipaddress
import random
import socket
import threading
import time
from urllib.parse import quote, urlsplit

import requests

from .cases import Case, SiteMap
from .client import (
    POSTS_PER_ADDRESS,
    TIMEOUT,
    TRACEBACK_MARKERS,
    Tally,
    parse,
    session_for,
)


# Sending ---------------------------------------------------------------------------
class Addresses:
    """Loopback addresses to send from, a fresh /16 for each run (rate limits last
    an hour, and a second run must not find the first one's counts)."""

    def __init__(self, base_url: str):
        self.usable = self._loopback(base_url)
        rng = random.SystemRandom()
        self.block = (rng.randint(1, 254), rng.randint(0, 255))
        self.next = 0
        self.lock = threading.Lock()

    @staticmethod
    def _loopback(base_url):
        host = urlsplit(base_url).hostname or ""
        try:
            if not (host == "localhost" or ipaddress.ip_address(host).is_loopback):
                return False
        except ValueError:
            return False
        try:
            with socket.socket() as probe:
                probe.bind(("127.1.2.3", 0))
        except OSError:
            return False
        return True

    def take(self) -> str | None:
        if not self.usable:
            return None
        with self.lock:
            self.next += 1
            n = self.next
        second, third = self.block[0], (self.block[1] + n // 250) % 256
        return f"127.{second}.{third}.{n % 250 + 2}"


def assign_addresses(cases: list[Case], addresses: Addresses):
    """A few posts to each rate-limited form from each address."""
    current: dict[str, tuple[str | None, int]] = {}
    for case in cases:
        if not case.target:
            continue
        address, used = current.get(case.target, (None, 10**9))
        if used >= POSTS_PER_ADDRESS[case.target]:
            address, used = addresses.take(), 0
        case.client = address
        current[case.target] = (address, used + 1)


def fresh_stamp(site, session, verify, path, tally) -> str:
    response = session.get(
        site.base_url + path, verify=verify, timeout=TIMEOUT, allow_redirects=False
    )
    tally.add()
    for form in parse(response.text).forms:
        for name, _kind, value in form["inputs"]:
            if name == site.stamp_field:
                return value
    return ""


def send(site: SiteMap, case: Case, verify, tally: Tally) -> dict:
    """Send one case; what came back, as a small record."""
    session = session_for(case.client)
    body = case.body
    if case.fresh_stamp:
        stamp = fresh_stamp(site, session, verify, case.path, tally)
        old, new = quote(site.stamp, safe=""), quote(stamp, safe="")
        body = body.replace(old.encode(), new.encode())
    request = requests.Request(case.method, site.base_url + "/", headers=case.headers)
    prepared = session.prepare_request(request)
    prepared.url = site.base_url + case.path  # exactly as written, dots and all
    if body is not None:
        prepared.body = body
        prepared.headers["Content-Length"] = str(len(body))
    for name, value in case.headers.items():
        if value == "":
            prepared.headers.pop(name, None)
    tally.add()
    started = time.monotonic()
    try:
        response = session.send(
            prepared, verify=verify, timeout=TIMEOUT, allow_redirects=False
        )
        content = response.content
    except requests.RequestException as error:
        return {"case": case, "status": None, "error": type(error).__name__}
    return {
        "case": case,
        "status": response.status_code,
        "traceback": any(marker in content for marker in TRACEBACK_MARKERS),
        "seconds": time.monotonic() - started,
    }
