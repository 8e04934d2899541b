"""Cheap line statistics that several heuristics share: words, prose, headline shape, years."""

from __future__ import annotations

import re

_WORD = re.compile(r"\w+(?:['’.-]\w+)*", re.UNICODE)
_SENTENCE_END = re.compile(r"[.!?…。！？][\"'”’»)\]]*$")
_YEAR = re.compile(r"(?<!\d)(19[0-9]{2}|20[0-9]{2})(?!\d)")
_DATE_ONLY = re.compile(
    r"^(?:(?:mon|tue|wed|thu|fri|sat|sun)\w*,?\s*)?"
    r"[\w ,.:/+-]{0,40}\b(?:19|20)\d{2}\b[\w ,.:/+-]{0,20}$",
    re.I,
)


def words(text: str) -> list[str]:
    return _WORD.findall(text)


def ends_sentence(text: str) -> bool:
    return bool(_SENTENCE_END.search(text))


def is_prose(text: str, *, min_words: int = 12) -> bool:
    """A line that reads as running text: long enough and ending like a sentence.

    Very long lines count as prose even without final punctuation (scrapers cut lines).
    """
    n = len(words(text))
    return (n >= min_words and ends_sentence(text)) or n >= 30


def is_headline_like(text: str, *, max_words: int = 25) -> bool:
    """A short line that could be a title or subheading: no final period, comma or colon."""
    n = len(words(text))
    if n == 0 or n > max_words or len(text) > 250:
        return False
    if text.rstrip("\"'”’)»").endswith((".", ",", ";", ":")) and not text.endswith("..."):
        return False
    first = text.lstrip("\"'“‘«([").strip()
    return bool(first) and (first[0].isupper() or first[0].isdigit())


_ITEM_SEPARATOR = re.compile(r"\s(?:/|\||>|»|›|•|·)\s")


def is_item_list(text: str) -> bool:
    """``Home / News / Politics``, ``Print | Email | Share``: items joined by separators."""
    return len(_ITEM_SEPARATOR.findall(text)) >= 2


def is_date_line(text: str) -> bool:
    """``Sat, 29 Dec 2007 17:50:54``, ``Published: January 10 2008``: a date and little else."""
    return len(words(text)) <= 12 and bool(_DATE_ONLY.match(text))


def years(text: str) -> list[int]:
    return [int(y) for y in _YEAR.findall(text)]
