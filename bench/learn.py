"""Rule learning benchmark: learn a site's rules from half its pages, clean the other half.

    python bench/learn.py                 # dev pages, every site with at least 8 pages
    python bench/learn.py --show beforeitsnews.com   # also draft rules for the real dumps

For every site (host without "www.") with at least ``--min-pages`` full-page dumps in
../shared/bench/pages-dev.jsonl.gz, pages are sorted by id; rules are learned from the first
half and the second half is cleaned twice: with the generic heuristics alone, and with the
learned rules first. Reports macro token F1 over the held-out pages, per site, and the pages
where the learned rules lose more gold words than the generic heuristics alone (recall lower
by more than 0.02). With --show, drafts rules for one domain of the real scraped dumps (no
gold) and prints the rule file.
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
from pathlib import Path
from typing import Any

from cleaner import CleanConfig, Cleaner, RuleSet
from cleaner.evaluate import score, summarize
from cleaner.learn import LearnOptions, learn_rules

DEFAULT_BENCH = Path(__file__).resolve().parents[2] / "shared" / "bench"


def site_of(record: dict[str, Any]) -> str | None:
    domain = record.get("domain")
    return domain.lower().removeprefix("www.") if domain else None


def outlet_id(site: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", site.lower()).strip("-")


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
    started = time.perf_counter()
    rows = []
    all_generic, all_learned, worse = [], [], []
    rules_total = ends_total = 0
    for site, pages in sorted(sites.items()):
        half = math.ceil(len(pages) / 2)
        train, test = pages[:half], pages[half:]
        options = LearnOptions(
            min_share=args.min_share, inside_share=args.inside_share, min_docs=args.min_docs
        )
        learned = learn_rules(
            [p["dump"] for p in train],
            outlet_id=outlet_id(site),
            domains=[site],
            source=site,
            options=options,
        )
        rules_total += len(learned.outlet.rules)
        ends_total += sum(r.action.value == "article_end" for r in learned.outlet.rules)
        with_rules = Cleaner(CleanConfig(), rules=RuleSet([*generic.rules, learned.outlet]))
        site_generic, site_learned = [], []
        for page in test:
            g = score(
                generic.clean_text(page["dump"], url=page["url"]).to_text(), page["gold_text"]
            )
            s = score(
                with_rules.clean_text(page["dump"], url=page["url"]).to_text(), page["gold_text"]
            )
            site_generic.append(g)
            site_learned.append(s)
            if s.recall < g.recall - 0.02:
                worse.append((page["id"], round(g.recall, 3), round(s.recall, 3)))
        all_generic += site_generic
        all_learned += site_learned
        rows.append(
            (
                site,
                len(train),
                len(test),
                len(learned.outlet.rules),
                summarize(site_generic).f1,
                summarize(site_learned).f1,
            )
        )

    g_all, l_all = summarize(all_generic), summarize(all_learned)
    print(f"### Learned site rules: {len(sites)} sites, {len(all_learned)} held-out pages\n")
    print("| | F1 | P | R | losing >20% |\n|---|---:|---:|---:|---:|")
    for name, s in (("generic alone", g_all), ("learned rules + generic", l_all)):
        print(f"| {name} | {s.f1:.3f} | {s.precision:.3f} | {s.recall:.3f} | {s.body_loss:.1%} |")
    print(
        f"\nF1 change: {l_all.f1 - g_all.f1:+.3f}; rules drafted: {rules_total}"
        f" ({ends_total} article_end);"
        f" held-out pages losing more than 2% more gold words than generic alone:"
        f" {len(worse)}"
    )
    for page_id, g, s in worse:
        print(f"- {page_id}: recall {g} -> {s}")
    print("\n| site | learned from | tested on | rules | F1 generic | F1 learned |")
    print("|---|---:|---:|---:|---:|---:|")
    for site, n_train, n_test, n_rules, f_generic, f_learned in rows:
        print(f"| {site} | {n_train} | {n_test} | {n_rules} | {f_generic:.3f} | {f_learned:.3f} |")
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
