"""The deployment, brought up under one temporary folder on loopback ports: its own
PostgreSQL cluster and Redis, two app servers and the task worker started from the
systemd units, nginx with the site file, and an SMTP sink. stop() ends it all.
"""

import contextlib
import os
import secrets
import socket
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from . import nginx
from .client import Client
from .postgres import Cluster
from .procs import Runner, Service
from .smtp_sink import SmtpSink
from .units import (
    parse_env_file,
    read_listen_stream,
    read_unit,
    unit_environment,
)

HOST = "127.0.0.1"
# Out of the way of the usual development ports (8000, 8080, 8443, 6379, 5432).
HTTP_PORT, HTTPS_PORT = 18080, 18443
APP_PORTS = (18001, 18002)
RESTORED_PORT = 18003
REDIS_PORT, PG_PORT, SMTP_PORT = 16390, 15440, 18025
PORTS = (
    HTTP_PORT,
    HTTPS_PORT,
    *APP_PORTS,
    RESTORED_PORT,
    REDIS_PORT,
    PG_PORT,
    SMTP_PORT,
)
DATABASE = "traininghub_deploy"
UNITS = Path("deploy/systemd")
ENV_EXAMPLE = Path("deploy/training-hub.env.example")
PASSED_ON = ("PATH", "LANG", "LC_ALL", "HOME", "TZ")


def port_taken(port) -> bool:
    with socket.socket() as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((HOST, port))
        except OSError:
            return True
    return False


class Stack:
    def __init__(self, root: Path, tmp: Path):
        self.root = root
        self.tmp = tmp
        self.logs = tmp / "logs"
        self.var = tmp / "var"
        self.base_url = f"https://{HOST}:{HTTPS_PORT}"
        base = {key: os.environ[key] for key in PASSED_ON if key in os.environ}
        base["PYTHONDONTWRITEBYTECODE"] = "1"
        self.runner = Runner(self.logs, tmp / "pids", base)
        self.cluster = Cluster(self.runner, tmp / "pg", PG_PORT)
        self.env_file = tmp / ".env"
        self.services: dict[str, Service] = {}
        self.sockets: list[socket.socket] = []
        self.sink = SmtpSink(HOST, SMTP_PORT)
        self.cafile = None

    # Configuration -----------------------------------------------------------------
    def production_env(self) -> dict:
        """The env example's variables, with this machine's values."""
        env = parse_env_file(self.root / ENV_EXAMPLE)
        origin = self.base_url
        env.update(
            SECRET_KEY=secrets.token_urlsafe(50),
            ALLOWED_HOSTS=HOST,
            CSRF_TRUSTED_ORIGINS=origin,
            WAGTAILADMIN_BASE_URL=origin,
            DATABASE_URL=self.cluster.url(DATABASE),
            CONN_MAX_AGE="0",
            CACHE_URL=f"redis://{HOST}:{REDIS_PORT}/0",
            VAR_DIR=str(self.var),
            MEDIA_ROOT=str(self.var / "media"),
            STATIC_ROOT=str(self.tmp / "static"),
            BACKUP_DIR=str(self.var / "backups"),
            EMAIL_HOST=HOST,
            EMAIL_PORT=str(SMTP_PORT),
            EMAIL_USE_TLS="0",
            DEFAULT_FROM_EMAIL="training-hub@deploy-check.invalid",
            LOG_LEVEL="WARNING",
            GUNICORN_WORKERS="2",
        )
        return env

    def write_env_file(self):
        env = self.production_env()
        self.env_file.write_text("".join(f"{k}={v}\n" for k, v in env.items()))
        self.env = {**self.runner.env, **env}

    def manage(self, name, *args, settings="hub.settings.production", timeout=600):
        return self.manage_with(name, {}, *args, settings=settings, timeout=timeout)

    def manage_with(
        self, name, extra_env, *args, settings="hub.settings.production", timeout=600
    ):
        env = {**self.env, **extra_env, "DJANGO_SETTINGS_MODULE": settings}
        python = str(self.root / ".venv/bin/python")
        return self.runner.run(
            name, [python, "manage.py", *args], env=env, cwd=self.root, timeout=timeout
        )

    # Set-up ------------------------------------------------------------------------
    def build(self, timings):
        """Database, schema, demo content and static files, as the README's steps."""
        taken = [port for port in PORTS if port_taken(port)]
        if taken:
            raise RuntimeError(
                f"ports already in use on {HOST}: {', '.join(map(str, taken))}"
                " (another deploy check running?)"
            )
        self.var.mkdir(parents=True)
        self.write_env_file()
        with timings("PostgreSQL cluster, Redis, SMTP sink"):
            # A real machine has PostgreSQL and Redis running before migrate, which
            # already uses the cache.
            self.sink.start()
            self._start_redis()
            self.cluster.create()
            self.cluster.create_database(DATABASE)
        with timings("migrate, seed_demo, collectstatic"):
            self.manage("compile_translations", "compile_translations")
            self.manage("migrate", "migrate", "--no-input")
            # collectstatic needs no database: run it beside seed_demo. The demo
            # app exists in the dev settings only; the data is the same.
            with ThreadPoolExecutor(1) as pool:
                static = pool.submit(
                    self.manage, "collectstatic", "collectstatic", "--no-input"
                )
                self.manage("seed_demo", "seed_demo", settings="hub.settings.dev")
                static.result()

    def start(self, timings):
        with timings("start app servers, worker, nginx"):
            for port in APP_PORTS:
                self._start_unit(f"web@{port}", "training-hub-web@.service", str(port))
            worker = self.worker_unit()
            if worker:
                self._start_unit("worker", worker, "")
            self._start_nginx()
            self.wait_healthy(90)

    def _start_redis(self):
        folder = self.tmp / "redis"
        folder.mkdir()
        argv = ["redis-server", "--bind", HOST, "--port", str(REDIS_PORT)]
        argv += ["--save", "", "--appendonly", "no", "--dir", str(folder)]
        argv += ["--daemonize", "no", "--protected-mode", "yes"]
        self.services["redis"] = Service(
            self.runner, "redis", argv, env={}, cwd=folder, restart_sec=0.5, stop_sec=10
        ).start()

    def worker_unit(self):
        """The worker's unit, once the site has a task worker to run."""
        commands = self.root.glob("*/management/commands/run_tasks.py")
        return "training-hub-worker.service" if any(commands) else None

    def run_unit(self, name, unit_name, timeout=300):
        """A oneshot unit's ExecStart lines, in order, each to the end, as its timer
        would start it; the first one's log."""
        unit = read_unit(
            self.root / UNITS / unit_name, root=self.root, env_file=self.env_file
        )
        env = unit_environment(unit, self.runner.env)
        logs = [
            self.runner.run(
                name if number == 0 else f"{name}-{number + 1}",
                command,
                env=env,
                cwd=unit.working_directory,
                timeout=timeout,
            )
            for number, command in enumerate(unit.exec_starts)
        ]
        return logs[0]

    def _start_unit(self, name, unit_name, instance, extra_env=None):
        unit = read_unit(
            self.root / UNITS / unit_name,
            root=self.root,
            env_file=self.env_file,
            instance=instance,
        )
        if unit.restart != "always":
            raise RuntimeError(f"{unit_name}: expected Restart=always")
        env = {**unit_environment(unit, self.runner.env), **(extra_env or {})}
        listen_fd = self._listen_socket(unit_name, instance)
        self.services[name] = Service(
            self.runner,
            name,
            unit.exec_start,
            env=env,
            cwd=unit.working_directory,
            restart_sec=unit.restart_sec,
            listen_fd=listen_fd,
        ).start()
        return self.services[name]

    def _listen_socket(self, unit_name, instance):
        """The socket a unit's .socket twin describes, held here as systemd would
        hold it (open across the service's restarts), or None."""
        path = self.root / UNITS / unit_name.replace(".service", ".socket")
        if not path.exists():
            return None
        listener = socket.socket()
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(read_listen_stream(path, instance))
        listener.listen(1024)
        self.sockets.append(listener)
        return listener.fileno()

    def _start_nginx(self):
        www = self.tmp / "www"
        www.mkdir()
        self.cafile = str(nginx.make_certificate(self.tmp / "tls", HOST))
        site = nginx.render_site(
            self.root,
            host=HOST,
            http_port=HTTP_PORT,
            https_port=HTTPS_PORT,
            app_ports=APP_PORTS,
            dirs={
                "tls": self.tmp / "tls",
                "var": self.var,
                "logs": self.logs,
                "www": www,
            },
        )
        main = nginx.write_config(self.tmp / "nginx", self.logs, site)
        nginx.test_config(self.runner, main)
        self.services["nginx"] = Service(
            self.runner,
            "nginx",
            nginx.command(main),
            env={},
            cwd=self.tmp,
            restart_sec=1,
            stop_sec=10,
        ).start()

    def client(self, source=HOST, timeout=30) -> Client:
        return Client(self.base_url, self.cafile, source=source, timeout=timeout)

    def wait_healthy(self, seconds):
        deadline = time.monotonic() + seconds
        last = "no answer"
        while time.monotonic() < deadline:
            try:
                response = self.client(timeout=5).get("/healthz")
                if response.status == 200:
                    return
                last = f"status {response.status}"
            except OSError as error:
                last = type(error).__name__
            time.sleep(0.5)
        raise RuntimeError(f"/healthz did not answer 200 within {seconds} s ({last})")

    # Tear-down ---------------------------------------------------------------------
    def stop(self):
        for service in reversed(list(self.services.values())):
            service.stop()
        with contextlib.suppress(Exception):  # it may never have started
            self.sink.stop()
        for listener in self.sockets:
            listener.close()
        self.cluster.stop("immediate")
