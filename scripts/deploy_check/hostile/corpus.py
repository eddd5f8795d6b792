"""The fixed part of the hostile-input stage: one list of requests over every public
form and filter, in every language, each with the answers the site may give.

A case is plain data (method, path, headers, body) so that a failure can be written
down exactly and sent again by hand. The site's live details (the CSRF token, a form
stamp, the choices on the request form, the listings' filters) are found first by
hostile.discover() and handed in as a SiteMap.
"""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass, field
from urllib.parse import quote, urlencode, urlsplit

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


def training_form_cases(site, lang) -> list[Case]:
    valid = site.valid_request_fields()
    cases = [form_post(site, lang, "valid (control)", valid, {303}, strict=True)]
    add = cases.append

    # The form's own guards: each must refuse for its own reason.
    add(
        form_post(
            site, lang, "honeypot filled", replace(valid, "website", "x"), BAD, True
        )
    )
    add(
        form_post(
            site, lang, "stamp missing", replace(valid, "started", None), BAD, True
        )
    )
    add(form_post(site, lang, "stamp empty", replace(valid, "started", ""), BAD, True))
    forged = (
        base64.urlsafe_b64encode(b"1000000000").decode() + ":1aaaaa:forgedsignature"
    )
    add(
        form_post(
            site, lang, "stamp forged", replace(valid, "started", forged), BAD, True
        )
    )
    add(
        form_post(
            site, lang, "stamp garbage", replace(valid, "started", "%%%"), BAD, True
        )
    )
    add(form_post(site, lang, "stamp too fast", valid, BAD, True, fresh_stamp=True))
    # CSRF: no cookie, a wrong token, a foreign origin.
    add(
        form_post(
            site,
            lang,
            "csrf cookie missing",
            valid,
            FORBIDDEN,
            True,
            headers={"Cookie": None},
        )
    )
    wrong = replace(valid, "csrfmiddlewaretoken", "x" * 64)
    add(form_post(site, lang, "csrf token wrong", wrong, FORBIDDEN, True))
    add(
        form_post(
            site,
            lang,
            "csrf token missing",
            replace(valid, "csrfmiddlewaretoken", None),
            FORBIDDEN,
            True,
        )
    )
    add(
        form_post(
            site,
            lang,
            "csrf foreign origin",
            valid,
            FORBIDDEN,
            True,
            headers={
                "Origin": "https://evil.example",
                "Referer": "https://evil.example/",
            },
        )
    )

    # Bodies the site cannot read.
    add(
        form_post(
            site,
            lang,
            "NUL in a field",
            replace(valid, "notes", "before\x00after"),
            BAD,
            True,
        )
    )
    add(form_post(site, lang, "NUL in a name", valid + [("no\x00te", "x")], BAD, True))
    add(
        form_post(
            site,
            lang,
            "invalid UTF-8",
            replace(valid, "contact_name", b"\xff\xfe\xc3("),
            BAD,
            True,
        )
    )
    add(
        form_post(
            site,
            lang,
            "UTF-8 surrogate",
            replace(valid, "notes", b"\xed\xa0\x80"),
            BAD,
            True,
        )
    )
    add(
        form_post(
            site,
            lang,
            "overlong UTF-8",
            replace(valid, "notes", b"\xc0\xaf"),
            BAD,
            True,
        )
    )
    add(
        form_post(
            site, lang, "raw 8-bit body", encode(valid) + b"&notes=\xe9\xe8", BAD, True
        )
    )
    for charset in ("latin-1", "iso-8859-1", "utf-16", "windows-1252", "bogus-42"):
        add(
            form_post(
                site,
                lang,
                f"charset={charset}",
                valid,
                BAD,
                True,
                headers={"Content-Type": f"{URLENCODED}; charset={charset}"},
            )
        )
    add(
        form_post(
            site,
            lang,
            "charset=utf-8 (declared)",
            valid,
            {303, 400},
            headers={"Content-Type": f"{URLENCODED}; charset=utf-8"},
        )
    )
    boundary = "hostileboundary"
    multipart = "".join(
        f'--{boundary}\r\nContent-Disposition: form-data; name="{n}"\r\n\r\n{v}\r\n'
        for n, v in valid
    ) + (
        f'--{boundary}\r\nContent-Disposition: form-data; name="file"; '
        f'filename="x.html"\r\nContent-Type: text/html\r\n\r\n<h1>x</h1>\r\n'
        f"--{boundary}--\r\n"
    )
    add(
        form_post(
            site,
            lang,
            "multipart body",
            multipart.encode(),
            BAD,
            True,
            headers={"Content-Type": f"multipart/form-data; boundary={boundary}"},
        )
    )
    add(
        form_post(
            site,
            lang,
            "multipart without boundary",
            multipart.encode(),
            BAD,
            headers={"Content-Type": "multipart/form-data"},
        )
    )
    add(
        form_post(
            site,
            lang,
            "JSON body",
            json.dumps(dict(valid)).encode(),
            REFUSED,
            headers={
                "Content-Type": "application/json",
                "X-CSRFToken": site.csrf_token,
            },
        )
    )
    add(
        form_post(
            site,
            lang,
            "JSON body without token",
            json.dumps(dict(valid)).encode(),
            FORBIDDEN,
            True,
            headers={"Content-Type": "application/json"},
        )
    )
    add(
        form_post(
            site,
            lang,
            "text/plain body",
            encode(valid),
            REFUSED,
            headers={"Content-Type": "text/plain", "X-CSRFToken": site.csrf_token},
        )
    )
    add(
        form_post(
            site,
            lang,
            "no content type",
            encode(valid),
            REFUSED,
            headers={"Content-Type": ""},
        )
    )
    add(
        form_post(
            site,
            lang,
            "XML body",
            b"<?xml version='1.0'?><!DOCTYPE x "
            b"[<!ENTITY e SYSTEM 'file:///etc/passwd'>]><x>&e;</x>",
            REFUSED,
            headers={"Content-Type": "application/xml", "X-CSRFToken": site.csrf_token},
        )
    )

    # Too large: over the app's 32 KB (413 from the app), and over nginx's 64 KB.
    for size in (33 * 1024, 40 * 1024, 100 * 1024):
        add(
            form_post(
                site,
                lang,
                f"body of {size // 1024} KB",
                replace(valid, "notes", "n" * size),
                TOO_LARGE,
                True,
            )
        )
    # Many fields in a small body (Django allows 10,000).
    add(
        form_post(
            site,
            lang,
            "12,000 fields",
            encode(valid) + b"&a=" + b"&a=".join(b"" for _ in range(12_000)),
            REFUSED,
        )
    )

    # Fields too long for the form, each alone.
    limits = [
        ("organization_name", 200),
        ("contact_name", 120),
        ("email", 254),
        ("phone", 40),
        ("city", 100),
        ("preferred_dates", 200),
        ("accessibility_needs", 600),
        ("notes", 1500),
        ("not_sure_description", 1500),
    ]
    for name, limit in share(limits, site, lang):
        long_value = (
            "ا" * (limit + 1) if name != "email" else "a" * 250 + "@example.org"
        )
        add(
            form_post(
                site,
                lang,
                f"{name} over {limit}",
                replace(valid, name, long_value),
                BAD,
            )
        )

    # Shapes the form does not expect.
    add(
        form_post(
            site,
            lang,
            "duplicated contact_name",
            valid + [("contact_name", "Second Name")],
            {303, 400},
        )
    )
    add(
        form_post(
            site,
            lang,
            "array syntax for a scalar",
            replace(valid, "contact_name", None)
            + [("contact_name[]", "A"), ("contact_name[]", "B")],
            BAD,
        )
    )
    add(
        form_post(
            site,
            lang,
            "array syntax for consent",
            replace(valid, "consent", None) + [("consent[]", "on")],
            BAD,
        )
    )
    odd_choices = [
        ("modules", "999999999999999999999"),
        ("modules", "-1"),
        ("modules", "1e3"),
        ("organization", "2147483648"),
        ("organization", "0x10"),
        ("sector", "99999999999"),
        ("region", "-5"),
        ("participants", "1e9"),
        ("participants", "99999999999999999999999"),
        ("participants", "-1"),
        ("participants", "NaN"),
        ("languages", "xx"),
        ("delivery", "teleport"),
        ("support_needs", "'; DROP TABLE x; --"),
        ("interpretation_needed", "maybe"),
        ("consent", "off"),
    ]
    for name, value in share(odd_choices, site, lang):
        add(
            form_post(
                site, lang, f"{name}={value}", replace(valid, name, value), {303, 400}
            )
        )
    many_modules = [(n, v) for n, v in valid if n != "modules"] + [
        ("modules", str(i)) for i in range(1, 400)
    ]
    add(form_post(site, lang, "399 module ids", many_modules, BAD))
    for i, text in share(list(enumerate(INJECTIONS)), site, lang):
        add(
            form_post(
                site,
                lang,
                f"injection {i} in notes",
                replace(valid, "notes", text),
                {303, 400},
            )
        )
    add(
        form_post(
            site,
            lang,
            "injections in every text field",
            [
                (
                    n,
                    INJECTIONS[i % len(INJECTIONS)]
                    if n
                    in (
                        "organization_name",
                        "contact_name",
                        "city",
                        "notes",
                        "preferred_dates",
                        "accessibility_needs",
                    )
                    else v,
                )
                for i, (n, v) in enumerate(valid)
            ],
            {303, 400},
        )
    )
    add(
        form_post(
            site,
            lang,
            "phone with injection",
            replace(valid, "phone", "315-555-0199'; --"),
            BAD,
        )
    )
    add(
        form_post(
            site,
            lang,
            "email header injection",
            replace(valid, "email", "a@example.org\r\nBcc: b@example.org"),
            BAD,
        )
    )
    add(
        form_post(
            site,
            lang,
            "newlines in the name",
            replace(valid, "contact_name", "Deploy\r\nSubject: hi\nCheck"),
            {303, 400},
        )
    )
    for i, text in share(list(enumerate(ODD_TEXT)), site, lang):
        add(
            form_post(
                site,
                lang,
                f"odd text {i} in the name",
                replace(valid, "contact_name", text),
                {303, 400},
            )
        )
    return cases


def wish_cases(site, lang) -> list[Case]:
    path = f"/{lang}/ask-for-translation/"
    page_path, page_id = site.wishes.get(lang) or ("", "")
    base = [("csrfmiddlewaretoken", site.csrf_token)]
    cases = []

    def wish(name, pairs, expect, strict=False, headers=None, method="POST"):
        sent = site.post_headers(page_path or path)
        sent.update(headers or {})
        body = pairs if isinstance(pairs, bytes) else encode(pairs)
        cases.append(
            Case(
                f"{lang} wish: {name}",
                method,
                path,
                {k: v for k, v in sent.items() if v is not None},
                body,
                expect,
                strict,
                target="wish",
            )
        )

    if page_id:
        wish("valid (control)", [*base, ("page", page_id)], {302}, strict=True)
        wish("csrf missing", [("page", page_id)], FORBIDDEN, strict=True)
        wish(
            "foreign origin",
            [*base, ("page", page_id)],
            FORBIDDEN,
            strict=True,
            headers={"Origin": "https://evil.example"},
        )
        wish("duplicated page", [*base, ("page", "1"), ("page", page_id)], {302, 400})
    for value in (
        "",
        "abc",
        "-1",
        "0",
        "1e9",
        "2147483648",
        "99999999999999999999999",
        "1; DROP TABLE x",
        "１２",
        "\u0661\u0662",
        "1.5",
        " 3 ",
    ):
        wish(f"page={value!r}", [*base, ("page", value)], {302, 400})
    wish("page NUL", [*base, ("page", "1\x00")], BAD, strict=True)
    wish("page invalid UTF-8", [*base, ("page", b"\xff")], BAD, strict=True)
    wish("page array", [*base, ("page[]", page_id or "1")], BAD)
    wish(
        "latin-1 charset",
        [*base, ("page", page_id or "1")],
        BAD,
        strict=True,
        headers={"Content-Type": f"{URLENCODED}; charset=latin-1"},
    )
    wish(
        "large body",
        [*base, ("page", page_id or "1"), ("x", "x" * 40_000)],
        TOO_LARGE,
        strict=True,
    )
    wish("GET", b"", {405}, method="GET")
    wish("PUT", [*base, ("page", page_id or "1")], {403, 405}, method="PUT")
    return cases


def get(name, path, expect=None, strict=False, headers=None, method="GET"):
    return Case(name, method, path, dict(headers or {}), None, expect, strict)


def query(pairs) -> str:
    return "?" + urlencode(pairs)


FILTER_VALUES = [
    "",
    "nonexistent",
    "x" * 3000,
    "-1",
    "\u202eevil",
    "<script>alert(1)</script>",
    "' OR 1=1 --",
    "%00",
    "%FF%FE",
    "{{ 7|add:7 }}",
    "🍅" * 50,
    "%E2%80%AE",
]


def listing_cases(site, lang) -> list[Case]:
    cases = []
    listings = {p: f for p, f in site.listings.items() if p.startswith(f"/{lang}/")}
    for path, filters in sorted(listings.items()):
        names = sorted(filters)
        variants = [(name, value) for name in names for value in FILTER_VALUES]
        # Each filter gets every hostile value, in one language or another.
        for name, value in share(variants, site, lang):
            encoded = value if value.startswith("%") else quote(value, safe="")
            cases.append(
                get(f"{path} {name}={value[:20]!r}", f"{path}?{name}={encoded}", OK)
            )
        for name in names:
            cases.append(
                get(f"{path} {name} repeated", path + query([(name, "a")] * 50), OK)
            )
        valid = [(n, v[0]) for n, v in filters.items() if v]
        if valid:
            cases.append(get(f"{path} every filter", path + query(valid), OK))
            cases.append(
                get(
                    f"{path} every filter, page 2",
                    path + query([*valid, ("page", "2")]),
                    OK,
                )
            )
    return cases


PAGE_VALUES = [
    "-1",
    "0",
    "1e9",
    "%00",
    "99999999999999999999999",
    "NaN",
    "inf",
    "2.5",
    "last",
    "1%20OR%201=1",
    "%FF",
    "1&page=2&page=3",
    "9" * 5000,
]


def pagination_cases(site, lang) -> list[Case]:
    cases = []
    paths = [p for p in site.pages.get(lang, []) if p.count("/") == 3]
    paths.append(f"/{lang}/search/?q=the&")
    variants = [(path, value) for path in paths for value in PAGE_VALUES]
    for path, value in share(variants, site, lang):
        joiner = "&" if "?" in path else "?"
        # 5,000 characters pass nginx (8 KB lines) but not gunicorn (4 KB).
        expect = REFUSED | OK if len(value) > 4000 else OK
        cases.append(
            get(f"{path} page={value[:12]}", f"{path}{joiner}page={value}", expect)
        )
    return cases


def search_cases(site, lang) -> list[Case]:
    path = f"/{lang}/search/"
    values = [
        "",
        " ",
        "wage",
        "a" * 3000,
        "%",
        "_",
        "*",
        "'",
        '"',
        "\\",
        "&&||",
        "!!!",
        "(",
        "a:b",
        "-",
        "NOT",
        "OR AND",
        "⊂⊃",
        "\u202e",
        "🍅" * 100,
        "SELECT * FROM wagtailcore_page",
        "to_tsquery('x')",
        "a & !b | c:*",
    ]
    values = share(values + INJECTIONS, site, lang)
    cases = [get(f"{path} q={v[:20]!r}", path + query([("q", v)]), OK) for v in values]
    cases += [
        get(f"{path} q NUL", f"{path}?q=a%00b", OK),
        get(f"{path} q bad UTF-8", f"{path}?q=%C3%28%FF", OK),
        get(f"{path} q repeated", path + query([("q", "a")] * 200), OK),
        get(f"{path} q 5,000 chars", path + query([("q", "w" * 5000)]), REFUSED | OK),
        get(f"{path} q array", f"{path}?q[]=a&q[]=b", OK),
        get(
            f"{path} 3,000 parameters",
            path + "?" + "&".join(["x=1"] * 3000),
            REFUSED | OK,
        ),
    ]
    return cases


def token_cases(site, lang) -> list[Case]:
    form = site.form_paths.get(lang)
    if not form:
        return []
    signed = base64.urlsafe_b64encode(b"TR-AAAA-BBBB:1xXy6E:forged").decode()
    tokens = [
        "x",
        "AAAA",
        signed.rstrip("="),
        signed,
        "A" * 2000,
        "%00",
        "%FF%FE",
        "..",
        "-_-_",
        base64.urlsafe_b64encode(b"\xff\xfe").decode().rstrip("="),
        "VFItQUFBQS1CQkJC",
        quote("ünïcode"),
        "a%2Fb",
    ]
    cases = []
    for kind in ("status", "thanks"):
        for token in share(tokens, site, lang, ways=2):
            cases.append(
                get(
                    f"{form}{kind}/{token[:16]}",
                    f"{form}{kind}/{token}/",
                    {400, 404, 410},
                )
            )
        cases.append(get(f"{form}{kind}/ without token", f"{form}{kind}/", NOT_FOUND))
    cases.append(
        get(f"{form}?module=1e9&curriculum=-1", form + "?module=1e9&curriculum=-1", OK)
    )
    cases.append(get(f"{form}?module=huge", form + "?module=" + "9" * 40, OK))
    cases.append(get(f"{form}?module=NUL", form + "?module=%00&curriculum=%FF", OK))
    return cases


def path_cases(site, lang) -> list[Case]:
    paths = [
        "/no-such-page/",
        "/trainings/no-such-module/",
        "/../../../../etc/passwd",
        "/%2e%2e/%2e%2e/etc/passwd",
        "/..%2f..%2f..%2fetc%2fpasswd",
        "/%00/",
        "/page%00.html",
        "/%FF%FE/",
        "/%C0%AE%C0%AE/",
        "/" + "a" * 255 + "/",
        "/" + "/".join(["a"] * 200) + "/",
        "/" + quote("страница") + "/",
        "/.git/config",
        "/.env",
        "/wp-login.php",
        "/search/../admin/",
        "/%3Cscript%3Ealert(1)%3C/script%3E/",
        "/request-a-training/status/",
        "/request-a-training/nope/",
        "/request-a-training//",
    ]
    cases = [
        get(f"/{lang}{p[:30]}", f"/{lang}{p}", REFUSED | REDIRECT | NOT_FOUND)
        for p in share(paths, site, lang, ways=2)
    ]
    # Longer than any server takes: refused with a 4xx, never a 5xx or a hang.
    for length in (3000, 5000, 9000, 20_000):
        cases.append(
            get(
                f"/{lang}/ URL of {length}",
                f"/{lang}/" + "b" * length + "/",
                REFUSED | NOT_FOUND,
            )
        )
    return cases


UNSAFE = ("PUT", "DELETE", "PATCH")
ODD = ("OPTIONS", "HEAD", "TRACE", "PROPFIND", "BREW")


def method_cases(site, lang) -> list[Case]:
    cases = []
    pages = [f"/{lang}/", f"/{lang}/search/?q=x", site.form_paths.get(lang)]
    pages += [p for p in site.listings if p.startswith(f"/{lang}/")][:2]
    pages = list(filter(None, pages))
    for path, method in share([(p, m) for p in pages for m in UNSAFE], site, lang, 2):
        cases.append(get(f"{method} {path}", path, {403, 405}, method=method))
    for path, method in share([(p, m) for p in pages for m in ODD], site, lang, 2):
        expect = {200, 204, 400, 403, 405, 501}
        cases.append(get(f"{method} {path}", path, expect, method=method))
    for path in pages:
        cases.append(
            get(
                f"POST without body {path}",
                path,
                REFUSED | REDIRECT | OK,
                method="POST",
            )
        )
    return cases


def host_cases(site, lang) -> list[Case]:
    path = f"/{lang}/"
    cases = [
        get(f"Host {host!r}", path, BAD, True, headers={"Host": host})
        for host in (
            "evil.example",
            "127.0.0.1.evil.example",
            "[::1",
            "exämple.org",
            "a" * 300,
            "evil.example:443@127.0.0.1",
        )
    ]
    form = site.form_paths.get(lang)
    if form:
        headers = site.post_headers(form)
        headers["Host"] = "evil.example"
        cases.append(
            Case(
                f"{lang} form: Host evil.example",
                "POST",
                form,
                headers,
                encode(site.valid_request_fields()),
                BAD,
                True,
                target="form",
            )
        )
    cases.append(
        get(
            "X-Forwarded-Host ignored",
            path,
            OK,
            headers={"X-Forwarded-Host": "evil.example"},
        )
    )
    return cases


def build_corpus(site: SiteMap) -> list[Case]:
    cases = []
    for lang in site.languages:
        if lang in site.form_paths:
            cases += training_form_cases(site, lang)
        cases += wish_cases(site, lang)
        cases += listing_cases(site, lang)
        cases += pagination_cases(site, lang)
        cases += search_cases(site, lang)
        cases += token_cases(site, lang)
        cases += path_cases(site, lang)
        cases += method_cases(site, lang)
        cases += host_cases(site, lang)
    return cases
