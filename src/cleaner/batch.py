"""Clean a stream of read items on one or more cores, turning every failure into an outcome.

One item in, one outcome out, in input order: a document that cannot be read, fails, runs past
the time limit, or takes its worker process down with it becomes an outcome with an error (and
an error record for JSONL output), never a gap. So for N documents in, N = written + failed.

With ``jobs > 1`` the documents go to worker processes in small chunks; at most a bounded
number are in flight or waiting to be written, so memory does not grow with the corpus.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import signal
import threading
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from pathlib import Path
from typing import Any, TypeVar

from .errors import CleanerError
from .model import render_text
from .pipeline import Cleaner
from .readers import Item

T = TypeVar("T")

DEFAULT_TIME_LIMIT = 30.0
"""Seconds one document may take before it is given up as failed."""
CHUNK = 8
"""Documents sent to a worker at once."""
HARD_LIMIT_GRACE = 10.0
"""Seconds past the time limit after which a silent worker is killed and replaced."""


class DocumentTimeout(Exception):
    pass


@dataclass(frozen=True, slots=True)
class Outcome:
    where: str  # where the document came from: "path", "path:line" or "<stdin>"
    relpath: Path | None  # for mirroring a folder of inputs
    record: dict[str, Any]  # the output record (an error record when ``error`` is set)
    text: str  # the text rendering (title, blank line, body)
    size: int = 0  # bytes of input
    error: str | None = None


@dataclass
class Summary:
    """What a run did: counts, removals per rule, outlets, time."""

    documents: int = 0
    failed: int = 0
    bytes_in: int = 0
    chars_out: int = 0
    lines_removed: int = 0
    by_rule: Counter[str] = field(default_factory=Counter)
    documents_by_rule: Counter[str] = field(default_factory=Counter)
    outlets: Counter[str] = field(default_factory=Counter)
    errors: Counter[str] = field(default_factory=Counter)
    started: float = field(default_factory=time.perf_counter)
    elapsed: float = 0.0

    def add(self, outcome: Outcome) -> None:
        self.documents += 1
        self.elapsed = time.perf_counter() - self.started
        if outcome.error:
            self.failed += 1
            self.errors[_error_kind(outcome.error)] += 1
            return
        self.bytes_in += outcome.size  # bytes cleaned: skipped documents do not count
        record = outcome.record
        text = record.get("text")
        self.chars_out += len(text) if isinstance(text, str) else 0
        outlet = record.get("outlet")
        self.outlets[outlet.get("id", "?") if isinstance(outlet, dict) else "(none)"] += 1
        rules = set()
        for removal in record.get("removed") or ():
            self.lines_removed += 1
            self.by_rule[removal["rule"]] += 1
            rules.add(removal["rule"])
        self.documents_by_rule.update(rules)

    @property
    def written(self) -> int:
        return self.documents - self.failed

    def stale_rules(self, rule_ids_by_outlet: dict[str, list[str]]) -> list[str]:
        """Rules of the outlets seen in this run that removed nothing."""
        return [
            rule
            for outlet, rules in rule_ids_by_outlet.items()
            if self.outlets.get(outlet)
            for rule in rules
            if not self.by_rule.get(rule)
        ]

    def to_dict(self, rule_ids_by_outlet: dict[str, list[str]] | None = None) -> dict[str, Any]:
        seconds = max(self.elapsed, 1e-9)
        return {
            "documents": self.documents,
            "written": self.written,
            "failed": self.failed,
            "errors": dict(self.errors.most_common()),
            "bytes_in": self.bytes_in,
            "chars_out": self.chars_out,
            "lines_removed": self.lines_removed,
            "seconds": round(self.elapsed, 3),
            "mb_per_second": round(self.bytes_in / 1e6 / seconds, 3),
            "documents_per_second": round(self.documents / seconds, 2),
            "outlets": dict(self.outlets.most_common()),
            "rules": {
                rule: {"lines": n, "documents": self.documents_by_rule[rule]}
                for rule, n in self.by_rule.most_common()
            },
            "stale_rules": self.stale_rules(rule_ids_by_outlet or {}),
        }


def _error_kind(error: str) -> str:
    """A short name for counting errors of one kind together."""
    for kind in ("time limit", "worker process", "exceeds --max-bytes", "invalid JSON"):
        if kind in error:
            return kind
    return error.split(";")[0].split("(")[0].strip()[:60] or "error"


def error_record(item: Item, error: str) -> dict[str, Any]:
    record: dict[str, Any] = {}
    if item.record is not None:
        for key in ("id", "doc_id", "uuid", "url"):
            if key in item.record:
                record[key] = item.record[key]
    record["error"] = {"where": item.where, "message": error}
    return record


def _failed(item: Item, error: str) -> Outcome:
    return Outcome(item.where, item.relpath, error_record(item, error), "", item.size, error)


@contextmanager
def time_limit(seconds: float | None) -> Iterator[None]:
    """Raise ``DocumentTimeout`` in the block after ``seconds`` (main thread on Unix only;
    elsewhere no limit applies here, and the worker pool's watchdog is the limit)."""
    usable = (
        seconds
        and hasattr(signal, "setitimer")
        and threading.current_thread() is threading.main_thread()
    )
    if not usable:
        yield
        return

    def expire(signum: int, frame: Any) -> None:
        raise DocumentTimeout

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, float(seconds or 0))
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def guarded(
    work: Callable[[], T], limit: float | None, *, hint: str = "raise it with --time-limit"
) -> tuple[T | None, str | None]:
    """Run one document's cleaning under the time limit: its result, or why it failed (a
    bug must cost one document, not the batch)."""
    try:
        with time_limit(limit):
            return work(), None
    except DocumentTimeout:
        return None, f"time limit of {limit:g} s exceeded; {hint}"
    except CleanerError as exc:
        return None, exc.message
    except RecursionError:
        return None, "too deeply nested to clean"
    except Exception as exc:
        return None, f"internal error ({type(exc).__name__}: {exc}); please report it"


def clean_one(
    cleaner: Cleaner, item: Item, *, url: str | None = None, limit: float | None = None
) -> Outcome:
    """Clean one item; ``url`` applies to text items (records carry their own)."""
    if item.error is not None:
        return _failed(item, item.error)

    def work() -> tuple[dict[str, Any], str]:
        if item.record is not None:
            record = cleaner.clean_record(item.record)
            return record, render_text(record.get("title"), record.get("text"))
        doc_id = str(item.relpath) if item.relpath else None
        result = cleaner.clean(item.text or "", url=url, doc_id=doc_id, html=item.html)
        return result.to_dict(), result.to_text()

    done, error = guarded(work, limit)
    if done is None:
        return _failed(item, error or "no result")
    record, text = done
    return Outcome(item.where, item.relpath, record, text, item.size)


def clean_items(
    cleaner: Cleaner,
    items: Iterable[Item],
    *,
    url: str | None = None,
    jobs: int = 1,
    limit: float | None = DEFAULT_TIME_LIMIT,
) -> Iterator[Outcome]:
    """Clean every item, in input order, on ``jobs`` processes."""
    if jobs <= 1:
        for item in items:
            yield clean_one(cleaner, item, url=url, limit=limit)
        return
    with _Pool(cleaner, jobs, url=url, limit=limit) as pool:
        yield from pool.run(items)


def default_jobs() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


# ---------------------------------------------------------------------------------------------
# Worker processes
# ---------------------------------------------------------------------------------------------


def _worker(
    conn: Connection,
    inherited: list[Connection],
    cleaner: Cleaner,
    url: str | None,
    limit: float | None,
) -> None:
    """Clean chunks of (sequence number, item) from ``conn``; send back one outcome each."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles interrupts
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    _restore(set())  # the parent blocked interrupts while starting this process
    # Close the parent's ends of the pipes that fork copied here (this worker's and earlier
    # workers'): then, should the parent die, every worker reads end-of-file and exits.
    for other in inherited:
        other.close()
    while True:
        try:
            chunk = conn.recv()
        except EOFError:
            return
        if chunk is None:
            return
        for seq, item in chunk:
            conn.send((seq, clean_one(cleaner, item, url=url, limit=limit)))


_INTERRUPTS = {signal.SIGINT, signal.SIGTERM}


def _block_interrupts() -> set[int] | None:
    if not hasattr(signal, "pthread_sigmask"):
        return None
    return {int(s) for s in signal.pthread_sigmask(signal.SIG_BLOCK, _INTERRUPTS)}


def _restore(mask: set[int] | None) -> None:
    if mask is not None and hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_SETMASK, mask)


@dataclass
class _Slot:
    """One worker process and the documents it holds."""

    process: Any
    conn: Connection
    pending: deque[tuple[int, Item]] = field(default_factory=deque)
    last_heard: float = field(default_factory=time.monotonic)


class _Pool:
    """Worker processes fed in chunks, with a watchdog, results put back in input order."""

    def __init__(
        self, cleaner: Cleaner, jobs: int, *, url: str | None, limit: float | None
    ) -> None:
        methods = mp.get_all_start_methods()
        self.context = mp.get_context("fork" if "fork" in methods else "spawn")
        self.cleaner, self.jobs, self.url, self.limit = cleaner, jobs, url, limit
        self.hard_limit = limit + HARD_LIMIT_GRACE if limit else None
        self.slots: list[_Slot] = []

    def __enter__(self) -> _Pool:
        self.slots = []
        for _ in range(self.jobs):  # one by one: each new worker closes the earlier pipes
            self.slots.append(self._start())
        return self

    def __exit__(self, *exc: object) -> None:
        for slot in self.slots:
            with suppress(OSError, ValueError):
                slot.conn.send(None)
        deadline = time.monotonic() + 2
        for slot in self.slots:
            slot.process.join(max(0.0, deadline - time.monotonic()))
            if slot.process.is_alive():
                slot.process.kill()
                slot.process.join()
            slot.conn.close()

    def _start(self) -> _Slot:
        parent, child = self.context.Pipe(duplex=True)
        inherited = [parent, *(slot.conn for slot in self.slots if not slot.conn.closed)]
        process = self.context.Process(  # type: ignore[attr-defined]
            target=_worker,
            args=(child, inherited, self.cleaner, self.url, self.limit),
            daemon=True,
        )
        # An interrupt that lands inside fork is swallowed by its at-fork hooks: hold it until
        # the worker is started, then it is raised here as usual (the worker unblocks its own).
        blocked = _block_interrupts()
        try:
            process.start()
        finally:
            _restore(blocked)
        child.close()
        return _Slot(process, parent)

    def _replace(self, slot: _Slot, reason: str, done: dict[int, Outcome]) -> list[Any]:
        """Fail the document a dead or hung worker was on; hand back the rest of its chunk."""
        if slot.process.is_alive():
            slot.process.kill()
        slot.process.join()
        slot.conn.close()
        seq, item = slot.pending.popleft()
        done[seq] = _failed(item, reason)
        retry = list(slot.pending)
        self.slots[self.slots.index(slot)] = self._start()
        return retry

    def run(self, items: Iterable[Item]) -> Iterator[Outcome]:
        source = iter(enumerate(items))
        retry: deque[tuple[int, Item]] = deque()
        done: dict[int, Outcome] = {}
        next_out = 0
        dispatched = 0  # sequence numbers handed out so far (all below are dispatched or done)
        exhausted = False
        window = self.jobs * CHUNK * 4

        def take(n: int) -> list[tuple[int, Item]]:
            nonlocal exhausted, dispatched
            chunk: list[tuple[int, Item]] = []
            while retry and len(chunk) < n:
                chunk.append(retry.popleft())
            while not exhausted and len(chunk) < n and dispatched - next_out < window:
                got = next(source, None)
                if got is None:
                    exhausted = True
                    break
                dispatched += 1
                seq, item = got
                if item.error is not None:  # nothing to clean: an outcome at once
                    done[seq] = _failed(item, item.error)
                else:
                    chunk.append(got)
            return chunk

        while True:
            for slot in self.slots:
                if not slot.pending:
                    chunk = take(CHUNK)
                    if chunk:
                        slot.pending.extend(chunk)
                        slot.last_heard = time.monotonic()
                        slot.conn.send(chunk)
            while next_out in done:
                yield done.pop(next_out)
                next_out += 1
            busy = [slot for slot in self.slots if slot.pending]
            if not busy:
                if exhausted and not retry and next_out == dispatched:
                    return
                continue
            timeout = None
            if self.hard_limit:
                oldest = min(slot.last_heard for slot in busy)
                timeout = max(0.0, oldest + self.hard_limit - time.monotonic())
            ready = wait([s.conn for s in busy] + [s.process.sentinel for s in busy], timeout)
            now = time.monotonic()
            for slot in busy:
                if slot.conn in ready:
                    try:
                        while slot.conn.poll():
                            seq, outcome = slot.conn.recv()
                            done[seq] = outcome
                            slot.pending.popleft()
                            slot.last_heard = now
                    except (EOFError, OSError):
                        pass  # the worker died; its sentinel says so below
                if not slot.pending:
                    continue
                if not slot.process.is_alive():
                    code = slot.process.exitcode
                    retry.extend(
                        self._replace(
                            slot,
                            f"the worker process died (exit code {code}) while cleaning this"
                            " document",
                            done,
                        )
                    )
                elif self.hard_limit and now - slot.last_heard > self.hard_limit:
                    retry.extend(
                        self._replace(
                            slot,
                            f"time limit of {self.limit:g} s exceeded (worker process stopped"
                            f" after {self.hard_limit:g} s); raise it with --time-limit",
                            done,
                        )
                    )
