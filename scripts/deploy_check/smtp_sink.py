"""A local SMTP server that keeps every message in memory, and can be told to hang:
accept connections and never answer, as a mail server that is stuck does.

Just enough SMTP for Django's SMTP backend (EHLO/HELO, MAIL, RCPT, DATA, RSET, NOOP,
QUIT), on an asyncio loop in a thread of its own.
"""

import asyncio
import email
import email.policy
import threading
import time
from dataclasses import dataclass


@dataclass
class Message:
    recipients: list
    subject: str
    body: str


class SmtpSink:
    def __init__(self, host="127.0.0.1", port=8025):
        self.host = host
        self.port = port
        self.messages: list[Message] = []
        self.hung_connections = 0
        self._hang_until = 0.0
        self._lock = threading.Lock()
        self._loop = asyncio.new_event_loop()
        self._server = None
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)

    def start(self):
        self._thread.start()
        future = asyncio.run_coroutine_threadsafe(self._serve(), self._loop)
        future.result(timeout=10)
        return self

    async def _serve(self):
        self._server = await asyncio.start_server(self._session, self.host, self.port)

    def stop(self):
        async def close():
            self._server.close()

        if self._server is not None:
            asyncio.run_coroutine_threadsafe(close(), self._loop).result(timeout=10)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(timeout=10)

    def hang(self, seconds: float):
        """From now on for `seconds`, new connections get no answer at all."""
        self._hang_until = time.monotonic() + seconds

    def snapshot(self) -> list[Message]:
        with self._lock:
            return list(self.messages)

    def _store(self, recipients, data: bytes):
        parsed = email.message_from_bytes(data, policy=email.policy.default)
        part = parsed.get_body(preferencelist=("plain", "html"))
        body = part.get_content() if part is not None else ""
        with self._lock:
            self.messages.append(
                Message(list(recipients), str(parsed.get("Subject", "")), body)
            )

    async def _session(self, reader, writer):
        try:
            remaining = self._hang_until - time.monotonic()
            if remaining > 0:
                self.hung_connections += 1
                await asyncio.sleep(remaining)
                return
            await self._converse(reader, writer)
        except (ConnectionError, asyncio.IncompleteReadError, TimeoutError):
            pass
        finally:
            writer.close()

    async def _converse(self, reader, writer):
        async def reply(line):
            writer.write(line.encode() + b"\r\n")
            await writer.drain()

        await reply("220 deploy-check SMTP sink")
        recipients = []
        while True:
            line = await asyncio.wait_for(reader.readline(), 60)
            if not line:
                return
            verb = line[:4].upper()
            if verb == b"EHLO":
                await reply("250-deploy-check\r\n250-8BITMIME\r\n250 SMTPUTF8")
            elif verb == b"HELO":
                await reply("250 deploy-check")
            elif verb == b"MAIL":
                recipients = []
                await reply("250 OK")
            elif verb == b"RCPT":
                address = line.split(b":", 1)[-1].strip().strip(b"<>").split(b">")[0]
                recipients.append(address.decode(errors="replace"))
                await reply("250 OK")
            elif verb == b"DATA":
                await reply("354 End data with <CR><LF>.<CR><LF>")
                data = await self._read_data(reader)
                self._store(recipients, data)
                await reply("250 OK: queued")
            elif verb == b"QUIT":
                await reply("221 Bye")
                return
            elif verb in (b"RSET", b"NOOP"):
                recipients = [] if verb == b"RSET" else recipients
                await reply("250 OK")
            else:
                await reply("502 Command not implemented")

    async def _read_data(self, reader) -> bytes:
        lines = []
        while True:
            line = await asyncio.wait_for(reader.readline(), 60)
            if not line or line in (b".\r\n", b".\n"):
                return b"".join(lines)
            if line.startswith(b".."):
                line = line[1:]
            lines.append(line)
