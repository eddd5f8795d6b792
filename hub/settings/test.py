"""Settings for the test suite: fast hashing, an in-memory cache and mailbox."""

from .base import *  # noqa: F403
from .base import INSTALLED_APPS, TASK_BACKENDS

DEBUG = False
SECRET_KEY = "test-only-key-not-for-any-deployment"  # noqa: S105
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# Tasks run at once; the tests of the queue and its worker switch to the database.
TASKS = {"default": {"BACKEND": TASK_BACKENDS["immediate"]}}
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
WAGTAILADMIN_BASE_URL = "http://testserver"
# Serve static files straight from the source folders; no collectstatic in tests.
WHITENOISE_AUTOREFRESH = True
WHITENOISE_USE_FINDERS = True

# The demo content and seed_demo: never installed in production.
INSTALLED_APPS = [*INSTALLED_APPS, "demo"]
