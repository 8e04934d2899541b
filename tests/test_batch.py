"""Batches: order across worker processes, and every failure counted, never a gap.

The failing documents here are made by a Cleaner whose ``clean_text`` misbehaves on a marker
line (crashes its process, hangs with signals blocked, raises), so the tests exercise the real
worker pool and watchdog on real texts.
"""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path
from typing import Any

import pytest

from cleaner import batch
from cleaner.batch import Summary, clean_items
from cleaner.model import CleanResult
from cleaner.pipeline import Cleaner
from cleaner.readers import Item

from .conftest import MEMO_SEED, PRESSTV_SEED

CORPUS = Path(__file__).resolve().parents[1] / "corpus"


class Misbehaving(Cleaner):
    """Cleans normally, except on documents whose first line names a fault."""

    def clean_text(self, text: str, **kwargs: Any) -> CleanResult:
        first = text.split("\n", 1)[0]
        if first == "FAULT: crash":
            os._exit(3)
        if first == "FAULT: hang":
            signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})
            time.sleep(30)
        if first == "FAULT: slow":
            time.sleep(30)
        if first == "FAULT: bug":
            raise ValueError("boom")
        return super().clean_text(text, **kwargs)


def real_items() -> list[Item]:
    paths = sorted(CORPUS.rglob("*.txt"))
    paths = [p for p in paths if not p.name.endswith(".clean.txt")]
    return [Item(str(p), Path(p.name), text=p.read_text("utf-8")) for p in paths]


def with_faults(items: list[Item], faults: dict[int, str]) -> list[Item]:
    out = list(items)
    for index, fault in faults.items():
        out.insert(index, Item(f"fault-{index}", None, text=f"FAULT: {fault}\nSome text."))
    return out


def test_parallel_output_is_the_serial_output_in_input_order() -> None:
    items = real_items() * 3
    cleaner = Cleaner()
    serial = list(clean_items(cleaner, items, jobs=1))
    parallel = list(clean_items(cleaner, items, jobs=2))
    assert [o.where for o in parallel] == [i.where for i in items]
    assert [o.record for o in parallel] == [o.record for o in serial]
    assert not any(o.error for o in parallel)


def test_a_worker_that_dies_costs_one_document() -> None:
    items = with_faults(real_items(), {3: "crash"})
    outcomes = list(clean_items(Misbehaving(), items, jobs=2))
    assert [o.where for o in outcomes] == [i.where for i in items]
    failed = [o for o in outcomes if o.error]
    assert [o.where for o in failed] == ["fault-3"]
    assert "worker process died (exit code 3)" in failed[0].error
    assert failed[0].record["error"]["where"] == "fault-3"
    # the documents that shared the dead worker's chunk were cleaned all the same
    expected = list(clean_items(Cleaner(), real_items(), jobs=1))
    assert [o.record for o in outcomes if not o.error] == [o.record for o in expected]


def test_a_hung_worker_is_killed_by_the_watchdog(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(batch, "HARD_LIMIT_GRACE", 0.5)
    items = with_faults(real_items()[:4], {1: "hang"})
    started = time.monotonic()
    outcomes = list(clean_items(Misbehaving(), items, jobs=2, limit=0.5))
    assert time.monotonic() - started < 20
    failed = [o for o in outcomes if o.error]
    assert [o.where for o in failed] == ["fault-1"]
    assert "time limit of 0.5 s exceeded (worker process stopped" in failed[0].error
    assert len(outcomes) == len(items)


@pytest.mark.parametrize("jobs", [1, 2])
def test_time_limit_and_bugs_fail_only_their_document(jobs: int) -> None:
    items = with_faults(real_items()[:5], {0: "slow", 4: "bug"})
    outcomes = list(clean_items(Misbehaving(), items, jobs=jobs, limit=0.3))
    assert [o.where for o in outcomes] == [i.where for i in items]
    errors = {o.where: o.error for o in outcomes if o.error}
    assert set(errors) == {"fault-0", "fault-4"}
    assert "time limit of 0.3 s exceeded" in errors["fault-0"]
    assert "internal error (ValueError: boom)" in errors["fault-4"]


def test_read_errors_pass_through_in_order() -> None:
    items = real_items()[:3]
    items.insert(1, Item("bad.txt", None, error="binary data (NUL bytes), not a text dump"))
    outcomes = list(clean_items(Cleaner(), items, jobs=2))
    assert [o.where for o in outcomes] == [i.where for i in items]
    assert outcomes[1].error and outcomes[1].record["error"]["message"].startswith("binary")


def test_summary_counts_rules_outlets_and_stale_rules() -> None:
    items = [
        Item("presstv", None, text=PRESSTV_SEED.read_text("utf-8"), size=100),
        Item("memo", None, text=MEMO_SEED.read_text("utf-8"), size=50),
        Item("broken", None, error="cannot read", size=7),
    ]
    cleaner = Cleaner()
    summary = Summary()
    for outcome in clean_items(cleaner, items):
        summary.add(outcome)
    assert (summary.documents, summary.written, summary.failed) == (3, 2, 1)
    assert summary.bytes_in == 150  # the bytes of documents cleaned, not of the broken one
    assert summary.outlets == {"presstv": 1, "middleeastmonitor": 1}
    assert summary.by_rule["middleeastmonitor.comments-button"] == 2  # twice in the seed
    assert summary.documents_by_rule["middleeastmonitor.comments-button"] == 1
    stale = summary.stale_rules(cleaner.rules.rule_ids())
    # only the rules of outlets the run saw: a rule file no document used is not stale
    applied = {
        rule
        for outlet, ids in cleaner.rules.rule_ids().items()
        if outlet in summary.outlets
        for rule in ids
    }
    assert set(stale) == applied - set(summary.by_rule)
    assert not any(rule.startswith("beforeitsnews.") for rule in stale)
    assert "middleeastmonitor.comments-button" not in stale
    data = summary.to_dict(cleaner.rules.rule_ids())
    assert data["documents"] == 3 and data["errors"] == {"cannot read": 1}
