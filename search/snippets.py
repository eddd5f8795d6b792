"""The few lines under a result, with the words that matched marked.

Whatever the index holds is escaped first: the only markup a snippet carries is the
<mark> this module adds."""

import re

from django.utils.html import escape
from django.utils.safestring import mark_safe

from .text import WORD, fold, stems

# PostgreSQL's ts_headline wraps the matches in these, then they become <mark>.
START, STOP = "\x02", "\x03"
# What ts_headline is given in place of "<" and ">": its parser takes anything
# between them for an HTML tag and leaves it out (with the words between
# <script> and </script>), where the reader must see the text as it was written.
LT, GT = "\x04", "\x05"
HEADLINE_OPTIONS = (
    f"StartSel={START}, StopSel={STOP}, MaxWords=28, MinWords=12, "
    'MaxFragments=2, FragmentDelimiter=" … "'
)
WINDOW = 30


def from_headline(headline: str) -> str:
    """ts_headline's text, escaped, with its marks made <mark>."""
    html = escape(headline.replace("\n", " "))
    html = html.replace(LT, "&lt;").replace(GT, "&gt;")
    return mark_safe(  # noqa: S308 (escaped above; only our own tags added)
        html.replace(START, "<mark>").replace(STOP, "</mark>")
    )


def highlight(text: str, query: str, language: str, window: int | None = WINDOW):
    """Where PostgreSQL is not there to do it: about thirty words (`window`; None for
    all) of `text` around the first word whose stem the query has, every such word
    marked."""
    wanted = set(stems(query, language))
    tokens = list(WORD.finditer(text))
    if not tokens:
        return ""
    keyed = stems([fold(t.group()) for t in tokens], language)
    hits = [i for i, stem in enumerate(keyed) if stem in wanted]
    first = 0 if window is None else max(0, (hits[0] if hits else 0) - 8)
    last = len(tokens) if window is None else min(len(tokens), first + window)
    # From the very start of the text when the window starts at its first word,
    # so that what comes before that word ("¿", a quote) is kept.
    start = tokens[first].start() if first else 0
    end = tokens[last - 1].end() if last < len(tokens) else len(text)
    marked = set(hits)
    parts, position = [], start
    for i in range(first, last):
        token = tokens[i]
        parts.append(escape(text[position : token.start()]))
        word = escape(token.group())
        parts.append(f"<mark>{word}</mark>" if i in marked else word)
        position = token.end()
    parts.append(escape(text[position:end]))
    snippet = re.sub(r"\s+", " ", "".join(parts)).strip()
    before = "… " if start > 0 else ""
    after = " …" if end < len(text) else ""
    return mark_safe(f"{before}{snippet}{after}")  # noqa: S308 (escaped piecewise)
