"""Learn a site's rules from its own pages: what recurs across them is the site, not the news.

A site's boilerplate repeats on page after page (menus, taglines, footers, "Show Comments"),
while its articles do not. From the documents of one outlet this module counts, per line,
on how many documents it occurs, as it stands (exact), with its digits masked (a shape:
``Posted at 8:18 AM`` and ``Posted at 9:02 AM`` are one shape) and by its opening label (a
prefix: ``Posted in: Fantasy |`` and ``Posted in: News |`` share ``Posted in:``), and where
it usually sits.
Lines that recur on at least ``min_share`` of the documents become drafted ``drop`` rules,
with their evidence and examples taken from the data. Lines that read as prose are proposed
only when they recur on at least ``prose_share`` of the documents, and are marked
``review: true``: loaded and tested, but not applied until a person removes the mark.

Where a site's article ends varies less than what follows it (other stories' teasers,
comments): a line that stands below most of the article's running text on ``end_share`` of
the documents, and hardly ever above it (``end_above``), becomes an ``article_end`` rule,
which drops what lies below it only where the article zone confirms it.
"""

from __future__ import annotations

import datetime as dt
import itertools
import math
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import yaml

from .config import CleanConfig
from .extract import page_text
from .heuristics import REGISTRY, Context, example_decides
from .heuristics.bylines import is_sign_off
from .model import Label, Segment
from .outlets import host_of
from .pipeline import Cleaner, is_page, read_record
from .ruleset import MAX_PATTERN_LENGTH, OutletRules, RuleSet, parse_rule_text
from .textstats import LETTER_WORD, has_sentence, is_date_line

_DIGITS = re.compile(r"\d+")
_WORDY = re.compile(r"[^\W_]")  # a letter or a digit: "___" is no rule's line
MAX_SAMPLES = 3
MAX_LINE = 2000  # longer lines are paragraphs or whole pages run together
MAX_ENDS = 5


@dataclass(frozen=True)
class LearnOptions:
    min_docs: int = 4
    """A line must recur on at least this many documents..."""
    min_share: float = 0.3
    """...and on at least this share of them."""
    prose_share: float = 0.8
    """Lines that read as prose need this share, and are marked for review."""
    edge_share: float = 0.5
    """A line always in the first (last) half of its documents is placed at the head (tail)."""
    inside_share: float = 0.5
    """Lines that generic cleaning keeps inside the article need this share of documents."""
    end_share: float = 0.15
    """A line below most of the article's running text on this share of the documents is
    proposed as where the article ends..."""
    end_below: float = 0.6
    """...where "most" is this share of the running text generic cleaning keeps."""
    end_above: float = 0.125
    """...and above most of it on at most this share of the documents where it is below
    (one page in eight whose article generic cleaning located wrongly does not veto it)."""
    prefix_words: int = 5
    """Openings of up to this many words are counted as line prefixes."""


@dataclass
class _Stats:
    docs: int = 0
    samples: list[str] = field(default_factory=list)
    head: int = 0  # largest position from the top where it occurs
    tail: int = 0  # largest position from the bottom
    top_half: bool = True
    bottom_half: bool = True
    prose: int = 0
    kept: int = 0  # documents where generic cleaning kept the line in the body
    below: int = 0  # documents where it stands below most of the article's running text
    above: int = 0  # documents with an article where it does not
    trims: int = 0  # documents where generic cleaning kept lines below it


@dataclass(frozen=True)
class LearnedRules:
    """A drafted rule file: its YAML text (for a person to review) and the compiled rules."""

    yaml: str
    outlet: OutletRules
    documents: int


class _PlainDumper(yaml.SafeDumper):
    """Writes repeated values out in full: rule files refuse YAML aliases."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


def _shape(line: str) -> str:
    return _DIGITS.sub("0", line)


_SPECIAL = re.compile(r"([.^$*+?{}\[\]\\|()])")


def _shape_regex(line: str) -> str:
    """``Posted at 8:18 AM`` -> ``^Posted at \\d+:\\d+ AM$`` (only special characters escaped)."""
    parts = _DIGITS.split(line)
    return "^" + r"\d+".join(_SPECIAL.sub(r"\\\1", p) for p in parts) + "$"


def _reads_as_prose(ctx: Context, seg: Segment) -> bool:
    """Running text that reads as sentences: it ends one or has one inside, or it has the
    stopword share of prose however long it is. A long run of tags or archive months has the
    words of running text but neither, and is furniture, not a line a person must review."""
    return ctx.is_running_text(seg) and (
        has_sentence(seg.text) or ctx.is_running_text(seg, long_words=sys.maxsize)
    )


def _is_generic(line: str) -> bool:
    """Whether a generic line heuristic already takes the line (no site rule needed)."""
    return any(example_decides(cls(), line) for cls in REGISTRY if cls.SCOPE == "line")


def learn_rules(
    texts: Sequence[str],
    *,
    outlet_id: str,
    name: str | None = None,
    domains: Sequence[str] = (),
    options: LearnOptions | None = None,
    source: str = "the given documents",
) -> LearnedRules:
    """Draft a rule file for one outlet from its documents' texts."""
    opts = options or LearnOptions()
    n = len(texts)
    threshold = max(opts.min_docs, math.ceil(opts.min_share * n))
    exact: dict[str, _Stats] = defaultdict(_Stats)
    shapes: dict[str, _Stats] = defaultdict(_Stats)
    shape_lines: dict[str, set[str]] = defaultdict(set)
    prefixes: dict[str, _Stats] = defaultdict(_Stats)
    prefix_lines: dict[str, set[str]] = defaultdict(set)
    prose_examples: list[str] = []

    generic = Cleaner(CleanConfig(site_rules=False))
    for text in texts:
        # What generic cleaning keeps in the body of a page where it found the article marks
        # a line as article, not furniture. Where it found none, it kept everything.
        result = generic.clean_text(text)
        located = any(r.rule == "generic.outside-zone" for r in result.removed)
        ctx = Context(list(result.segments), head_lines=6, tail_lines=6)
        lines = ctx.lines
        # Running text kept above each line, to tell where the article ends.
        article = [
            len(ctx.tokens(s)) if s.label is Label.KEEP and ctx.is_running_text(s) else 0
            for s in lines
        ]
        total = sum(article)
        last_kept = max((i for i, s in enumerate(lines) if s.label is Label.KEEP), default=-1)
        above_here = 0
        seen: set[str] = set()
        seen_shapes: set[str] = set()
        seen_prefixes: set[str] = set()
        for pos, seg in enumerate(lines):
            line = seg.text
            above_here += article[pos - 1] if pos else 0
            if len(line) > MAX_LINE or not _WORDY.search(line):
                continue
            running = _reads_as_prose(ctx, seg)
            if running and len(prose_examples) < 50:
                prose_examples.append(line)
            for table, key, bucket in ((exact, line, seen), (shapes, _shape(line), seen_shapes)):
                stats = table[key]
                _place_seen(stats, pos, len(lines), opts.edge_share)
                if key not in bucket:
                    bucket.add(key)
                    stats.docs += 1
                    stats.prose += running
                    stats.kept += located and seg.label is Label.KEEP
                    if table is exact and located:
                        below = above_here >= opts.end_below * total
                        stats.below += below
                        stats.above += not below
                        stats.trims += below and pos < last_kept
                    if len(stats.samples) < MAX_SAMPLES and line not in stats.samples:
                        stats.samples.append(line)
            shape_lines[_shape(line)].add(line)
            for prefix in _prefixes(line, opts.prefix_words):
                stats = prefixes[prefix]
                # Counted per line, not per document: one paragraph that it opens anywhere
                # rules it out, and every line kept in the article, or taken as the headline
                # or a byline, counts against it.
                stats.prose += running
                stats.kept += seg.label is Label.META or (located and seg.label is Label.KEEP)
                _place_seen(stats, pos, len(lines), opts.edge_share)
                if prefix not in seen_prefixes:
                    seen_prefixes.add(prefix)
                    stats.docs += 1
                if len(stats.samples) < MAX_SAMPLES and line not in stats.samples:
                    stats.samples.append(line)
                if len(prefix_lines[prefix]) < 2:
                    prefix_lines[prefix].add(line)

    rules: list[dict[str, Any]] = []
    # Where the article ends: a line that stands below most of the article's running text on
    # many pages and hardly ever above it. Lines below it are judged with the article zone (see
    # ``generic.comment-section``), so a page laid out otherwise keeps its article. A line
    # that generic cleaning drops itself (a blog's "Newer Post Older Post Home") may still
    # mark where the article ends, which generic cleaning does not know.
    end_needed = max(opts.min_docs, math.ceil(opts.end_share * n))
    ends = [
        (line, stats)
        for line, stats in sorted(exact.items(), key=lambda kv: (-kv[1].below, kv[0]))
        if stats.below >= end_needed
        and stats.above <= opts.end_above * stats.below
        and stats.trims
        and stats.prose * 2 <= stats.docs
        and not is_sign_off(line)  # an author's signature closes the article, and is in it
        and LETTER_WORD.search(line) is not None  # a count or a date ("0", "11/07") changes
    ][:MAX_ENDS]
    for line, stats in ends:
        rule = _rule(
            outlet_id,
            "exact",
            [line],
            "anywhere",
            None,
            [stats],
            n,
            prose=False,
            prose_examples=prose_examples,
        )
        rule["action"] = "article_end"
        above = f"above it on {stats.above}" if stats.above else "never above it"
        rule["reason"] = (
            f"end of the article: on {stats.below} of {n} pages this line stood below most of"
            f" the article's running text, and {above}"
        )
        rules.append(rule)
    end_lines = {line for line, _ in ends}
    exact_taken = set(end_lines)  # lines an applied exact rule takes
    taken_shapes = {_shape(line) for line in end_lines}
    by_place: dict[tuple[str, bool], list[tuple[str, _Stats]]] = defaultdict(list)
    for line, stats in sorted(exact.items(), key=lambda kv: -kv[1].docs):
        if line in end_lines:
            continue
        prose = stats.prose * 2 > stats.docs
        needed = threshold
        if stats.kept * 2 > stats.docs:  # inside the article on most pages: stronger evidence
            needed = max(needed, math.ceil(opts.inside_share * n))
        if prose:
            needed = max(needed, math.ceil(opts.prose_share * n))
        if stats.docs < needed or _is_generic(line) or is_sign_off(line):
            continue  # generic cleaning takes it, or it is the author's and in the article
        taken_shapes.add(_shape(line))
        if not prose:
            exact_taken.add(line)
        by_place[(_place(stats)[0], prose)].append((line, stats))
    for (place, prose), items in by_place.items():
        # Prose-like lines get a rule each, to review one by one; the rest one rule per place.
        groups = [[item] for item in items] if prose else [items]
        for group in groups:
            rules.append(_group_rule(outlet_id, "exact", group, place, n, prose, prose_examples))
    for shape, stats in sorted(shapes.items(), key=lambda kv: -kv[1].docs):
        variants = shape_lines[shape]
        if (
            stats.docs < threshold
            or shape in taken_shapes
            or len(variants) < 2
            or not _DIGITS.search(shape)
            or stats.prose * 2 > stats.docs
            or stats.kept * 2 > stats.docs
            or is_date_line(next(iter(variants)))  # a site's date lists look like its dates
        ):
            continue
        pattern = _shape_regex(next(iter(variants)))
        if len(pattern) > MAX_PATTERN_LENGTH:
            # a long line of many numbers (an archive's weeks and post counts in one line)
            # makes a pattern longer than a rule file takes: left to generic cleaning
            continue
        place, within = _place(stats)
        rules.append(
            _rule(
                outlet_id,
                "regex",
                [pattern],
                place,
                within,
                [stats],
                n,
                prose=False,
                prose_examples=prose_examples,
            )
        )

    rules.extend(
        _prefix_rules(outlet_id, prefixes, prefix_lines, exact_taken, threshold, n, prose_examples)
    )
    _name_rules(outlet_id, rules)
    signatures = _signatures(exact, n)
    data: dict[str, Any] = {
        "outlet": {"id": outlet_id, "name": name or outlet_id, "domains": list(domains)},
        "verified": dt.date.today(),
        "signatures": [{"exact": s} for s in signatures],
        "rules": rules,
    }
    header = (
        f"# Drafted by `cleaner rules learn` from {n} documents of {source} on"
        f" {dt.date.today().isoformat()}.\n"
        "# Read every rule before keeping this file. Rules marked `review: true` match lines\n"
        "# that read like prose; they are not applied until you delete that mark.\n"
    )
    text = header + yaml.dump(
        data, Dumper=_PlainDumper, sort_keys=False, allow_unicode=True, width=100
    )
    return LearnedRules(text, parse_rule_text(text, f"<learned {outlet_id}>"), n)


def _prefix_rules(
    outlet_id: str,
    prefixes: dict[str, _Stats],
    prefix_lines: dict[str, set[str]],
    taken: set[str],
    threshold: int,
    n: int,
    prose_examples: list[str],
) -> list[dict[str, Any]]:
    """Rules for the openings that many of the site's lines share while the rest of the line
    varies (``Posted in: Fantasy |``, ``Posted in: News |``): openings on at least
    ``threshold`` documents of at least two different lines, none of which reads as prose,
    and with at most half as many lines kept in the article (or taken as the headline or a
    byline) as documents. Of nested openings, the shortest is taken."""
    found = sorted(
        (
            prefix
            for prefix, stats in prefixes.items()
            if stats.docs >= threshold
            and len(prefix_lines[prefix]) >= 2
            and not stats.prose
            and stats.kept * 2 <= stats.docs
            and not all(line in taken for line in stats.samples)
            and not all(_is_generic(line) for line in stats.samples)
            and not any(is_date_line(line) for line in stats.samples)
        ),
        key=len,
    )
    chosen: list[str] = []
    for prefix in found:
        if not any(prefix.startswith(shorter) for shorter in chosen):
            chosen.append(prefix)
    by_place: dict[str, list[tuple[str, _Stats]]] = defaultdict(list)
    for prefix in chosen:
        by_place[_place(prefixes[prefix])[0]].append((prefix, prefixes[prefix]))
    return [
        _group_rule(outlet_id, "prefix", items, place, n, False, prose_examples)
        for place, items in by_place.items()
    ]


def _group_rule(
    outlet_id: str,
    kind: str,
    items: list[tuple[str, _Stats]],
    place: str,
    n: int,
    prose: bool,
    prose_examples: list[str],
) -> dict[str, Any]:
    """One rule for patterns found at one place: it reaches as far from the edge as the
    farthest of them stood."""
    within = max((w for _, s in items if (w := _place(s)[1]) is not None), default=None)
    return _rule(
        outlet_id,
        kind,
        [pattern for pattern, _ in items],
        place,
        within,
        [s for _, s in items],
        n,
        prose=prose,
        prose_examples=prose_examples,
    )


def _place_seen(stats: _Stats, pos: int, count: int, edge_share: float) -> None:
    """Record that a line (shape, prefix) stood at ``pos`` of ``count`` lines."""
    from_bottom = count - 1 - pos
    stats.head = max(stats.head, pos + 1)
    stats.tail = max(stats.tail, from_bottom + 1)
    stats.top_half &= pos < edge_share * count
    stats.bottom_half &= from_bottom < edge_share * count


_TOKEN = re.compile(r"\S+")
_PREFIX_END = (":", "|", "»", ">", "•")


def _prefixes(line: str, max_words: int) -> list[str]:
    """The openings of a line a prefix rule may match: a label or a path of up to
    ``max_words`` words that ends in a colon or a separator (``Posted in:``, ``Home >``),
    never the whole line and never with a digit (a prefix matches literally). Openings
    of plain words are not: on a sports site ``New York`` opens team names and headlines."""
    ends = [m.end() for m in _TOKEN.finditer(line)]
    found = []
    for end in ends[: min(max_words, len(ends) - 1)]:
        prefix = line[:end]
        if _DIGITS.search(prefix):
            break
        if prefix.endswith(_PREFIX_END) and LETTER_WORD.search(prefix):
            found.append(prefix)
    return found


def _place(stats: _Stats) -> tuple[str, int | None]:
    if stats.top_half and not stats.bottom_half:
        return "head", stats.head
    if stats.bottom_half and not stats.top_half:
        return "tail", stats.tail
    return "anywhere", None


def _rule(
    outlet_id: str,
    kind: str,
    patterns: list[str],
    place: str,
    within: int | None,
    stats: list[_Stats],
    n: int,
    *,
    prose: bool,
    prose_examples: list[str],
) -> dict[str, Any]:
    docs = min(s.docs for s in stats)
    where = {"head": "near the top", "tail": "near the bottom"}.get(place, "on the page")
    noun = "line opening" if kind == "prefix" else "line"
    what = noun if len(patterns) == 1 else f"{len(patterns)} {noun}s"
    # One sample of each pattern first, so a rule's examples show what each of them takes.
    rounds = itertools.zip_longest(*(s.samples for s in stats))
    samples = [x for row in rounds for x in row if x is not None][:MAX_SAMPLES]
    rule: dict[str, Any] = {
        "id": "",
        "match": {kind: patterns[0] if len(patterns) == 1 else patterns, "ignore_case": False},
        "action": "drop",
        "reason": f"site furniture: {what} recurring {where} on {docs} of {n} pages",
        "place": place,
    }
    if within is not None:
        rule["within"] = within
    matcher = re.compile(patterns[0]) if kind == "regex" else None
    keep = [
        p
        for p in prose_examples
        if p not in patterns
        and not (matcher is not None and matcher.search(p))
        and not (kind == "prefix" and p.startswith(tuple(patterns)))
    ][:1]
    rule["examples"] = {"drop": samples if kind != "exact" else patterns[:MAX_SAMPLES]}
    if keep:
        rule["examples"]["keep"] = keep
    rule["evidence"] = {"documents": docs, "of": n, "samples": samples}
    if prose:
        rule["review"] = True
    return rule


def _name_rules(outlet_id: str, rules: list[dict[str, Any]]) -> None:
    counts: Counter[str] = Counter()
    for rule in rules:
        kind = {"regex": "shape", "prefix": "openings"}.get(next(iter(rule["match"])), "lines")
        if rule["action"] == "article_end":
            kind = "end"
        base = f"{outlet_id}.learned-{rule['place']}-{kind}"
        counts[base] += 1
        rule["id"] = base if counts[base] == 1 else f"{base}-{counts[base]}"


def _signatures(exact: dict[str, _Stats], n: int) -> list[str]:
    """Up to three lines of at least three words that recur most and that no generic
    heuristic would take (a "Share this article" is not a signature of any site)."""
    found: list[str] = []
    for line, stats in sorted(exact.items(), key=lambda kv: (-kv[1].docs, -len(kv[0]))):
        if stats.docs < max(3, n // 2) or len(found) >= 3:
            break
        if len(line.split()) >= 3 and stats.prose * 2 <= stats.docs and not _is_generic(line):
            found.append(line)
    return found


def document_text_and_url(
    record: dict[str, Any] | None,
    text: str | None,
    config: CleanConfig,
    *,
    html: bool | None = None,
) -> tuple[str, str | None]:
    """The text and URL of a read item (a record's by the same fields cleaning reads); a web
    page comes as its text rendering (``extract.page_text``), whose lines rules match."""
    url = None
    if record is not None:
        fields = read_record(record, config)
        text, url, html = fields.text, fields.url, fields.html
    text = text or ""
    if is_page(text, html, config):
        text = page_text(text, max_bytes=config.max_html_bytes)
    return text, url


def learn_corpus(
    documents: Sequence[tuple[str, str | None]],
    known: RuleSet,
    *,
    options: LearnOptions | None = None,
) -> tuple[RuleSet, dict[str, int]]:
    """Learn rules on the fly for every site of a corpus that has no rule file.

    ``documents`` are (text, url) pairs; they are grouped by the URL's host (``www.``
    dropped). A host with at least ``min_docs`` documents and no outlet in ``known`` gets
    learned rules (outlet id ``learned-<host>``). Returns the rules to clean with and, per
    learned host, how many documents it was learned from.
    """
    opts = options or LearnOptions()
    by_host: dict[str, list[str]] = defaultdict(list)
    for text, url in documents:
        host = host_of(url) if url else None
        if host:
            by_host[host.removeprefix("www.")].append(text)
    learned: list[OutletRules] = []
    counts: dict[str, int] = {}
    for host, texts in sorted(by_host.items()):
        if len(texts) < opts.min_docs or known.for_host(host) is not None:
            continue
        outlet_id = "learned-" + re.sub(r"[^a-z0-9]+", "-", host.lower()).strip("-")
        result = learn_rules(texts, outlet_id=outlet_id, domains=[host], options=opts, source=host)
        learned.append(result.outlet)
        counts[host] = len(texts)
    return RuleSet([*known, *learned]), counts
