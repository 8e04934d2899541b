"""Assemble the clean body and the metadata from the segments' labels."""

from __future__ import annotations

from collections.abc import Sequence, Set

from .captions import GALLERY_RULE_ID, ArticleProfile, judge_caption
from .language import UNKNOWN, Language
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


def first_meta(segments: Sequence[Segment], field: Field) -> Segment | None:
    """The first segment taken into ``field``."""
    return next(
        (s for s in segments if s.decision and s.decision.field is field and s.label is Label.META),
        None,
    )


MIN_DOUBTED = 2
"""Captions of a page that must fail to fit, and be at least half of them, for the verdicts
to be doubted (see ``_judge_captions``)."""


def _judge_captions(
    caption_segs: Sequence[Segment], article_text: str, language: Language
) -> list[Caption]:
    """Each caption with its verdict on the article (title and body)."""
    if not caption_segs:
        return []  # the article's profile costs a pass over its words: only for captions
    article = ArticleProfile.of(article_text, language.stopwords if language.name else None)
    # A gallery's slides are judged together: one slide may name no one the article names
    # while the gallery as a whole is about the article's subject.
    galleries: dict[str, list[str]] = {}
    for seg in caption_segs:
        if seg.decision and seg.decision.rule == GALLERY_RULE_ID:
            galleries.setdefault(seg.decision.reason, []).append(seg.text)
    gallery_fits = {
        reason: judge_caption(" ".join(texts), article)[0] for reason, texts in galleries.items()
    }
    judged = []
    for seg in caption_segs:
        decision = seg.decision
        assert decision is not None
        credit = decision.values[0] if decision.values else None
        judged.append((seg, decision, credit, *judge_caption(seg.text, article, credit=credit)))
    # When most of a page's captions outside galleries (two or more) would not fit, the
    # article's text is more likely too thin to judge them by (a short extract, a photo essay)
    # than most of its photos another story's: none of them is called foreign. A gallery keeps
    # its own verdict.
    single = [fits for _, decision, _, fits, _, _ in judged if decision.rule != GALLERY_RULE_ID]
    misfits = single.count(False)
    doubt = misfits >= MIN_DOUBTED and 2 * misfits >= len(single)
    captions: list[Caption] = []
    for seg, decision, credit, fits, score, evidence in judged:
        if decision.rule == GALLERY_RULE_ID:
            fits = gallery_fits[decision.reason]
        elif doubt:
            fits = True
        captions.append(
            Caption(
                text=seg.text,
                credit=credit,
                fits_article=fits,
                score=score,
                evidence=evidence,
                line=seg.lineno,
                rule=decision.rule,
            )
        )
    return captions


def assemble(
    segments: Sequence[Segment],
    *,
    doc_id: str | None,
    outlet: Outlet | None,
    chars_in: int,
    captions_inline: bool = False,
    warnings: tuple[str, ...] = (),
    language: Language = UNKNOWN,
) -> CleanResult:
    title_seg = first_meta(segments, Field.TITLE)
    title = title_seg.text if title_seg else None
    body = _body(segments)

    caption_segs = [
        seg
        for seg in segments
        if seg.decision and seg.decision.field is Field.CAPTION and seg.label is Label.META
    ]
    captions = _judge_captions(caption_segs, "\n".join(p for p in (title, body) if p), language)
    inline = {
        seg.index
        for seg, caption in zip(caption_segs, captions, strict=True)
        if captions_inline and caption.fits_article
    }
    if inline:
        body = _body(segments, inline)

    section_seg = first_meta(segments, Field.SECTION)
    breadcrumb = section_seg.decision.values if section_seg and section_seg.decision else ()
    section = " / ".join(breadcrumb) if breadcrumb else (section_seg.text if section_seg else None)
    tags: list[str] = []
    for seg in segments:
        if seg.decision and seg.decision.field is Field.TAGS and seg.label is Label.META:
            tags.extend(t for t in seg.decision.values if t not in tags)
    byline_seg = first_meta(segments, Field.BYLINE)
    date_seg = first_meta(segments, Field.DATE)

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
        language=language.name,
        segments=tuple(segments),
    )
