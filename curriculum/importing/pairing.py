"""Pairing a translation's words with its source's, segment by segment.

wagtail-localize translates a page one text segment at a time: a plain text field
is one segment, rich text one per paragraph or list item. A translation file has
the same structure as its source, so walking both with the session plan's block
definitions gives {source segment: translated segment}, the map that
translations.localize.translate() applies, and finds where the two differ.
"""

from wagtail import blocks
from wagtail_localize.strings import StringValue, extract_strings

from ..models import TrainingModulePage

BLOCK_NAMES = {
    "agenda_step": "step",
    "discussion_questions": "discussion questions",
    "role_play": "role-play",
    "callout": "tip or caution",
    "heading": "heading",
    "paragraph": "paragraph",
    "image": "image",
}


class Mismatch(Exception):
    """Where a translation's structure or fixed values differ from its source."""

    def __init__(self, index, where, message):
        super().__init__(message)
        self.index = index
        self.where = where
        self.message = message


def segment(text):
    """Plain text as wagtail-localize stores it as a segment."""
    return StringValue.from_plaintext(text).data


def rich_segments(html):
    return [string.data for string, _attrs in extract_strings(html or "")[1]]


def session_plan_block():
    return TrainingModulePage._meta.get_field("session_plan").stream_block


def unwrap(item):
    """A list item as stored ({"type": "item", "value": ..., "id": ...}) or as read."""
    if isinstance(item, dict) and item.get("type") == "item" and "value" in item:
        return item["value"]
    return item


def pair_texts(source, target, where, index, pairs):
    source, target = (source or "").strip(), (target or "").strip()
    if source and not target:
        raise Mismatch(index, where, "missing: the source has it, translate it")
    if target and not source:
        raise Mismatch(index, where, "the source has none: leave it out")
    if source:
        pairs[segment(source)] = segment(target)


def pair_value(block, source, target, where, index, pairs):
    if isinstance(block, blocks.RichTextBlock):
        theirs, ours = rich_segments(source), rich_segments(target)
        if len(theirs) != len(ours):
            raise Mismatch(
                index,
                where,
                f"{len(ours)} paragraphs and list items where the source has "
                f"{len(theirs)}",
            )
        pairs.update(zip(theirs, ours, strict=True))
    elif isinstance(block, blocks.CharBlock | blocks.TextBlock):
        pair_texts(source, target, where, index, pairs)
    elif isinstance(block, blocks.StructBlock):
        for name, child in block.child_blocks.items():
            label = name.replace("_", " ")
            pair_value(
                child,
                (source or {}).get(name),
                (target or {}).get(name),
                f"{where}: {label}",
                index,
                pairs,
            )
    elif isinstance(block, blocks.ListBlock):
        source, target = list(source or []), list(target or [])
        if len(source) != len(target):
            raise Mismatch(
                index, where, f"{len(target)} items where the source has {len(source)}"
            )
        for number, (one, other) in enumerate(zip(source, target, strict=True), 1):
            pair_value(
                block.child_block,
                unwrap(one),
                unwrap(other),
                f"{where} {number}",
                index,
                pairs,
            )
    elif source != target:
        # Minutes, methods, kinds: the translation keeps the source's.
        raise Mismatch(
            index,
            where,
            f"{target!r} differs from the source's {source!r}; a translation keeps it",
        )


def describe(block_type, value):
    name = BLOCK_NAMES.get(block_type, block_type)
    title = value.get("title") if isinstance(value, dict) else None
    return f"{name} {title!r}" if title else name


def pair_plans(source_plan, target_plan, pairs):
    """Pair two session plans given as [(block type, value)]."""
    stream = session_plan_block()
    for index, (theirs, ours) in enumerate(zip(source_plan, target_plan, strict=False)):
        if theirs[0] != ours[0]:
            raise Mismatch(
                index,
                f"block {index + 1}",
                f"is a {BLOCK_NAMES.get(ours[0], ours[0])} where the source has a "
                f"{describe(*theirs)}",
            )
        where = f"block {index + 1} ({describe(*theirs)})"
        pair_value(
            stream.child_blocks[theirs[0]], theirs[1], ours[1], where, index, pairs
        )
    if len(source_plan) != len(target_plan):
        raise Mismatch(
            min(len(source_plan), len(target_plan)),
            "session plan",
            f"{len(target_plan)} blocks where the source has {len(source_plan)}",
        )


def pair_module(source, translation):
    """{source segment: translated segment} for a module and its translation.

    `source` and `translation` are read module files, or a source read back from
    its page (see `source_from_page`). Raises Mismatch where they differ."""
    pairs = {}
    if translation.slug:
        pairs[segment(source.slug)] = segment(translation.slug)
    for name in ("title", "summary", "audience"):
        pair_texts(
            source.fields.get(name), translation.fields.get(name), name, None, pairs
        )
    theirs, ours = source.fields["objectives"], translation.fields["objectives"]
    if len(theirs) != len(ours):
        raise Mismatch(
            None,
            "objectives",
            f"{len(ours)} objectives where the source has {len(theirs)}",
        )
    for number, (one, other) in enumerate(zip(theirs, ours, strict=True), 1):
        pair_texts(one, other, f"objectives {number}", None, pairs)
    pair_plans(source.plan, translation.plan, pairs)
    return pairs


def plan_of_page(page):
    """The page's session plan as [(block type, raw value)], ids left out."""
    raw = session_plan_block().get_prep_value(page.session_plan)
    return [(block["type"], block["value"]) for block in raw]
