"""Settings for a deployment. Refuses to start without SECRET_KEY and ALLOWED_HOSTS."""

import os

from django.core.exceptions import ImproperlyConfigured

from redis.backoff import ExponentialBackoff
from redis.retry import Retry

from .base import *  # noqa: F403
from .base import env_bool, env_list

DEBUG = False

SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY:
    raise ImproperlyConfigured("SECRET_KEY must be set in the environment.")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
if not ALLOWED_HOSTS:
    raise ImproperlyConfigured("ALLOWED_HOSTS must be set in the environment.")

# HTTPS: behind a proxy that terminates TLS, set SECURE_PROXY_SSL_HEADER=1 and
# keep SECURE_SSL_REDIRECT on, or turn the redirect off when the proxy does it.
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
if env_bool("SECURE_PROXY_SSL_HEADER", False):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_HSTS_SECONDS = int(
    os.environ.get("SECURE_HSTS_SECONDS", str(60 * 60 * 24 * 365))
)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = True

# The shared cache: rate limits and counters must hold across every app server and
# process, so a deployment needs Redis, unless it says on purpose that it runs as
# one process (SINGLE_PROCESS=1: one gunicorn worker, no second server).
CACHE_URL = os.environ.get("CACHE_URL", "")
if CACHE_URL.startswith(("redis://", "rediss://", "unix://")):
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": CACHE_URL,
            # Django's connection pool gives redis-py's connections no retries, so
            # a request caught by a Redis restart failed with a 500. Retried for
            # about a second instead (a rate-limit count may then be counted twice).
            "OPTIONS": {"retry": Retry(ExponentialBackoff(cap=0.5, base=0.05), 4)},
        }
    }
elif CACHE_URL:
    raise ImproperlyConfigured("CACHE_URL must be a redis:// address.")
elif not env_bool("SINGLE_PROCESS", False):
    raise ImproperlyConfigured(
        "CACHE_URL must name the Redis shared by every app server (redis://host:6379/0)"
        ", or set SINGLE_PROCESS=1 to run as one process with a local cache."
    )
