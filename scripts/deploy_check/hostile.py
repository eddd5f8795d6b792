"""The deploy check's hostile-input stage: thousands of malformed, oversized and
malicious requests through the real stack (nginx, gunicorn, Django), none of which
may get a 5xx, a traceback or a stored row.

First the running site is read like a visitor would (discover): its languages, the
training request form with its CSRF token and signed stamp, the listings' filters and
a page that offers "ask for this page in your language". Then a fixed corpus
(hostile_corpus.py) and cases drawn by hypothesis are sent from a thread pool.

Posts to the rate-limited forms go out from many loopback addresses (127.x.y.z, a
block picked at random for each run), a few from each, so that a case meant to be
refused is refused for its own reason and not for the limit of 10 requests an hour.
The form's stamp is signed, not single-use: one stamp, three seconds old, serves
every post.

    python -m scripts.deploy_check.hostile http://127.0.0.1:8101

runs the stage alone against a server, counting rows in DATABASE_URL's database.
"""

from __future__ import annotations

import ipaddress
import json
import os
import random
import socket
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from html.parser import HTMLParser
from http.cookiejar import DefaultCookiePolicy
from urllib.parse import quote, urlencode, urljoin, urlsplit

import psycopg
import requests
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from hypothesis.configuration import set_hypothesis_home_dir
from requests.adapters import HTTPAdapter

from .hostile_corpus import (
    INJECTIONS,
    ODD_TEXT,
    Case,
    FormChoices,
    SiteMap,
    build_corpus,
    encode,
    replace,
)

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


def discover(base_url: str, verify, tally: Tally) -> SiteMap:
    """Read the site as a visitor would: the languages' home pages, the pages they
    link to, the request form and a page offering a translation wish."""
    site = SiteMap(base_url=base_url.rstrip("/"), languages=[])
    lock = threading.Lock()

    def fetch(path):
        tally.add()
        response = session_for(None).get(
            site.base_url + path, verify=verify, timeout=TIMEOUT, allow_redirects=False
        )
        return response, parse(response.text) if response.ok else None

    def read_language(lang):
        response, home = fetch(f"/{lang}/")
        if home is None:
            return
        prefix = f"/{lang}/"
        links = {urlsplit(urljoin(prefix, link)).path for link in home.links}
        paths = sorted(p for p in links if p.startswith(prefix))
        site.pages[lang] = paths
        for path in (p for p in paths if p.count("/") == 3):  # /en/trainings/
            response, page = fetch(path)
            if page is None:
                continue
            for form in page.forms:
                names = {name for name, _type, _value in form["inputs"]}
                if site.stamp_field in names and form["method"] == "post":
                    site.form_paths[lang] = path
                    with lock:
                        if not site.stamp:
                            read_request_form(site, response, page, form)
                elif form["method"] == "get" and form["action"] in ("", path):
                    site.listings[path] = {
                        name: [v for v in page.selects.get(name, []) if v]
                        for name, kind, _value in form["inputs"]
                        if kind in ("select", "search", "text")
                    }
        if lang == LANGUAGES[0]:
            return  # the source language: every page is there, nothing to wish for
        for path in [p for p in paths if p.count("/") > 3][:6]:
            response, page = fetch(path)
            forms = page.forms if page else []
            wish = next(
                (f for f in forms if "ask-for-translation" in f["action"]), None
            )
            if wish:
                page_id = {n: v for n, _t, v in wish["inputs"]}.get("page")
                site.wishes[lang] = (path, page_id)
                return

    with ThreadPoolExecutor(len(LANGUAGES)) as pool:
        list(pool.map(read_language, LANGUAGES))
    site.languages = [lang for lang in LANGUAGES if lang in site.pages]
    return site


def read_request_form(site, response, page, form):
    """The CSRF cookie and token, the stamp and the choices the form offers."""
    site.stamp_time = time.monotonic()
    for cookie in response.cookies:
        if "csrf" in cookie.name.lower():
            site.csrf_cookie_name, site.csrf_cookie = cookie.name, cookie.value
    choices = FormChoices()
    for name, kind, value in form["inputs"]:
        if name == "csrfmiddlewaretoken":
            site.csrf_token = value
        elif name == site.stamp_field:
            site.stamp = value
        elif kind in ("checkbox", "radio") and hasattr(choices, name) and value:
            getattr(choices, name).append(value)
    for name, values in page.selects.items():
        if hasattr(choices, name):
            setattr(choices, name, [v for v in values if v])
    site.choices = choices


# Sending ---------------------------------------------------------------------------
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


# Generated cases -------------------------------------------------------------------
FORM_FIELDS = [
    "organization",
    "organization_name",
    "contact_name",
    "email",
    "phone",
    "languages",
    "interpretation_needed",
    "modules",
    "curricula",
    "not_sure_description",
    "sector",
    "participants",
    "delivery",
    "city",
    "region",
    "preferred_dates",
    "support_needs",
    "accessibility_needs",
    "notes",
    "consent",
]
HEADERS = [
    "Accept-Language",
    "Cookie",
    "User-Agent",
    "Referer",
    "X-Request-ID",
    "X-Forwarded-For",
    "X-Forwarded-Proto",
    "X-Forwarded-Host",
    "If-Modified-Since",
    "If-None-Match",
    "Range",
    "Accept",
    "Accept-Encoding",
    "Forwarded",
]
METHODS = ["GET", "GET", "GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS"]

# Text of every kind: control characters, right-to-left marks, emoji, astral planes
# (surrogates excluded: they cannot be sent as UTF-8 at all; raw bytes cover that).
any_text = st.text(st.characters(exclude_categories=["Cs"]), max_size=300)
odd_values = st.one_of(
    any_text,
    st.sampled_from(INJECTIONS + ODD_TEXT),
    st.integers(min_value=-(2**80), max_value=2**80).map(str),
    st.floats(allow_nan=True, allow_infinity=True).map(repr),
    st.text(st.characters(exclude_categories=["Cs"]), min_size=150, max_size=2000),
    st.builds(
        lambda c, n: c * n, st.sampled_from("aé中🍅ا\u202e"), st.integers(1, 3000)
    ),
)
raw_values = st.binary(max_size=40)  # percent-encoded as they are: often not UTF-8
values = st.one_of(odd_values, raw_values)
header_text = st.text(
    st.characters(min_codepoint=0x20, max_codepoint=0xFF, exclude_characters="\x7f"),
    max_size=200,
).map(str.strip)


def form_post_strategy(site: SiteMap):
    langs = sorted(site.form_paths)
    content_types = [
        "application/x-www-form-urlencoded",
        "application/x-www-form-urlencoded",
        "application/x-www-form-urlencoded",
        "application/x-www-form-urlencoded",
        "application/x-www-form-urlencoded; charset=utf-8",
        "application/x-www-form-urlencoded; charset=latin-1",
        "application/x-www-form-urlencoded; charset=",
        "text/plain",
        "application/json",
        "multipart/form-data; boundary=x",
        "",
    ]

    @st.composite
    def strategy(draw):
        lang = draw(st.sampled_from(langs))
        pairs = site.valid_request_fields()
        # Most posts lack consent, so only about one in five can be accepted.
        if draw(st.sampled_from([True, False, False, False, False])):
            pairs = replace(pairs, "consent", None)
        for _ in range(draw(st.integers(1, 4))):
            name = draw(st.one_of(st.sampled_from(FORM_FIELDS), any_text))
            mode = draw(st.sampled_from(["set", "set", "set", "add", "list", "drop"]))
            if mode == "drop":
                pairs = replace(pairs, name, None)
            elif mode == "list":
                pairs += [(name, v) for v in draw(st.lists(values, max_size=30))]
            elif mode == "add":
                pairs.append((name, draw(values)))
            else:
                pairs = replace(pairs, name, draw(values))
        guard = draw(st.sampled_from(["", "", "", "", "honeypot", "stamp", "csrf"]))
        if guard == "honeypot":
            pairs = replace(pairs, site.honeypot_field, draw(any_text) or "x")
        elif guard == "stamp":
            pairs = replace(pairs, site.stamp_field, draw(any_text))
        elif guard == "csrf":
            pairs = replace(pairs, "csrfmiddlewaretoken", draw(any_text))
        path = site.form_paths[lang]
        headers = site.post_headers(
            path, content_type=draw(st.sampled_from(content_types))
        )
        return Case(
            f"{lang} form: generated ({guard or 'fields'})",
            "POST",
            path,
            headers,
            encode(pairs),
            None,
            target="form",
            family="generated",
        )

    return strategy()


def wish_strategy(site: SiteMap):
    langs = site.languages
    page_ids = [page_id for _path, page_id in site.wishes.values() if page_id] or ["1"]

    @st.composite
    def strategy(draw):
        lang = draw(st.sampled_from(langs))
        page = draw(
            st.one_of(
                st.sampled_from(page_ids),
                st.integers(min_value=-(2**70), max_value=2**70).map(str),
                values,
            )
        )
        pairs = [("csrfmiddlewaretoken", site.csrf_token), ("page", page)]
        for _ in range(draw(st.integers(0, 3))):
            pairs.append((draw(any_text), draw(values)))
        path = f"/{lang}/ask-for-translation/"
        return Case(
            f"{lang} wish: generated",
            "POST",
            path,
            site.post_headers(path),
            encode(pairs),
            None,
            target="wish",
            family="generated",
        )

    return strategy()


def query_strategy(site: SiteMap):
    paths = sorted(site.listings) + [f"/{lang}/search/" for lang in site.languages]
    paths += sorted(site.form_paths.values()) + [f"/{lang}/" for lang in site.languages]
    names = sorted({n for f in site.listings.values() for n in f} | {"page", "q"})
    names += ["module", "curriculum", "translation_requested"]

    @st.composite
    def strategy(draw):
        path = draw(st.sampled_from(paths))
        filters = site.listings.get(path, {})
        pairs = []
        for _ in range(draw(st.integers(1, 6))):
            name = draw(st.one_of(st.sampled_from(names), any_text))
            known = filters.get(name, [])
            value = draw(st.one_of(st.sampled_from(known), values) if known else values)
            pairs.append((name, value))
        text = urlencode(pairs)[:3500]
        return Case(
            f"{path} generated query",
            "GET",
            f"{path}?{text}",
            {},
            None,
            None,
            family="generated",
        )

    return strategy()


def header_strategy(site: SiteMap):
    paths = [p for pages in site.pages.values() for p in pages[:6]]
    paths += sorted(site.listings)

    @st.composite
    def strategy(draw):
        path = draw(st.sampled_from(paths))
        headers = {}
        for _ in range(draw(st.integers(1, 4))):
            headers[draw(st.sampled_from(HEADERS))] = draw(header_text)
        return Case(
            f"{path} generated headers ({', '.join(sorted(headers))})",
            draw(st.sampled_from(["GET", "GET", "HEAD"])),
            path,
            {k: v.encode("latin-1").decode("latin-1") for k, v in headers.items()},
            None,
            None,
            family="generated",
        )

    return strategy()


def path_strategy(site: SiteMap):
    prefixes = [f"/{lang}/" for lang in site.languages]
    prefixes += sorted(site.form_paths.values())
    prefixes += [f"{form}status/" for form in site.form_paths.values()]
    segment = st.one_of(
        any_text.map(lambda t: quote(t, safe="")),
        raw_values.map(lambda b: quote(b, safe="")),
        st.sampled_from(["..", ".", "%2e%2e", "%00", "%2F", "", "~", "@", "%"]),
    )

    @st.composite
    def strategy(draw):
        prefix = draw(st.sampled_from(prefixes))
        path = prefix + "/".join(draw(st.lists(segment, min_size=1, max_size=5)))
        path = path[:3500]
        method = draw(st.sampled_from(METHODS))
        return Case(
            f"{prefix} generated path ({method})",
            method,
            path,
            {},
            None,
            None,
            family="generated",
        )

    return strategy()


def draw_cases(strategy, count: int) -> list[Case]:
    """`count` examples of a strategy, the same ones on every run, driven through a
    plain function rather than a test runner."""
    cases: list[Case] = []
    if count <= 0:
        return cases

    @settings(
        max_examples=count,
        deadline=None,
        database=None,
        derandomize=True,
        phases=[Phase.generate],
        suppress_health_check=list(HealthCheck),
        print_blob=False,
    )
    @given(strategy)
    def collect(case):
        cases.append(case)

    collect()
    return cases[:count]


def generated_cases(site: SiteMap, count: int) -> list[Case]:
    shares = [
        (form_post_strategy, 0.45),
        (wish_strategy, 0.15),
        (query_strategy, 0.15),
        (header_strategy, 0.1),
        (path_strategy, 0.15),
    ]
    cases = []
    # Hypothesis keeps a cache of the code's constants: not in the work tree.
    with tempfile.TemporaryDirectory(prefix="hostile-hypothesis-") as home:
        set_hypothesis_home_dir(home)
        try:
            for make, share in shares:
                if make is form_post_strategy and not site.form_paths:
                    continue
                cases += draw_cases(make(site), max(20, round(count * share)))
        finally:
            set_hypothesis_home_dir(None)
    return cases


# The rate limit ---------------------------------------------------------------------
def rate_limit_probe(site, verify, tally, address) -> list[dict]:
    """Twelve refused posts (honeypot filled) from one address with a changing
    X-Forwarded-For: the first ten are refused for the honeypot, the rest for the
    limit, whichever app server takes them."""
    if not site.form_paths or address is None:
        return []
    lang = sorted(site.form_paths)[0]
    body = encode(replace(site.valid_request_fields(), site.honeypot_field, "x"))
    results = []
    for i in range(RATE_LIMIT + 2):
        headers = site.post_headers(site.form_paths[lang])
        headers["X-Forwarded-For"] = f"203.0.113.{i + 1}"
        expect = frozenset({400}) if i < RATE_LIMIT else frozenset({429})
        case = Case(
            f"{lang} form: rate limit, post {i + 1}",
            "POST",
            site.form_paths[lang],
            headers,
            body,
            expect,
            strict=True,
            target="form",
        )
        case.client = address
        results.append(send(site, case, verify, tally))
    return results


# The stage -------------------------------------------------------------------------
def judge(results: list[dict]) -> tuple[list[str], list[str], Counter]:
    """Failures (the site broke a promise) and surprises (an unexpected 4xx)."""
    failures, surprises = [], []
    accepted: Counter = Counter()
    for result in results:
        case, status = result["case"], result["status"]
        where = f"{case.name}: {case.method} {case.path[:100]}"
        if status is None:
            failures.append(f"{where} -> connection error ({result['error']})")
            continue
        if status >= 500:
            failures.append(f"{where} -> {status}")
        if result.get("traceback"):
            failures.append(f"{where} -> {status} with a traceback in the page")
        if case.target and case.method == "POST" and status in (302, 303):
            accepted[case.target] += 1
        if case.expect is None or status in case.expect or status >= 500:
            continue
        refusal_expected = all(code >= 400 for code in case.expect)
        if case.strict or (case.method == "POST" and refusal_expected and status < 400):
            failures.append(f"{where} -> {status}, expected {sorted(case.expect)}")
        else:
            surprises.append(f"{where} -> {status}, expected {sorted(case.expect)}")
    return failures, surprises, accepted


def rows_allowed(table: str, accepted: Counter) -> int:
    """Rows a table may gain from the posts the site accepted: one request per
    accepted training request, at most one wish row per accepted wish."""
    if "wish" in table:
        return accepted["wish"]
    if "request" in table:
        return accepted["form"]
    return 0


def run(
    base_url: str,
    *,
    verify,
    count_rows: Callable[[], dict[str, int]],
    min_requests: int = 2000,
) -> dict:
    """Send the corpus and generated cases; see the module's docstring."""
    started = time.monotonic()
    tally = Tally()
    rows_before = count_rows()
    site = discover(base_url, verify, tally)
    failures: list[str] = []
    if not site.languages:
        failures.append(f"no language's home page answered under {base_url}")
    if not site.form_paths:
        failures.append("found no training request form on any language's home page")
    addresses = Addresses(base_url)
    # The one stamp every post reuses must be older than the form's minimum.
    stamp_age = time.monotonic() - site.stamp_time
    if stamp_age < MIN_FILL_SECONDS:
        time.sleep(MIN_FILL_SECONDS - stamp_age)

    def send_all(pool, cases):
        # Mixed, so both app servers see every kind at once; the same order each run.
        random.Random(42).shuffle(cases)  # noqa: S311 (not for secrets)
        assign_addresses(cases, addresses)
        return [pool.submit(send, site, case, verify, tally) for case in cases]

    with ThreadPoolExecutor(THREADS) as pool:
        probe = pool.submit(rate_limit_probe, site, verify, tally, addresses.take())
        corpus = build_corpus(site)
        futures = send_all(pool, corpus)
        # Drawn while the corpus is on its way.
        planned = len(corpus) + tally.count + RATE_LIMIT + 2
        # A few more than needed: some are dropped as duplicates by hypothesis.
        generated = generated_cases(site, round((min_requests - planned) * 1.02))
        futures += send_all(pool, generated)
        results = [future.result() for future in futures] + probe.result()
    for session in _sessions:
        session.close()
    _sessions.clear()

    found, surprises, accepted = judge(results)
    failures += found
    rows_after = count_rows()
    rows_added = {
        table: rows_after.get(table, 0) - count for table, count in rows_before.items()
    }
    for table, added in rows_added.items():
        allowed = rows_allowed(table, accepted)
        if added > allowed:
            failures.append(
                f"{table}: {added} rows added, but only {allowed} posts were accepted"
            )
    statuses = Counter(r["status"] for r in results)
    return {
        "requests": tally.count,
        "server_errors": sum(
            n for status, n in statuses.items() if status and status >= 500
        ),
        "rows_added": rows_added,
        "failures": failures,
        "seconds": round(time.monotonic() - started, 1),
        "cases": {"corpus": len(corpus), "generated": len(generated)},
        "accepted": dict(accepted),
        "statuses": {str(k): v for k, v in sorted(statuses.items(), key=str)},
        "surprises": surprises,
        "spread_addresses": addresses.usable,
    }


def database_counter(url: str) -> Callable[[], dict[str, int]]:
    """count_rows for running the stage alone: the rows of the two tables a public
    post can add to."""
    tables = {
        "training_requests": "training_requests_trainingrequest",
        "translation_wishes": "translations_translationwish",
    }

    def count_rows():
        with psycopg.connect(url) as connection:
            return {
                name: connection.execute(
                    f"SELECT count(*) FROM {table}"  # noqa: S608 (fixed names)
                ).fetchone()[0]
                for name, table in tables.items()
            }

    return count_rows


def main(argv):
    if len(argv) != 2:
        sys.exit("usage: python -m scripts.deploy_check.hostile BASE_URL")
    url = os.environ.get("DATABASE_URL", "")
    count_rows = database_counter(url) if url.startswith("postgres") else dict
    report = run(
        argv[1],
        verify=os.environ.get("REQUESTS_CA_BUNDLE", True),
        count_rows=count_rows,
    )
    shown = dict(report)
    shown["failures"] = report["failures"][:SHOWN_FAILURES]
    shown["surprises"] = report["surprises"][:SHOWN_FAILURES]
    sys.stdout.write(json.dumps(shown, indent=2, ensure_ascii=False) + "\n")
    return 1 if report["failures"] else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
