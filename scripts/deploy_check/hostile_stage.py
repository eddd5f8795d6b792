"""Stage 2: hostile input through nginx, by scripts/deploy_check/hostile/ (written
on its own: a corpus of known-bad requests and generated ones). It must send at
least 2000 requests, get no server error, and leave no row behind a rejected post."""

import importlib

from . import db
from .report import say
from .stack import DATABASE

MIN_REQUESTS = 2000


def hostile_stage(stack, report, context):
    try:
        hostile = importlib.import_module(f"{__package__}.hostile")
    except ModuleNotFoundError as error:
        if error.name != f"{__package__}.hostile":
            raise
        report.fail("hostile", "scripts/deploy_check/hostile/ is not there")
        return None
    url = stack.cluster.url(DATABASE)
    result = hostile.run(
        stack.base_url,
        verify=stack.cafile,
        count_rows=lambda: db.public_rows(url),
        min_requests=MIN_REQUESTS,
    )
    requests, errors = result["requests"], result["server_errors"]
    failures = result["failures"]
    report.add(
        "hostile", "requests", requests, ok=requests >= MIN_REQUESTS, bar=">= 2000"
    )
    report.add("hostile", "server errors (5xx)", errors, ok=errors == 0, bar="0")
    added = ", ".join(
        f"{t.split('_')[-1]} +{n}" for t, n in result["rows_added"].items()
    )
    report.add("hostile", "rows added (accepted posts only)", added or "none")
    report.add("hostile", "failures", len(failures), ok=not failures, bar="0")
    for line in failures[:10]:
        say(f"   hostile: {line[:200]}")
    return result
