"""What the site's log handler prints, as an operator reads it."""

import io
import logging

import pytest


class PrintedLog:
    def __init__(self, buffer):
        self._buffer = buffer

    @property
    def text(self) -> str:
        return self._buffer.getvalue()

    @property
    def lines(self) -> list[str]:
        return self.text.splitlines()


@pytest.fixture
def printed_log():
    """What the configured console handler prints during the test."""
    handler = next(h for h in logging.getLogger().handlers if h.name == "console")
    buffer = io.StringIO()
    previous = handler.setStream(buffer)
    yield PrintedLog(buffer)
    handler.setStream(previous)
