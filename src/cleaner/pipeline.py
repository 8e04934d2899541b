"""The one entry point that the library API and the CLI share: text or record in, result out."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from .assemble import assemble, first_meta
from .classify import classify
from .config import (
    HTML_FIELDS,
    ID_FIELDS,
    TEXT_FIELDS,
    TITLE_FIELDS,
    URL_FIELDS,
    CleanConfig,
    rule_dirs_from_env,
)
from .errors import ConfigError, InputError
from .extract import (
    PageLine,
    canonical_url,
    extract_page,
    looks_like_html,
    parse_html,
    render,
    rendered_numbers,
)
from .heuristics import BY_ID, REGISTRY, Context, Heuristic
from .heuristics.zone import paragraph_blocks
from .model import CleanResult, Decision, Field, Kind, Label, Outlet, Segment
from .outlets import detect_outlet, slug_words
from .ruleset import OutletRules, RuleSet, load_rules
from .segment import normalize_line, split_segments

OVER_REMOVAL_SHARE = 1 / 3
"""The over-removal guard fires when the body keeps less than this share of running text."""
MIN_GUARDED_WORDS = 50
"""The over-removal guard judges only documents with this many words in paragraphs."""
AGGRESSIVE = frozenset(
    {"generic.article-zone", "generic.outside-zone", "generic.related", "generic.menu-run"}
)
"""Heuristics that decide lines by their neighbourhood, left out by the guard's second pass."""


ZONES = frozenset({"generic.article-zone", "generic.outside-zone"})
"""Heuristics that find the article's zone in a dump; on a page, extraction has found it."""


CONFIDENT = frozenset({"generic.comment-section", "generic.comment-interface", "generic.markup"})
"""Generic decisions the guard trusts, as it trusts site rules: their text is not counted. A
comment form's note listing the HTML tags a comment may use, or an ad's code, can read as
running text by its words; it is never the article's."""

SETTLE_PASSES = 100
"""A backstop on the passes over the clean text (``CleanConfig.settle``). Each pass that
changes anything takes a line out of the body or moves the title, so the passes end; real
pages need one to three, and the per-document time limit bounds the rest."""
SETTLED = " (on a second pass, over the clean text)"
"""Added to the reason of a decision that a pass over the clean text made."""


@dataclass(frozen=True, slots=True)
class RunningWords:
    """Words of running text kept in the body and in the document, all of it and in blocks of
    paragraphs (``paragraph_blocks``), leaving out what site rules and confident generic
    rules (a comment section) removed, and the copies of lines the body keeps (a page that
    holds its article twice loses no text when one copy goes)."""

    kept: int
    total: int
    kept_in_paragraphs: int
    in_paragraphs: int

    @classmethod
    def of(cls, ctx: Context) -> RunningWords:
        lines: list[tuple[int, int]] = []
        kept: set[int] = set()
        kept_texts = {seg.text for seg in ctx.lines if seg.decision is None}
        for pos, seg in enumerate(ctx.lines):
            decision = seg.decision
            if decision is not None and (
                decision.rule in CONFIDENT or not decision.generic or seg.text in kept_texts
            ):
                continue
            if ctx.is_running_text(seg):
                lines.append((pos, len(ctx.tokens(seg))))
                if seg.label is Label.KEEP:
                    kept.add(pos)
        paragraphs = [line for block in paragraph_blocks(lines) for line in block]
        return cls(
            kept=sum(n for pos, n in lines if pos in kept),
            total=sum(n for _, n in lines),
            kept_in_paragraphs=sum(n for pos, n in paragraphs if pos in kept),
            in_paragraphs=sum(n for _, n in paragraphs),
        )

    def over_removed(self) -> bool:
        """Whether the body keeps under ``OVER_REMOVAL_SHARE`` of the running text, counted
        both line by line and in paragraphs. Lone sentences between buttons and fields (a
        sign-up form's messages, readers' questions) are no article's paragraphs: however
        much of them goes, the article's paragraphs may all be kept."""
        return (
            self.in_paragraphs >= MIN_GUARDED_WORDS  # and so the running text as a whole
            and self.kept < OVER_REMOVAL_SHARE * self.total
            and self.kept_in_paragraphs < OVER_REMOVAL_SHARE * self.in_paragraphs
        )


class Cleaner:
    """Cleans documents with one configuration; build it once and reuse it.

    >>> cleaner = Cleaner()
    >>> result = cleaner.clean_text("Show Comments\\n\\nTalks will resume on Monday, he said.")
    >>> result.text
    'Talks will resume on Monday, he said.'
    """

    def __init__(self, config: CleanConfig | None = None, *, rules: RuleSet | None = None) -> None:
        self.config = config or CleanConfig()
        if self.config.outlet and not self.config.site_rules:
            raise ConfigError(
                "--outlet names an outlet's site rules; it cannot go with --no-site-rules"
            )
        if rules is None:
            if self.config.site_rules:
                dirs = (*rule_dirs_from_env(), *self.config.rule_dirs)
                rules = load_rules(dirs, builtin=self.config.builtin_rules)
            else:
                rules = RuleSet()
        self.rules = rules
        if self.config.outlet and rules.get(self.config.outlet) is None:
            known = ", ".join(sorted(o.id for o in rules)) or "none loaded"
            raise ConfigError(f'unknown outlet "{self.config.outlet}" (known outlets: {known})')
        unknown = sorted(set(self.config.disabled) - set(BY_ID))
        unknown += sorted(set(self.config.heuristic_options) - set(BY_ID))
        if unknown:
            raise ConfigError(f'unknown heuristic "{unknown[0]}" (known: {", ".join(BY_ID)})')
        self.heuristics: tuple[Heuristic, ...] = (
            tuple(
                cls(self.config.options_for(cls.ID))
                for cls in REGISTRY
                if cls.ID not in self.config.disabled
            )
            if self.config.generic
            else ()
        )
        self.gentle = tuple(h for h in self.heuristics if h.ID not in AGGRESSIVE)
        self.extracted = tuple(h for h in self.heuristics if h.ID not in ZONES)

    def clean(
        self,
        document: str,
        *,
        url: str | None = None,
        doc_id: str | None = None,
        title: str | None = None,
        html: bool | None = None,
    ) -> CleanResult:
        """Clean a text dump or a web page. ``html`` says which (a file's name can tell);
        ``None`` leaves it to the config's ``input_type``, then to how the document starts."""
        if self.is_html(document, html):
            return self.clean_html(document, url=url, doc_id=doc_id, title=title)
        return self.clean_text(document, url=url, doc_id=doc_id, title=title)

    def is_html(self, document: str, hint: bool | None = None) -> bool:
        return is_page(document, hint, self.config)

    def clean_text(
        self,
        text: str,
        *,
        url: str | None = None,
        doc_id: str | None = None,
        title: str | None = None,
    ) -> CleanResult:
        """Clean one text dump.

        ``url`` (or a bare domain) helps find the outlet. ``title``, when the document's own
        headline is known (a record's ``title`` field), decides which line is the headline: a
        line matching it, or none.
        """
        result, finish, zoned = self._clean_text_once(
            text, url=url, doc_id=doc_id, title=title, heuristics=self.heuristics
        )
        # Where the first pass found no article zone, or a guard set the zone aside, the
        # later passes look for none: the clean text, shorter by the menus and notices taken
        # out, could join a short post and a sidebar paragraph into a zone and drop the post.
        heuristics = self.heuristics if zoned else self.extracted
        return self._settle(result, url=url, title=title, heuristics=heuristics, finish=finish)

    def _clean_text_once(
        self,
        text: str,
        *,
        url: str | None,
        doc_id: str | None,
        title: str | None,
        heuristics: tuple[Heuristic, ...],
    ) -> tuple[CleanResult, Callable[[], CleanResult], bool]:
        """One pass over a text dump: the result, how to assemble it again from the
        segments' labels, and whether it dropped the lines outside an article zone."""
        config = self.config
        segments = split_segments(text, fold_space=config.normalize_space)
        outlet_rules, outlet = self._outlet(segments, url)
        known_title = normalize_line(title) if title else None
        ctx, warnings = self._classify(segments, outlet_rules, known_title, heuristics, url)

        def finish() -> CleanResult:
            return assemble(
                segments,
                doc_id=doc_id,
                outlet=outlet,
                chars_in=len(text),
                captions_inline=config.captions_inline,
                warnings=tuple(warnings),
                language=ctx.language,
            )

        return finish(), finish, ctx.zone_used

    def _settle(
        self,
        result: CleanResult,
        *,
        url: str | None,
        title: str | None,
        heuristics: tuple[Heuristic, ...],
        finish: Callable[[], CleanResult],
    ) -> CleanResult:
        """Clean the clean text again until it stops changing, so cleaning cleaner's output
        changes nothing (``CleanConfig.settle``), unless it finds an article zone that
        ``heuristics`` leave out (see ``clean_text``) or two lines take turns as the headline.

        A line can look like article only beside debris: a byline below the photo lines above
        it, a headline above the first paragraph once a menu above it is gone. Each later pass
        cleans ``result.to_text()`` as a text dump with ``heuristics`` (for a web page, those
        that cleaned its extracted article: the article zone of a whole-page dump does not
        apply); what it removes is marked on the document's own segments, whose line numbers
        stay the input's, and ``finish`` assembles the result again.
        """
        if not self.config.settle or (not result.removed and result.title is None):
            # With nothing taken out, the clean text has the input's lines in the input's
            # paragraphs, and a pass over it decides as the first did.
            return result
        seen: set[str] = set()
        for _ in range(SETTLE_PASSES):
            text = result.to_text()
            if text in seen:
                break  # the title went back and forth: stop at the first text seen again
            seen.add(text)
            again, _, _ = self._clean_text_once(
                text, url=url, doc_id=result.id, title=title, heuristics=heuristics
            )
            if again.to_text() == text or not adopt(result, again, self.config):
                break
            result = finish()
        return result

    def clean_html(
        self,
        html: str,
        *,
        url: str | None = None,
        doc_id: str | None = None,
        title: str | None = None,
    ) -> CleanResult:
        """Clean one web page: extract its article with trafilatura, then clean that as text.

        The page is rendered to lines; the outlet's HTML rules, caption elements and
        trafilatura's extraction decide which lines can be article, and the text rules and
        heuristics decide the rest. ``result.segments`` and ``result.removed`` cover both
        stages (rule ids ``html.*`` and the outlet's HTML rules for the first); line numbers
        count lines of the rendered page, ``extract.Page.text()``.
        """
        config = self.config
        tree, notes = parse_html(html, max_bytes=config.max_html_bytes)
        if tree is None:
            return self.clean_text("", url=url, doc_id=doc_id, title=title)
        url = url or canonical_url(tree)
        outlet_rules, outlet = None, None
        if config.site_rules:
            preview = _segments(render(tree))
            outlet_rules, outlet = self._outlet(preview, url)
        page = extract_page(
            tree,
            url=url,
            outlet=outlet_rules,
            favor_recall=config.html_favor_recall,
            warnings=notes,
        )
        segments = _segments(page.lines)
        candidates = [s for s in segments if s.decision is None]
        known_title = normalize_line(title or page.title or "") or None
        heuristics = self.extracted if page.extracted else self.heuristics
        ctx, warnings = self._classify(candidates, outlet_rules, known_title, heuristics, url)

        def finish() -> CleanResult:
            result = assemble(
                segments,
                doc_id=doc_id,
                outlet=outlet,
                chars_in=sum(len(s.text) + 1 for s in segments),
                captions_inline=config.captions_inline,
                warnings=(*page.warnings, *warnings),
                language=ctx.language,
            )
            return replace(
                result,
                title=result.title or page.title,
                byline=result.byline or page.author,
                date=result.date or page.date,
                section=result.section or (" / ".join(page.categories) or None),
                tags=result.tags or page.tags,
            )

        return self._settle(
            finish(), url=url, title=title or page.title, heuristics=heuristics, finish=finish
        )

    def _outlet(
        self, segments: list[Segment], url: str | None
    ) -> tuple[OutletRules | None, Outlet | None]:
        if not self.config.site_rules:
            return None, None
        return detect_outlet(self.rules, segments, url=url, forced=self.config.outlet)

    def _classify(
        self,
        segments: list[Segment],
        outlet_rules: OutletRules | None,
        known_title: str | None,
        heuristics: tuple[Heuristic, ...],
        url: str | None,
    ) -> tuple[Context, list[str]]:
        """Classify the segments (all undecided), with the over-removal guard."""
        config = self.config
        slug = slug_words(url)

        def run(heuristics: tuple[Heuristic, ...]) -> Context:
            for seg in segments:
                seg.decision = None
            return classify(
                segments,
                outlet=outlet_rules,
                heuristics=heuristics,
                head_lines=config.head_lines,
                tail_lines=config.tail_lines,
                known_title=known_title,
                slug=slug,
            )

        ctx = run(heuristics)
        warnings = list(ctx.warnings)
        words = RunningWords.of(ctx)
        if words.over_removed():
            # Over-removal guard: most of the running text would go. Clean again with the
            # line rules alone (no article zone, no link blocks or menu runs) and say so.
            ctx = run(self.gentle)
            gentle_kept = RunningWords.of(ctx).kept
            warnings.append(
                f"over-removal guard: cleaning kept {words.kept} of {words.total} words of"
                f" running text ({words.kept_in_paragraphs} of {words.in_paragraphs} in"
                f" paragraphs); cleaned again with line rules only (kept {gentle_kept})"
            )
        return ctx, warnings

    def clean_record(self, record: Mapping[str, Any]) -> dict[str, Any]:
        """Clean one JSON record; every field but the text passes through untouched.

        The output has the input's fields, then cleaner's (``CleanResult.to_dict``). ``text``
        holds the clean body whatever field the text was read from. Where an input field shares
        a name with one of cleaner's and holds a different value, the input's value moves to
        ``input.<name>`` so nothing is lost.
        """
        fields = read_record(record, self.config)
        result = self.clean(
            fields.text, url=fields.url, doc_id=fields.doc_id, title=fields.title, html=fields.html
        )
        return merge_record(record, fields.text_field, result)


def adopt(result: CleanResult, again: CleanResult, config: CleanConfig) -> bool:
    """Mark on ``result``'s segments what ``again`` (a cleaning of ``result.to_text()``)
    decided otherwise; whether anything changed.

    The output's lines are the title's and the kept segments', in order, so ``again``'s
    lines map back to them one to one. A kept line that ``again`` removes takes its
    decision; a headline that ``again`` keeps in the body goes back to the body. Lines that
    a rule kept on purpose stay kept.
    """
    title_seg = first_meta(result.segments, Field.TITLE)
    inline = (
        {c.line for c in result.captions if c.fits_article} if config.captions_inline else set()
    )
    shown: list[Segment | None] = [title_seg] if title_seg else [None] if result.title else []
    shown += [
        s
        for s in result.segments
        if not s.is_blank and (s.label is Label.KEEP or s.lineno in inline) and s is not title_seg
    ]
    seen = [s for s in again.segments if not s.is_blank]
    if len(seen) != len(shown) or any(
        old is not None and old.text != new.text for old, new in zip(shown, seen, strict=True)
    ):
        return False  # the output did not read back line for line: leave it as it is
    changed = False
    for old, new in zip(shown, seen, strict=True):
        if old is None:
            continue
        decision = new.decision
        if old is title_seg:
            if decision is not None and decision.field is Field.TITLE:
                continue
            old.decision = _second(decision) if new.label is not Label.KEEP else None
            changed = True
        elif new.label is not Label.KEEP and decision is not None and old.decision is None:
            old.decision = _second(decision)
            changed = True
    return changed


def _second(decision: Decision | None) -> Decision | None:
    if decision is None:
        return None
    return replace(decision, reason=decision.reason + SETTLED)


def is_page(document: str, hint: bool | None, config: CleanConfig) -> bool:
    """Whether a document is cleaned as a web page: by the config's ``input_type``, else by
    ``hint`` (a file name, a record's HTML field), else by how the document starts."""
    if config.input_type != "auto":
        return config.input_type == "html"
    return hint if hint is not None else looks_like_html(document)


def _segments(lines: Sequence[PageLine]) -> list[Segment]:
    """Segments of a rendered page, numbered by the lines of ``Page.text()``."""
    segments: list[Segment] = []
    offset = 0
    for i, (line, lineno) in enumerate(zip(lines, rendered_numbers(lines), strict=True)):
        segments.append(
            Segment(
                index=i,
                lineno=lineno,
                raw=line.text,
                text=line.text,
                start=offset,
                end=offset + len(line.text),
                block=line.block,
                kind=Kind.HEADING if line.kind is Kind.HEADING else Kind.LINE,
                decision=line.decision,
            )
        )
        offset += len(line.text) + 1
    return segments


@dataclass(frozen=True, slots=True)
class RecordFields:
    """What cleaning needs from a JSON record, found by the config's field names."""

    text_field: str
    text: str
    url: str | None
    doc_id: str | None
    title: str | None
    html: bool | None = None
    """True when the text is a web page (an HTML field), None when its content must tell."""


def read_record(record: Mapping[str, Any], config: CleanConfig) -> RecordFields:
    """The text, URL, id and own headline of a record, or ``InputError`` saying what lacks.

    The document is the first text field present (``text``, ``content``...); a record
    without one is read from its ``html`` field as a web page. With ``input_type="html"``
    the HTML field comes first."""
    candidates: tuple[str, ...] = (*HTML_FIELDS, *TEXT_FIELDS)
    if config.input_type != "html":
        candidates = (*TEXT_FIELDS, *HTML_FIELDS) if config.input_type == "auto" else TEXT_FIELDS
    text_field = pick_field(record, config.text_field, candidates, kind="text")
    if text_field is None:
        raise InputError(
            "record",
            f"no text field (looked for {', '.join(candidates)}); name it with --text-field",
        )
    text = record.get(text_field)
    if not isinstance(text, str):
        raise InputError("record", f'field "{text_field}" is {type(text).__name__}, not a string')

    def value(chosen: str | None, candidates: tuple[str, ...], kind: str) -> Any:
        name = pick_field(record, chosen, candidates, kind=kind)
        return record.get(name) if name else None

    doc_id = value(config.id_field, ID_FIELDS, "id")
    url = value(config.url_field, URL_FIELDS, "url")
    title = value(config.title_field, TITLE_FIELDS, "title")
    return RecordFields(
        html=True if text_field in HTML_FIELDS and config.text_field is None else None,
        text_field=text_field,
        text=text,
        url=url if isinstance(url, str) else None,
        doc_id=str(doc_id) if doc_id is not None else None,
        title=title if isinstance(title, str) and title.strip() else None,
    )


def pick_field(
    record: Mapping[str, Any], chosen: str | None, candidates: tuple[str, ...], *, kind: str
) -> str | None:
    if chosen:
        if chosen not in record:
            raise InputError("record", f'no field "{chosen}" (given as the {kind} field)')
        return chosen
    return next((f for f in candidates if f in record), None)


def merge_record(record: Mapping[str, Any], text_field: str, result: CleanResult) -> dict[str, Any]:
    out: dict[str, Any] = {k: v for k, v in record.items() if k != text_field}
    moved: dict[str, Any] = {}
    for key, value in result.to_dict().items():
        if key == "id" and "id" in out:
            continue  # the record's own id stands, with its own type
        if value in (None, [], "") and out.get(key) not in (None, [], ""):
            continue  # cleaner found nothing: the record's own value stands
        if key in out and key != "id" and out[key] != value and out[key] is not None:
            moved[key] = out[key]
        out[key] = value
    if moved:
        previous = out.get("input")
        if isinstance(previous, dict):
            moved = {**previous, **moved}
        elif previous is not None:
            moved["input"] = previous
        out["input"] = moved
    return out


_default: Cleaner | None = None


def default_cleaner() -> Cleaner:
    global _default
    if _default is None:
        _default = Cleaner()
    return _default
