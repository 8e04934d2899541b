"""Quality benchmark: cleaner and the reference systems on the same pages, in one run.

    python bench/quality.py              # all pages, all systems (about 2 minutes, 2 cores)
    python bench/quality.py --limit 300 --systems cleaner,raw

Reads the development data in ../shared/bench (never copied into this repository):
full-page dumps and article-container dumps scored against human gold with token
bag-of-words F1 (macro over pages) and the share of pages losing more than 20% of their gold
words; and the mostly German snippet pages, scored by the share of must-keep snippets kept
and must-drop snippets removed. For cleaner, "of which to comment rules" counts the pages
losing more than 20% that lost most of those words in lines the comment rules removed: pages
whose gold keeps reader comments. Prints Markdown tables; the README quotes them with the
date.

Systems:
- raw: the dump untouched.
- justext: jusText on the dump, one <p> per line, English stoplist (as the data's README).
- trafilatura-dump: trafilatura on the dump, one <p> per line.
- trafilatura-html: trafilatura on the page's HTML (full-page table only).
- cleaner: cleaner on the dump, default configuration (shipped rules, generic heuristics).
- cleaner-html: cleaner on the page's HTML (trafilatura, then cleaner's rules), default
  configuration; with --rules DIR (e.g. rules imported from ftr-site-config) those rules too.
- cleaner-single-pass, cleaner-html-single-pass (only when named): the same, cleaning each
  document once, without the passes over the clean text that make cleaning idempotent.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import html
import json
import multiprocessing as mp
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

from cleaner import CleanConfig, Cleaner, CleanResult
from cleaner.evaluate import Score, score, score_snippets, summarize, tokens
from cleaner.heuristics.interface import CommentInterface, CommentStamps
from cleaner.heuristics.zone import CommentSection

DEFAULT_BENCH = Path(__file__).resolve().parents[2] / "shared" / "bench"
SYSTEMS = ("raw", "justext", "trafilatura-dump", "trafilatura-html", "cleaner", "cleaner-html")
SINGLE_PASS = ("cleaner-single-pass", "cleaner-html-single-pass")
"""Not run by default: cleaner with ``CleanConfig(settle=False)``, to measure what the passes
over the clean text change."""
HTML_SYSTEMS = frozenset({"trafilatura-html", "cleaner-html", "cleaner-html-single-pass"})
COMMENT_RULES = frozenset({CommentSection.ID, CommentStamps.ID, CommentInterface.ID})

_cleaners: dict[bool, Cleaner] = {}
_rule_dirs: tuple[Path, ...] = ()


def _init(rule_dirs: tuple[Path, ...]) -> None:
    global _rule_dirs
    _rule_dirs = rule_dirs


def _lines_as_html(dump: str) -> str:
    paragraphs = "".join(
        f"<p>{html.escape(line)}</p>" for line in dump.splitlines() if line.strip()
    )
    return f"<html><body>{paragraphs}</body></html>"


def _clean(system: str, record: dict[str, Any]) -> CleanResult:
    settle = system not in SINGLE_PASS
    if settle not in _cleaners:
        _cleaners[settle] = Cleaner(CleanConfig(rule_dirs=_rule_dirs, settle=settle))
    cleaner = _cleaners[settle]
    if system in HTML_SYSTEMS:
        return cleaner.clean_html(record.get("html") or "", url=record.get("url"))
    return cleaner.clean_text(record["dump"] or "", url=record.get("url"))


def run_system(system: str, record: dict[str, Any]) -> str:
    """The text one system extracts from one record."""
    dump = record["dump"] or ""
    if system == "raw":
        return dump
    if system.startswith("cleaner"):
        return _clean(system, record).to_text()
    if system == "justext":
        import justext

        try:
            paragraphs = justext.justext(_lines_as_html(dump), justext.get_stoplist("English"))
        except Exception:
            return ""
        return "\n".join(p.text for p in paragraphs if not p.is_boilerplate)
    if system in ("trafilatura-dump", "trafilatura-html"):
        import trafilatura

        source = _lines_as_html(dump) if system == "trafilatura-dump" else record.get("html")
        if not source:
            return ""
        return trafilatura.extract(source) or ""
    raise ValueError(f"unknown system {system}")


def _score_task(task: tuple[str, dict[str, Any]]) -> tuple[str, str, Score, float, bool]:
    """One page's score, and for cleaner whether a page losing more than a fifth of its gold
    words lost most of them to the comment rules (a gold that keeps reader comments)."""
    system, record = task
    start = time.perf_counter()
    result = _clean(system, record) if system.startswith("cleaner") else None
    output = result.to_text() if result is not None else run_system(system, record)
    took = time.perf_counter() - start
    page = score(output, record["gold_text"])
    to_comments = False
    if result is not None and page.body_loss:
        missing = tokens(record["gold_text"]) - tokens(output)
        removed = tokens(" ".join(r.text for r in result.removed if r.rule in COMMENT_RULES))
        to_comments = 2 * sum((missing & removed).values()) >= sum(missing.values())
    return system, record["source"], page, took, to_comments


def _snippet_task(task: tuple[str, dict[str, Any]]) -> tuple[str, tuple[int, int, int, int]]:
    system, record = task
    output = run_system(system, record)
    s = score_snippets(output, record["dump"] or "", record["with"] or [], record["without"] or [])
    return system, (s.kept, s.keep_total, s.removed, s.drop_total)


def read(path: Path, limit: int | None, fields: tuple[str, ...]) -> list[dict[str, Any]]:
    records = []
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            records.append({k: record.get(k) for k in fields})
            if limit and len(records) >= limit:
                break
    return records


def gold_table(
    title: str, records: list[dict[str, Any]], systems: list[str], pool: Any
) -> tuple[str, dict[str, dict[str, Any]]]:
    tasks = [(s, r) for s in systems for r in records]
    scores: dict[str, dict[str, list[Score]]] = defaultdict(lambda: defaultdict(list))
    seconds: dict[str, float] = defaultdict(float)
    to_comments: dict[str, int] = defaultdict(int)
    for system, source, result, took, comments in pool.imap_unordered(
        _score_task, tasks, chunksize=16
    ):
        scores[system]["all"].append(result)
        scores[system][source].append(result)
        seconds[system] += took
        to_comments[system] += comments
    sources = sorted({r["source"] for r in records})
    head = [
        "system",
        "F1",
        "P",
        "R",
        "losing >20%",
        "of which to comment rules",
        *[f"{s} F1" for s in sources],
        "s/page",
    ]
    lines = [
        f"### {title} ({len(records)} pages)",
        "",
        "| " + " | ".join(head) + " |",
        "|" + "---|" * len(head),
    ]
    figures: dict[str, dict[str, Any]] = {}
    for system in systems:
        total = summarize(scores[system]["all"])
        per = {s: summarize(scores[system][s]).f1 for s in sources}
        comments = to_comments[system] / max(len(records), 1)
        figures[system] = {
            **total.to_dict(),
            "body_loss_to_comment_rules": round(comments, 4),
            "by_source": {k: round(v, 4) for k, v in per.items()},
        }
        cells = [
            system,
            f"{total.f1:.3f}",
            f"{total.precision:.3f}",
            f"{total.recall:.3f}",
            f"{total.body_loss:.1%}",
            f"{comments:.1%}" if system.startswith("cleaner") else "-",
            *[f"{per[s]:.3f}" for s in sources],
            f"{seconds[system] / max(len(records), 1):.3f}",
        ]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines), figures


def snippet_table(
    records: list[dict[str, Any]], systems: list[str], pool: Any
) -> tuple[str, dict[str, Any]]:
    tasks = [(s, r) for s in systems for r in records]
    sums: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    for system, counts in pool.imap_unordered(_snippet_task, tasks, chunksize=16):
        for i, n in enumerate(counts):
            sums[system][i] += n
    lines = [
        f"### Snippet pages ({len(records)} pages, mostly German)",
        "",
        "| system | must-keep kept | must-drop removed |",
        "|---|---:|---:|",
    ]
    figures = {}
    for system in systems:
        kept, keep_total, removed, drop_total = sums[system]
        keep_rate, drop_rate = kept / max(keep_total, 1), removed / max(drop_total, 1)
        figures[system] = {
            "keep": round(keep_rate, 4),
            "drop": round(drop_rate, 4),
            "keep_total": keep_total,
            "drop_total": drop_total,
        }
        lines.append(
            f"| {system} | {keep_rate:.1%} ({kept}/{keep_total}) |"
            f" {drop_rate:.1%} ({removed}/{drop_total}) |"
        )
    return "\n".join(lines), figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--bench", type=Path, default=DEFAULT_BENCH, help="the bench data folder")
    parser.add_argument("--limit", type=int, help="only the first N pages of each file")
    parser.add_argument("--systems", default=",".join(SYSTEMS), help="comma-separated systems")
    parser.add_argument("--jobs", type=int, default=mp.cpu_count())
    parser.add_argument("--json", type=Path, help="also write the figures here as JSON")
    parser.add_argument(
        "--rules", type=Path, action="append", default=[], help="a rule folder for cleaner"
    )
    args = parser.parse_args(argv)
    systems = [s for s in args.systems.split(",") if s]
    known = (*SYSTEMS, *SINGLE_PASS)
    unknown = set(systems) - set(known)
    if unknown:
        parser.error(f"unknown systems: {', '.join(sorted(unknown))} (known: {', '.join(known)})")
    if not (args.bench / "pages-dev.jsonl.gz").exists():
        parser.error(f"no bench data in {args.bench}; pass --bench")

    fields = ("id", "source", "url", "dump", "gold_text", "html")
    pages = read(args.bench / "pages-dev.jsonl.gz", args.limit, fields)
    container = read(args.bench / "container-dev.jsonl.gz", args.limit, fields[:-1])
    snippets = read(
        args.bench / "snippets-dev.jsonl.gz", args.limit, ("id", "dump", "html", "with", "without")
    )
    out: list[str] = [
        f"Measured {dt.date.today().isoformat()} with `python bench/quality.py"
        + (f" --limit {args.limit}" if args.limit else "")
        + "".join(f" --rules {d}" for d in args.rules)
        + "`.",
        "",
    ]
    figures: dict[str, Any] = {}
    started = time.perf_counter()
    with mp.Pool(args.jobs, initializer=_init, initargs=(tuple(args.rules),)) as pool:
        table, figures["full-page"] = gold_table("Full-page dumps", pages, systems, pool)
        out += [table, ""]
        container_systems = [s for s in systems if s not in HTML_SYSTEMS]
        table, figures["container"] = gold_table(
            "Container dumps", container, container_systems, pool
        )
        out += [table, ""]
        table, figures["snippets"] = snippet_table(snippets, systems, pool)
        out += [table, ""]
    out.append(f"Total time: {time.perf_counter() - started:.0f} s on {args.jobs} processes.")
    print("\n".join(out))
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
