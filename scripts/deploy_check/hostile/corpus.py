"""The fixed part of the hostile-input stage: one list of requests over every public
form and filter, in every language, each with the answers the site may give.

A case is plain data (method, path, headers, body) so that a failure can be written
down exactly and sent again by hand. The site's live details (the CSRF token, a form
stamp, the choices on the request form, the listings' filters) are found first by
hostile.discover() and handed in as a SiteMap.
"""

from __future__ import annotations

import base64
from urllib.parse import quote

from .cases import (
    BAD,
    INJECTIONS,
    NOT_FOUND,
    OK,
    REDIRECT,
    REFUSED,
    Case,
    SiteMap,
    encode,
    get,
    query,
    share,
)
from .form_cases import training_form_cases, wish_cases

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
