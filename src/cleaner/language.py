"""Document language and stopword density, from jusText's 100 stoplists.

The stoplists ship with the ``justext`` package (a dependency of trafilatura). A document's
language is the stoplist that covers most of its tokens; prose has a high share of stopwords
in its language, while menus, link lists and credits have few. That share is the strongest
single text-only signal of running text (jusText's finding), and it works in any language
with a stoplist.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

# Scripts written without spaces between words: each character counts as a token, so a
# Japanese or Chinese sentence weighs like a sentence and not like one long word.
_UNSPACED = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u0e00-\u0e7f"
_WORD = re.compile(rf"[{_UNSPACED}]|[^\W{_UNSPACED}]+", re.UNICODE)
MIN_TOKENS = 8
MIN_COVERAGE = 0.12
"""Below this share of stopwords no stoplist fits (a Japanese page with a few English words)."""


def word_tokens(text: str) -> list[str]:
    """Lower-cased words; in scripts without spaces (CJK, Thai), single characters."""
    return [t.casefold() for t in _WORD.findall(text)]


@cache
def _stoplists() -> dict[str, frozenset[str]]:
    import justext  # imported lazily: loading 100 stoplists costs a few hundred ms

    # Sorted: jusText gives a set, and every order derived from it must be the same in every
    # run. Simple_English is a subset of English (a Wikipedia edition, not a language).
    return {
        lang: frozenset(justext.get_stoplist(lang))
        for lang in sorted(justext.get_stoplists())
        if lang != "Simple_English"
    }


@cache
def _index() -> dict[str, tuple[str, ...]]:
    languages: dict[str, list[str]] = {}
    for lang, words in _stoplists().items():
        for word in words:
            languages.setdefault(word, []).append(lang)
    return {word: tuple(langs) for word, langs in languages.items()}


@dataclass(frozen=True, slots=True)
class Language:
    name: str | None  # jusText's stoplist name ("English", "German"), None if unknown
    coverage: float  # share of the document's tokens in that stoplist
    stopwords: frozenset[str]

    def density(self, tokens: list[str]) -> float:
        """Share of ``tokens`` that are stopwords of this language."""
        if not tokens:
            return 0.0
        return sum(map(self.stopwords.__contains__, tokens)) / len(tokens)


UNKNOWN = Language(None, 0.0, frozenset())


def detect_language(tokens: Iterable[str]) -> Language:
    """The stoplist language covering most of ``tokens`` (lower-cased words)."""
    index = _index()
    frequencies = Counter(tokens)  # each distinct word looked up once
    total = sum(frequencies.values())
    counts: Counter[str] = Counter()
    for token in frequencies.keys() & index.keys():  # only the words some stoplist holds
        frequency = frequencies[token]
        for lang in index[token]:
            counts[lang] += frequency
    if total < MIN_TOKENS or not counts:
        return UNKNOWN
    # Ties go to the smaller stoplist (the same evidence from a more specific list: English
    # over Uzbek, whose stoplist holds a hundred English words), then to the name.
    stoplists = _stoplists()
    lang, hits = max(counts.items(), key=lambda kv: (kv[1], -len(stoplists[kv[0]]), kv[0]))
    if hits / total < MIN_COVERAGE:
        return UNKNOWN
    return Language(lang, hits / total, stoplists[lang])
