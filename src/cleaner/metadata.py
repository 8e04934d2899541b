"""Parse metadata values out of lines: breadcrumb items, tag lists, glued tag lines.

Shared by site rules (``action: tags`` with ``split``) and the generic heuristics, so both give the
same values for the same line.
"""

from __future__ import annotations

import re

BREADCRUMB_SEPARATORS = re.compile(r"\s+(?:/|>|»|›|→|::)\s+|\s*(?:»|›|→)\s*")
LIST_SEPARATORS = re.compile(r"\s*(?:[,;|•·]|\s/\s)\s*")
# A lower-case letter (or closing punctuation) glued to the capital that starts the next item.
_GLUE = re.compile(r"(?<=[a-z\u00df-\u00ff\)\]])(?=[A-Z\u00c0-\u00de])")


def split_breadcrumb(line: str) -> list[str]:
    """``"News / Iraq / BreakingNews"`` -> ``["News", "Iraq", "BreakingNews"]``."""
    return [item.strip() for item in BREADCRUMB_SEPARATORS.split(line) if item.strip()]


def split_list(line: str) -> list[str]:
    """``"Iraq, Syria; Russia"`` -> ``["Iraq", "Syria", "Russia"]``."""
    line = re.sub(r"^\s*(?:tags?|topics?|keywords?|filed under)\s*:\s*", "", line, flags=re.I)
    return [item.strip() for item in LIST_SEPARATORS.split(line) if item.strip()]


def split_glued(line: str) -> list[str]:
    """Split items that a scraper glued together without spaces.

    ``"Europe & RussiaIraqMiddle EastNewsRussia"`` ->
    ``["Europe & Russia", "Iraq", "Middle East", "News", "Russia"]``. A lower-case letter followed
    directly by a capital marks a join; items with spaces inside ("Middle East") stay whole.
    """
    return [item.strip() for item in _GLUE.split(line) if item.strip()]


def split_values(line: str, how: str | None, *, default: str) -> list[str]:
    """Split a line as a rule asks: ``camel``, ``breadcrumb``, ``list``, ``none`` or a literal."""
    how = how or default
    if how == "camel":
        return split_glued(line)
    if how == "breadcrumb":
        return split_breadcrumb(line)
    if how == "list":
        return split_list(line)
    if how == "none":
        return [line]
    return [item.strip() for item in line.split(how) if item.strip()]
