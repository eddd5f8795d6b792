"""Helpers to write session plans as plain data, and to turn them into StreamField
values and into the string maps wagtail-localize translates from."""

from django.utils.html import escape

from wagtail_localize.strings import StringValue

# Keys whose values are not words to translate.
NOT_TEXT = {
    "type",
    "minutes",
    "method",
    "kind",
    "role",
    "slug",
    "level",
    "format",
    "topics",
    "sectors",
    "materials",
}


def step(title, minutes, method, instructions, note=()):
    return {
        "type": "agenda_step",
        "title": title,
        "minutes": minutes,
        "method": method,
        "instructions": list(instructions),
        "note": list(note),
    }


def questions(*items, heading=""):
    return {
        "type": "discussion_questions",
        "heading": heading,
        "questions": list(items),
    }


def role_play(title, situation, roles, debrief=()):
    return {
        "type": "role_play",
        "title": title,
        "situation": situation,
        "roles": [{"name": name, "brief": brief} for name, brief in roles],
        "debrief": list(debrief),
    }


def tip(*paragraphs):
    return {"type": "callout", "kind": "tip", "text": list(paragraphs)}


def caution(*paragraphs):
    return {"type": "callout", "kind": "caution", "text": list(paragraphs)}


def stage(role, description, ready_when=""):
    return {
        "type": "stage",
        "role": role,
        "description": list(description),
        "ready_when": ready_when,
    }


def rich_text(parts):
    """Paragraphs from strings, a bulleted list from a list of strings."""
    html = []
    for part in parts:
        if isinstance(part, str):
            html.append(f"<p>{escape(part)}</p>")
        else:
            items = "".join(f"<li>{escape(item)}</li>" for item in part)
            html.append(f"<ul>{items}</ul>")
    return "".join(html)


def stream_block(item):
    """One item of a session plan (or pathway) as a (block type, value) pair."""
    kind = item["type"]
    if kind == "agenda_step":
        return kind, {
            "title": item["title"],
            "minutes": item["minutes"],
            "method": item["method"],
            "instructions": rich_text(item["instructions"]),
            "facilitator_note": rich_text(item["note"]),
        }
    if kind == "discussion_questions":
        return kind, {"heading": item["heading"], "questions": item["questions"]}
    if kind == "role_play":
        return kind, {
            "title": item["title"],
            "situation": item["situation"],
            "roles": item["roles"],
            "debrief_questions": item["debrief"],
        }
    if kind == "callout":
        return kind, {"kind": item["kind"], "text": rich_text(item["text"])}
    if kind == "stage":
        return kind, {
            "role": item["role"],
            "description": rich_text(item["description"]),
            "ready_when": item["ready_when"],
        }
    raise ValueError(f"Unknown demo block {kind!r}")


def _pairs(source, target):
    if isinstance(source, str):
        if source:
            yield source, target
    elif isinstance(source, dict):
        for key, value in source.items():
            if key not in NOT_TEXT:
                yield from _pairs(value, target[key])
    elif isinstance(source, list | tuple):
        if len(source) != len(target):
            raise ValueError(f"Translation has {len(target)} items for {len(source)}")
        for one, other in zip(source, target, strict=True):
            yield from _pairs(one, other)


def segment(text):
    """Text as wagtail-localize stores a segment (HTML-escaped, normalized)."""
    return StringValue.from_plaintext(text).data


def translation_map(source, target):
    """{source segment: translated segment} for two parallel structures."""
    return {segment(one): segment(other) for one, other in _pairs(source, target)}
