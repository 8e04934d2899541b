"""Score cleaned text against human gold: token bag-of-words precision, recall and F1.

Tokens are lower-cased runs of letters and digits; a document's scores compare the multisets of
its output and gold tokens. Averages are macro (over documents). "Body loss" is the share of
documents whose output keeps less than 80% of the gold tokens (recall < 0.8).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

_TOKEN = re.compile(r"\w+", re.UNICODE)
LOSS_RECALL = 0.8


def tokens(text: str) -> Counter[str]:
    return Counter(t.casefold() for t in _TOKEN.findall(text))


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
