"""Caption benchmark: finding photo captions in text and judging whether each fits its article.

    python bench/captions.py               # all cases (about a minute on 2 cores)
    python bench/captions.py --limit 200

Reads ../shared/bench (never copied into this repository):

- captions-dev.jsonl.gz: container dumps with their own labelled captions ("own" cases) and
  the same dumps with one caption of another site's article inserted ("foreign" cases);
- pages-dev.jsonl.gz: full-page dumps with human gold text, to count body lines that cleaner
  wrongly takes as captions (lines of the gold text it labels as caption).

A labelled caption counts as detected when one of cleaner's captions has the same text (spaces
and case folded), or one holds the other (a caption glued to its credit). The figures are those
the caption issue sets targets for: own captions detected; foreign captions flagged
``fits_article: false`` (recall, and precision over every caption flagged false); labelled
captions left in the body text; and gold lines taken as captions.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import json
import multiprocessing as mp
import re
from collections import Counter
from pathlib import Path
from typing import Any

from cleaner import Cleaner

DEFAULT_BENCH = Path(__file__).resolve().parents[2] / "shared" / "bench"

_cleaner: Cleaner | None = None


def fold(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().casefold()


def _clean(text: str, url: str | None = None) -> Any:
    global _cleaner
    if _cleaner is None:
        _cleaner = Cleaner()
    return _cleaner.clean_text(text, url=url)


def caption_case(record: dict[str, Any]) -> Counter[str]:
    """Counts for one captions-dev case."""
    result = _clean(record["text"])
    found = {fold(c.text): c for c in result.captions}
    body_lines = {fold(line) for line in result.text.splitlines() if line.strip()}
    counts: Counter[str] = Counter()
    labelled = {fold(c["text"]): c for c in record["captions"]}
    for key, caption in labelled.items():
        match = found.get(key) or next(
            (c for k, c in found.items() if k and (key in k or k in key)), None
        )
        kind = "own" if caption["fits"] else "foreign"
        counts[f"{kind}_total"] += 1
        counts[f"{kind}_detected"] += match is not None
        if kind == "foreign" and match is not None and match.fits_article is False:
            counts["foreign_flagged"] += 1
        counts["in_body"] += any(key == line or key in line for line in body_lines)
    foreign = [k for k, c in labelled.items() if not c["fits"]]
    for key, caption in found.items():
        if caption.fits_article is False:
            counts["flagged_false"] += 1
            counts["flagged_false_right"] += any(k in key or key in k for k in foreign)
    return counts


def gold_case(record: dict[str, Any]) -> Counter[str]:
    """Gold lines that cleaner takes as captions, on one full page."""
    result = _clean(record["dump"] or "", record.get("url"))
    gold = {fold(line) for line in (record["gold_text"] or "").splitlines() if line.strip()}
    counts: Counter[str] = Counter(gold_lines=len(gold), pages=1)
    wrong = sum(fold(c.text) in gold for c in result.captions)
    counts["gold_as_caption"] += wrong
    counts["pages_with_gold_as_caption"] += wrong > 0
    return counts


def read(path: Path, limit: int | None) -> list[dict[str, Any]]:
    records = []
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            records.append(json.loads(line))
            if limit and len(records) >= limit:
                break
    return records


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--bench", type=Path, default=DEFAULT_BENCH)
    parser.add_argument("--limit", type=int, help="only the first N records of each file")
    args = parser.parse_args()
    cases = read(args.bench / "captions-dev.jsonl.gz", args.limit)
    pages = [
        {k: r.get(k) for k in ("dump", "gold_text", "url")}
        for r in read(args.bench / "pages-dev.jsonl.gz", args.limit)
    ]
    totals: Counter[str] = Counter()
    with mp.get_context("fork").Pool(2) as pool:
        for counts in pool.imap_unordered(caption_case, cases, chunksize=8):
            totals.update(counts)
        for counts in pool.imap_unordered(gold_case, pages, chunksize=8):
            totals.update(counts)

    def share(part: str, whole: str) -> str:
        return f"{totals[part] / max(totals[whole], 1):.1%} ({totals[part]}/{totals[whole]})"

    labelled = totals["own_total"] + totals["foreign_total"]
    print(
        f"Measured {dt.date.today()} with `python bench/captions.py`: {len(cases)} caption"
        f" cases, {len(pages)} full pages.\n"
    )
    print("| measure | value | target |")
    print("|---|---:|---:|")
    print(f"| own captions detected | {share('own_detected', 'own_total')} | >= 80% |")
    print(f"| foreign captions detected | {share('foreign_detected', 'foreign_total')} | |")
    print(
        f"| foreign captions flagged not fitting (recall) |"
        f" {share('foreign_flagged', 'foreign_total')} | >= 90% |"
    )
    print(
        f"| captions flagged not fitting that are foreign (precision) |"
        f" {share('flagged_false_right', 'flagged_false')} | >= 95% |"
    )
    print(
        f"| labelled captions left in the body | {totals['in_body'] / max(labelled, 1):.1%}"
        f" ({totals['in_body']}/{labelled}) | <= 5% |"
    )
    print(
        f"| gold lines taken as captions (full pages) | {share('gold_as_caption', 'gold_lines')}"
        f" on {totals['pages_with_gold_as_caption']} of {totals['pages']} pages | |"
    )


if __name__ == "__main__":
    main()
