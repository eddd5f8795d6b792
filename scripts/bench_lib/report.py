"""The table `make bench` prints and writes to var/bench/bench-<timestamp>.md."""

from statistics import median

COLUMNS = [
    "page",
    "queries",
    "KB",
    "cold req/s",
    "cold p50 ms",
    "cold p99 ms",
    "cold % trivial",
    "warm req/s",
    "warm p50 ms",
    "warm p99 ms",
    "warm % trivial",
]


def summarize(runs):
    """The median of repeated wrk runs, figure by figure."""
    if not runs:
        return None
    return {
        "rate": median(run.requests_per_second for run in runs),
        "p50": median(run.p50_ms for run in runs),
        "p99": median(run.p99_ms for run in runs),
        "errors": sum(run.errors for run in runs),
    }


def row(url, cold, warm, trivial_rate):
    cells = [url["name"], str(url["queries"]), f"{url['bytes'] / 1024:.1f}"]
    for figures in (cold, warm):
        if figures is None:
            cells += ["", "", "", ""]
            continue
        percent = 100 * figures["rate"] / trivial_rate if trivial_rate else 0
        rate = f"{figures['rate']:.0f}"
        if figures["errors"]:
            rate += f" ({figures['errors']} errors)"
        cells += [rate, f"{figures['p50']:.1f}", f"{figures['p99']:.1f}"]
        cells.append(f"{percent:.0f}%")
    return cells


def table(rows):
    widths = [
        max(len(COLUMNS[i]), *(len(r[i]) for r in rows)) for i in range(len(COLUMNS))
    ]

    def line(cells):
        padded = [
            cell.ljust(width) if i == 0 else cell.rjust(width)
            for i, (cell, width) in enumerate(zip(cells, widths, strict=True))
        ]
        return "| " + " | ".join(padded) + " |"

    rule = (
        "|"
        + "|".join(
            "-" * (w + 1) + ":" if i else ":" + "-" * (w + 1)
            for i, w in enumerate(widths)
        )
        + "|"
    )
    return "\n".join([line(COLUMNS), rule, *(line(r) for r in rows)])


def document(facts, rows, notes):
    lines = ["# Training Hub benchmark", ""]
    lines += [f"- {key}: {value}" for key, value in facts.items()]
    lines += ["", table(rows), ""]
    lines += notes
    return "\n".join(lines) + "\n"
