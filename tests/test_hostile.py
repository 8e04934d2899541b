"""Hostile inputs, each in a real batch beside the two seeds: every case ends (within the time
limit) with a clear error or a sane result, and the seeds come out exactly as they do alone.

Each case runs the command line in its own process, with worker processes and the time limit
as users get them. ``pytest tests/test_hostile.py -v --durations=0`` lists each case's time.
The ``.html`` cases go through the HTML path (parsing with lxml, extraction with trafilatura).
"""

from __future__ import annotations

import html
import json
import os
import random
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from cleaner import Cleaner
from cleaner.segment import normalize_line

from .conftest import MEMO_SEED, PRESSTV_SEED

TIME_LIMIT = "20"


def write_bytes(data: bytes) -> Callable[[Path], Path]:
    def make(path: Path) -> Path:
        path.write_bytes(data)
        return path

    return make


def billion_laughs() -> bytes:
    entities = "".join(f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(2, 10))
    return (
        f'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol1 "lol">{entities}]>'
        "<html><body><p>&lol9;</p></body></html>"
    ).encode()


def make_fifo(path: Path) -> Path:
    os.mkfifo(path)
    return path


def make_empty_dir(path: Path) -> Path:
    path.mkdir()
    return path


rng = random.Random(7)
CASES: dict[str, tuple[str, Callable[[Path], Path]]] = {
    "billion-laughs": ("laughs.html", write_bytes(billion_laughs())),
    "nested-100k": ("nested.html", write_bytes(b"<div>" * 100_000 + b"x" + b"</div>" * 100_000)),
    "unclosed-50k": ("unclosed.html", write_bytes(b"<p><span>" * 50_000)),
    "random-2mb": ("random.bin", write_bytes(rng.randbytes(2_000_000))),
    "invalid-utf8": ("bad.txt", write_bytes(b"Caf\xe9 society \xff\xfe and more.\n" * 500)),
    "lone-surrogate": (
        "surrogate.jsonl",
        write_bytes(b'{"id": "s", "text": "A lone \\ud800 half, then text.\\nLine two."}\n'),
    ),
    "nul-bytes": ("nul.txt", write_bytes(b"Some text\x00with NUL bytes\n" * 100)),
    "control-chars": (
        "controls.txt",
        write_bytes("".join(f"{chr(rng.randrange(1, 32))}word " for _ in range(20_000)).encode()),
    ),
    "attributes-200k": (
        "attrs.html",
        write_bytes(
            ("<div " + " ".join(f'a{i}="{i}"' for i in range(200_000)) + ">x</div>").encode()
        ),
    ),
    "formatting-bomb": (
        "bomb.html",
        write_bytes(b"<b><i>" * 5000 + b"text" + b"</i></b>" * 5000),
    ),
    "page-50mb": (
        "big.html",
        write_bytes(b"<p>Some paragraph text that goes on.</p>\n" * 1_300_000),
    ),
    "one-line-10mb": ("line.txt", write_bytes(b"word " * 2_000_000)),
    "empty-file": ("empty.txt", write_bytes(b"")),
    "fifo": ("pipe.txt", make_fifo),
    "empty-directory": ("nothing", make_empty_dir),
}


def expect_error(fragment: str) -> Callable[[dict[str, Any], bytes], None]:
    def check(record: dict[str, Any], data: bytes) -> None:
        assert fragment in record["error"]["message"]

    return check


def expect_clean(record: dict[str, Any], data: bytes) -> None:
    """A sane result: no error, and a body made of text the input holds."""
    assert "error" not in record
    text = data.decode("utf-8", "replace")
    assert len(record["text"]) <= len(text)
    lines = {normalize_line(line) for line in text.splitlines()}
    for line in record["text"].splitlines():
        assert not line or line in lines or "\ufffd" in line


def expect_page(record: dict[str, Any], data: bytes) -> None:
    """A sane result for a page: no error, and a body made of text the page holds."""
    assert "error" not in record
    page = " ".join(html.unescape(data.decode("utf-8", "replace")).split())
    for line in record["text"].splitlines():
        assert " ".join(line.split()) in page


def expect_repaired(record: dict[str, Any], data: bytes) -> None:
    assert "error" not in record and record["id"] == "s"
    assert record["text"] == "A lone \ufffd half, then text.\nLine two."


EXPECTED: dict[str, Callable[[dict[str, Any], bytes], None]] = {
    "billion-laughs": expect_page,
    "nested-100k": expect_page,
    "unclosed-50k": expect_page,
    "random-2mb": expect_error("binary data (NUL bytes)"),
    "invalid-utf8": expect_error("not valid utf-8 (bad byte 0xe9 at offset 3)"),
    "lone-surrogate": expect_repaired,
    "nul-bytes": expect_error("binary data (NUL bytes)"),
    "control-chars": expect_clean,
    "attributes-200k": expect_page,
    "formatting-bomb": expect_page,
    "page-50mb": expect_error("exceeds --max-bytes"),
    "one-line-10mb": expect_clean,
    "empty-file": expect_clean,
    "fifo": expect_error("not a regular file"),
    "empty-directory": expect_error("folder holds no files"),
}


@pytest.fixture(scope="module")
def seed_records() -> dict[str, dict[str, Any]]:
    cleaner = Cleaner()
    return {
        seed.name: cleaner.clean_text(seed.read_text("utf-8"), doc_id=seed.name).to_dict()
        for seed in (PRESSTV_SEED, MEMO_SEED)
    }


@pytest.mark.parametrize("name", list(CASES))
def test_hostile_input_in_a_batch(
    name: str, tmp_path: Path, seed_records: dict[str, dict[str, Any]]
) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for seed in (PRESSTV_SEED, MEMO_SEED):
        (seeds / seed.name).write_bytes(seed.read_bytes())
    filename, make = CASES[name]
    case = make(tmp_path / filename)
    out = tmp_path / "out.jsonl"
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "cleaner.cli",
            "clean",
            str(seeds),
            str(case),
            "-f",
            "jsonl",
            "-o",
            str(out),
            "-j",
            "2",
            "--time-limit",
            TIME_LIMIT,
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    records = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    assert len(records) == 3, done.stderr  # N in = written + failed, in order
    failed = sum("error" in r for r in records)
    assert done.returncode == (1 if failed else 0), done.stderr
    assert "Traceback" not in done.stderr
    assert {r["id"]: r for r in records[:2]} == seed_records  # the seeds, untouched
    data = case.read_bytes() if case.is_file() else b""
    EXPECTED[name](records[2], data)
    if failed:
        assert f"{case}: {records[2]['error']['message']}" in done.stderr
