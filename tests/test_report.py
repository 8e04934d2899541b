"""The HTML report: its numbers, its two sources (a run's output, or cleaning on the way), the
one-document page of ``explain --html``, and the page as a browser renders it."""

from __future__ import annotations

import json
import os
import re
import shutil
import struct
import subprocess
import zlib
from pathlib import Path

import pytest
from click.testing import CliRunner

from cleaner.cli import main
from cleaner.pipeline import Cleaner
from cleaner.report import ReportBuilder, input_rows

from .conftest import MEMO_SEED, PRESSTV_SEED


def run(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def seeds_jsonl(path: Path) -> Path:
    records = [
        {"id": "presstv-1", "text": PRESSTV_SEED.read_text("utf-8")},
        {"id": "memo-1", "text": MEMO_SEED.read_text("utf-8")},
        {"id": "broken", "markup": "<p>no text field</p>"},
    ]
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def test_builder_counts_outlets_rules_and_outliers() -> None:
    cleaner = Cleaner()
    builder = ReportBuilder(
        rule_ids=cleaner.rules.rule_ids(),
        heuristic_ids=[h.ID for h in cleaner.heuristics],
        samples=0,
        outliers=1,
    )
    results = [
        cleaner.clean_text(p.read_text("utf-8"), doc_id=p.name) for p in (PRESSTV_SEED, MEMO_SEED)
    ]
    for seed, result in zip((PRESSTV_SEED, MEMO_SEED), results, strict=True):
        builder.add(
            result.to_dict(),
            where=seed.name,
            output=result.to_text(),
            input_text=seed.read_text("utf-8"),
        )
    builder.add({}, where="bad.txt", error="binary data")
    assert (builder.documents, builder.failed) == (3, 1)
    assert builder.chars_in == sum(r.stats.chars_in for r in results)
    assert builder.outlets["presstv"].captions == 3
    assert builder.outlets["presstv"].captions_not_fitting == 1  # the 2019 Omar/Pelosi caption
    assert builder.rule_lines["middleeastmonitor.comments-button"] == 2
    assert builder.rule_documents["middleeastmonitor.comments-button"] == 1
    assert ("presstv", "presstv.address-line") in builder.stale()
    assert ("generic", "generic.caption") not in builder.stale()
    # the one outlier kept is the document that lost the largest share: Press TV's
    shares = [1 - r.stats.chars_out / r.stats.chars_in for r in results]
    assert shares[0] > shares[1]
    page = builder.render()
    assert page.count('class="doc"') == 1 and 'id="doc-0"' in page  # Press TV, the outlier
    assert "bad.txt</code>: binary data" in page


def test_input_rows_mark_every_removed_line() -> None:
    text = PRESSTV_SEED.read_text("utf-8")
    result = Cleaner().clean_text(text)
    rows = input_rows(text, result.to_dict()["removed"])
    assert len(rows) == result.stats.lines_in
    kept = [r.text for r in rows if r.rule is None]
    body = [line for line in result.text.splitlines() if line]
    assert [" ".join(t.split()) for t in kept] == body  # the body folds runs of spaces
    marked = {" ".join(r.text.split()): r.rule for r in rows if r.rule}  # the input has NBSPs
    assert marked["News / Iraq / BreakingNews / Notification"] == "presstv.breadcrumb"


def test_report_from_a_runs_output_and_on_the_way_agree(tmp_path: Path) -> None:
    source = seeds_jsonl(tmp_path / "in.jsonl")
    cleaned = tmp_path / "out.jsonl"
    assert run("clean", str(source), "-o", str(cleaned), "-q").exit_code == 1  # one failed
    on_the_way, from_output = tmp_path / "a.html", tmp_path / "b.html"
    assert run("report", str(source), "-o", str(on_the_way), "-q").exit_code == 0
    assert run("report", str(cleaned), "-o", str(from_output), "-q").exit_code == 0
    a, b = on_the_way.read_text("utf-8"), from_output.read_text("utf-8")

    def totals(page: str) -> list[str]:
        return re.findall(r'<div class="value">([^<]+)</div>', page)

    assert totals(a) == totals(b) == ["3", "5,393", "4,649", "13.8%", "1"]
    # cleaning on the way shows every input line; a run's output only the removed ones
    assert '<li value="8" class="keep">' in a and 'class="keep"' not in b
    assert "The input text is not in a run" in b
    assert "no text field" in a and "no text field" in b


def test_explain_html_marks_the_input(tmp_path: Path) -> None:
    target = tmp_path / "explain.html"
    assert run("explain", str(PRESSTV_SEED), "--html", "-o", str(target)).exit_code == 0
    page = target.read_text("utf-8")
    assert page.count('class="doc"') == 1
    assert 'class="meta" title="breadcrumb trail of site sections above the headline"' in page
    assert "<code>presstv.app-promo</code>" in page
    assert "<p>Baghdad says would welcome Russia strikes in Iraq</p>" in page


# --- in a browser ----------------------------------------------------------------------------


def chromium() -> str:
    found = os.environ.get("CLEANER_CHROMIUM") or shutil.which("chromium")
    if found:
        return found
    if os.environ.get("CLEANER_REQUIRE_BROWSER"):
        pytest.fail("chromium is required here (CLEANER_REQUIRE_BROWSER is set) but not found")
    pytest.skip("chromium not installed (Debian: apt-get install chromium)")


def browse(page: Path, work: Path, *mode: str) -> subprocess.CompletedProcess[str]:
    """Headless Chromium on a file, with its network log; background networking off."""
    return subprocess.run(
        [
            chromium(),
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            f"--user-data-dir={work / 'profile'}",
            f"--log-net-log={work / 'netlog.json'}",
            "--window-size=1280,2000",
            *mode,
            page.as_uri(),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )


def page_requests(netlog: Path) -> list[str]:
    """URLs the page asked for (the browser's own service requests have no origin)."""
    log = json.loads(netlog.read_text("utf-8"))
    start = log["constants"]["logEventTypes"]["URL_REQUEST_START_JOB"]
    urls = []
    for event in log["events"]:
        params = event.get("params") or {}
        if (
            event["type"] == start
            and "url" in params
            and params.get("initiator") != "not an origin"
            and not params["url"].startswith("file:")
        ):
            urls.append(params["url"])
    return urls


def png_summary(path: Path) -> tuple[int, int, float]:
    """Width, height and the share of non-zero bytes in the filtered pixel data (a page that
    rendered nothing is one colour: its filtered rows are almost all zeros)."""
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat, size = 8, b"", (0, 0)
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos : pos + 8])
        chunk = data[pos + 8 : pos + 8 + length]
        if kind == b"IHDR":
            size = struct.unpack(">II", chunk[:8])
        elif kind == b"IDAT":
            idat += chunk
        pos += 12 + length
    pixels = zlib.decompress(idat)
    return size[0], size[1], sum(1 for b in pixels if b) / len(pixels)


def test_report_renders_in_headless_chromium_with_no_network(tmp_path: Path) -> None:
    chromium()
    source = seeds_jsonl(tmp_path / "in.jsonl")
    report = tmp_path / "report.html"
    assert run("report", str(source), "-o", str(report), "-q").exit_code == 0

    dom = browse(report, tmp_path, "--dump-dom").stdout
    for section in ("totals", "outlets", "rules", "distribution", "documents"):
        assert f'<section id="{section}">' in dom
    assert dom.count('data-sortable="ready"') == 3  # the script ran on every table
    assert dom.count("<rect ") == 20  # the chart's bars
    assert page_requests(tmp_path / "netlog.json") == []

    shot = tmp_path / "report.png"
    browse(report, tmp_path, f"--screenshot={shot}")
    width, height, ink = png_summary(shot)
    assert (width, height) == (1280, 2000)
    assert ink > 0.01
    assert page_requests(tmp_path / "netlog.json") == []

    # the check above would see a request: a page that asks for an image does
    control = tmp_path / "control.html"
    control.write_text('<p>x</p><img src="http://192.0.2.1/pixel.png">', encoding="utf-8")
    browse(control, tmp_path, "--dump-dom")
    assert page_requests(tmp_path / "netlog.json") == ["http://192.0.2.1/pixel.png"]
