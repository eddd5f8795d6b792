"""Checks every public page must pass: valid HTML, the right lang and dir."""

import html5lib
from bs4 import BeautifulSoup

RTL_LANGUAGES = {"ar"}


def assert_valid_html(content: bytes | str):
    """Parse strictly as HTML5: any parse error (stray tag, bad nesting) fails."""
    parser = html5lib.HTMLParser(strict=True)
    parser.parse(content)


def soup(response) -> BeautifulSoup:
    return BeautifulSoup(response.content, "html.parser")


def assert_lang_and_dir(response, code: str):
    html = soup(response).html
    assert html["lang"] == code
    assert html["dir"] == ("rtl" if code in RTL_LANGUAGES else "ltr")
