"""Every corpus case, every rule file example and every heuristic example, one test each."""

from __future__ import annotations

import pytest

from cleaner import RuleSet, load_rules
from cleaner.corpus import check_case, iter_cases, run_case
from cleaner.heuristics import REGISTRY, example_decides

from .conftest import CORPUS

CASES = list(iter_cases(CORPUS))
RULES = load_rules()
RULE_EXAMPLES = [
    pytest.param(rule, line, want, id=f"{rule.id}-{want}-{i}")
    for outlet in RULES
    for rule in outlet.rules
    for want, lines in (("drop", rule.drop_examples), ("keep", rule.keep_examples))
    for i, line in enumerate(lines)
]
HEURISTIC_EXAMPLES = [
    pytest.param(cls, line, want, id=f"{cls.ID}-{want}-{i}")
    for cls in REGISTRY
    if cls.SCOPE == "line"
    for want, lines in (("drop", cls.DROP_EXAMPLES), ("keep", cls.KEEP_EXAMPLES))
    for i, line in enumerate(lines)
]


def test_corpus_is_not_empty() -> None:
    assert len(CASES) >= 8
    assert any(c.name.startswith("negative/") for c in CASES)


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_corpus_case(case, rules: RuleSet) -> None:
    assert check_case(case, rules) == []


@pytest.mark.parametrize(
    "case",
    [c for c in CASES if c.name.startswith("negative/")],
    ids=[c.name for c in CASES if c.name.startswith("negative/")],
)
def test_negative_case_comes_out_unchanged(case, rules: RuleSet) -> None:
    """Real article shapes: the output is the input, and nothing is recorded as removed
    except the headline, which moves to metadata."""
    result = run_case(case, rules)
    assert result.to_text() == case.input.read_text(encoding="utf-8")
    assert [r.field.value if r.field else None for r in result.removed] == ["title"]


@pytest.mark.parametrize(("rule", "line", "want"), RULE_EXAMPLES)
def test_rule_example(rule, line: str, want: str) -> None:
    assert rule.matcher.matches(line) is (want == "drop")


@pytest.mark.parametrize(("cls", "line", "want"), HEURISTIC_EXAMPLES)
def test_heuristic_example(cls, line: str, want: str) -> None:
    assert example_decides(cls(), line) is (want == "drop")


def test_every_rule_and_heuristic_has_examples() -> None:
    for outlet in RULES:
        for rule in outlet.rules:
            assert rule.drop_examples, rule.id
    for cls in REGISTRY:
        if cls.SCOPE == "line":
            assert cls.DROP_EXAMPLES and cls.KEEP_EXAMPLES, cls.ID
