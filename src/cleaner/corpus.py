"""Corpus cases: a raw dump beside its expected clean text and metadata.

``corpus/<group>/<case>.txt`` is the input, ``<case>.clean.txt`` the expected text output
(title, blank line, body) and ``<case>.meta.json`` the expected metadata: any of ``outlet`` (an
id or null), ``title``, ``section``, ``tags``, ``captions`` (each ``text`` and
``fits_article``), plus ``options`` for the run (``url``, ``site_rules``, ``generic``).
"""

from __future__ import annotations

import dataclasses
import difflib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .config import CleanConfig
from .model import CleanResult
from .pipeline import Cleaner
from .ruleset import RuleSet

CONFIG_OPTIONS = ("site_rules", "generic", "captions_inline", "outlet")


@dataclass(frozen=True)
class Case:
    name: str
    input: Path
    clean: Path
    meta: Path

    def expected_meta(self) -> dict[str, Any]:
        if not self.meta.exists():
            return {}
        value: dict[str, Any] = json.loads(self.meta.read_text(encoding="utf-8"))
        return value


def iter_cases(folder: Path) -> Iterator[Case]:
    for path in sorted(folder.rglob("*.txt")):
        if path.name.endswith(".clean.txt"):
            continue
        stem = path.name[: -len(".txt")]
        yield Case(
            name=str(path.relative_to(folder).with_name(stem)),
            input=path,
            clean=path.with_name(stem + ".clean.txt"),
            meta=path.with_name(stem + ".meta.json"),
        )


def run_case(case: Case, rules: RuleSet, base: CleanConfig | None = None) -> CleanResult:
    options = case.expected_meta().get("options", {})
    config = dataclasses.replace(
        base or CleanConfig(), **{k: v for k, v in options.items() if k in CONFIG_OPTIONS}
    )
    cleaner = Cleaner(config, rules=rules)
    return cleaner.clean_text(case.input.read_text(encoding="utf-8"), url=options.get("url"))


def observed_meta(result: CleanResult) -> dict[str, Any]:
    """The metadata a case file records, from a result."""
    return {
        "outlet": result.outlet.id if result.outlet else None,
        "title": result.title,
        "section": result.section,
        "tags": list(result.tags),
        "captions": [{"text": c.text, "fits_article": c.fits_article} for c in result.captions],
    }


def check_case(case: Case, rules: RuleSet) -> list[str]:
    """Differences between a case's expectations and cleaner's output (empty when it passes)."""
    result = run_case(case, rules)
    problems: list[str] = []
    if not case.clean.exists():
        problems.append(f"{case.name}: missing {case.clean.name}")
    else:
        expected = case.clean.read_text(encoding="utf-8")
        if result.to_text() != expected:
            problems.append(
                f"{case.name}: clean text differs from {case.clean.name}\n"
                + _diff(expected, result.to_text())
            )
    observed = observed_meta(result)
    for key, want in case.expected_meta().items():
        if key == "options":
            continue
        got = observed.get(key)
        if got != want:
            problems.append(f"{case.name}: {key}: expected {want!r}, got {got!r}")
    return problems


def _diff(expected: str, got: str) -> str:
    lines = difflib.unified_diff(
        expected.splitlines(), got.splitlines(), "expected", "cleaner", lineterm="", n=1
    )
    return "\n".join(list(lines)[:40])
