"""The files in deploy/ hang together: what scripts/deploy-check relies on, checked
in a second rather than the check's minutes."""

import re
from pathlib import Path

import pytest

from scripts.deploy_check.nginx import render_site
from scripts.deploy_check.units import (
    INSTALL_DIR,
    parse_env_file,
    read_listen_stream,
    read_unit,
)

ROOT = Path(__file__).resolve().parents[2]
UNITS = ROOT / "deploy/systemd"
SETTINGS = [ROOT / "hub/settings/base.py", ROOT / "hub/settings/production.py"]
READ_FROM_ENV = re.compile(
    r"""(?:environ\.get|env_bool|env_list|environ\[)\(?"([A-Z_]+)\""""
)


def test_the_nginx_site_has_every_placeholder_the_check_replaces(tmp_path):
    site = render_site(
        ROOT,
        host="127.0.0.1",
        http_port=18080,
        https_port=18443,
        app_ports=(18001, 18002),
        dirs={name: tmp_path / name for name in ("tls", "var", "logs", "www")},
    )
    assert "example.org" not in site
    assert INSTALL_DIR not in site
    assert "proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;" in site


@pytest.mark.parametrize(
    "name",
    [
        "training-hub-web@.service",
        "training-hub-worker.service",
        "training-hub-purge.service",
        "training-hub-backup.service",
    ],
)
def test_each_service_runs_as_the_site_user_from_the_checkout(name):
    text = (UNITS / name).read_text()
    assert "User=traininghub" in text
    assert "EnvironmentFile=/srv/training-hub/.env" in text
    assert "ProtectSystem=strict" in text
    unit = read_unit(UNITS / name, root=ROOT, env_file=Path("/dev/null"), instance="1")
    assert unit.working_directory == str(ROOT)
    assert unit.exec_start[0].startswith(str(ROOT / ".venv/bin/"))


def test_the_app_servers_and_worker_come_back_by_themselves():
    for name in ("training-hub-web@.service", "training-hub-worker.service"):
        unit = read_unit(UNITS / name, root=ROOT, env_file=Path("/dev/null"))
        assert unit.restart == "always"
    web = read_unit(
        UNITS / "training-hub-web@.service",
        root=ROOT,
        env_file=Path("/dev/null"),
        instance="8001",
    )
    assert web.environment["GUNICORN_BIND"] == "127.0.0.1:8001"
    assert read_listen_stream(UNITS / "training-hub-web@.socket", "8001") == (
        "127.0.0.1",
        8001,
    )


def test_the_timers_start_their_services():
    for name in ("training-hub-purge", "training-hub-backup"):
        assert "OnCalendar=" in (UNITS / f"{name}.timer").read_text()
        assert (UNITS / f"{name}.service").exists()


def test_the_env_example_names_every_variable_the_settings_read():
    read = set()
    for path in SETTINGS:
        read |= set(READ_FROM_ENV.findall(path.read_text()))
    example = (ROOT / "deploy/training-hub.env.example").read_text()
    named = set(re.findall(r"^#?([A-Z_]+)=", example, re.M))
    assert read - named == set()
    values = parse_env_file(ROOT / "deploy/training-hub.env.example")
    assert values["DJANGO_SETTINGS_MODULE"] == "hub.settings.production"
