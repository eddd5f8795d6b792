"""`compare`: every difference between two snapshots; needs no Django."""

import json
from collections import Counter, defaultdict
from pathlib import Path

from .labels import (
    CHECKED_BY_MEANING,
    MODEL_MOVES,
    UNCHECKED_CT_REFERENCES,
    Mapper,
    say,
)


class Report:
    def __init__(self):
        self.failures, self.notes = [], []
        self.section = ""

    def start(self, section):
        self.section = section

    def fail(self, text):
        self.failures.append((self.section, text))

    def note(self, text):
        self.notes.append((self.section, text))


def compare(old_file, new_file):
    old = json.loads(Path(old_file).read_text())
    new = json.loads(Path(new_file).read_text())
    mapper = Mapper(new["models"])
    report = Report()

    compare_models(old, new, mapper, report)
    compare_content_types(old, new, mapper, report)

    def types(mapping):
        return {key: mapper.content_type(value) for key, value in mapping.items()}

    pages = {
        path: {**facts, "type": mapper.content_type(facts["type"])}
        for path, facts in old["pages"].items()
    }
    keyed(report, "pages", pages, new["pages"])
    revisions = Counter()
    for key, n in old["revisions"].items():
        label, _hash, object_id = key.rpartition("#")
        revisions[f"{mapper.content_type(label)}#{object_id}"] += n
    keyed(report, "revisions (type#object id: count)", revisions, new["revisions"])
    keyed(
        report,
        "translatable objects (translation key: type)",
        types(old["translatable_objects"]),
        new["translatable_objects"],
    )
    keyed(
        report,
        "translation sources (translation key@locale: type)",
        types(old["translation_sources"]),
        new["translation_sources"],
    )
    keyed(
        report, "training requests", old["training_requests"], new["training_requests"]
    )
    taxonomy = {mapper.model(label): terms for label, terms in old["taxonomy"].items()}
    keyed(report, "topics, sectors and regions", taxonomy, new["taxonomy"])

    def titled(key, value):
        return f"{key} ({value['title']})"

    keyed(report, "documents", old["documents"], new["documents"], titled)
    keyed(report, "images", old["images"], new["images"], titled)
    compare_permissions(old, new, mapper, report)

    moved = ", ".join(
        f"{label} -> {MODEL_MOVES[label]}"
        for label in sorted(mapper.moved & set(MODEL_MOVES))
    )
    waiting = ", ".join(sorted(mapper.waiting & set(MODEL_MOVES)))
    say(f"moved models compared under their new labels: {moved or 'none'}")
    say(f"not moved yet (compared under their old labels): {waiting or 'none'}")
    print_report(report)
    return 1 if report.failures else 0


def compare_models(old, new, mapper, report):
    report.start("row counts and data")
    for label, facts in sorted(old["models"].items()):
        target = mapper.model(label)
        after = new["models"].get(target)
        name = label if target == label else f"{label} (now {target})"
        if after is None:
            report.fail(f"{name}: the model is gone; it had {facts['count']} rows")
            continue
        if facts["count"] is None:
            continue
        if after["count"] is None:
            report.fail(f"{name}: its table is missing; it had {facts['count']} rows")
            continue
        if label in CHECKED_BY_MEANING:
            if after["count"] != facts["count"]:
                report.note(
                    f"{name}: {facts['count']} rows before, {after['count']} after"
                )
            continue
        report_rows(report, name, facts, after)
    old_targets = {mapper.model(label) for label in old["models"]}
    for label in sorted(set(new["models"]) - old_targets):
        report.note(f"{label}: new model, {new['models'][label]['count']} rows")


def report_rows(report, name, before, after):
    """Rows gone, new or changed (in the columns both codes have)."""
    gone = sorted(set(before["rows"]) - set(after["rows"]), key=pk_order)
    added = sorted(set(after["rows"]) - set(before["rows"]), key=pk_order)
    if gone or added or before["count"] != after["count"]:
        text = f"{name}: {before['count']} rows before, {after['count']} after"
        text += f"; gone: pk {some(gone)}" if gone else ""
        text += f"; new: pk {some(added)}" if added else ""
        report.fail(text)
    for column in before["columns"]:
        if column not in after["columns"]:
            report.fail(f"{name}.{column}: the column is gone")
    common = [c for c in before["columns"] if c in after["columns"]]
    old_at = [before["columns"].index(c) for c in common]
    new_at = [after["columns"].index(c) for c in common]
    changed = defaultdict(list)
    for pk, values in before["rows"].items():
        now = after["rows"].get(pk)
        if now is None:
            continue
        for column, i, j in zip(common, old_at, new_at, strict=True):
            if values[i] != now[j]:
                changed[column].append(pk)
    for column, pks in sorted(changed.items()):
        pks.sort(key=pk_order)
        report.fail(f"{name}.{column}: values changed in pk {some(pks)}")


def pk_order(pk):
    return (0, int(pk), "") if pk.lstrip("-").isdigit() else (1, 0, pk)


def some(items, limit=20):
    shown = ", ".join(items[:limit])
    return shown if len(items) <= limit else f"{shown} ... ({len(items)} in all)"


def compare_content_types(old, new, mapper, report):
    report.start("content types")
    before, after = old["content_types"], new["content_types"]
    for pk, label in old["referenced_content_types"].items():
        expected = mapper.content_type(label)
        now = after.get(pk)
        if now is None:
            report.fail(f"id {pk} ({label}), which rows referred to, is gone")
        elif now["label"] != expected:
            report.fail(f"id {pk} ({label}) should be {expected}, it is {now['label']}")
        elif not now["installed"] and before[pk]["installed"]:
            report.fail(f"id {pk} ({now['label']}) has no model in the new code")
    for pk, facts in before.items():
        if pk not in after:
            text = f"id {pk} ({facts['label']}) was deleted"
            (report.fail if facts["installed"] else report.note)(text)
    created = [
        f"{facts['label']} (id {pk})" for pk, facts in after.items() if pk not in before
    ]
    if created:
        report.note(f"created: {', '.join(created)}")
    stale = [facts["label"] for facts in after.values() if not facts["installed"]]
    if stale:
        report.note(f"without a model in the new code: {', '.join(sorted(stale))}")
    references = {}
    for reference, counts in old["content_type_references"].items():
        mapped = Counter()
        for label, n in counts.items():
            mapped[mapper.content_type(label)] += n
        references[mapper.field(reference)] = dict(mapped)
    for reference, counts in sorted(references.items()):
        if reference in UNCHECKED_CT_REFERENCES:
            continue
        now = new["content_type_references"].get(reference)
        if now is None:
            report.fail(f"{reference}: gone (it pointed at {counts})")
            continue
        for label in sorted(set(counts) | set(now)):
            if counts.get(label, 0) != now.get(label, 0):
                report.fail(
                    f"{reference} -> {label}: {counts.get(label, 0)} before, "
                    f"{now.get(label, 0)} after"
                )


def compare_permissions(old, new, mapper, report):
    def perms(values):
        return {mapper.permission(p, old["permission_models"]) for p in values}

    def prefixed(values):
        mapped = set()
        for value in values:
            where, _space, perm = value.rpartition(" ")
            mapped.add(f"{where} {mapper.permission(perm, old['permission_models'])}")
        return mapped

    known = {mapper.model(label).lower() for label in old["models"]}
    installed = {label.lower() for label in new["models"]}

    def is_new(perm, models):
        """A permission of a model the old code did not have."""
        model = models.get(perm, "").lower()
        return model in installed and model not in known

    for kind, owners in (("groups", old["groups"]), ("users", old["users"])):
        report.start(f"{kind}: permissions and memberships")
        for name, facts in owners.items():
            now = new[kind].get(name)
            if now is None:
                report.fail(f"{name}: gone")
                continue
            for key, value in facts.items():
                if key == "permissions":
                    before, after = perms(value), set(now[key])
                elif key.endswith("_permissions"):
                    before, after = prefixed(value), set(now[key])
                else:
                    if value != now.get(key):
                        report.fail(
                            f"{name}: {key} was {value!r}, now {now.get(key)!r}"
                        )
                    continue
                for lost in sorted(before - after):
                    report.fail(f"{name} lost {key[:-1].replace('_', ' ')} {lost}")
                for gained in sorted(after - before):
                    perm = gained.rpartition(" ")[2]
                    text = f"{name} gained {key[:-1].replace('_', ' ')} {gained}"
                    if is_new(perm, new["permission_models"]):
                        report.note(f"{text} (a model new in this code)")
                    else:
                        report.fail(text)
        for name in sorted(set(new[kind]) - set(owners)):
            report.fail(f"{name}: new in the upgraded database")


def keyed(report, section, before, after, name=None):
    """Compare two {key: value} maps, one line per difference; `name(key, value)`
    says what a key stands for."""
    report.start(section)

    def called(key, value):
        return name(key, value) if name else key

    for key, value in before.items():
        now = after.get(key)
        if key not in after:
            report.fail(
                f"{called(key, value)}: missing after the upgrade ({short(value)})"
            )
        elif value != now:
            report.fail(f"{called(key, value)}: {difference(value, now)}")
    for key, value in after.items():
        if key not in before:
            report.fail(f"{called(key, value)}: new after the upgrade ({short(value)})")


def difference(before, after):
    if isinstance(before, dict) and isinstance(after, dict):
        return "; ".join(
            f"{field} {difference(before.get(field), after.get(field))}"
            for field in sorted(set(before) | set(after))
            if before.get(field) != after.get(field)
        )
    if isinstance(before, list) and isinstance(after, list):
        gone = [item for item in before if item not in after]
        added = [item for item in after if item not in before]
        if gone or added:
            return f"lost {short(gone)}, gained {short(added)}"
    return f"{short(before)} -> {short(after)}"


def short(value, limit=160):
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= limit else text[: limit - 3] + "..."


def print_report(report):
    for title, entries in (("NOTES", report.notes), ("DIFFERENCES", report.failures)):
        if not entries:
            continue
        say(f"{title}:")
        section = None
        for where, text in entries:
            if where != section:
                say(f"  [{where}]")
                section = where
            say(f"    {text}")
    if report.failures:
        say(f"upgrade snapshot: {len(report.failures)} differences (lost or changed)")
    else:
        say("upgrade snapshot: nothing lost, nothing changed")
