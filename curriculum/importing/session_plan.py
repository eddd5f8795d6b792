"""A module file's body, in Markdown, turned into the blocks of its session plan.

    ## Welcome and agreements [10 min, discussion]     an agenda step
    Instructions, in paragraphs and bulleted lists.
    > [!NOTE]                                           its facilitator note
    > What to watch for.

    ### [questions] Optional heading                   discussion questions
    - One question per item.

    ### [role-play] Asking together                    a role-play
    The situation, in a paragraph.
    - **Role:** what this person wants and knows.
    1. A debrief question.

    > [!TIP] or > [!CAUTION]                           a tip or a caution

A heading without a tag or a time is a heading block, and the text under it a
paragraph block. The words in square brackets are the format's own and stay in
English in every language.
"""

import re
from dataclasses import dataclass, field

from django.utils import translation

from ..blocks import METHOD_CHOICES
from .markdown_text import (
    PlanError,
    inline_html,
    line_of,
    list_items,
    plain_text,
    rich_text,
)

STEP_TIME = re.compile(r"^(?P<title>.*?)\s*\[(?P<time>[^\[\]]*)\]\s*$")
MINUTES = re.compile(r"^(?P<minutes>\S+)\s*(?:min|mins|minutes)?$", re.IGNORECASE)
TAG = re.compile(r"^\[(?P<tag>[a-z -]+)\]\s*(?P<rest>.*)$", re.IGNORECASE)
ALERT = re.compile(r"^\[!(?P<kind>[A-Za-z-]+)\]\s*")
ROLE = re.compile(r"^(?P<name>[^:]+):\s*(?P<brief>.+)$", re.DOTALL)
LOOKS_LIKE_A_TIME = re.compile(r"[(\[]\s*\d+\s*min", re.IGNORECASE)
CALLOUTS = {"tip": "tip", "caution": "caution"}


def normalized(text):
    return re.sub(r"[\s_-]+", "_", str(text).strip().casefold())


def choice_aliases(choices):
    """Each choice by its code or its English label, in any case, with spaces,
    hyphens or underscores: "small groups", "Role-play", "hands_on"."""
    aliases = {}
    with translation.override(None):  # the labels' English source text
        for code, label in choices:
            aliases[normalized(code)] = code
            aliases[normalized(str(label))] = code
    return aliases


METHODS = choice_aliases(METHOD_CHOICES)
METHOD_WORDS = ", ".join(code.replace("_", " ") for code, _label in METHOD_CHOICES)


@dataclass
class Section:
    """One block being read: its kind, the line it starts on, and its parts."""

    kind: str
    line: int
    value: dict = field(default_factory=dict)
    parts: list = field(default_factory=list)
    note: list | None = None


def open_section(node):
    """The section a heading starts: a step, questions, a role-play or a heading."""
    line = line_of(node)
    if node.tag not in ("h2", "h3"):
        raise PlanError(
            line,
            "use ## for a step or a heading and ### for questions and role-plays "
            "(the module's title is in the front matter)",
        )
    text = plain_text(node.children[0].content)
    if tagged := TAG.match(text):
        tag, rest = normalized(tagged["tag"]), tagged["rest"].strip()
        if tag == "questions":
            return Section("discussion_questions", line, {"heading": rest})
        if tag == "role_play":
            return Section("role_play", line, {"title": rest})
        raise PlanError(
            line, f"unknown tag [{tagged['tag']}]; use [questions] or [role-play]"
        )
    if timed := STEP_TIME.match(text):
        return Section("agenda_step", line, step_time(timed, line))
    if LOOKS_LIKE_A_TIME.search(text):
        raise PlanError(
            line,
            "write a step's time and method in square brackets at the end of its "
            "heading, e.g. ## Welcome [10 min, discussion]",
        )
    return Section("heading", line, {"text": text, "level": node.tag})


def step_time(match, line):
    time, _comma, method = match["time"].partition(",")
    minutes = MINUTES.match(time.strip())
    if not minutes or not minutes["minutes"].isdigit():
        raise PlanError(
            line,
            f"minutes: {time.strip()!r} is not a whole number of minutes "
            "(write it like [15 min, discussion])",
        )
    code = METHODS.get(normalized(method)) if method.strip() else None
    if code is None:
        raise PlanError(
            line,
            f"method: {method.strip()!r} is not one of: {METHOD_WORDS}"
            if method.strip()
            else f"method: missing after the minutes; one of: {METHOD_WORDS}",
        )
    return {"title": match["title"], "minutes": int(minutes["minutes"]), "method": code}


def alert(node):
    """A [!NOTE], [!TIP] or [!CAUTION] quote: its kind and its content nodes."""
    line = line_of(node)
    first = node.children[0] if node.children else None
    raw = first.children[0].content if first and first.type == "paragraph" else ""
    marker = ALERT.match(raw)
    if marker is None:
        raise PlanError(
            line, "a quote must start with [!NOTE], [!TIP] or [!CAUTION] on its own"
        )
    kind = marker["kind"].casefold()
    if kind != "note" and kind not in CALLOUTS:
        raise PlanError(line, f"[!{marker['kind']}]: use [!NOTE], [!TIP] or [!CAUTION]")
    rest = raw[marker.end() :].strip()
    nodes = list(node.children[1:])
    return kind, line, rest, nodes


def close_section(section):
    """The (block type, value) of a finished section."""
    kind, value, parts = section.kind, section.value, section.parts
    if kind == "agenda_step":
        value["instructions"] = rich_text(parts)
        value["facilitator_note"] = section.note or ""
    elif kind == "discussion_questions":
        lists = [p for p in parts if p.type != "paragraph"]
        if len(parts) != 1 or not lists:
            raise PlanError(
                section.line, "discussion questions are one list, one question an item"
            )
        value["questions"] = [plain_text(text) for text in list_items(lists[0])]
    elif kind == "role_play":
        value.update(role_play(section))
    elif kind == "intro":
        return [("paragraph", rich_text(parts))]
    elif kind == "after_callout":
        return []
    elif kind == "heading" and parts:
        return [(kind, value), ("paragraph", rich_text(parts))]
    return [(kind, value)]


def role_play(section):
    situation, roles, debrief = [], [], []
    for part in section.parts:
        if part.type == "paragraph" and not roles and not debrief:
            situation.append(plain_text(part.children[0].content))
        elif part.type == "bullet_list" and not roles and not debrief:
            for text in list_items(part):
                role = ROLE.match(plain_text(text))
                if role is None:
                    raise PlanError(
                        line_of(part),
                        "a role is written '- **Name:** what they want and know'",
                    )
                roles.append({"name": role["name"].strip(), "brief": role["brief"]})
        elif part.type == "ordered_list" and not debrief:
            debrief = [plain_text(text) for text in list_items(part)]
        else:
            raise PlanError(
                line_of(part),
                "a role-play is the situation, then a bulleted list of roles, then "
                "a numbered list of debrief questions",
            )
    return {
        "situation": "\n\n".join(situation),
        "roles": roles,
        "debrief_questions": debrief,
    }


def read_session_plan(nodes):
    """[(block type, value)] and the line each block starts on."""
    blocks, lines = [], []
    section = None

    def finish():
        if section is not None:
            for block in close_section(section):
                blocks.append(block)
                lines.append(section.line)

    for node in nodes:
        if node.type == "heading":
            finish()
            section = open_section(node)
        elif node.type == "blockquote":
            kind, line, rest, content = alert(node)
            if kind == "note":
                if section is None or section.kind != "agenda_step":
                    raise PlanError(line, "a [!NOTE] is a step's facilitator note")
                if section.note is not None:
                    raise PlanError(line, "a step has one facilitator note")
                first = f"<p>{inline_html(rest, line)}</p>" if rest else ""
                section.note = first + rich_text(content)
            else:
                finish()
                text = f"<p>{inline_html(rest, line)}</p>" if rest else ""
                blocks.append(
                    ("callout", {"kind": kind, "text": text + rich_text(content)})
                )
                lines.append(line)
                section = Section("after_callout", line)
        elif node.type in ("paragraph", "bullet_list", "ordered_list"):
            if section is None:
                # Text before any heading: an introduction to the plan.
                section = Section("intro", line_of(node))
            if section.kind == "after_callout":
                raise PlanError(
                    line_of(node),
                    "text after a tip or caution needs a heading: start the next "
                    "step with ## Title [minutes min, method]",
                )
            if section.note is not None:
                raise PlanError(
                    line_of(node), "put a step's instructions before its [!NOTE]"
                )
            section.parts.append(node)
        else:
            raise PlanError(
                line_of(node),
                f"{node.type.replace('_', ' ')} is not part of a session plan: use "
                "headings, paragraphs, lists and [!NOTE]/[!TIP]/[!CAUTION] quotes",
            )
    finish()
    return blocks, lines
