"""Document-scope heuristics: the headline, and smoothing between neighbours."""

from __future__ import annotations

from types import MappingProxyType

from ..model import Decision, Field, Label, Segment
from ..textstats import is_date_line, is_headline_like, is_item_list, is_prose, words
from .base import Context, Heuristic


class Title(Heuristic):
    """The headline: the longest headline-shaped line above the first paragraph of prose.

    Looks only at the first ``search_lines`` lines that no rule has decided, and only
    when prose follows (a list of short lines has no headline). Taglines and kickers above a
    headline are shorter than it, so the longest wins; ties go to the earliest.
    Kept in the body: subheadings below the first paragraph (``Turkey ‘concerned’``).
    """

    ID = "generic.title"
    SCOPE = "document"
    DEFAULTS = MappingProxyType({"search_lines": 10, "max_words": 25, "min_words": 2})

    def apply(self, ctx: Context) -> None:
        if any(s.decision and s.decision.field is Field.TITLE for s in ctx.lines):
            return  # a site rule already found it
        candidates: list[Segment] = []
        undecided = (s for s in ctx.lines if not s.decided)
        for seg, _ in zip(undecided, range(self.options["search_lines"]), strict=False):
            if is_prose(seg.text):
                break
            if (
                is_headline_like(seg.text, max_words=self.options["max_words"])
                and len(words(seg.text)) >= self.options["min_words"]
                and not is_date_line(seg.text)
                and not is_item_list(seg.text)
            ):
                candidates.append(seg)
        else:
            return  # no prose within reach: no headline to find
        if not candidates:
            return
        best = max(candidates, key=lambda s: (len(words(s.text)), -s.index))
        best.decision = Decision(
            Label.META, self.ID, "headline: above the first paragraph of prose", Field.TITLE
        )


class Smoothing(Heuristic):
    """A short non-prose line between two dropped lines is dropped with them.

    Boilerplate comes in runs (a footer's links, a share bar's labels); a stray label inside
    such a run is part of it. Needs debris on both sides, so a subheading between paragraphs
    is never touched. At most ``max_words`` words.
    """

    ID = "generic.smoothing"
    SCOPE = "document"
    DEFAULTS = MappingProxyType({"max_words": 6})

    def apply(self, ctx: Context) -> None:
        for seg in ctx.lines:
            if (
                seg.decided
                or is_prose(seg.text)
                or len(words(seg.text)) > self.options["max_words"]
            ):
                continue
            before, after = ctx.previous(seg), ctx.next(seg)
            if (
                before is not None
                and after is not None
                and before.label is Label.DROP
                and after.label is Label.DROP
            ):
                seg.decision = Decision(
                    Label.DROP,
                    self.ID,
                    f"short line between debris ({before.decision.rule if before.decision else '?'}"
                    f" above, {after.decision.rule if after.decision else '?'} below)",
                )
