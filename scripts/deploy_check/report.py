"""What the check prints: each step's time as it goes, and at the end a table of the
figures, each with the bar it must clear. Nothing printed names a requester."""

import re
import time
from contextlib import contextmanager
from dataclasses import dataclass

EMAIL = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}")
# Digits with phone punctuation, not inside a longer word (request ids, hashes).
PHONE = re.compile(r"(?<![\w.:-])\+?\d[\d ().\-/]{6,}\d(?![\w.:-])")


def scrub(text) -> str:
    """The text without anything that looks like an email address or a phone
    number: lines from other parts (hostile input, errors) may quote a form."""
    return PHONE.sub("[number]", EMAIL.sub("[address]", str(text)))


def say(text):
    print(scrub(text), flush=True)


@dataclass
class Figure:
    stage: str
    name: str
    value: str
    ok: bool
    bar: str = ""


class Report:
    def __init__(self):
        self.started = time.monotonic()
        self.figures: list[Figure] = []
        self.times: list[tuple[str, float]] = []

    @contextmanager
    def timings(self, name):
        started = time.monotonic()
        print(f"-- {name} ...", flush=True)
        try:
            yield
        finally:
            seconds = time.monotonic() - started
            self.times.append((name, seconds))
            print(f"   {name}: {seconds:.0f} s", flush=True)

    def add(self, stage, name, value, ok=True, bar=""):
        self.figures.append(Figure(stage, name, str(value), bool(ok), bar))

    def fail(self, stage, message):
        self.add(stage, "stage failed", scrub(message), ok=False)

    @property
    def passed(self):
        return bool(self.figures) and all(figure.ok for figure in self.figures)

    def print(self):
        rows = [("stage", "figure", "value", "must be", "")]
        rows += [
            (f.stage, f.name, f.value, f.bar, "ok" if f.ok else "FAIL")
            for f in self.figures
        ]
        widths = [min(max(len(row[i]) for row in rows), 60) for i in range(4)]
        print()
        for row in rows:
            cells = [row[i][:60].ljust(widths[i]) for i in range(4)]
            print("  " + "  ".join(cells) + "  " + row[4])
        print()
        print("  timings: " + ", ".join(f"{n} {s:.0f} s" for n, s in self.times))
        total = time.monotonic() - self.started
        verdict = "passed" if self.passed else "FAILED"
        print(f"deploy check {verdict} ({total:.0f} s)")
