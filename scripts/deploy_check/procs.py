"""Processes the check starts: one-shot commands with their output in a log, and
long-running services supervised the way systemd would (Restart=always).

Every process runs in a session of its own and its pid is appended to PIDS_FILE, so
that scripts/deploy-check's trap can end whatever is left if Python itself dies.
"""

import os
import signal
import subprocess
import threading
import time
from pathlib import Path

# What systemd does for a service with a socket unit: the socket as fd 3, and
# LISTEN_FDS/LISTEN_PID saying so (the pid is the shell's, which execs the program).
SOCKET_ACTIVATION = [
    "/bin/sh",
    "-c",
    'eval "exec 3<&$1"; shift; export LISTEN_FDS=1 LISTEN_PID=$$; exec "$@"',
    "socket-activation",
]


class CommandFailed(Exception):
    pass


class Runner:
    """Starts processes with a common environment, logs under a folder, and pids
    recorded for the shell's trap."""

    def __init__(self, logs: Path, pids_file: Path, env: dict):
        self.logs = logs
        self.pids_file = pids_file
        self.env = env
        logs.mkdir(parents=True, exist_ok=True)

    def remember(self, pid: int):
        with self.pids_file.open("a") as pids:
            pids.write(f"{pid}\n")

    def popen(self, name, argv, *, env=None, cwd=None, user=None, listen_fd=None):
        log = (self.logs / f"{name}.log").open("ab")
        if user:
            argv = ["runuser", "-u", user, "--", *argv]
        if listen_fd is not None:
            argv = [*SOCKET_ACTIVATION, str(listen_fd), *argv]
        process = subprocess.Popen(
            argv,
            env={**self.env, **(env or {})},
            cwd=cwd,
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
            pass_fds=() if listen_fd is None else (listen_fd,),
        )
        log.close()
        self.remember(process.pid)
        return process

    def run(self, name, argv, *, env=None, cwd=None, user=None, timeout=300):
        """Run to the end; raise CommandFailed with the log's tail on failure."""
        process = self.popen(name, argv, env=env, cwd=cwd, user=user)
        try:
            code = process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            stop(process, 5)
            raise CommandFailed(f"{name}: still running after {timeout} s") from None
        if code != 0:
            raise CommandFailed(f"{name}: exit status {code}\n{self.tail(name)}")
        return self.logs / f"{name}.log"

    def tail(self, name, lines=25):
        path = self.logs / f"{name}.log"
        if not path.exists():
            return ""
        text = path.read_text(errors="replace").splitlines()[-lines:]
        return "\n".join("   | " + line for line in text)


def stop(process, grace: float):
    """SIGTERM the process's whole session, then SIGKILL after `grace` seconds."""
    if process.poll() is not None:
        return
    for sig, wait in ((signal.SIGTERM, grace), (signal.SIGKILL, 5)):
        try:
            os.killpg(process.pid, sig)
        except ProcessLookupError:
            return
        try:
            process.wait(timeout=wait)
            return
        except subprocess.TimeoutExpired:
            continue


class Service:
    """A long-running process restarted after RestartSec when it exits, as systemd
    does with Restart=always, until stop() is called."""

    def __init__(
        self, runner, name, argv, *, env, cwd, restart_sec, stop_sec=40, listen_fd=None
    ):
        self.runner = runner
        self.name = name
        self.argv = argv
        self.env = env
        self.cwd = cwd
        self.restart_sec = restart_sec
        self.listen_fd = listen_fd
        self.stop_sec = stop_sec
        self.process = None
        self.starts = 0
        self.unexpected_exits = 0
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._holding = False
        self._thread = threading.Thread(target=self._supervise, daemon=True)

    def start(self):
        self._launch()
        self._thread.start()
        return self

    def _launch(self):
        with self._lock:
            self.process = self.runner.popen(
                self.name,
                self.argv,
                env=self.env,
                cwd=self.cwd,
                listen_fd=self.listen_fd,
            )
            self.starts += 1

    def _supervise(self):
        while not self._stopping.is_set():
            process = self.process
            if process.poll() is None:
                time.sleep(0.2)
                continue
            if self._holding:  # restart() is bringing it back itself
                time.sleep(0.1)
                continue
            self.unexpected_exits += 1
            if self._stopping.wait(self.restart_sec):
                return
            self._launch()

    def restart(self):
        """What `systemctl restart` does: SIGTERM, wait for the end, start again."""
        self._holding = True
        try:
            stop(self.process, self.stop_sec)
            self._launch()
        finally:
            self._holding = False

    def stop(self):
        self._stopping.set()
        if self.process is not None:
            stop(self.process, self.stop_sec)
