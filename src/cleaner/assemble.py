"""Assemble the clean body and the metadata from the segments' labels."""

from __future__ import annotations

from collections.abc import Sequence, Set

from .captions import judge_caption
from .model import (
    Caption,
    CleanResult,
    Field,
    Label,
    Outlet,
    Removal,
    Segment,
    Stats,
)
from .textstats import years


def _body(segments: Sequence[Segment], extra: Set[int] = frozenset()) -> str:
    """Kept lines, one paragraph per input block; ``extra`` adds segments by index."""
    blocks: list[list[str]] = []
    current_block = None
    for seg in segments:
        if seg.is_blank:
            continue
        if seg.label is not Label.KEEP and seg.index not in extra:
            continue
        if seg.block != current_block or not blocks:
            blocks.append([])
            current_block = seg.block
        blocks[-1].append(seg.text)
    return "\n\n".join("\n".join(lines) for lines in blocks)


def _first(segments: Sequence[Segment], field: Field) -> Segment | None:
    return next(
        (s for s in segments if s.decision and s.decision.field is field and s.label is Label.META),
        None,
    )


def assemble(
    segments: Sequence[Segment],
    *,
    doc_id: str | None,
    outlet: Outlet | None,
    chars_in: int,
    captions_inline: bool = False,
    warnings: tuple[str, ...] = (),
    language: str | None = None,
) -> CleanResult:
    title_seg = _first(segments, Field.TITLE)
    title = title_seg.text if title_seg else None
    body = _body(segments)

    article = "\n".join(p for p in (title, body) if p)
    article_years = years(article)
    captions: list[Caption] = []
    inline: set[int] = set()
    for seg in segments:
        decision = seg.decision
        if decision is None or decision.field is not Field.CAPTION or seg.label is not Label.META:
            continue
        fits, score, evidence = judge_caption(seg.text, article, article_years=article_years)
        captions.append(
            Caption(
                text=seg.text,
                credit=decision.values[0] if decision.values else None,
                fits_article=fits,
                score=score,
                evidence=evidence,
                line=seg.lineno,
                rule=decision.rule,
            )
        )
        if captions_inline and fits:
            inline.add(seg.index)
    if inline:
        body = _body(segments, inline)

    section_seg = _first(segments, Field.SECTION)
    breadcrumb = section_seg.decision.values if section_seg and section_seg.decision else ()
    section = " / ".join(breadcrumb) if breadcrumb else (section_seg.text if section_seg else None)
    tags: list[str] = []
    for seg in segments:
        if seg.decision and seg.decision.field is Field.TAGS and seg.label is Label.META:
            tags.extend(t for t in seg.decision.values if t not in tags)
    byline_seg = _first(segments, Field.BYLINE)
    date_seg = _first(segments, Field.DATE)

    removed = tuple(
        Removal(
            line=seg.lineno,
            text=seg.text,
            label=seg.label,
            field=seg.decision.field,
            rule=seg.decision.rule,
            reason=seg.decision.reason,
        )
        for seg in segments
        if seg.decision and seg.label is not Label.KEEP and seg.index not in inline
    )
    lines_in = sum(1 for s in segments if not s.is_blank)
    lines_out = sum(
        1 for s in segments if not s.is_blank and (s.label is Label.KEEP or s.index in inline)
    )
    return CleanResult(
        id=doc_id,
        text=body,
        title=title,
        outlet=outlet,
        section=section,
        breadcrumb=tuple(breadcrumb),
        tags=tuple(tags),
        byline=byline_seg.text if byline_seg else None,
        date=date_seg.text if date_seg else None,
        captions=tuple(captions),
        removed=removed,
        stats=Stats(lines_in=lines_in, lines_out=lines_out, chars_in=chars_in, chars_out=len(body)),
        warnings=warnings,
        language=language,
        segments=tuple(segments),
    )
