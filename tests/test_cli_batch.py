"""Corpus runs from the command line: compressed corpora, audit files, summary, interruption."""

from __future__ import annotations

import gzip
import io
import json
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import zstandard
from click.testing import CliRunner

from cleaner.cli import main
from cleaner.readers import iter_items

from .conftest import MEMO_SEED, PRESSTV_SEED


def run(*args: str, input: bytes | str | None = None):
    return CliRunner().invoke(main, list(args), input=input, catch_exceptions=False)


def seed_records() -> list[dict[str, str]]:
    return [
        {"id": "presstv-1", "text": PRESSTV_SEED.read_text("utf-8")},
        {"id": "memo-1", "text": MEMO_SEED.read_text("utf-8")},
    ]


def jsonl(records: list[dict[str, str]]) -> bytes:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode()


def read_jsonl(data: bytes) -> list[dict]:
    return [json.loads(line) for line in data.decode().splitlines()]


def test_compressed_corpora_in_and_out(tmp_path: Path) -> None:
    plain = run("clean", "-", "-f", "jsonl", input=jsonl(seed_records())).stdout_bytes
    (tmp_path / "in.jsonl.gz").write_bytes(gzip.compress(jsonl(seed_records())))
    (tmp_path / "in.jsonl.zst").write_bytes(
        zstandard.ZstdCompressor().compress(jsonl(seed_records()))
    )
    for src, dst in (("in.jsonl.gz", "out.jsonl.zst"), ("in.jsonl.zst", "out.jsonl.gz")):
        result = run("clean", str(tmp_path / src), "-o", str(tmp_path / dst), "-q")
        assert result.exit_code == 0, result.stderr
        raw = (tmp_path / dst).read_bytes()
        if dst.endswith(".gz"):
            data = gzip.decompress(raw)
        else:
            data = zstandard.ZstdDecompressor().stream_reader(io.BytesIO(raw)).read()
        assert read_jsonl(data) == read_jsonl(plain)
    assert read_jsonl(plain)[0]["outlet"]["id"] == "presstv"


def test_removed_errors_and_stats_files(tmp_path: Path) -> None:
    records = [*seed_records(), {"id": "no-text", "body_html": "<p>x</p>"}]
    (tmp_path / "in.jsonl").write_bytes(jsonl(records))
    result = run(
        "clean",
        str(tmp_path / "in.jsonl"),
        "-o",
        str(tmp_path / "out.jsonl"),
        "--removed",
        str(tmp_path / "removed.jsonl"),
        "--errors",
        str(tmp_path / "errors.jsonl"),
        "--stats",
        str(tmp_path / "stats.json"),
    )
    assert result.exit_code == 1  # one document failed
    out = read_jsonl((tmp_path / "out.jsonl").read_bytes())
    removed = read_jsonl((tmp_path / "removed.jsonl").read_bytes())
    # the audit file holds exactly the removal records of the output, with document ids
    expected = [
        {"id": record["id"], "where": f"{tmp_path / 'in.jsonl'}:{n}", **removal}
        for n, record in enumerate(out[:2], 1)
        for removal in record["removed"]
    ]
    assert removed == expected
    assert {"id": "presstv-1", "rule": "presstv.app-promo"}.items() <= next(
        r for r in removed if r["rule"] == "presstv.app-promo"
    ).items()
    errors = read_jsonl((tmp_path / "errors.jsonl").read_bytes())
    assert [e["id"] for e in errors] == ["no-text"]
    assert "no text field" in errors[0]["error"]["message"]
    stats = json.loads((tmp_path / "stats.json").read_text())
    assert (stats["documents"], stats["written"], stats["failed"]) == (3, 2, 1)
    assert stats["lines_removed"] == len(removed)
    assert stats["outlets"] == {"presstv": 1, "middleeastmonitor": 1}
    assert "presstv.address-line" in stats["stale_rules"]
    assert "3 documents in, 2 written, 1 failed" in result.stderr
    assert "rules that removed nothing on their outlets' documents: presstv.address-line" in (
        result.stderr
    )


def test_jsonl_on_stdin_streams_and_caps_long_records() -> None:
    long_record = json.dumps({"id": "big", "text": "word " * 5000}).encode() + b"\n"
    data = b"\n\n" + jsonl(seed_records()[:1]) + long_record + jsonl(seed_records()[1:])
    items = list(iter_items(["-"], stdin=io.BytesIO(data), max_bytes=10_000))
    assert [i.record["id"] if i.record else None for i in items] == ["presstv-1", None, "memo-1"]
    assert items[1].error and "exceeds --max-bytes 10000" in items[1].error
    assert items[1].size == len(long_record)


def test_a_long_text_line_on_stdin_is_refused_not_read_whole() -> None:
    items = list(iter_items(["-"], stdin=io.BytesIO(b"x" * 50_000), max_bytes=10_000))
    assert len(items) == 1 and items[0].error and "exceeds --max-bytes" in items[0].error


def _default_sigint() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
def test_interruption_leaves_no_partial_output(tmp_path: Path, signum: int) -> None:
    corpus = tmp_path / "in.jsonl"
    corpus.write_bytes(jsonl(seed_records() * 3000))
    out = tmp_path / "out.jsonl"
    process = subprocess.Popen(
        [sys.executable, "-m", "cleaner.cli", "clean", str(corpus), "-o", str(out), "-j", "2"],
        stderr=subprocess.PIPE,
        # A shell that runs the tests in the background has its children ignore SIGINT, and
        # Python then leaves it ignored; the run under test starts with the default.
        preexec_fn=_default_sigint,
    )
    deadline = time.monotonic() + 60
    while not list(tmp_path.glob(".out.jsonl.*.part")):
        assert time.monotonic() < deadline and process.poll() is None
        time.sleep(0.05)
    process.send_signal(signum)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 130, stderr.decode()
    assert b"interrupted; no partial output file was left behind" in stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.jsonl"]


def test_record_ids_keep_their_type_and_lone_surrogates_are_repaired() -> None:
    data = b'{"id": 7, "text": "emoji \\ud83d\\ude00 stays, lone \\udc00 goes"}\n'
    result = run("clean", "-", "-f", "jsonl", input=data)
    assert result.exit_code == 0
    record = json.loads(result.stdout)
    assert record["id"] == 7
    assert record["text"] == "emoji \U0001f600 stays, lone \ufffd goes"


def test_workers_exit_when_the_parent_is_killed(tmp_path: Path) -> None:
    corpus = tmp_path / "in.jsonl"
    corpus.write_bytes(jsonl(seed_records() * 3000))
    process = subprocess.Popen(
        [sys.executable, "-m", "cleaner.cli", "clean", str(corpus), "-o", str(tmp_path / "o")],
        stderr=subprocess.DEVNULL,
    )
    children = Path(f"/proc/{process.pid}/task/{process.pid}/children")
    deadline = time.monotonic() + 60
    workers: list[int] = []
    while len(workers) < 2:
        assert time.monotonic() < deadline and process.poll() is None
        workers = [int(pid) for pid in children.read_text().split()]
        time.sleep(0.05)
    process.kill()  # no clean-up at all in the parent
    process.wait()

    def alive(pid: int) -> bool:
        try:
            status = Path(f"/proc/{pid}/status").read_text()
        except FileNotFoundError:
            return False
        return "\nState:\tZ" not in status

    deadline = time.monotonic() + 30
    while any(alive(pid) for pid in workers):
        assert time.monotonic() < deadline, "a worker outlived its parent"
        time.sleep(0.05)


def test_omitted_fields_stay_in_the_audit_and_the_counts(tmp_path: Path) -> None:
    (tmp_path / "in.jsonl").write_bytes(jsonl(seed_records()))
    full = read_jsonl(run("clean", str(tmp_path / "in.jsonl"), "-q").stdout_bytes)
    result = run(
        "clean",
        str(tmp_path / "in.jsonl"),
        "--omit",
        "removed",
        "--omit",
        "stats",
        "--removed",
        str(tmp_path / "removed.jsonl"),
        "--stats",
        str(tmp_path / "stats.json"),
        "-q",
    )
    lean = read_jsonl(result.stdout_bytes)
    assert lean == [
        {k: v for k, v in record.items() if k not in ("removed", "stats")} for record in full
    ]
    removed = read_jsonl((tmp_path / "removed.jsonl").read_bytes())
    assert len(removed) == sum(len(r["removed"]) for r in full) == 13
    assert json.loads((tmp_path / "stats.json").read_text())["lines_removed"] == 13
