"""Stage 3: 60 s at 32 connections through nginx: readers over a mix of pages, and
people filling in the training request form from 50 client addresses. Every answer
must come (no 5xx, no connection error), every accepted request must be stored and
its two emails sent."""

import random
import threading
import time
from dataclasses import dataclass, field

from . import db, mail
from .forms import Submission, submit
from .report import say
from .stack import DATABASE

CONNECTIONS = 32
SUBMITTERS = 8  # of the 32 connections
PER_ADDRESS = 8  # posts per client address: the limit is 10 an hour
SEARCHES = ("wage", "safety", "salario", "heat")


@dataclass
class Sample:
    started: float
    seconds: float
    status: int  # 0: no answer (connection error)
    retry_after: bool = False
    path: str = ""


@dataclass
class LoadRun:
    stack: object
    paths: list
    form_paths: list
    addresses: list
    samples: list = field(default_factory=list)
    submissions: list = field(default_factory=list)
    errors: list = field(default_factory=list)

    def __post_init__(self):
        self.lock = threading.Lock()
        self.quota = dict.fromkeys(self.addresses, PER_ADDRESS)
        self.serial = 0

    def record(self, response, path=""):
        sample = Sample(
            time.monotonic() - response.seconds,
            response.seconds,
            response.status,
            bool(response.header("retry-after")),
            path,
        )
        with self.lock:
            self.samples.append(sample)

    def failed(self, path, error):
        with self.lock:
            self.samples.append(Sample(time.monotonic(), 0.0, 0, False, path))
            self.errors.append(f"{path}: {type(error).__name__}")

    def _next_address(self):
        with self.lock:
            free = [a for a, left in self.quota.items() if left > 0]
            if not free:
                return None, 0
            address = random.choice(free)  # noqa: S311 (traffic, not secrets)
            self.quota[address] -= 1
            self.serial += 1
            return address, self.serial

    def reader(self, deadline):
        client = self.stack.client(timeout=30)
        while time.monotonic() < deadline:
            path = random.choice(self.paths)  # noqa: S311 (traffic, not secrets)
            try:
                self.record(client.get(path), path)
            except OSError as error:
                self.failed(path, error)
                time.sleep(0.2)
        client.close()

    def submitter(self, deadline):
        while time.monotonic() < deadline - 5:
            address, serial = self._next_address()
            if address is None:
                return
            submission = Submission(address, f"requester-{serial}@deploy-check.invalid")
            form_path = random.choice(self.form_paths)  # noqa: S311 (traffic, not secrets)
            client = self.stack.client(source=address, timeout=30)
            try:
                submit(client, self.stack.base_url, form_path, submission, self.record)
            except OSError as error:
                submission.error = type(error).__name__
                self.failed(form_path, error)
            finally:
                client.close()
            with self.lock:
                self.submissions.append(submission)
                if not submission.post_status:  # no post, nothing counted against it
                    self.quota[address] += 1
            if not submission.post_status:
                time.sleep(0.5)

    def run(self, seconds):
        deadline = time.monotonic() + seconds
        self.started = time.monotonic()
        threads = [
            threading.Thread(target=self.reader, args=(deadline,), daemon=True)
            for _ in range(CONNECTIONS - SUBMITTERS)
        ]
        threads += [
            threading.Thread(target=self.submitter, args=(deadline,), daemon=True)
            for _ in range(SUBMITTERS)
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=seconds + 90)
        self.seconds = time.monotonic() - self.started
        return self

    @property
    def accepted(self):
        return [s for s in self.submissions if s.reference]

    def latency(self, fraction):
        times = sorted(s.seconds for s in self.samples if s.status)
        if not times:
            return 0.0
        return times[min(len(times) - 1, int(fraction * len(times)))]


def page_mix(context):
    """Home pages, the catalog, modules, partners, search and the form: from the
    crawl when it ran, else the language home pages and the English form."""
    crawl = context.get("crawl")
    pages = list(crawl.pages) if crawl else []
    random.shuffle(pages)
    homes = ["/en/", "/es/", "/ht/", "/ar/"]
    searches = [
        f"/{lang}/search/?q={word}" for lang in ("en", "es") for word in SEARCHES
    ]
    return homes + searches + pages[:60], form_paths(context)


def form_paths(context):
    crawl = context.get("crawl")
    found = sorted(crawl.forms) if crawl and crawl.forms else []
    return found or ["/en/request-a-training/"]


def addresses(first, count=50):
    return [f"127.0.0.{n}" for n in range(first, first + count)]


def report_run(report, stage, run, every_post=True):
    total = len(run.samples)
    server_errors = sum(1 for s in run.samples if s.status >= 500)
    no_answer = sum(1 for s in run.samples if s.status == 0)
    report.add(stage, "requests (req/s)", f"{total} ({total / run.seconds:.1f}/s)")
    report.add(
        stage,
        "latency p50 / p95",
        f"{run.latency(0.5) * 1000:.0f} / {run.latency(0.95) * 1000:.0f} ms",
    )
    posted = [s for s in run.submissions if s.post_status]
    report.add(
        stage,
        "form posts accepted",
        f"{len(run.accepted)} of {len(run.submissions)} ({len(posted)} posted)",
        ok=run.accepted
        and (not every_post or len(run.accepted) == len(run.submissions)),
        bar="all, > 0" if every_post else "> 0",
    )
    return server_errors, no_answer


def check_stored_and_mailed(stack, report, stage, run, deadline_seconds):
    references = {s.reference for s in run.accepted}
    url = stack.cluster.url(DATABASE)
    missing = references - db.stored_references(url, references)
    report.add(
        stage,
        "accepted requests not in the database",
        len(missing),
        ok=not missing,
        bar="0",
    )
    undelivered, seconds = mail.wait_for_emails(
        stack.sink, run.accepted, deadline_seconds
    )
    report.add(
        stage,
        "requests without both emails",
        f"{len(undelivered)} (waited {seconds:.0f} s)",
        ok=not undelivered,
        bar="0",
    )


def load_stage(stack, report, context):
    paths, forms = page_mix(context)
    run = LoadRun(stack, paths, forms, addresses(10)).run(60)
    server_errors, no_answer = report_run(report, "load", run)
    report.add(
        "load", "server errors (5xx)", server_errors, ok=not server_errors, bar="0"
    )
    report.add("load", "connection errors", no_answer, ok=not no_answer, bar="0")
    for line in run.errors[:5]:
        say(f"   load: {line}")
    check_stored_and_mailed(stack, report, "load", run, 120)
    return run
