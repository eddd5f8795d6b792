"""`python -m scripts.deploy_check TMPDIR [STAGE ...]`: bring the deployment up under
TMPDIR, run the stages (all by default), print the figures, tear everything down.
Exits 1 when a figure falls short."""

import signal
import sys
import time
import traceback
from pathlib import Path

from .backup_drill import backup_stage
from .brute_force import brute_force_stage
from .crawl import crawl_stage
from .faults import fault_stage
from .hostile_stage import hostile_stage
from .load import load_stage
from .proxy import proxy_stage
from .report import Report, say
from .stack import Stack

LIMIT = 600  # seconds for the whole check on a 2-core CI machine
STAGES = {
    "proxy": proxy_stage,
    "crawl": crawl_stage,
    "hostile": hostile_stage,
    "brute-force": brute_force_stage,
    "load": load_stage,
    "faults": fault_stage,
    "backup": backup_stage,
}


def _terminate(signum, frame):
    raise KeyboardInterrupt(f"signal {signum}")


def show_app_errors(logs: Path, limit=12):
    """The app servers' and worker's ERROR lines (the tracebacks stay in the logs,
    which scripts/deploy-check keeps when the check fails)."""
    lines = []
    for log in sorted(logs.glob("web*.log")) + sorted(logs.glob("worker*.log")):
        for line in log.read_text(errors="replace").splitlines():
            # Without its timestamp; 503s while the database is away are expected.
            if " ERROR " in line and "Service Unavailable:" not in line:
                message = line[line.index(" ERROR ") + 1 :]
                lines.append(f"   {log.stem}: {message[:160]}")
    for line in lines[:limit]:
        say(line)
    if len(lines) > limit:
        say(f"   ... and {len(lines) - limit} more lines")


def main(argv):
    if len(argv) < 2:
        stages = " ".join(STAGES)
        sys.exit(f"usage: python -m scripts.deploy_check TMPDIR [{stages}]")
    tmp = Path(argv[1])
    chosen = argv[2:] or list(STAGES)
    unknown = set(chosen) - set(STAGES)
    if unknown:
        sys.exit(f"unknown stage(s): {', '.join(sorted(unknown))}")
    signal.signal(signal.SIGTERM, _terminate)
    report = Report()
    stack = Stack(Path.cwd(), tmp)
    try:
        stack.build(report.timings)
        stack.start(report.timings)
        context = {}
        for name in chosen:
            with report.timings(name):
                try:
                    context[name] = STAGES[name](stack, report, context)
                except Exception as error:  # one stage failing must not hide the rest
                    say(traceback.format_exc(limit=4))
                    report.fail(name, f"{type(error).__name__}: {error}")
    except Exception as error:
        say(f"FAILED to bring the deployment up: {error}")
        report.fail("set-up", str(error).splitlines()[0])
    except KeyboardInterrupt:
        report.fail("set-up", "interrupted")
    finally:
        with report.timings("tear down"):
            stack.stop()
    if chosen == list(STAGES):
        total = time.monotonic() - report.started
        report.add(
            "all", "time", f"{total:.0f} s", ok=total < LIMIT, bar=f"< {LIMIT} s"
        )
    report.print()
    if not report.passed:
        show_app_errors(tmp / "logs")
    return 0 if report.passed else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
