"""Reading the running site as a visitor would: its languages, the request form
with its CSRF token and stamp, the listings' filters, a page offering a wish."""

from __future__ import annotations

import threading
import time
from concurrent.futures import ThreadPoolExecutor
from urllib.parse import urljoin, urlsplit

from .cases import FormChoices, SiteMap
from .client import LANGUAGES, TIMEOUT, Tally, parse, session_for


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
