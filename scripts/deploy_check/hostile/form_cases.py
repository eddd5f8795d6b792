"""Hostile cases for the two public forms that store rows: the training request
form and the "ask for this page" translation wish, in one language."""

from __future__ import annotations

import base64
import json

from .cases import (
    BAD,
    FORBIDDEN,
    INJECTIONS,
    ODD_TEXT,
    REFUSED,
    TOO_LARGE,
    URLENCODED,
    Case,
    encode,
    form_post,
    replace,
    share,
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
    unreadable = [
        ("NUL in a field", "notes", "before\x00after"),
        ("invalid UTF-8", "contact_name", b"\xff\xfe\xc3("),
        ("UTF-8 surrogate", "notes", b"\xed\xa0\x80"),
        ("overlong UTF-8", "notes", b"\xc0\xaf"),
    ]
    for name, field_name, value in unreadable:
        add(form_post(site, lang, name, replace(valid, field_name, value), BAD, True))
    add(form_post(site, lang, "NUL in a name", valid + [("no\x00te", "x")], BAD, True))
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
    base = []
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
        # The button needs no token (its page is served from the page cache), but
        # a post a browser says came from another site is refused.
        wish("no csrf token (allowed)", [("page", page_id)], {302}, strict=True)
        wish(
            "from another site",
            [("page", page_id)],
            FORBIDDEN,
            strict=True,
            headers={"Sec-Fetch-Site": "cross-site"},
        )
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
