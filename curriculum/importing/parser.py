"""Reading module files: YAML front matter (PyYAML) and a Markdown session plan.

Parsing needs no database: it checks the file's own shape (fields, types, choices)
and keeps the line of every field and block, so that the checks against the site
can name them too.
"""

import os
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from ..choices import Delivery, Level, MaterialKind
from .markdown_text import PlanError, parse_markdown
from .session_plan import choice_aliases, normalized, read_session_plan

TEXT_FIELDS = ["title", "summary", "audience"]
SOURCE_FIELDS = {
    "slug",
    "language",
    "title",
    "summary",
    "audience",
    "level",
    "format",
    "minutes",
    "topics",
    "sectors",
    "objectives",
    "prerequisites",
    "developed_by",
    "handouts",
}
# A translation translates the words; everything else comes from its source.
TRANSLATION_FIELDS = {"slug", "language", "translation_of", *TEXT_FIELDS, "objectives"}
CHOICES = {
    "level": choice_aliases(Level.choices),
    "format": choice_aliases(Delivery.choices),
}
HANDOUT_KINDS = choice_aliases(MaterialKind.choices)
HANDOUT_FIELDS = {"file", "title", "kind", "language"}


@dataclass(frozen=True)
class Problem:
    """What is wrong, and where: printed as path:line: field: message."""

    path: Path
    line: int | None
    field: str
    message: str

    def __str__(self):
        where = display_path(self.path) + (f":{self.line}" if self.line else "")
        return f"{where}: {self.field + ': ' if self.field else ''}{self.message}"


def display_path(path):
    try:
        return os.path.relpath(path)
    except ValueError:  # another drive
        return str(path)


@dataclass
class Handout:
    path: Path
    title: str
    kind: str
    language: str
    line: int | None


@dataclass
class ModuleFile:
    """One module in one language, as read from its file."""

    path: Path
    language: str = ""
    slug: str = ""
    translation_of: str = ""
    fields: dict = field(default_factory=dict)
    handouts: list[Handout] = field(default_factory=list)
    plan: list = field(default_factory=list)
    plan_lines: list = field(default_factory=list)
    lines: dict = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)

    @property
    def is_translation(self):
        return bool(self.translation_of)

    def problem(self, name, message, line=None):
        line = line or self.lines.get(name) or self.lines.get(name.split(".")[0])
        self.problems.append(Problem(self.path, line, name, message))

    def block_problem(self, index, message):
        line = self.plan_lines[index] if index < len(self.plan_lines) else None
        self.problems.append(Problem(self.path, line, "session plan", message))


def read_yaml(text, first_line):
    """The mapping and the line of each key (and of each list item, as key.N)."""
    loader = yaml.SafeLoader(text)
    try:
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else None
    finally:
        loader.dispose()
    lines = {}
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            lines[str(key.value)] = key.start_mark.line + first_line
            if isinstance(value, yaml.SequenceNode):
                for index, item in enumerate(value.value):
                    lines[f"{key.value}.{index}"] = item.start_mark.line + first_line
    return data, lines


def yaml_problem(module, error, first_line):
    mark = getattr(error, "problem_mark", None) or getattr(error, "context_mark", None)
    line = mark.line + first_line if mark else first_line
    message = " ".join(str(getattr(error, "problem", None) or error).split())
    if "mapping values are not allowed" in message:
        message += ' (put a text that holds ": " in quotes)'
    module.problems.append(Problem(module.path, line, "front matter", message))


def read_module_file(path, source_language):
    """The module in the file at `path`; its `problems` say what is wrong."""
    path = Path(path)
    module = ModuleFile(path=path)
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        module.problem("", "the file is not UTF-8 text", line=1)
        return module
    front, front_line, body = parse_markdown(text)
    if front is None:
        module.problem(
            "", "a module file starts with its front matter between --- lines", 1
        )
        return module
    try:
        data, module.lines = read_yaml(front, front_line + 1)
    except yaml.YAMLError as error:
        yaml_problem(module, error, front_line + 1)
        return module
    if not isinstance(data, dict):
        module.problem("front matter", "must be fields like 'title: ...'", front_line)
        return module
    read_fields(module, data, source_language)
    try:
        module.plan, module.plan_lines = read_session_plan(body)
    except PlanError as error:
        module.problems.append(Problem(path, error.line, "session plan", error.message))
    return module


def read_fields(module, data, source_language):
    module.language = text_value(module, data, "language") or source_language
    module.translation_of = text_value(module, data, "translation_of")
    if module.translation_of and module.language == source_language:
        module.problem(
            "translation_of",
            f"a translation needs its language, e.g. 'language: es' ("
            f"'{source_language}' is the source language)",
        )
    allowed = TRANSLATION_FIELDS if module.is_translation else SOURCE_FIELDS
    for name in data:
        if name not in allowed:
            module.problem(str(name), unknown_field_message(module, name))
    module.slug = text_value(module, data, "slug")
    required = ["title", "summary"] + ([] if module.is_translation else ["slug"])
    for name in required:
        if not text_value(module, data, name):
            module.problem(name, "missing: every module file gives it", line=1)
    for name in TEXT_FIELDS:
        module.fields[name] = text_value(module, data, name)
    module.fields["objectives"] = text_list(module, data, "objectives")
    if module.is_translation:
        return
    for name in ("topics", "sectors", "prerequisites"):
        module.fields[name] = text_list(module, data, name)
    module.fields["developed_by"] = text_value(module, data, "developed_by")
    for name, aliases in CHOICES.items():
        value = data.get(name)
        if value is None:
            continue
        code = aliases.get(normalized(value))
        if code is None:
            words = ", ".join(sorted(set(aliases.values())))
            module.problem(name, f"{value!r} is not one of: {words}")
        module.fields[name] = code
    minutes = data.get("minutes")
    if minutes is None:
        module.problem("minutes", "missing: how long the session takes", line=1)
    elif isinstance(minutes, bool) or not isinstance(minutes, int):
        module.problem("minutes", f"{minutes!r} is not a whole number of minutes")
    else:
        module.fields["minutes"] = minutes
    read_handouts(module, data.get("handouts") or [])


def unknown_field_message(module, name):
    if module.is_translation and name in SOURCE_FIELDS:
        return (
            "a translation takes this from the module it translates; set it in the "
            "source file"
        )
    fields = TRANSLATION_FIELDS if module.is_translation else SOURCE_FIELDS
    return f"unknown field; a module file has: {', '.join(sorted(fields))}"


def text_value(module, data, name):
    value = data.get(name)
    if value is None:
        return ""
    if isinstance(value, dict | list):
        module.problem(name, "must be a text, not a list or fields")
        return ""
    return str(value).strip()


def text_list(module, data, name):
    value = data.get(name)
    if value is None:
        return []
    if not isinstance(value, list):
        module.problem(name, "must be a list: one '- item' a line, or [a, b]")
        return []
    items = []
    for index, item in enumerate(value):
        if item is None or isinstance(item, dict | list):
            module.problem(f"{name}.{index}", f"item {index + 1} must be a text")
        else:
            items.append(str(item).strip())
    return items


def read_handouts(module, handouts):
    if not isinstance(handouts, list):
        module.problem("handouts", "must be a list of '- file: path/to/handout.pdf'")
        return
    for index, item in enumerate(handouts):
        key = f"handouts.{index}"
        line = module.lines.get(key)
        if isinstance(item, str):
            item = {"file": item}
        if not isinstance(item, dict) or not item.get("file"):
            module.problem(key, "each handout needs 'file: path/to/the/file'")
            continue
        if unknown := set(item) - HANDOUT_FIELDS:
            module.problem(key, f"unknown field {sorted(unknown)[0]!r} in a handout")
        kind = HANDOUT_KINDS.get(normalized(item.get("kind", "handout")))
        if kind is None:
            words = ", ".join(code for code, _label in MaterialKind.choices)
            module.problem(key, f"kind {item['kind']!r} is not one of: {words}")
        path = (module.path.parent / str(item["file"])).resolve()
        module.handouts.append(
            Handout(
                path=path,
                title=str(item.get("title") or title_from_name(path)).strip(),
                kind=kind or "handout",
                language=str(item.get("language") or module.language).strip(),
                line=line,
            )
        )


def title_from_name(path):
    """ "hours-and-pay-log.pdf" -> "Hours and pay log"."""
    words = path.stem.replace("_", " ").replace("-", " ").strip()
    return words[:1].upper() + words[1:]
