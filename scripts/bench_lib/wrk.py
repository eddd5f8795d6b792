"""Running Debian's wrk and reading its --latency report."""

import re
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60_000.0}


@dataclass
class Run:
    requests_per_second: float
    p50_ms: float
    p99_ms: float
    errors: int  # non-2xx/3xx responses and socket errors

    @classmethod
    def parse(cls, output: str) -> "Run":
        rate = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
        latency = {
            percent: float(value) * UNITS[unit]
            for percent, value, unit in re.findall(
                r"^\s+(50|99)%\s+([\d.]+)(us|ms|s|m)\s*$", output, re.MULTILINE
            )
        }
        errors = sum(
            int(n) for n in re.findall(r"Non-2xx or 3xx responses:\s+(\d+)", output)
        )
        if socket := re.search(r"Socket errors:(.*)", output):
            errors += sum(int(n) for n in re.findall(r"\d+", socket.group(1)))
        return cls(rate, latency.get("50", 0.0), latency.get("99", 0.0), errors)


def rotating_script(paths: list[str]) -> Path:
    """A wrk Lua script that asks for the paths in turn (several searches)."""
    quoted = ", ".join(f'"{path}"' for path in paths)
    script = f"""
local paths = {{{quoted}}}
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", paths[(i % #paths) + 1])
end
"""
    with tempfile.NamedTemporaryFile(
        "w", suffix=".lua", prefix="bench-", delete=False
    ) as handle:
        handle.write(script)
    return Path(handle.name)


def run(base_url, paths, *, seconds, connections, threads) -> Run:
    argv = ["wrk", f"-t{threads}", f"-c{connections}", f"-d{seconds}s"]
    argv += ["--latency", "--timeout", "10s"]
    script = None
    if len(paths) > 1:
        script = rotating_script(paths)
        argv += ["-s", str(script)]
    argv.append(base_url + paths[0])
    try:
        done = subprocess.run(
            argv, capture_output=True, text=True, timeout=seconds + 30, check=True
        )
    finally:
        if script:
            script.unlink()
    return Run.parse(done.stdout)
