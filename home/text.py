"""Text as people type it, made safe to store and to open in a spreadsheet.

Control characters (a stray \\x01 pasted from another program) have no place in a
name or a date, and make an XLSX file that no spreadsheet opens. A cell beginning
with =, +, -, @ or a tab is run as a formula by Excel and LibreOffice ("CSV
injection"); an apostrophe in front makes it plain text there.
"""

import re

# C0 and C1 controls and DEL, but not tab, line feed and carriage return.
CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def without_control_characters(text: str) -> str:
    return CONTROL_CHARACTERS.sub("", text)


def spreadsheet_safe(value, formulas_run: bool):
    """A cell value that opens as the text it is. `formulas_run`: the format is
    one a spreadsheet evaluates as typed (CSV), not one with typed cells (XLSX)."""
    if not isinstance(value, str):
        return value
    value = without_control_characters(value)
    if formulas_run and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


class PlainTextFormMixin:
    """Remove control characters from every text value a form cleans."""

    def clean(self):
        cleaned = super().clean()
        for name, value in cleaned.items():
            if isinstance(value, str):
                cleaned[name] = without_control_characters(value)
        return cleaned
