"""Rule learning benchmark: learn a site's rules from half its pages, clean the other half.

    python bench/learn.py                 # dev pages, every site with at least 8 pages
    python bench/learn.py --show beforeitsnews.com   # also draft rules for the real dumps

For every site (host without "www.") with at least ``--min-pages`` full-page dumps in
../shared/bench/pages-dev.jsonl.gz, pages are sorted by id and halved two ways: interleaved
(every other page; both halves span the same years, as a corpus scraped at one time does) and
ordered (the first half by id; for the big9 sites, older pages whose layout the held-out pages
may not share). Rules are learned from one half and the other half is cleaned twice: with the
generic heuristics alone, and with the learned rules first. Reports, for each split, macro
token F1 over the held-out pages, per site, and the pages where the learned rules lose more
gold words than the generic heuristics alone (recall lower by more than 0.02). Words are a
bag: a page also "loses" gold words when dropped debris shared common words with the gold.
So each split also counts gold lines lost: lines of three words or more that stand in the
page's gold text and in its clean text with generic cleaning alone, and nowhere in it once
the learned rules apply, with the rules that dropped them. With --show, drafts rules for one
domain of the real scraped dumps (no gold) and prints the rule file.
"""

from __future__ import annotations

import argparse
import gzip
import json
import math
import re
import sys
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cleaner import CleanConfig, Cleaner, CleanResult, Label, RuleSet
from cleaner.evaluate import Score, score, summarize
from cleaner.learn import LearnOptions, learn_rules

DEFAULT_BENCH = Path(__file__).resolve().parents[2] / "shared" / "bench"


def site_of(record: dict[str, Any]) -> str | None:
    domain = record.get("domain")
    return domain.lower().removeprefix("www.") if domain else None


def outlet_id(site: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", site.lower()).strip("-")


SPLITS = ("interleaved", "ordered")
MIN_GOLD_LINE_WORDS = 3


def _folded(text: str) -> str:
    return " ".join(text.split()).casefold()


@dataclass(frozen=True)
class PageRun:
    """A held-out page cleaned one way: its score and the lines of its clean text."""

    score: Score
    kept: frozenset[str]


def page_run(result: CleanResult, gold: str) -> PageRun:
    """The page's score and the lines of its clean text (the body and the headline above it)."""
    text = result.to_text()
    kept = frozenset(_folded(line) for line in text.splitlines() if line.strip())
    return PageRun(score(text, gold), kept)


def gold_lines_lost(
    generic: PageRun, learned: PageRun, learned_result: CleanResult, gold: str
) -> list[str]:
    """The rule ids that dropped, with the learned rules, a line of the gold (at least
    ``MIN_GOLD_LINE_WORDS`` words, found in the gold text) that generic cleaning kept and
    that no longer stands anywhere in the clean text; one entry per line."""
    folded_gold = _folded(gold)
    lost: dict[str, str] = {}
    for removal in learned_result.removed:
        line = _folded(removal.text)
        if (
            removal.label is Label.DROP
            and len(removal.text.split()) >= MIN_GOLD_LINE_WORDS
            and line in generic.kept
            and line not in learned.kept
            and line in folded_gold
        ):
            lost.setdefault(line, removal.rule)
    return list(lost.values())


@dataclass
class SplitRun:
    """One way of halving every site's pages, and what learning did on the held-out half."""

    generic: list[Score] = field(default_factory=list)
    learned: list[Score] = field(default_factory=list)
    worse: list[tuple[str, float, float]] = field(default_factory=list)
    # held-out page -> ids of the rules that removed gold lines generic cleaning kept
    lost_lines: dict[str, list[str]] = field(default_factory=dict)
    sites: dict[str, tuple[float, float]] = field(default_factory=dict)
    rules: int = 0
    ends: int = 0


def halves(pages: list[dict[str, Any]], split: str) -> tuple[list[Any], list[Any]]:
    """Learn from one half, test on the other. ``interleaved`` alternates pages sorted by id,
    so both halves span the same years; ``ordered`` learns from the first half by id, which
    for the big9 sites means older pages and a layout the held-out pages may not share."""
    if split == "interleaved":
        return pages[0::2], pages[1::2]
    half = math.ceil(len(pages) / 2)
    return pages[:half], pages[half:]


def run_split(
    sites: dict[str, list[dict[str, Any]]],
    split: str,
    generic: Cleaner,
    options: LearnOptions,
    generic_runs: dict[str, PageRun],
) -> SplitRun:
    """Learn and clean every site under one split. ``generic_runs`` holds each page's score
    and kept lines with generic cleaning alone, shared between splits (a page is held out in
    both)."""
    run = SplitRun()
    for site, pages in sorted(sites.items()):
        train, test = halves(pages, split)
        learned = learn_rules(
            [p["dump"] for p in train],
            outlet_id=outlet_id(site),
            domains=[site],
            source=site,
            options=options,
        )
        run.rules += len(learned.outlet.rules)
        run.ends += sum(r.action.value == "article_end" for r in learned.outlet.rules)
        with_rules = Cleaner(CleanConfig(), rules=RuleSet([*generic.rules, learned.outlet]))
        site_generic, site_learned = [], []
        for page in test:
            gold = page["gold_text"]
            g = generic_runs.get(page["id"])
            if g is None:
                result = generic.clean_text(page["dump"], url=page["url"])
                g = generic_runs[page["id"]] = page_run(result, gold)
            learned_result = with_rules.clean_text(page["dump"], url=page["url"])
            page_learned = page_run(learned_result, gold)
            lost = gold_lines_lost(g, page_learned, learned_result, gold)
            if lost:
                run.lost_lines[page["id"]] = lost
            site_generic.append(g.score)
            site_learned.append(page_learned.score)
            if page_learned.score.recall < g.score.recall - 0.02:
                recalls = round(g.score.recall, 3), round(page_learned.score.recall, 3)
                run.worse.append((page["id"], *recalls))
        run.generic += site_generic
        run.learned += site_learned
        run.sites[site] = (summarize(site_generic).f1, summarize(site_learned).f1)
    return run


def _lost_lines(rules: list[str]) -> str:
    if not rules:
        return "no whole gold line lost"
    counts = ", ".join(f"{rule} {rules.count(rule)}" for rule in sorted(set(rules)))
    return f"{len(rules)} gold line{'s' * (len(rules) > 1)} lost ({counts})"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--bench", type=Path, default=DEFAULT_BENCH)
    parser.add_argument("--min-pages", type=int, default=8)
    parser.add_argument("--show", metavar="DOMAIN", help="draft rules for DOMAIN in real-dumps")
    parser.add_argument("--inside-share", type=float, default=LearnOptions.inside_share)
    parser.add_argument("--min-share", type=float, default=LearnOptions.min_share)
    parser.add_argument("--min-docs", type=int, default=LearnOptions.min_docs)
    args = parser.parse_args(argv)

    by_site: dict[str, list[dict[str, Any]]] = defaultdict(list)
    with gzip.open(args.bench / "pages-dev.jsonl.gz", "rt", encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            site = site_of(record)
            if site:
                by_site[site].append({k: record[k] for k in ("id", "url", "dump", "gold_text")})
    sites = {
        s: sorted(p, key=lambda r: r["id"]) for s, p in by_site.items() if len(p) >= args.min_pages
    }
    generic = Cleaner(CleanConfig())
    options = LearnOptions(
        min_share=args.min_share, inside_share=args.inside_share, min_docs=args.min_docs
    )
    started = time.perf_counter()
    generic_runs: dict[str, PageRun] = {}
    runs = {split: run_split(sites, split, generic, options, generic_runs) for split in SPLITS}
    n_pages = sum(len(p) // 2 for p in sites.values())
    print(f"### Learned site rules: {len(sites)} sites, {n_pages} held-out pages\n")
    print(
        "| split | F1 generic | F1 learned | change | P | R | losing >20% |"
        " losing >2% more | gold lines lost (pages) | rules (article_end) |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for split, run in runs.items():
        g, s = summarize(run.generic), summarize(run.learned)
        n_lost = sum(len(rules) for rules in run.lost_lines.values())
        print(
            f"| {split} | {g.f1:.3f} | {s.f1:.3f} | {s.f1 - g.f1:+.3f}"
            f" | {g.precision:.3f} → {s.precision:.3f} | {g.recall:.3f} → {s.recall:.3f}"
            f" | {g.body_loss:.1%} → {s.body_loss:.1%} | {len(run.worse)}"
            f" | {n_lost} ({len(run.lost_lines)}) | {run.rules} ({run.ends}) |"
        )
    for split, run in runs.items():
        print(
            f"\nHeld-out pages ({split}) losing more than 2% more gold words than generic"
            f" alone: {len(run.worse)}"
        )
        for page_id, g_recall, s_recall in run.worse:
            lost = _lost_lines(run.lost_lines.get(page_id, []))
            print(f"- {page_id}: recall {g_recall} -> {s_recall}; {lost}")
        others = sorted(set(run.lost_lines) - {page_id for page_id, *_ in run.worse})
        if others:
            print("\nOther held-out pages where learned rules removed gold lines:")
            for page_id in others:
                print(f"- {page_id}: {_lost_lines(run.lost_lines[page_id])}")
    print("\n| site | pages | " + " | ".join(f"F1 generic, learned ({s})" for s in runs) + " |")
    print("|---|---:|" + "---:|" * len(runs))
    for site, pages in sorted(sites.items()):
        cells = " | ".join(f"{r.sites[site][0]:.3f}, {r.sites[site][1]:.3f}" for r in runs.values())
        print(f"| {site} | {len(pages)} | {cells} |")
    print(f"\nTotal time: {time.perf_counter() - started:.0f} s.")

    if args.show:
        texts = []
        with gzip.open(
            args.bench / "real-dumps" / "fakenewscorpus-sample.jsonl.gz", "rt", encoding="utf-8"
        ) as handle:
            for line in handle:
                record = json.loads(line)
                if site_of(record) == args.show and record.get("text"):
                    texts.append(record["text"])
        learned = learn_rules(
            texts, outlet_id=outlet_id(args.show), domains=[args.show], source=args.show
        )
        print(f"\n### Drafted from {len(texts)} real dumps of {args.show}\n")
        print(learned.yaml)
    return 0


if __name__ == "__main__":
    sys.exit(main())
