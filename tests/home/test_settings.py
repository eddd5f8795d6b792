import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run_check(env_overrides):
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in {"SECRET_KEY", "ALLOWED_HOSTS", "CACHE_URL", "SINGLE_PROCESS"}
    }
    env.update(env_overrides, DJANGO_SETTINGS_MODULE="hub.settings.production")
    return subprocess.run(
        [sys.executable, "manage.py", "check"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_refuses_to_start_without_a_secret_key():
    result = run_check({"ALLOWED_HOSTS": "hub.example.org"})

    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_production_refuses_to_start_without_allowed_hosts():
    result = run_check({"SECRET_KEY": "x" * 60})

    assert result.returncode != 0
    assert "ALLOWED_HOSTS must be set" in result.stderr


REQUIRED = {"SECRET_KEY": "x" * 60, "ALLOWED_HOSTS": "hub.example.org"}


def test_production_refuses_to_start_without_a_shared_cache():
    result = run_check(REQUIRED)

    assert result.returncode != 0
    assert "CACHE_URL must name the Redis" in result.stderr


def test_production_starts_with_a_shared_cache():
    result = run_check({**REQUIRED, "CACHE_URL": "redis://127.0.0.1:6379/0"})

    assert result.returncode == 0, result.stderr


def test_production_starts_as_one_process_when_told_so():
    result = run_check({**REQUIRED, "SINGLE_PROCESS": "1"})

    assert result.returncode == 0, result.stderr
