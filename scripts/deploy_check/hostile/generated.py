"""Cases drawn by hypothesis: form posts, wishes, query strings, headers, paths."""

from __future__ import annotations

import tempfile
from urllib.parse import quote, urlencode

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from hypothesis.configuration import set_hypothesis_home_dir

from .cases import INJECTIONS, ODD_TEXT, Case, SiteMap, encode, replace

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
        pairs = [("page", page)]
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
