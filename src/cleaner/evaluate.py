"""Score cleaned text against human gold: token bag-of-words precision, recall and F1.

Tokens are lower-cased runs of letters and digits (invisible characters such as a soft hyphen
dropped first, as cleaning drops them); a document's scores compare the multisets of
its output and gold tokens. Averages are macro (over documents). "Body loss" is the share of
documents whose output keeps less than 80% of the gold tokens (recall < 0.8).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from .segment import visible

_TOKEN = re.compile(r"\w+", re.UNICODE)
LOSS_RECALL = 0.8


def tokens(text: str) -> Counter[str]:
    """The bag of words of ``text``, case folded; a soft hyphen or a zero-width space splits
    no word (cleaning drops them, the gold may keep them)."""
    return Counter(t.casefold() for t in _TOKEN.findall(visible(text)))


@dataclass(frozen=True, slots=True)
class Score:
    precision: float
    recall: float
    f1: float

    @property
    def body_loss(self) -> bool:
        return self.recall < LOSS_RECALL


def score(output: str, gold: str) -> Score:
    """Token bag-of-words precision, recall and F1 of ``output`` against ``gold``.

    Both empty is a perfect score; one empty is zero.
    """
    out, ref = tokens(output), tokens(gold)
    n_out, n_ref = sum(out.values()), sum(ref.values())
    if n_out == 0 and n_ref == 0:
        return Score(1.0, 1.0, 1.0)
    overlap = sum((out & ref).values())
    precision = overlap / n_out if n_out else 0.0
    recall = overlap / n_ref if n_ref else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return Score(precision, recall, f1)


@dataclass(frozen=True, slots=True)
class Summary:
    documents: int
    precision: float
    recall: float
    f1: float
    body_loss: float  # share of documents with recall < 0.8

    def to_dict(self) -> dict[str, float | int]:
        return {
            "documents": self.documents,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "body_loss": round(self.body_loss, 4),
        }


def summarize(scores: Iterable[Score]) -> Summary:
    items = list(scores)
    n = len(items)
    if n == 0:
        return Summary(0, 0.0, 0.0, 0.0, 0.0)
    return Summary(
        documents=n,
        precision=sum(s.precision for s in items) / n,
        recall=sum(s.recall for s in items) / n,
        f1=sum(s.f1 for s in items) / n,
        body_loss=sum(s.body_loss for s in items) / n,
    )


_SPACE = re.compile(r"\s+")


def _squash(text: str) -> str:
    return _SPACE.sub(" ", visible(text)).strip().casefold()


@dataclass(frozen=True, slots=True)
class SnippetScore:
    kept: int  # must-keep snippets found in the output
    keep_total: int  # must-keep snippets present in the input
    removed: int  # must-drop snippets absent from the output
    drop_total: int  # must-drop snippets present in the input


def score_snippets(
    output: str, source: str, keep: Iterable[str], drop: Iterable[str]
) -> SnippetScore:
    """Count must-keep snippets kept and must-drop snippets removed.

    Only snippets that occur in ``source`` count (a snippet the input lacks cannot be kept
    or removed). Comparison folds case and runs of white space.
    """
    out, src = _squash(output), _squash(source)
    keep_in = [s for s in map(_squash, keep) if s and s in src]
    drop_in = [s for s in map(_squash, drop) if s and s in src]
    return SnippetScore(
        kept=sum(s in out for s in keep_in),
        keep_total=len(keep_in),
        removed=sum(s not in out for s in drop_in),
        drop_total=len(drop_in),
    )


def evaluate_records(
    records: Iterable[dict[str, Any]],
    clean: Callable[[dict[str, Any]], str],
    *,
    gold_field: str,
    group_field: str | None = None,
) -> tuple[list[dict[str, Any]], dict[str, Summary]]:
    """Score ``clean(record)`` against ``record[gold_field]`` for each record with a gold text.

    Returns one row per scored record (``id``, ``group``, precision, recall, F1, body loss)
    and a summary per group plus ``"all"``. Records without a string gold are skipped.
    """
    rows: list[dict[str, Any]] = []
    groups: dict[str, list[Score]] = {}
    for record in records:
        gold = record.get(gold_field)
        if not isinstance(gold, str):
            continue
        result = score(clean(record), gold)
        group = str(record.get(group_field)) if group_field else "all"
        groups.setdefault(group, []).append(result)
        if group_field:
            groups.setdefault("all", []).append(result)
        rows.append(
            {
                "id": record.get("id"),
                "group": group,
                "precision": round(result.precision, 4),
                "recall": round(result.recall, 4),
                "f1": round(result.f1, 4),
                "body_loss": result.body_loss,
            }
        )
    return rows, {name: summarize(scores) for name, scores in sorted(groups.items())}


def markdown_table(summaries: dict[str, Summary], *, label: str = "group") -> str:
    lines = [
        f"| {label} | documents | precision | recall | F1 | losing >20% |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for name, s in summaries.items():
        lines.append(
            f"| {name} | {s.documents} | {s.precision:.3f} | {s.recall:.3f} | {s.f1:.3f} |"
            f" {s.body_loss:.1%} |"
        )
    return "\n".join(lines)
