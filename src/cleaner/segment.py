"""Text -> segments: one per line, with offsets into the input, grouped into blank-line blocks.

Normalisation never loses the original: each segment keeps its raw line and its offsets, and
only the normalised copy is matched and written.
"""

from __future__ import annotations

import re

from .model import Kind, Segment

# A line with its break, or the last line when the text does not end with a break. The breaks
# are those of str.splitlines (form feed, NEL, the Unicode line and paragraph separators too),
# so no output line is split again by a reader downstream.
_BREAKS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
_LINE = re.compile(rf"(?P<line>[^{_BREAKS}]*)(?:\r\n|[{_BREAKS}])|(?P<last>[^{_BREAKS}]+)$")
# No-break, en/em/thin and other Unicode spaces, and tabs, fold to one ASCII space.
_SPACES = re.compile(r"[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000 ]+")
# Invisible characters that break matching: zero-width space, BOM, soft hyphen; C0 controls.
_INVISIBLE = re.compile(r"[\u200b\ufeff\u00ad\x00-\x08\x0e-\x1b\x1f\x7f]")


def visible(text: str) -> str:
    """``text`` without the invisible characters cleaning drops from every line (zero-width
    space, BOM, soft hyphen, C0 controls): what a comparison with the output should see."""
    return _INVISIBLE.sub("", text)


def normalize_line(line: str, *, fold_space: bool = True) -> str:
    """The form of a line that rules match and the output uses."""
    line = visible(line)
    if fold_space:
        line = _SPACES.sub(" ", line)
    return line.strip()


def split_segments(text: str, *, fold_space: bool = True) -> list[Segment]:
    """Split ``text`` into line segments; blank lines become ``Kind.BLANK`` and separate blocks."""
    segments: list[Segment] = []
    block = 0
    previous_blank = True
    for lineno, match in enumerate(_LINE.finditer(text), 1):
        raw = match.group("line") if match.group("line") is not None else match.group("last")
        norm = normalize_line(raw, fold_space=fold_space)
        blank = norm == ""
        if not blank and previous_blank and segments:
            block += 1
        segments.append(
            Segment(
                index=len(segments),
                lineno=lineno,
                raw=raw,
                text=norm,
                start=match.start(),
                end=match.start() + len(raw),
                block=block,
                kind=Kind.BLANK if blank else Kind.LINE,
            )
        )
        previous_blank = blank
    return segments
