"""The data that flows through the pipeline: documents, segments, decisions, results.

A document is split into segments (one per input line). Every segment carries the decision made
about it: its label, the field it feeds when it is metadata, the id of the rule that decided it and
why. The clean body, the metadata, ``explain`` and the removal record are all views of these labels.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import Any


class Label(enum.StrEnum):
    """What happens to a segment."""

    KEEP = "keep"  # stays in the body
    DROP = "drop"  # debris: removed and recorded
    META = "meta"  # removed from the body and taken into a metadata field


class Kind(enum.StrEnum):
    """What a segment is, structurally."""

    BLANK = "blank"
    LINE = "line"
    HEADING = "heading"


class Field(enum.StrEnum):
    """Metadata fields a segment can be taken into."""

    TITLE = "title"
    SECTION = "section"
    TAGS = "tags"
    BYLINE = "byline"
    DATE = "date"
    CAPTION = "caption"


@dataclass(frozen=True, slots=True)
class Decision:
    """A classification of one segment by one rule or heuristic."""

    label: Label
    rule: str
    reason: str
    field: Field | None = None
    # Parsed metadata value, e.g. the items of a breadcrumb or a glued tag line.
    values: tuple[str, ...] = ()

    @property
    def generic(self) -> bool:
        """Whether a generic heuristic made it (not a site's rule nor the HTML stage)."""
        return self.rule.startswith("generic.")


@dataclass(slots=True)
class Segment:
    """One input line.

    ``raw`` is the line exactly as read (without its line break); ``text`` is the normalised
    form that rules match and the output uses. ``start``/``end`` are character offsets of ``raw``
    in the input text, so nothing of the original is lost.
    """

    index: int
    lineno: int
    raw: str
    text: str
    start: int
    end: int
    block: int
    kind: Kind = Kind.LINE
    decision: Decision | None = None

    @property
    def label(self) -> Label:
        if self.kind is Kind.BLANK:
            return Label.KEEP
        return self.decision.label if self.decision else Label.KEEP

    @property
    def decided(self) -> bool:
        return self.decision is not None

    @property
    def rule(self) -> str | None:
        """The id of the rule that decided the line, or None while it is undecided."""
        return self.decision.rule if self.decision else None

    @property
    def is_blank(self) -> bool:
        return self.kind is Kind.BLANK


@dataclass(frozen=True, slots=True)
class Outlet:
    """The outlet a document was attributed to, and how."""

    id: str
    name: str
    domain: str | None
    detected_by: str  # "url", "domain", "signature" or "forced"
    evidence: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "domain": self.domain,
            "detected_by": self.detected_by,
            "evidence": self.evidence,
        }


@dataclass(frozen=True, slots=True)
class CaptionEvidence:
    shared: tuple[str, ...]
    unshared: tuple[str, ...]
    caption_years: tuple[int, ...]
    article_years: tuple[int, ...]
    date_conflict: bool
    topic_overlap: float
    """Share of the caption's content words that the article uses."""

    def to_dict(self) -> dict[str, Any]:
        return {
            "shared_entities": list(self.shared),
            "unshared_entities": list(self.unshared),
            "caption_years": list(self.caption_years),
            "article_years": list(self.article_years),
            "date_conflict": self.date_conflict,
            "topic_overlap": self.topic_overlap,
        }


@dataclass(frozen=True, slots=True)
class Caption:
    text: str
    credit: str | None
    fits_article: bool
    score: float
    evidence: CaptionEvidence
    line: int
    rule: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "credit": self.credit,
            "fits_article": self.fits_article,
            "score": round(self.score, 3),
            "evidence": self.evidence.to_dict(),
            "line": self.line,
            "rule": self.rule,
        }


@dataclass(frozen=True, slots=True)
class Removal:
    """One line that is not in the body, with the decision that took it out."""

    line: int
    text: str
    label: Label
    field: Field | None
    rule: str
    reason: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "line": self.line,
            "text": self.text,
            "label": self.label.value,
            "field": self.field.value if self.field else None,
            "rule": self.rule,
            "reason": self.reason,
        }


@dataclass(frozen=True, slots=True)
class Stats:
    lines_in: int
    lines_out: int
    chars_in: int
    chars_out: int

    def to_dict(self) -> dict[str, int]:
        return {
            "lines_in": self.lines_in,
            "lines_out": self.lines_out,
            "chars_in": self.chars_in,
            "chars_out": self.chars_out,
        }


@dataclass(frozen=True, slots=True)
class CleanResult:
    """The clean body and everything learned on the way, built from the segments' labels."""

    id: str | None
    text: str
    title: str | None
    outlet: Outlet | None
    section: str | None
    breadcrumb: tuple[str, ...]
    tags: tuple[str, ...]
    byline: str | None
    date: str | None
    captions: tuple[Caption, ...]
    removed: tuple[Removal, ...]
    stats: Stats
    warnings: tuple[str, ...] = ()
    """Guards that fired and fallbacks taken, e.g. the over-removal guard."""
    language: str | None = None
    """The document's language as detected from its stopwords (jusText's stoplist name)."""
    segments: tuple[Segment, ...] = field(repr=False, default=())

    def to_dict(self) -> dict[str, Any]:
        """The JSON record of a cleaning (see the README for the schema)."""
        return {
            "id": self.id,
            "outlet": self.outlet.to_dict() if self.outlet else None,
            "title": self.title,
            "text": self.text,
            "section": self.section,
            "breadcrumb": list(self.breadcrumb),
            "tags": list(self.tags),
            "byline": self.byline,
            "date": self.date,
            "captions": [c.to_dict() for c in self.captions],
            "removed": [r.to_dict() for r in self.removed],
            "language": self.language,
            "warnings": list(self.warnings),
            "stats": self.stats.to_dict(),
        }

    def to_text(self) -> str:
        """Title, a blank line, then the body paragraphs separated by blank lines."""
        return render_text(self.title, self.text)


def render_text(title: str | None, body: str | None) -> str:
    """The text output of a cleaning: title, a blank line, the body; empty when both are."""
    parts = [p for p in (title, body) if p]
    return "\n\n".join(parts) + ("\n" if parts else "")
