"""Values worked out once per request and then remembered until it ends.

A page asks for the reader's locale, the page's translations or the content version
from several template tags; each would otherwise cost a query (or a cache round
trip) every time. The memo lives in a context variable that RequestMemoMiddleware
opens at the start of a request and closes at its end, so nothing outlives the
request or is shared between requests. Outside a request (a management command, a
task) nothing is remembered and each call computes afresh.
"""

from contextvars import ContextVar

_memo: ContextVar[dict | None] = ContextVar("request_memo", default=None)

_MISSING = object()


def remembered(key, compute):
    """compute(), once per request for each key."""
    memo = _memo.get()
    if memo is None:
        return compute()
    value = memo.get(key, _MISSING)
    if value is _MISSING:
        value = memo[key] = compute()
    return value


def remember(key, value):
    memo = _memo.get()
    if memo is not None:
        memo[key] = value


def forget(key):
    memo = _memo.get()
    if memo is not None:
        memo.pop(key, None)


class RequestMemoMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = _memo.set({})
        try:
            return self.get_response(request)
        finally:
            _memo.reset(token)
