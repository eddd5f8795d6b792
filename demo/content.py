"""The demo's texts are data files under demo/content/: Markdown module files (read
by the curriculum importer) and YAML for everything else, read here with PyYAML.

A translation in these files has the same shape as its source (the same keys, the
same lists in the same order), so pairing the two gives the {source segment:
translated segment} map that wagtail-localize is given.
"""

import html
from pathlib import Path

from wagtail_localize.strings import StringValue

import yaml

CONTENT_DIR = Path(__file__).resolve().parent / "content"

# Keys whose values are slugs, codes, addresses or numbers, not words to translate.
NOT_TEXT = {
    "slug",
    "kind",
    "level",
    "role",
    "region",
    "sectors",
    "languages",
    "website",
    "public_email",
    "public_phone",
    "module",
}


def load(name):
    """The data in demo/content/<name> (a YAML file)."""
    return yaml.safe_load((CONTENT_DIR / name).read_text(encoding="utf-8"))


def segment(text):
    """Plain text as wagtail-localize stores a segment (escaped, normalized)."""
    return StringValue.from_plaintext(text).data


def paragraphs(value):
    """One paragraph, or a list of them, as rich text HTML."""
    items = [value] if isinstance(value, str) else value
    return "".join(f"<p>{html.escape(text, quote=False)}</p>" for text in items)


def _pairs(source, target):
    if target is None:
        return  # not translated (yet): the source text stays
    if isinstance(source, str):
        if source:
            yield source, target
    elif isinstance(source, dict):
        for key, value in source.items():
            if key not in NOT_TEXT and key in target:
                yield from _pairs(value, target[key])
    elif isinstance(source, list):
        if len(source) != len(target):
            raise ValueError(f"Translation has {len(target)} items for {len(source)}")
        for one, other in zip(source, target, strict=True):
            yield from _pairs(one, other)


def translation_strings(source, target):
    """{source segment: translated segment} for two parallel structures."""
    return {segment(one): segment(other) for one, other in _pairs(source, target)}


def translations_of(data, fields):
    """{language: strings} for a page whose data has `translations`, pairing only
    the given fields."""
    source = {name: data[name] for name in fields if name in data}
    return {
        code: translation_strings(source, target)
        for code, target in (data.get("translations") or {}).items()
    }


def body_blocks(items):
    """A page body written as headings, paragraphs and quotes, as StreamField data."""
    blocks = []
    for item in items:
        if "heading" in item:
            blocks.append(("heading", {"text": item["heading"], "level": "h2"}))
        elif "subheading" in item:
            blocks.append(("heading", {"text": item["subheading"], "level": "h3"}))
        elif "paragraph" in item:
            blocks.append(("paragraph", paragraphs(item["paragraph"])))
        elif "quote" in item:
            quote = {"quote": item["quote"], "attribution": item.get("attribution", "")}
            blocks.append(("quote", quote))
        else:
            ((kind, value),) = item.items()
            blocks.append((kind, value))
    return blocks
