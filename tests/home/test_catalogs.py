"""Every UI string is translated into every language, and the catalogs are current."""

import ast
import re
from pathlib import Path

from django.conf import settings
from django.utils.translation.template import templatize

import polib
import pytest

ROOT = Path(settings.BASE_DIR)
TRANSLATED_LANGUAGES = [code for code, _label in settings.LANGUAGES[1:]]
CALL = re.compile(
    r"\b(gettext|pgettext|ngettext|npgettext)\(((?:\s*u'(?:[^'\\]|\\.)*'\s*,?)+)"
)


def catalog(code):
    return polib.pofile(str(ROOT / "locale" / code / "LC_MESSAGES" / "django.po"))


def template_strings():
    """(context, msgid) for every {% translate %} and {% blocktranslate %}."""
    found = set()
    for template in (ROOT / "templates").rglob("*.html"):
        code = templatize(template.read_text(), origin=str(template))
        for function, arguments in CALL.findall(code):
            strings = ast.literal_eval(f"({arguments.rstrip().rstrip(',')},)")
            context = (
                strings[0] if function.startswith(("pgettext", "npgettext")) else ""
            )
            msgid = strings[1] if context else strings[0]
            found.add((context, msgid))
    return found


@pytest.mark.parametrize("code", TRANSLATED_LANGUAGES)
def test_every_template_string_is_in_the_catalog(code):
    entries = {(entry.msgctxt or "", entry.msgid) for entry in catalog(code)}

    missing = sorted(template_strings() - entries)

    assert missing == [], f"run `make messages` and translate: {missing}"


@pytest.mark.parametrize("code", TRANSLATED_LANGUAGES)
def test_every_catalog_entry_is_translated(code):
    po = catalog(code)
    untranslated = [entry.msgid for entry in po.untranslated_entries()]
    fuzzy = [entry.msgid for entry in po.fuzzy_entries()]

    assert untranslated == []
    assert fuzzy == []
