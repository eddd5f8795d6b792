"""A small HTTPS client for the check: one keep-alive connection to nginx from a
chosen loopback source address (nginx sees it as $remote_addr), its own cookies,
and a timeout on everything.
"""

import http.client
import ssl
import time
from dataclasses import dataclass
from http.cookies import SimpleCookie
from urllib.parse import urlencode, urlsplit


@dataclass
class Response:
    status: int
    headers: dict
    body: str
    seconds: float

    def header(self, name, default=""):
        return self.headers.get(name.lower(), default)


class Client:
    def __init__(self, base_url: str, cafile: str, source="127.0.0.1", timeout=30):
        parts = urlsplit(base_url)
        self.base_url = base_url.rstrip("/")
        self.host = parts.hostname
        self.port = parts.port or 443
        self.source = source
        self.timeout = timeout
        self.context = ssl.create_default_context(cafile=cafile)
        self.cookies: dict[str, str] = {}
        self.connection = None

    def _connect(self):
        self.connection = http.client.HTTPSConnection(
            self.host,
            self.port,
            timeout=self.timeout,
            context=self.context,
            source_address=(self.source, 0),
        )

    def close(self):
        if self.connection is not None:
            self.connection.close()
            self.connection = None

    def request(self, method, path, *, data=None, headers=None) -> Response:
        """One request on the kept-alive connection. A connection the server closed
        while idle is reopened once (as browsers do); any other failure raises."""
        body = urlencode(data, doseq=True).encode() if data is not None else None
        sent_headers = {"Accept-Language": "en", "User-Agent": "deploy-check"}
        if self.cookies:
            cookies = self.cookies.items()
            sent_headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in cookies)
        if body is not None:
            sent_headers["Content-Type"] = "application/x-www-form-urlencoded"
        sent_headers.update(headers or {})
        fresh = self.connection is None
        for attempt in range(2):
            if self.connection is None:
                self._connect()
            started = time.monotonic()
            try:
                self.connection.request(method, path, body=body, headers=sent_headers)
                raw = self.connection.getresponse()
                content = raw.read()
            except (http.client.RemoteDisconnected, ConnectionError):
                self.close()
                if fresh or attempt == 1:
                    raise
                continue
            except Exception:
                self.close()
                raise
            seconds = time.monotonic() - started
            if raw.getheader("Connection", "").lower() == "close":
                self.close()
            self._keep_cookies(raw.headers.get_all("Set-Cookie") or [])
            headers_dict = {key.lower(): value for key, value in raw.getheaders()}
            return Response(
                raw.status, headers_dict, content.decode("utf-8", "replace"), seconds
            )
        raise RuntimeError("unreachable")

    def get(self, path, **kwargs) -> Response:
        return self.request("GET", path, **kwargs)

    def post(self, path, data, **kwargs) -> Response:
        return self.request("POST", path, data=data, **kwargs)

    def _keep_cookies(self, set_cookies):
        for line in set_cookies:
            cookie = SimpleCookie()
            cookie.load(line)
            for key, morsel in cookie.items():
                self.cookies[key] = morsel.value
