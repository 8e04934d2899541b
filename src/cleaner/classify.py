"""Label every segment: site rules first, then generic line heuristics, then document ones.

The first decision on a segment stands; later stages only look at undecided segments. Within a
rule file, line actions (drop, metadata) run before range actions (drop_rest, drop_before), so a
tag line in a footer still reaches ``tags`` when a later rule drops the footer. An
``article_end`` line is dropped like a ``drop`` line and marks where the article ends; the lines
below it go with ``generic.comment-section`` once the article zone is known.
"""

from __future__ import annotations

from collections.abc import Sequence

from .captions import detect_caption
from .heuristics import Context, Heuristic
from .model import Decision, Field, Label, Segment
from .ruleset import REGEX_TIMEOUT_S, Action, OutletRules, PatternTimeout, SiteRule


def _in_place(rule: SiteRule, seg: Segment, ctx: Context) -> bool:
    if rule.place == "head":
        return ctx.in_head(seg, rule.within)
    if rule.place == "tail":
        return ctx.in_tail(seg, rule.within)
    return True


def _decision(rule: SiteRule, seg: Segment) -> Decision:
    if rule.action in (Action.DROP, Action.ARTICLE_END) or rule.action.is_range:
        return Decision(Label.DROP, rule.id, rule.reason)
    field = Field(rule.action.value)  # the metadata actions are named after their fields
    values = rule.values(seg.text)
    if field is Field.CAPTION:
        found = detect_caption(seg.text)
        values = (found.credit,) if found and found.credit else ()
    return Decision(Label.META, rule.id, rule.reason, field, values)


def _matches(rule: SiteRule, seg: Segment, ctx: Context) -> bool:
    """Whether a rule matches a line; a pattern that runs out of time matches nothing, and
    the document's warnings say which rule and line."""
    try:
        return rule.matcher.matches(seg.text)
    except PatternTimeout:
        ctx.warnings.append(
            f"rule {rule.id}: its pattern ran past {REGEX_TIMEOUT_S:g} s on line {seg.lineno}"
            " and was taken as not matching; rewrite the pattern"
        )
        return False


def apply_site_rules(ctx: Context, outlet: OutletRules) -> None:
    active = [r for r in outlet.rules if not r.review]  # drafted rules wait for a person
    line_rules = [r for r in active if not r.action.is_range]
    range_rules = [r for r in active if r.action.is_range]
    for rule in line_rules:
        for seg in ctx.lines:
            if seg.decided or not _in_place(rule, seg, ctx) or not _matches(rule, seg, ctx):
                continue
            if rule.action in (Action.DROP, Action.ARTICLE_END) and ctx.spells_slug(seg):
                # the page's own headline, in a list of headlines a rule drops or whose first
                # headline it takes as where articles end
                continue
            seg.decision = _decision(rule, seg)
            if rule.action is Action.ARTICLE_END and (
                ctx.article_end is None or seg.index < ctx.article_end.index
            ):
                ctx.article_end = seg  # what lies below is judged with the article zone
    for rule in range_rules:
        anchor = next(
            (s for s in ctx.lines if _in_place(rule, s, ctx) and _matches(rule, s, ctx)),
            None,
        )
        if anchor is None:
            continue
        if rule.action is Action.DROP_REST:
            targets = ctx.lines[ctx.position(anchor) :]
        else:
            targets = ctx.lines[: ctx.position(anchor)]
        for seg in targets:
            if not seg.decided:
                seg.decision = _decision(rule, seg)


def apply_heuristics(ctx: Context, heuristics: Sequence[Heuristic]) -> None:
    # a text-only heuristic's decision on a text is remembered (``Heuristic.decide``)
    line_checks = [h.decide if h.TEXT_ONLY else h.check for h in heuristics if h.SCOPE == "line"]
    for seg in ctx.lines:
        if seg.decided:
            continue
        for check in line_checks:
            decision = check(seg, ctx)
            if decision is not None:
                seg.decision = decision
                break
    for heuristic in heuristics:
        if heuristic.SCOPE == "document":
            heuristic.apply(ctx)


def classify(
    segments: Sequence[Segment],
    *,
    outlet: OutletRules | None,
    heuristics: Sequence[Heuristic],
    head_lines: int,
    tail_lines: int,
    known_title: str | None = None,
    slug: tuple[str, ...] = (),
) -> Context:
    ctx = Context(segments, head_lines, tail_lines, known_title=known_title, slug=slug)
    if outlet is not None:
        apply_site_rules(ctx, outlet)
    apply_heuristics(ctx, heuristics)
    return ctx
