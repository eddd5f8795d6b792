"""Settings for a laptop: DEBUG on, emails printed to the console, a dev-only key."""

import os
import secrets

from .base import *  # noqa: F403
from .base import INSTALLED_APPS, TASK_BACKENDS, VAR_DIR, env_bool, env_list

DEBUG = env_bool("DEBUG", True)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost,[::1]")
SERVE_MEDIA = env_bool("SERVE_MEDIA", True)


def _dev_secret_key() -> str:
    """A key made on first run and kept under var/, never committed."""
    path = VAR_DIR / "dev-secret-key"
    if not path.exists():
        path.write_text(secrets.token_urlsafe(50))
    return path.read_text().strip()


SECRET_KEY = os.environ.get("SECRET_KEY") or _dev_secret_key()
EMAIL_BACKEND = os.environ.get(
    "EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend"
)
# Tasks (emails) run at once in the request: the demo needs no worker. Set
# TASK_BACKEND=database and run `manage.py run_tasks` to try the deployed way.
TASKS = {
    "default": {"BACKEND": TASK_BACKENDS[os.environ.get("TASK_BACKEND", "immediate")]}
}
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# The demo content and seed_demo: never installed in production.
INSTALLED_APPS = [*INSTALLED_APPS, "demo"]
