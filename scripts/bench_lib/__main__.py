"""`scripts/bench`: build a database at N times the demo's size, start the
production settings under gunicorn twice (page cache off: "cold"; on and primed:
"warm"), and measure each public page type with wrk, alternating runs with a
trivial view (robots.txt) so that the machine's noise hits all alike."""

import argparse
import json
import os
import platform
import signal
import subprocess
import sys
import time
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

from . import wrk
from .report import document, row, summarize
from .stack import (
    COLD_PORT,
    WARM_PORT,
    Database,
    Environment,
    Stack,
    stop_all,
)

ROOT = Path(__file__).resolve().parents[2]
TRIVIAL = "trivial view (robots.txt)"


def arguments():
    parser = argparse.ArgumentParser(prog="scripts/bench", description=__doc__)
    parser.add_argument("--scale", type=int, default=int(os.environ.get("SCALE", 40)))
    parser.add_argument("--seconds", type=int, default=3, help="per wrk run")
    parser.add_argument("--repeats", type=int, default=2, help="runs per figure")
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument(
        "--keep", action="store_true", help="keep the PostgreSQL bench database"
    )
    parser.add_argument(
        "--reuse",
        action="store_true",
        help="measure the bench database a --keep run left (seeding only what is "
        "missing) instead of building it afresh",
    )
    return parser.parse_args()


class Timings:
    def __init__(self):
        self.seconds = {}

    @contextmanager
    def __call__(self, what):
        print(f"-- {what} ...", flush=True)
        start = time.monotonic()
        yield
        self.seconds[what] = time.monotonic() - start
        print(f"   {self.seconds[what]:.0f} s", flush=True)


def build(environment, database, logs, scale, timings, reuse=False):
    if not reuse:
        with timings("fresh database"):
            database.create()
    with timings("migrate, compile_translations, collectstatic"):
        environment.manage(logs / "compile_translations.log", "compile_translations")
        environment.manage(logs / "migrate.log", "migrate", "--no-input")
        environment.manage(
            logs / "collectstatic.log", "collectstatic", "--no-input", "-v0"
        )
    # The demo app is installed by the dev settings only; the data is the same.
    with timings(f"seed_demo --scale {scale}"):
        environment.manage(
            logs / "seed_demo.log",
            "seed_demo",
            f"--scale={scale}",
            settings="hub.settings.dev",
        )
    # A database in use has its planner statistics; one just filled has none yet.
    database.analyze()


def probe(environment, logs):
    out = logs / "probe.json"
    env = {**environment.env, "PAGE_CACHE_SECONDS": "0"}
    if environment.redis:
        env["CACHE_URL"] = environment.stack_env(page_cache=False, port=0)["CACHE_URL"]
    environment.run(
        logs / "probe.log", [sys.executable, "-m", "scripts.bench_lib.probe", out], env
    )
    return json.loads(out.read_text())


def measure(urls, cold, warm, options):
    """Runs in the order trivial, A cold, A warm, B warm, B cold, trivial, ...; the
    order of cold and warm flips from one page to the next and between repeats."""
    runs = {(url["name"], stack): [] for url in urls for stack in ("cold", "warm")}
    pages = [url for url in urls if url["name"] != TRIVIAL]
    trivial = next(url for url in urls if url["name"] == TRIVIAL)
    total = options.repeats * (len(pages) * 2 + (len(pages) + 1) // 2)
    done = 0

    def one(url, stack):
        nonlocal done
        result = wrk.run(
            stack.base_url,
            url["paths"],
            seconds=options.seconds,
            connections=options.connections,
            threads=options.threads,
        )
        runs[(url["name"], stack.name)].append(result)
        # Requests wrk left unanswered when it stopped are still being served:
        # let them finish before the next run, so that it measures only itself.
        stack.drain()
        done += 1
        print(
            f"   [{done}/{total}] {url['name']} {stack.name}: "
            f"{result.requests_per_second:.0f} req/s, p50 {result.p50_ms:.1f} ms",
            flush=True,
        )

    for repeat in range(options.repeats):
        for index, url in enumerate(pages):
            if index % 2 == 0:
                one(trivial, cold)
            pair = (cold, warm) if (index + repeat) % 2 == 0 else (warm, cold)
            for stack in pair:
                one(url, stack)
    return runs


def one_at_a_time(urls, stack, options):
    """Search's own latency, without queueing behind other requests: one
    connection, the page cache off (search results are never cached anyway)."""
    return {
        url["name"]: wrk.run(
            stack.base_url,
            url["paths"],
            seconds=2 * options.seconds,
            connections=1,
            threads=1,
        )
        for url in urls
    }


def interrupted(signum, frame):
    raise KeyboardInterrupt


def main():
    options = arguments()
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    var = ROOT / "var" / "bench"
    logs = var / "logs" / stamp
    logs.mkdir(parents=True, exist_ok=True)
    database = Database(ROOT, os.environ.get("DATABASE_URL", ""))
    environment = Environment(ROOT, database)
    timings = Timings()
    # SIGTERM (a CI timeout, kill) ends the run as Ctrl-C does: through `finally`.
    signal.signal(signal.SIGTERM, interrupted)
    if not environment.redis:
        print("!! No Redis on 127.0.0.1:6379: each stack runs ONE gunicorn worker with")
        print("!! a local-memory cache (SINGLE_PROCESS=1), not the usual two.")
    started = time.monotonic()
    try:
        build(environment, database, logs, options.scale, timings, options.reuse)
        with timings("count queries per page (in process, page cache off)"):
            probed = probe(environment, logs)
        urls = probed["urls"]
        bad = [u for u in urls if u["status"] != 200]
        if bad:
            raise RuntimeError(f"not 200: {[(u['name'], u['status']) for u in bad]}")
        with timings("start gunicorn: cold and warm stacks"):
            cold = Stack(environment, page_cache=False, port=COLD_PORT)
            warm = Stack(environment, page_cache=True, port=WARM_PORT)
            cold.start(logs / "gunicorn-cold.log")
            warm.start(logs / "gunicorn-warm.log")
            cold.wait_ready()
            warm.wait_ready()
            # Every URL once on both (twice on the warm one: the page cache holds
            # it from then on), so no run pays for a worker's first request.
            for url in urls:
                for path in url["paths"]:
                    for stack in (cold, warm, warm):
                        stack.get(path)
        with timings("wrk runs"):
            runs = measure(urls, cold, warm, options)
        with timings("search, one request at a time"):
            alone = one_at_a_time(
                [url for url in urls if "search" in url["name"]], cold, options
            )
    except KeyboardInterrupt:
        print("\nInterrupted: stopping what the bench started.", file=sys.stderr)
        return 130
    finally:
        stop_all()
        if not options.keep:
            database.drop()

    trivial_rate = summarize(runs[(TRIVIAL, "cold")])["rate"]
    rows = [
        row(
            url,
            summarize(runs[(url["name"], "cold")]),
            summarize(runs[(url["name"], "warm")]) if url["name"] != TRIVIAL else None,
            trivial_rate,
        )
        for url in urls
    ]
    facts = {
        "when": datetime.now().isoformat(timespec="seconds"),
        "commit": subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"],
            cwd=ROOT,
            capture_output=True,
            text=True,
        ).stdout.strip(),
        "machine": f"{os.cpu_count()} CPUs, {platform.machine()}, "
        f"load average at the end {os.getloadavg()[0]:.1f}",
        "database": f"{database.label}, {database.version()}",
        "cache": environment.cache_label,
        "app servers": f"gunicorn, {environment.workers} sync worker(s) per stack, "
        f"cold on {COLD_PORT} (PAGE_CACHE_SECONDS=0), warm on {WARM_PORT} "
        "(page cache on, every URL requested first)",
        "scale": options.scale,
        **probed["counts"],
        "wrk": f"{options.threads} threads, {options.connections} connections, "
        f"{options.seconds} s per run, median of {options.repeats} runs",
        "time taken": ", ".join(
            f"{what} {seconds:.0f} s" for what, seconds in timings.seconds.items()
        )
        + f"; in all {time.monotonic() - started:.0f} s",
    }
    notes = [
        "queries: SQL queries of one request in process (Django's test client, "
        "page cache off, after a first request); KB: the HTML's size.",
        "% trivial: req/s as a share of the trivial view's (robots.txt through the "
        "same middleware), median of its runs interleaved with the pages'.",
        "Search rotates through several queries: "
        + "; ".join(
            f"{u['name']}: {', '.join(u['paths'])}"
            for u in urls
            if "search" in u["name"]
        ),
    ]
    notes += ["", "Search, one request at a time (1 connection, page cache off):", ""]
    notes += [
        f"- {name}: p50 {run.p50_ms:.1f} ms, p99 {run.p99_ms:.1f} ms, "
        f"{run.requests_per_second:.0f} req/s"
        for name, run in alone.items()
    ]
    text = document(facts, rows, notes)
    out = var / f"bench-{stamp}.md"
    out.write_text(text)
    print()
    print(text)
    print(f"Written to {out.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
