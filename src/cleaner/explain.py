"""``explain``: every input line with its label, the rule that decided it and why.

A view of the same segments the body and the removal record are built from.
"""

from __future__ import annotations

from typing import Any

from .model import CleanResult, Label


def explain_rows(result: CleanResult) -> list[dict[str, Any]]:
    rows = []
    for seg in result.segments:
        if seg.is_blank:
            continue
        decision = seg.decision
        label = seg.label.value.upper()
        if decision and decision.field and seg.label is Label.META:
            label = f"META:{decision.field.value}"
        rows.append(
            {
                "line": seg.lineno,
                "label": label,
                "rule": decision.rule if decision else None,
                "reason": decision.reason if decision else None,
                "text": seg.text,
            }
        )
    return rows


def explain_text(result: CleanResult, *, width: int = 60) -> str:
    """A plain table: line, label, rule, text; the reason on an indented line under it."""
    rows = explain_rows(result)
    rule_width = max((len(row["rule"] or "-") for row in rows), default=1)
    out = []
    if result.outlet:
        o = result.outlet
        out.append(f"outlet: {o.name} ({o.id}), found by {o.detected_by}: {o.evidence}")
    else:
        out.append("outlet: none (generic heuristics only)")
    for row in rows:
        text = row["text"] if len(row["text"]) <= width else row["text"][: width - 1] + "…"
        rule = row["rule"] or "-"
        out.append(f"{row['line']:>4}  {row['label']:<13} {rule:<{rule_width}}  {text}")
        if row["reason"]:
            out.append(f"{'':>4}  {'':<13} {'':<{rule_width}}  ↳ {row['reason']}")
    return "\n".join(out) + "\n"
