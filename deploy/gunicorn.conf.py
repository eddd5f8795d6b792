"""gunicorn settings for one Training Hub app server (see training-hub-web@.service).

Everything a deployment may change comes from the environment, like the site's own
settings: GUNICORN_BIND (default 127.0.0.1:8001), GUNICORN_WORKERS (default 2 per
core plus one, at most 8), GUNICORN_TIMEOUT (30 s) and FORWARDED_ALLOW_IPS (the
proxy's address, default 127.0.0.1).
"""

import os

wsgi_app = "hub.wsgi:application"
bind = [os.environ.get("GUNICORN_BIND", "127.0.0.1:8001")]
workers = int(
    os.environ.get("GUNICORN_WORKERS", str(min(2 * (os.cpu_count() or 1) + 1, 8)))
)
# Sync workers: each request has a process to itself; nginx buffers slow clients.
worker_class = "sync"
# A request that takes longer than this is a bug; the worker is replaced. nginx's
# proxy_read_timeout (40 s) is longer, so the visitor gets the app's answer.
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
# On SIGTERM (systemctl restart, a deploy) requests in flight finish first.
graceful_timeout = 30
# nginx keeps connections to the app servers open (upstream keepalive).
keepalive = 30
# Replace workers now and then, staggered, so a slow leak never takes a server down.
max_requests = 2000
max_requests_jitter = 200
# The app writes one line per request (hub.access); gunicorn's own would double it.
accesslog = None
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "info")
# Only the proxy may say the request came over HTTPS (X-Forwarded-Proto).
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")
# Workers' heartbeat files go to /tmp, which the units make private (PrivateTmp).
proc_name = "training-hub-" + bind[0].rsplit(":", 1)[-1]
