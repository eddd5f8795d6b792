"""Read deploy/systemd units the way systemd would, to start exactly what they say.

No systemd runs here: the check takes ExecStart, Environment, EnvironmentFile,
WorkingDirectory, Restart and RestartSec from the unit, puts this checkout where the
unit says /srv/training-hub, and its own .env where the unit names one.
"""

import shlex
from dataclasses import dataclass, field
from pathlib import Path

INSTALL_DIR = "/srv/training-hub"


@dataclass
class Unit:
    exec_starts: list[list[str]]  # a oneshot unit may run several, in order
    working_directory: str
    environment: dict = field(default_factory=dict)
    environment_files: list[str] = field(default_factory=list)
    restart: str = "no"
    restart_sec: float = 0.1

    @property
    def exec_start(self) -> list[str]:
        return self.exec_starts[0]


def parse_env_file(path: Path) -> dict:
    """KEY=value lines, as systemd's EnvironmentFile= reads them (comments, blanks
    and surrounding quotes aside)."""
    values = {}
    for line in path.read_text().splitlines():
        line = line.strip()
        if not line or line.startswith(("#", ";")) or "=" not in line:
            continue
        key, value = line.split("=", 1)
        value = value.strip()
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
            value = value[1:-1]
        values[key.strip()] = value
    return values


def _seconds(text: str) -> float:
    text = text.strip()
    if text.endswith("ms"):
        return float(text[:-2]) / 1000
    if text.endswith("s"):
        return float(text[:-1])
    if text.endswith("min"):
        return float(text[:-3]) * 60
    return float(text)


def read_unit(path: Path, *, root: Path, env_file: Path, instance: str = "") -> Unit:
    """The [Service] section of a unit, with %i and INSTALL_DIR replaced, and the
    check's own env_file for the unit's EnvironmentFile."""
    service = {}
    environment = {}
    env_files = []
    exec_starts = []
    section = ""
    for raw in path.read_text().splitlines():
        line = raw.strip()
        if not line or line.startswith(("#", ";")):
            continue
        if line.startswith("["):
            section = line
            continue
        if section != "[Service]" or "=" not in line:
            continue
        key, value = (part.strip() for part in line.split("=", 1))
        value = value.replace("%i", instance).replace(INSTALL_DIR, str(root))
        if key == "Environment":
            for assignment in shlex.split(value):
                name, _, setting = assignment.partition("=")
                environment[name] = setting
        elif key == "EnvironmentFile":
            env_files.append(str(env_file))
        elif key == "ExecStart":
            exec_starts.append(shlex.split(value))
        else:
            service[key] = value
    if not exec_starts:
        raise ValueError(f"{path.name}: no ExecStart")
    return Unit(
        exec_starts=exec_starts,
        working_directory=service.get("WorkingDirectory", str(root)),
        environment=environment,
        environment_files=env_files,
        restart=service.get("Restart", "no"),
        restart_sec=_seconds(service.get("RestartSec", "100ms")),
    )


def unit_environment(unit: Unit, base_env: dict) -> dict:
    """The process's environment: Environment= first, then EnvironmentFile= over it
    (as systemd does), over the check's own base environment."""
    env = {**base_env, **unit.environment}
    for name in unit.environment_files:
        env.update(parse_env_file(Path(name)))
    return env


def read_listen_stream(path: Path, instance: str) -> tuple[str, int]:
    """The host and port of a socket unit's ListenStream=host:port."""
    for raw in path.read_text().splitlines():
        key, _, value = raw.strip().partition("=")
        if key.strip() == "ListenStream":
            host, _, port = value.strip().replace("%i", instance).rpartition(":")
            return host or "0.0.0.0", int(port)  # noqa: S104 (systemd's default)
    raise ValueError(f"{path.name}: no ListenStream")
