"""Asking /healthz as a load balancer does."""

from concurrent.futures import ThreadPoolExecutor

from django.db import connections


def probe(client):
    """GET /healthz from a thread of its own. The view is async, and Django runs it
    through async_to_sync, which refuses a thread whose event loop is busy: after a
    browser test on the same test worker, Playwright's is. gunicorn's workers have
    no loop, so this is how the site is really asked."""

    def ask():
        try:
            return client.get("/healthz", headers={"accept": "application/json"})
        finally:
            connections.close_all()

    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(ask).result()
