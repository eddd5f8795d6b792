"""Words as the search compares them: without accents, in lower case, and (for
languages with a Snowball stemmer) reduced to their stem, so that "salarios" and
"salario" meet. PostgreSQL does the same with the configurations made in
search/migrations; these are for SQLite, the spelling suggestions and the report."""

import re
import unicodedata
from functools import cache

import snowballstemmer

WORD = re.compile(r"\w+")
# Words shorter or longer than this are not offered as spelling suggestions.
SHORTEST_WORD, LONGEST_WORD = 3, 40

# The Snowball stemmer (and PostgreSQL dictionary "<name>_stem") for each language
# that has one. A language not listed here (Haitian Creole, say) is matched word
# for word, with PostgreSQL's "simple" configuration.
STEMMERS = {
    "ar": "arabic",
    "ca": "catalan",
    "da": "danish",
    "de": "german",
    "el": "greek",
    "en": "english",
    "es": "spanish",
    "eu": "basque",
    "fi": "finnish",
    "fr": "french",
    "hi": "hindi",
    "hu": "hungarian",
    "hy": "armenian",
    "id": "indonesian",
    "it": "italian",
    "lt": "lithuanian",
    "ne": "nepali",
    "nl": "dutch",
    "no": "norwegian",
    "pt": "portuguese",
    "ro": "romanian",
    "ru": "russian",
    "sr": "serbian",
    "sv": "swedish",
    "ta": "tamil",
    "tr": "turkish",
    "yi": "yiddish",
}


def stemmer_name(language: str) -> str | None:
    return STEMMERS.get(language.split("-")[0].lower())


def config_name(language: str) -> str:
    """The PostgreSQL text search configuration for `language` (see the migration
    that makes them): its stemmer after unaccent, or plain words."""
    return f"hub_{stemmer_name(language) or 'simple'}"


def fold(text: str) -> str:
    """`text` without accents or other marks, in lower case: "Cosechá" -> "cosecha"."""
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return unicodedata.normalize("NFKC", bare).casefold()


def words(text: str) -> list[str]:
    return WORD.findall(fold(text))


@cache
def _stemmer(name):
    return snowballstemmer.stemmer(name)


def stems(text_or_words, language: str) -> list[str]:
    found = words(text_or_words) if isinstance(text_or_words, str) else text_or_words
    name = stemmer_name(language)
    return _stemmer(name).stemWords(found) if name else list(found)


def suggestible(word: str) -> bool:
    return SHORTEST_WORD <= len(word) <= LONGEST_WORD and not word.isdigit()


def edit_distance(a: str, b: str) -> int:
    """The letters to add, remove or change, or pairs of neighbours to swap, to go
    from a to b (optimal string alignment): "thetf" is one typo from "theft", as
    far as "thef" is, and nearer than "the"."""
    before, previous = None, list(range(len(b) + 1))
    for i, letter in enumerate(a, 1):
        current = [i]
        for j, other in enumerate(b, 1):
            best = min(
                previous[j] + 1,
                current[j - 1] + 1,
                previous[j - 1] + (letter != other),
            )
            if (
                before is not None
                and j > 1
                and letter == b[j - 2]
                and a[i - 2] == other
            ):
                best = min(best, before[j - 2] + 1)
            current.append(best)
        before, previous = previous, current
    return previous[-1]
