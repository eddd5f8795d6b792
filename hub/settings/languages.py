"""The languages the site speaks, read from the environment.

Django's language table lacks some languages our readers use (Haitian Creole), so they
are declared here with their local name and direction; every Django and Wagtail helper
that asks about a language then gets a real answer.
"""

import django.conf.locale
from django.utils.translation import gettext_lazy as _

# Languages Django does not know: code -> (English name, local name, right-to-left).
EXTRA_LANG_INFO = {
    "ht": {
        "bidi": False,
        "code": "ht",
        "name": "Haitian Creole",
        "name_local": "Kreyòl ayisyen",
    },
}
django.conf.locale.LANG_INFO.update(EXTRA_LANG_INFO)

# Labels for the languages we offer, translated lazily so each appears in the
# reader's own language where a label is shown.
KNOWN_LANGUAGES = {
    "en": _("English"),
    "es": _("Spanish"),
    "ht": _("Haitian Creole"),
    "ar": _("Arabic"),
    "fr": _("French"),
    "pt": _("Portuguese"),
    "zh-hans": _("Simplified Chinese"),
    "ne": _("Nepali"),
    "my": _("Burmese"),
    "sw": _("Swahili"),
}


def languages_from(codes: str) -> list[tuple[str, str]]:
    """Turn "en,es,ht,ar" into Django's LANGUAGES list; the first code is the source."""
    languages = []
    for raw in codes.split(","):
        code = raw.strip().lower()
        if not code:
            continue
        if code not in django.conf.locale.LANG_INFO:
            raise ValueError(
                f"Unknown language code {code!r} in LANGUAGES; add it to "
                "EXTRA_LANG_INFO in hub/settings/languages.py"
            )
        label = KNOWN_LANGUAGES.get(code, django.conf.locale.LANG_INFO[code]["name"])
        languages.append((code, label))
    if not languages:
        raise ValueError("LANGUAGES must name at least one language")
    return languages


def fallbacks_from(spec: str) -> dict[str, list[str]]:
    """Turn "ht:fr;qu:es,pt" into {"ht": ["fr"], "qu": ["es", "pt"]}.

    Each chain lists the languages to try after the reader's own; the source
    language always comes last, and languages not configured are skipped.
    """
    chains = {}
    for part in spec.split(";"):
        code, _, rest = part.partition(":")
        code = code.strip().lower()
        if code:
            chains[code] = [c.strip().lower() for c in rest.split(",") if c.strip()]
    return chains
