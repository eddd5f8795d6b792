"""A PostgreSQL cluster of the check's own, in its temporary folder, on its own port:
stopping it for the fault drill disturbs no other database on the machine.

Debian's server binaries (/usr/lib/postgresql/<version>/bin) are used directly. The
server refuses to run as root, so when the check runs as root the cluster belongs to
the `postgres` user.
"""

import os
import shutil
import subprocess
import time
from pathlib import Path

from .procs import CommandFailed


def server_bin() -> Path:
    versions = sorted(
        Path("/usr/lib/postgresql").glob("*/bin/initdb"),
        key=lambda path: int(path.parent.parent.name),
    )
    if not versions:
        raise CommandFailed("no PostgreSQL server in /usr/lib/postgresql/*/bin")
    return versions[-1].parent


class Cluster:
    def __init__(self, runner, folder: Path, port: int):
        self.runner = runner
        self.folder = folder
        self.data = folder / "data"
        self.socket_dir = folder / "socket"
        self.port = port
        self.bin = server_bin()
        self.user = "postgres" if os.geteuid() == 0 else None

    def url(self, database: str) -> str:
        return f"postgres://postgres@127.0.0.1:{self.port}/{database}"

    def _pg(self, name, *args, timeout=120):
        return self.runner.run(name, [*args], user=self.user, timeout=timeout)

    def create(self):
        self.folder.mkdir(parents=True)
        self.socket_dir.mkdir()
        if self.user:
            shutil.chown(self.folder, self.user, self.user)
            shutil.chown(self.socket_dir, self.user, self.user)
        self._pg(
            "initdb",
            self.bin / "initdb",
            "--auth=trust",
            "--username=postgres",
            "--encoding=UTF8",
            "--locale=C.UTF-8",
            "-D",
            self.data,
        )
        self.start()

    def start(self):
        options = (
            f"-p {self.port} -c listen_addresses=127.0.0.1"
            f" -k {self.socket_dir} -c fsync=off -c synchronous_commit=off"
            " -c full_page_writes=off -c max_connections=100"
        )
        self._pg(
            "pg_ctl-start",
            self.bin / "pg_ctl",
            "-D",
            self.data,
            "-o",
            options,
            "-l",
            self.folder / "server.log",
            "-w",
            "-t",
            "60",
            "start",
        )

    def stop(self, mode="fast"):
        if not (self.data / "postmaster.pid").exists():
            return
        self._pg(
            "pg_ctl-stop",
            self.bin / "pg_ctl",
            "-D",
            self.data,
            "-m",
            mode,
            "-w",
            "-t",
            "60",
            "stop",
        )

    def psql(self, sql: str, database="postgres"):
        subprocess.run(
            [self.bin / "psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-c", sql],
            env={
                **os.environ,
                "PGHOST": "127.0.0.1",
                "PGPORT": str(self.port),
                "PGUSER": "postgres",
                "PGDATABASE": database,
            },
            check=True,
            capture_output=True,
            timeout=60,
        )

    def create_database(self, name: str):
        self.psql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        self.psql(f'CREATE DATABASE "{name}"')

    def wait_ready(self, timeout=30):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            ready = subprocess.run(
                [
                    self.bin / "pg_isready",
                    "-q",
                    "-h",
                    "127.0.0.1",
                    "-p",
                    f"{self.port}",
                ],
                check=False,
            )
            if ready.returncode == 0:
                return True
            time.sleep(0.3)
        return False
