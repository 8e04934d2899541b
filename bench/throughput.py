"""Throughput benchmark: MB/s and documents/s of dump text, and peak memory, in one run.

    python bench/throughput.py                 # the dev dumps once (about 2 minutes, 2 cores)
    python bench/throughput.py --limit 300     # a quick look
    python bench/throughput.py --memory        # also peak memory on 100 MB and 1 GB inputs
                                               # (about 20 more minutes on 2 cores)

Every system runs as its own process on the same JSONL file made from the full-page dumps of
../shared/bench/pages-dev.jsonl.gz (never copied into this repository), one after the other:

- read-split-write: cleaner's reader, line splitting and JSONL writer, no cleaning (the floor);
- jusText on the dump (one <p> per line, English stoplist), one process;
- cleaner clean -j 1, and cleaner clean -j 2, with all shipped rules loaded;
- cleaner clean -j 1 --single-pass: without the passes over the clean text.

Peak memory is sampled from /proc every 0.1 s: the proportional set size (PSS) of the process
and all its children, so pages that forked workers share are counted once. Linux only.
Figures are reported as measured and as ratios to cleaner -j 1 from the same run.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import html
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

DEFAULT_BENCH = Path(__file__).resolve().parents[2] / "shared" / "bench"


def make_input(bench: Path, target: Path, *, limit: int | None, min_bytes: int = 0) -> int:
    """Write the dev dumps as JSONL (repeated until ``min_bytes``); return the document count."""
    records = []
    with gzip.open(bench / "pages-dev.jsonl.gz", "rt", encoding="utf-8") as handle:
        for line in handle:
            page = json.loads(line)
            records.append(
                json.dumps(
                    {"id": page["id"], "url": page.get("url"), "text": page["dump"] or ""},
                    ensure_ascii=False,
                )
                + "\n"
            )
            if limit and len(records) >= limit:
                break
    count = written = 0
    with target.open("w", encoding="utf-8") as out:
        while True:
            for record in records:
                out.write(record)
                written += len(record.encode("utf-8"))
                count += 1
            if written >= min_bytes:
                return count


def text_bytes(path: Path) -> int:
    """Bytes of dump text in the corpus (what MB/s is counted in)."""
    total = 0
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            total += len(json.loads(line)["text"].encode("utf-8"))
    return total


# --- the two reference systems, run in a child process -------------------------------------


def bare_pass(source: Path, target: Path) -> None:
    from cleaner.readers import iter_items
    from cleaner.segment import split_segments
    from cleaner.writers import atomic_open, dump_json

    with atomic_open(target) as out:
        for item in iter_items([str(source)]):
            record = dict(item.record or {})
            segments = split_segments(record.get("text") or "")
            record["text"] = "\n".join(s.text for s in segments)
            out.write(dump_json(record) + "\n")


def justext_pass(source: Path, target: Path) -> None:
    import justext

    stoplist = justext.get_stoplist("English")
    with source.open(encoding="utf-8") as handle, target.open("w", encoding="utf-8") as out:
        for line in handle:
            record = json.loads(line)
            page = "".join(
                f"<p>{html.escape(t)}</p>" for t in record["text"].splitlines() if t.strip()
            )
            paragraphs = (
                justext.justext(f"<html><body>{page}</body></html>", stoplist) if page else []
            )
            kept = [p.text for p in paragraphs if not p.is_boilerplate]
            out.write(json.dumps({"id": record["id"], "text": "\n".join(kept)}) + "\n")


# --- measuring -----------------------------------------------------------------------------


def _tree_pss_kb(pid: int) -> int:
    """PSS of a process and its descendants, in kB (VmRSS where smaps_rollup is missing)."""
    total = 0
    stack = [pid]
    while stack:
        current = stack.pop()
        try:
            with open(f"/proc/{current}/smaps_rollup") as handle:
                for line in handle:
                    if line.startswith("Pss:"):
                        total += int(line.split()[1])
                        break
            with open(f"/proc/{current}/task/{current}/children") as handle:
                stack += [int(c) for c in handle.read().split()]
        except (FileNotFoundError, ProcessLookupError, PermissionError):
            continue
    return total


def measure(command: list[str]) -> tuple[float, int]:
    """Wall seconds and peak memory (MB) of a command."""
    started = time.perf_counter()
    process = subprocess.Popen(command)
    peak = 0
    while process.poll() is None:
        peak = max(peak, _tree_pss_kb(process.pid))
        time.sleep(0.1)
    seconds = time.perf_counter() - started
    if process.returncode not in (0, 1):  # 1: some document failed, still a full run
        raise SystemExit(f"{command[0]} failed with exit status {process.returncode}")
    return seconds, peak // 1024


def cleaner_command(source: Path, target: Path, jobs: int, *extra: str) -> list[str]:
    cleaner = Path(sys.executable).with_name("cleaner")
    return [str(cleaner), "clean", str(source), "-o", str(target), "-j", str(jobs), "-q", *extra]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--bench", type=Path, default=DEFAULT_BENCH)
    parser.add_argument("--limit", type=int, help="only the first N pages")
    parser.add_argument("--memory", action="store_true", help="also the 100 MB / 1 GB run")
    parser.add_argument("--_run", nargs=3, metavar=("SYSTEM", "IN", "OUT"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args._run:
        system, source, target = args._run
        (bare_pass if system == "bare" else justext_pass)(Path(source), Path(target))
        return

    with tempfile.TemporaryDirectory(prefix="cleaner-bench-") as tmp:
        work = Path(tmp)
        corpus = work / "dumps.jsonl"
        documents = make_input(args.bench, corpus, limit=args.limit)
        megabytes = text_bytes(corpus) / 1e6
        me = [sys.executable, __file__, "--_run"]
        systems = {
            "read-split-write (no cleaning)": [*me, "bare", str(corpus), str(work / "bare")],
            "jusText, 1 process": [*me, "justext", str(corpus), str(work / "justext")],
            "cleaner -j 1": cleaner_command(corpus, work / "one.jsonl", 1),
            "cleaner -j 2": cleaner_command(corpus, work / "two.jsonl", 2),
            "cleaner -j 1 --single-pass": cleaner_command(
                corpus, work / "single.jsonl", 1, "--single-pass"
            ),
        }
        results = {name: measure(command) for name, command in systems.items()}
        base = results["cleaner -j 1"][0]
        print(
            f"Measured {dt.date.today()} with `python bench/throughput.py"
            f"{' --limit ' + str(args.limit) if args.limit else ''}`: {documents} full-page"
            f" dumps, {megabytes:.1f} MB of dump text, {os.cpu_count()} cores.\n"
        )
        print("| system | seconds | MB/s | docs/s | speed vs cleaner -j 1 | peak memory |")
        print("|---|---:|---:|---:|---:|---:|")
        for name, (seconds, peak) in results.items():
            print(
                f"| {name} | {seconds:.1f} | {megabytes / seconds:.2f} | {documents / seconds:.0f}"
                f" | {base / seconds:.2f}x | {peak} MB |"
            )
        if (work / "one.jsonl").read_bytes() != (work / "two.jsonl").read_bytes():
            raise SystemExit("cleaner -j 2 wrote different output from -j 1")

        if args.memory:
            print("\n| input | documents | seconds | MB/s | peak memory (cleaner -j 2) |")
            print("|---|---:|---:|---:|---:|")
            peaks = []
            for size in (100, 1000):
                big = work / f"dumps-{size}.jsonl"
                count = make_input(args.bench, big, limit=None, min_bytes=size * 10**6)
                seconds, peak = measure(cleaner_command(big, work / "big-out.jsonl", 2))
                peaks.append(peak)
                mb = big.stat().st_size / 1e6
                row = f"| {mb:.0f} MB JSONL | {count} | {seconds:.0f} | {mb / seconds:.2f}"
                print(f"{row} | {peak} MB |")
                big.unlink()
            print(f"\nPeak memory, 1 GB input / 100 MB input: {peaks[1] / max(peaks[0], 1):.2f}")


if __name__ == "__main__":
    main()
