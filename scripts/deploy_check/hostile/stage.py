"""The stage: send the corpus and the generated cases, judge the answers, count
the rows."""

from __future__ import annotations

import json
import os
import random
import sys
import time
from collections import Counter
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

import psycopg

from .cases import Case, encode, replace
from .client import (
    MIN_FILL_SECONDS,
    RATE_LIMIT,
    SHOWN_FAILURES,
    THREADS,
    Tally,
    _sessions,
)
from .corpus import build_corpus
from .generated import generated_cases
from .sending import Addresses, assign_addresses, send
from .site import discover


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
