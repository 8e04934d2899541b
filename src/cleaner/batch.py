"""Clean a stream of read items, turning every failure into a reported outcome.

One item in, one outcome out, in order: a document that cannot be read or cleaned becomes an
outcome with an error (and an error record for JSONL output), never a gap.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from .errors import CleanerError
from .model import render_text
from .pipeline import Cleaner
from .readers import Item


@dataclass(frozen=True, slots=True)
class Outcome:
    item: Item
    record: dict[str, Any]  # the output record (an error record when ``error`` is set)
    text: str  # the text rendering (title, blank line, body)
    error: str | None = None


@dataclass
class Summary:
    documents: int = 0
    failed: int = 0
    lines_removed: int = 0
    by_rule: Counter[str] = field(default_factory=Counter)

    def add(self, outcome: Outcome) -> None:
        self.documents += 1
        if outcome.error:
            self.failed += 1
            return
        for removal in outcome.record.get("removed", []):
            self.lines_removed += 1
            self.by_rule[removal["rule"]] += 1


def _error_record(item: Item, error: str) -> dict[str, Any]:
    record: dict[str, Any] = {}
    if item.record is not None:
        for key in ("id", "doc_id", "uuid", "url"):
            if key in item.record:
                record[key] = item.record[key]
    record["error"] = {"where": item.where, "message": error}
    return record


def clean_items(
    cleaner: Cleaner, items: Iterable[Item], *, url: str | None = None
) -> Iterator[Outcome]:
    """Clean each item; ``url`` applies to text items (records carry their own)."""
    for item in items:
        if item.error is not None:
            yield Outcome(item, _error_record(item, item.error), "", item.error)
            continue
        try:
            if item.record is not None:
                record = cleaner.clean_record(item.record)
                text = render_text(record.get("title"), record.get("text"))
            else:
                doc_id = str(item.relpath) if item.relpath else None
                result = cleaner.clean_text(item.text or "", url=url, doc_id=doc_id)
                record, text = result.to_dict(), result.to_text()
        except CleanerError as exc:
            yield Outcome(item, _error_record(item, exc.message), "", exc.message)
            continue
        yield Outcome(item, record, text)
