"""The bench database and the two app stacks (page cache off and on), each gunicorn
with the production settings on a loopback port. Everything started here is
stopped by stop_all(), which the caller runs in `finally`."""

import contextlib
import os
import secrets
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

# The deploy check already knows how to tell whether a loopback port is in use.
from scripts.deploy_check.stack import port_taken

HOST = "127.0.0.1"
COLD_PORT, WARM_PORT = 18090, 18091
# Redis databases of their own, emptied first: 0 is the usual one.
COLD_REDIS_DB, WARM_REDIS_DB = 13, 14
PG_DATABASE = "training_hub_bench"
PASSED_ON = ("PATH", "LANG", "LC_ALL", "HOME", "TZ", "TMPDIR")

_started: list[subprocess.Popen] = []


def redis_answers() -> bool:
    try:
        with socket.create_connection((HOST, 6379), timeout=1) as conn:
            conn.sendall(b"PING\r\n")
            return conn.recv(16).startswith(b"+PONG")
    except OSError:
        return False


def flush_redis(db: int):
    with socket.create_connection((HOST, 6379), timeout=2) as conn:
        conn.sendall(f"SELECT {db}\r\nFLUSHDB\r\n".encode())
        reply = b""
        while reply.count(b"\r\n") < 2:
            reply += conn.recv(64)
        if b"-" in reply.split(b"\r\n")[1][:1]:
            raise RuntimeError(f"Redis refused FLUSHDB: {reply!r}")


class Database:
    """SQLite under var/bench/, or a database of its own on DATABASE_URL's
    PostgreSQL server, made afresh for each run."""

    def __init__(self, root: Path, given_url: str):
        self.postgres = given_url.startswith(("postgres://", "postgresql://"))
        if self.postgres:
            parts = urlsplit(given_url)
            self.admin_url = urlunsplit(parts._replace(path="/postgres"))
            self.url = urlunsplit(parts._replace(path=f"/{PG_DATABASE}"))
            self.label = f"PostgreSQL ({PG_DATABASE} on {parts.hostname})"
        else:
            self.path = root / "var" / "bench" / "bench.sqlite3"
            self.url = f"sqlite:///{self.path}"
            self.label = f"SQLite ({self.path.relative_to(root)})"

    def create(self):
        if self.postgres:
            self._postgres(f'DROP DATABASE IF EXISTS "{PG_DATABASE}" WITH (FORCE)')
            self._postgres(f'CREATE DATABASE "{PG_DATABASE}"')
        else:
            for suffix in ("", "-wal", "-shm", "-journal"):
                Path(f"{self.path}{suffix}").unlink(missing_ok=True)

    def analyze(self):
        if self.postgres:
            import psycopg

            with psycopg.connect(self.url, autocommit=True) as conn:
                conn.execute("ANALYZE")

    def drop(self):
        if self.postgres:
            self._postgres(f'DROP DATABASE IF EXISTS "{PG_DATABASE}" WITH (FORCE)')

    def version(self) -> str:
        if not self.postgres:
            import sqlite3

            return f"SQLite {sqlite3.sqlite_version}"
        import psycopg

        with psycopg.connect(self.admin_url, autocommit=True) as conn:
            return conn.execute("SHOW server_version").fetchone()[0]

    def _postgres(self, sql):
        import psycopg

        with psycopg.connect(self.admin_url, autocommit=True) as conn:
            conn.execute(sql)


class Environment:
    """The production settings' environment for this machine, plain HTTP."""

    def __init__(self, root: Path, database: Database):
        self.root = root
        self.var = root / "var" / "bench"
        self.redis = redis_answers()
        self.workers = 2 if self.redis else 1
        base = {key: os.environ[key] for key in PASSED_ON if key in os.environ}
        self.env = {
            **base,
            "PYTHONDONTWRITEBYTECODE": "1",
            "DJANGO_SETTINGS_MODULE": "hub.settings.production",
            "SECRET_KEY": secrets.token_urlsafe(50),
            "ALLOWED_HOSTS": f"{HOST},localhost",
            "WAGTAILADMIN_BASE_URL": f"http://{HOST}:{COLD_PORT}",
            # Plain HTTP on loopback, as scripts/deploy-check's app servers behind
            # nginx: no redirect to HTTPS and no HSTS.
            "SECURE_SSL_REDIRECT": "0",
            "SECURE_HSTS_SECONDS": "0",
            "DATABASE_URL": database.url,
            "CONN_MAX_AGE": "60",
            "VAR_DIR": str(self.var / "run"),
            "MEDIA_ROOT": str(self.var / "run" / "media"),
            "STATIC_ROOT": str(self.var / "static"),
            # Nothing sends mail in a bench.
            "TASK_BACKEND": "immediate",
            "EMAIL_BACKEND": "django.core.mail.backends.locmem.EmailBackend",
            "LOG_LEVEL": "WARNING",
            "ACCESS_LOG": "1",
            "GUNICORN_WORKERS": str(self.workers),
        }
        if not self.redis:
            self.env["SINGLE_PROCESS"] = "1"

    @property
    def cache_label(self) -> str:
        if self.redis:
            return f"Redis (127.0.0.1:6379, db {COLD_REDIS_DB} and {WARM_REDIS_DB})"
        return "local memory (no Redis answered: one worker per stack)"

    def stack_env(self, *, page_cache: bool, port: int) -> dict:
        env = {**self.env, "GUNICORN_BIND": f"{HOST}:{port}"}
        db = WARM_REDIS_DB if page_cache else COLD_REDIS_DB
        if self.redis:
            env["CACHE_URL"] = f"redis://{HOST}:6379/{db}"
        if not page_cache:
            env["PAGE_CACHE_SECONDS"] = "0"
        return env

    def manage(self, log: Path, *args, settings=None):
        env = dict(self.env)
        if settings:
            env["DJANGO_SETTINGS_MODULE"] = settings
        if self.redis:
            env["CACHE_URL"] = f"redis://{HOST}:6379/{COLD_REDIS_DB}"
        return self.run(log, [sys.executable, "manage.py", *args], env)

    def run(self, log: Path, argv, env):
        with log.open("ab") as out:
            process = subprocess.Popen(
                argv,
                cwd=self.root,
                env=env,
                stdout=out,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
                start_new_session=True,
            )
            _started.append(process)
            code = process.wait()
        if code != 0:
            tail = "\n".join(log.read_text(errors="replace").splitlines()[-30:])
            raise RuntimeError(f"{' '.join(map(str, argv[1:3]))} failed:\n{tail}")


class Stack:
    """One gunicorn with deploy/gunicorn.conf.py on a loopback port."""

    def __init__(self, environment: Environment, *, page_cache: bool, port: int):
        self.environment = environment
        self.page_cache = page_cache
        self.port = port
        self.base_url = f"http://{HOST}:{port}"
        self.name = "warm" if page_cache else "cold"

    def start(self, log: Path):
        if port_taken(self.port):
            raise RuntimeError(f"port {self.port} on {HOST} is in use")
        if self.environment.redis:
            flush_redis(WARM_REDIS_DB if self.page_cache else COLD_REDIS_DB)
        env = self.environment.stack_env(page_cache=self.page_cache, port=self.port)
        gunicorn = str(Path(sys.executable).with_name("gunicorn"))
        out = log.open("ab")
        self.process = subprocess.Popen(
            [gunicorn, "-c", "deploy/gunicorn.conf.py"],
            cwd=self.environment.root,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            start_new_session=True,
        )
        out.close()
        _started.append(self.process)
        return self

    def wait_ready(self, seconds=90):
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"gunicorn ({self.name}) exited")
            try:
                with urllib.request.urlopen(self.base_url + "/robots.txt", timeout=5):
                    return
            except (urllib.error.URLError, OSError):
                time.sleep(0.5)
        raise RuntimeError(f"gunicorn ({self.name}) did not answer in {seconds} s")

    def drain(self, seconds=20):
        """Wait until the trivial view answers at once three times in a row: the
        requests a load generator left behind have been served."""
        quick, deadline = 0, time.monotonic() + seconds
        while quick < 3 and time.monotonic() < deadline:
            start = time.monotonic()
            self.get("/robots.txt")
            quick = quick + 1 if time.monotonic() - start < 0.05 else 0

    def get(self, path) -> int:
        try:
            with urllib.request.urlopen(self.base_url + path, timeout=30) as response:
                response.read()
                return response.status
        except urllib.error.HTTPError as error:
            return error.code


def stop_all():
    """End every process this run started (each is a session of its own)."""
    for process in reversed(_started):
        if process.poll() is None:
            try:
                os.killpg(process.pid, signal.SIGTERM)
            except ProcessLookupError:
                continue
    deadline = time.monotonic() + 20
    for process in _started:
        try:
            process.wait(timeout=max(0.1, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGKILL)
    _started.clear()
