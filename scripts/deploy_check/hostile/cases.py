"""What a hostile case is: plain data (method, path, headers, body) so that a
failure can be written down exactly and sent again by hand, with the answers the
site may give; the site's live details (CSRF token, form stamp, the request form's
choices, the listings' filters) as a SiteMap; and the odd values cases are made of.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import urlencode, urlsplit

URLENCODED = "application/x-www-form-urlencoded"
# Invented contact details: the reserved example.org domain and a 555-01xx number.
TEST_EMAIL = "hostile-check@example.org"
TEST_PHONE = "315-555-0199"

# Statuses a case may be answered with.
OK = frozenset({200})
REDIRECT = frozenset({301, 302, 303, 307, 308})
BAD = frozenset({400})
FORBIDDEN = frozenset({403})
NOT_FOUND = frozenset({404})
TOO_LARGE = frozenset({413})
REFUSED = frozenset({400, 403, 404, 405, 410, 413, 414, 429, 431})

INJECTIONS = [
    "'; DROP TABLE training_requests_trainingrequest; --",
    "1' OR '1'='1",
    '" OR ""="',
    "1; SELECT pg_sleep(5)--",
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "javascript:alert(1)",
    "{{ settings.SECRET_KEY }}",
    "{% debug %}",
    "{% load log %}{% get_admin_log 10 as log %}",
    "${7*7}",
    "%(password)s",
    "../../../../etc/passwd",
    "\\\\evil.example\\share",
    "=cmd|' /C calc'!A0",  # a spreadsheet formula, for the CSV export
    "@SUM(1+1)*cmd|' /C calc'!A0",
]
ODD_TEXT = [
    "\u202eevil\u202c",  # right-to-left override
    "\u2066isolate\u2069 \u200f\u200e",
    "مركز العمال \u202bعربي\u202c",
    "Sant Travayè Ayisyen 🇭🇹✊🏾",
    "👩🏽‍🌾👨‍👩‍👧‍👦🧑🏿‍🏭",
    "ｆｕｌｌｗｉｄｔｈ",
    "e\u0301\u0301\u0301\u0301 zalgo a\u0336\u0337\u0338",
    "\ufeffbom",
    "\u00a0\u2028\u2029 separators",
    "tab\there",
    "bell\x07 escape\x1b[31m del\x7f",
    "\uffff\ufffe noncharacters",
    "𝕿𝖊𝖘𝖙",
]


@dataclass
class Case:
    """One request to send, and what may come back."""

    name: str
    method: str
    path: str  # starts with "/", already percent-encoded where it must be
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes | None = None
    # The statuses that fit; None: anything but a 5xx.
    expect: frozenset[int] | None = None
    # A status outside `expect` is a failure (the site's promises), not a surprise.
    strict: bool = False
    # "form" or "wish": a post to a rate-limited form, sent from its own address.
    target: str = ""
    # Fetch a new form stamp just before posting (the too-fast case).
    fresh_stamp: bool = False
    family: str = "corpus"
    client: str | None = None  # the local address to send from


@dataclass
class FormChoices:
    """Valid values for the training request form's choice fields."""

    organization: list[str] = field(default_factory=list)
    modules: list[str] = field(default_factory=list)
    curricula: list[str] = field(default_factory=list)
    languages: list[str] = field(default_factory=list)
    delivery: list[str] = field(default_factory=list)
    sector: list[str] = field(default_factory=list)
    region: list[str] = field(default_factory=list)
    support_needs: list[str] = field(default_factory=list)


@dataclass
class SiteMap:
    """What hostile.discover() found on the running site."""

    base_url: str
    languages: list[str]
    csrf_cookie_name: str = "csrftoken"
    csrf_cookie: str = ""
    csrf_token: str = ""
    stamp: str = ""
    stamp_time: float = 0.0  # time.monotonic() when the stamp was read
    stamp_field: str = "started"
    honeypot_field: str = "website"
    form_paths: dict[str, str] = field(default_factory=dict)  # language -> path
    choices: FormChoices = field(default_factory=FormChoices)
    # path -> {parameter: [valid values]} for every page with a GET form
    listings: dict[str, dict[str, list[str]]] = field(default_factory=dict)
    pages: dict[str, list[str]] = field(default_factory=dict)  # language -> paths
    wishes: dict[str, tuple[str, str]] = field(
        default_factory=dict
    )  # lang -> (path, id)

    @property
    def origin(self) -> str:
        parts = urlsplit(self.base_url)
        return f"{parts.scheme}://{parts.netloc}"

    def post_headers(self, path, content_type=URLENCODED, csrf=True):
        """What a browser sends with a form: its cookie, and where it comes from."""
        headers = {
            "Content-Type": content_type,
            "Origin": self.origin,
            "Referer": self.origin + path,
        }
        if csrf and self.csrf_cookie:
            headers["Cookie"] = f"{self.csrf_cookie_name}={self.csrf_cookie}"
        return headers

    def valid_request_fields(self) -> list[tuple[str, str]]:
        """A training request the site should accept (invented contact details)."""
        choices = self.choices
        pairs = [
            ("csrfmiddlewaretoken", self.csrf_token),
            (self.stamp_field, self.stamp),
            (self.honeypot_field, ""),
            ("organization_name", "Deploy Check Workers Center"),
            ("contact_name", "Deploy Check"),
            ("email", TEST_EMAIL),
            ("phone", TEST_PHONE),
            ("languages", (choices.languages or ["en"])[0]),
            ("delivery", "online" if "online" in choices.delivery else "either"),
            ("consent", "on"),
            ("notes", "Sent by the deploy check's hostile-input stage."),
        ]
        if choices.modules:
            pairs.append(("modules", choices.modules[0]))
        else:
            pairs.append(("not_sure_description", "Any training on wage theft."))
        return pairs


def share(items, site, lang, ways=None):
    """This language's share of a list of variants: each variant is sent in one
    language (or in `ways` of them), so every language gets some of each kind
    without the corpus growing fourfold."""
    ways = ways or len(site.languages)
    index = site.languages.index(lang) if lang in site.languages else 0
    return [item for i, item in enumerate(items) if i % ways == index % ways]


def encode(pairs) -> bytes:
    """URL-encode (name, value) pairs; bytes values go out as raw bytes."""
    return urlencode(list(pairs), doseq=False).encode("ascii")


def replace(pairs, name, value):
    """The pairs with every `name` given `value` instead (or removed, for None)."""
    kept = [(n, v) for n, v in pairs if n != name]
    return kept if value is None else [*kept, (name, value)]


def form_post(site, lang, name, pairs, expect, strict=False, headers=None, **kw):
    path = site.form_paths[lang]
    body = pairs if isinstance(pairs, bytes) else encode(pairs)
    sent_headers = site.post_headers(path)
    sent_headers.update(headers or {})
    return Case(
        f"{lang} form: {name}",
        "POST",
        path,
        {k: v for k, v in sent_headers.items() if v is not None},
        body,
        expect,
        strict,
        target="form",
        **kw,
    )


def get(name, path, expect=None, strict=False, headers=None, method="GET"):
    return Case(name, method, path, dict(headers or {}), None, expect, strict)


def query(pairs) -> str:
    return "?" + urlencode(pairs)
