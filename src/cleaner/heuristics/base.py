"""What a generic heuristic is: an id, a scope, options with defaults, examples, and a check.

Line heuristics look at one undecided line (with its neighbours and its place in the document)
and return a ``Decision`` or ``None``. Document heuristics look at the whole labelled document
once the line heuristics are done (choosing the title, smoothing between neighbours).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import chain
from types import MappingProxyType
from typing import Any, ClassVar, Literal, TypeVar

from ..errors import ConfigError
from ..language import Language, detect_language, word_tokens
from ..model import Decision, Segment
from ..outlets import slug_misses
from ..textstats import ANNOUNCES_LIST, ends_sentence, is_glued_list, words


@dataclass
class Context:
    """A document's segments with positions among its non-blank lines."""

    segments: Sequence[Segment]
    head_lines: int
    tail_lines: int
    known_title: str | None = None
    """The document's headline when the input carries it (a record's ``title`` field)."""
    slug: tuple[str, ...] = ()
    """The words of the document URL's slug (``outlets.slug_words``), if it has one."""
    lines: list[Segment] = field(init=False)
    zone: tuple[int, int] | None = field(init=False, default=None)
    """The article's first and last line, as positions in ``lines`` (set by the zone finder)."""
    teasers: frozenset[int] = field(init=False, default=frozenset())
    """Positions in ``lines`` of running text that the zone finder read as a list of
    teasers' headlines: no article text for the zone nor for its guard."""
    policy: frozenset[int] = field(init=False, default=frozenset())
    """Positions in ``lines`` of running text that the zone finder read as the site's terms
    or privacy policy: no article text for the zone nor for its guard."""
    zone_used: bool = field(init=False, default=False)
    """Whether the lines outside ``zone`` were dropped (``generic.outside-zone``; not when
    its guard kept them)."""
    headline: Segment | None = field(init=False, default=None)
    """The headline when it is certain: the line the URL's slug spells or the one matching
    the record's title (set by ``generic.title``). The article starts there."""
    article_end: Segment | None = field(init=False, default=None)
    """The first line a site rule marked as where the article ends (``article_end``)."""
    warnings: list[str] = field(init=False, default_factory=list)
    """Notes for the result's ``warnings`` (a guard that fired, a fallback taken)."""
    _position: dict[int, int] = field(init=False)
    _tokens: dict[int, list[str]] = field(init=False)
    _word_counts: dict[int, int] = field(init=False)
    _densities: dict[int, float] = field(init=False)
    _running: dict[tuple[int, int, float, int], bool] = field(init=False)
    _language: Language | None = field(init=False, default=None)

    def __post_init__(self) -> None:
        self.lines = [s for s in self.segments if not s.is_blank]
        self._position = {s.index: i for i, s in enumerate(self.lines)}
        self._tokens = {}
        self._word_counts = {}
        self._densities = {}
        self._running = {}

    def tokens(self, seg: Segment) -> list[str]:
        """Lower-cased word tokens of a line (computed once)."""
        found = self._tokens.get(seg.index)
        if found is None:
            found = self._tokens[seg.index] = word_tokens(seg.text)
        return found

    def word_count(self, seg: Segment) -> int:
        """Words of a line as ``textstats.words`` counts them (computed once)."""
        found = self._word_counts.get(seg.index)
        if found is None:
            found = self._word_counts[seg.index] = len(words(seg.text))
        return found

    @property
    def language(self) -> Language:
        """The document's language, from the stopwords of all its lines."""
        if self._language is None:
            self._language = detect_language(chain.from_iterable(map(self.tokens, self.lines)))
        return self._language

    def density(self, seg: Segment) -> float:
        """Share of a line's words that are stopwords of the document's language (computed
        once)."""
        found = self._densities.get(seg.index)
        if found is None:
            found = self._densities[seg.index] = self.language.density(self.tokens(seg))
        return found

    def is_running_text(
        self, seg: Segment, *, min_words: int = 10, min_density: float = 0.25, long_words: int = 30
    ) -> bool:
        """Whether a line reads as running text: at least ``min_words`` words with a stopword
        share of ``min_density`` in the document's language (``long_words`` words suffice at
        half that share); with no known language, a sentence ending stands in for stopwords.
        Names glued into one long line (a menu, a tag cloud: ``is_glued_list``) never are.
        Computed once per line and measure: most heuristics ask it.
        """
        key = (seg.index, min_words, min_density, long_words)
        found = self._running.get(key)
        if found is None:
            found = self._running[key] = self._reads_running(
                seg, min_words, min_density, long_words
            )
        return found

    def _reads_running(
        self, seg: Segment, min_words: int, min_density: float, long_words: int
    ) -> bool:
        n = len(self.tokens(seg))
        if n < min_words or is_glued_list(seg.text):
            return False
        if self.language.name is None:
            return ends_sentence(seg.text) or n >= long_words
        density = self.density(seg)
        if n >= long_words:
            return density >= min_density / 2
        return density >= min_density

    def announces_list(self, seg: Segment, *, label_words: int) -> bool:
        """Whether an undecided line announces a list below it: it ends with a colon or ``as
        follows`` and has more than ``label_words`` words (``You will need the following:``;
        ``Follow us:`` is a menu's label)."""
        return (
            not seg.decided
            and ANNOUNCES_LIST.search(seg.text) is not None
            and self.word_count(seg) > label_words
        )

    def spells_slug(self, seg: Segment) -> bool:
        """Whether a line is the headline the document URL's slug spells."""
        return self.slug_misses(seg) is not None

    def slug_misses(self, seg: Segment) -> int | None:
        """How many slug words the line leaves out when it spells the URL's slug, else None
        (``outlets.slug_misses``)."""
        return slug_misses(self.tokens(seg), self.slug) if self.slug else None

    def position(self, seg: Segment) -> int:
        """Index of ``seg`` among the non-blank lines."""
        return self._position[seg.index]

    def in_head(self, seg: Segment, within: int | None = None) -> bool:
        return self.position(seg) < (self.head_lines if within is None else within)

    def in_tail(self, seg: Segment, within: int | None = None) -> bool:
        n = self.tail_lines if within is None else within
        return self.position(seg) >= len(self.lines) - n

    def previous(self, seg: Segment) -> Segment | None:
        i = self.position(seg)
        return self.lines[i - 1] if i > 0 else None

    def next(self, seg: Segment) -> Segment | None:
        i = self.position(seg)
        return self.lines[i + 1] if i + 1 < len(self.lines) else None


MEMO_SIZE = 1 << 15
"""Texts whose decision a text-only line heuristic remembers (``Heuristic.decide``); when
full, the memo starts again, so memory stays flat over a corpus."""
_UNSEEN = object()


class Heuristic:
    """Base of every generic heuristic; subclasses set the class attributes and one method."""

    ID: ClassVar[str]
    SCOPE: ClassVar[Literal["line", "document"]] = "line"
    TEXT_ONLY: ClassVar[bool] = False
    """Line scope: whether ``check`` reads the line's text alone (with the options), never its
    place, its neighbours nor the rest of the document. The decision on a text then holds for
    every line with that text, in any document, and ``decide`` remembers it: the same menus
    and footers recur on a site's pages, and every line recurs in the passes over the clean
    text."""
    DEFAULTS: ClassVar[Mapping[str, Any]] = MappingProxyType({})
    # Lines the heuristic must take out of the body, and lines it must leave alone; each is
    # checked as a one-line document by the test suite and by ``cleaner rules test``.
    DROP_EXAMPLES: ClassVar[tuple[str, ...]] = ()
    KEEP_EXAMPLES: ClassVar[tuple[str, ...]] = ()

    def __init__(self, options: Mapping[str, Any] | None = None) -> None:
        options = dict(options or {})
        unknown = sorted(set(options) - set(self.DEFAULTS))
        if unknown:
            known = ", ".join(self.DEFAULTS) or "none"
            raise ConfigError(
                f'heuristic "{self.ID}": unknown option "{unknown[0]}" (options: {known})'
            )
        self.options: Mapping[str, Any] = MappingProxyType({**self.DEFAULTS, **options})
        self._memo: dict[str, Decision | None] = {}

    @classmethod
    def summary(cls) -> str:
        doc = (cls.__doc__ or "").strip()
        return doc.splitlines()[0] if doc else ""

    def check(self, seg: Segment, ctx: Context) -> Decision | None:
        """Line scope: decide one undecided line, or return ``None`` to leave it."""
        raise NotImplementedError

    def decide(self, seg: Segment, ctx: Context) -> Decision | None:
        """``check``, remembered by text for a ``TEXT_ONLY`` heuristic."""
        if not self.TEXT_ONLY:
            return self.check(seg, ctx)
        memo = self._memo
        decision = memo.get(seg.text, _UNSEEN)
        if decision is _UNSEEN:
            decision = self.check(seg, ctx)
            if len(memo) >= MEMO_SIZE:
                memo.clear()
            memo[seg.text] = decision
        return decision  # type: ignore[return-value]

    def apply(self, ctx: Context) -> None:
        """Document scope: set decisions on segments of ``ctx``."""
        raise NotImplementedError


_Line = TypeVar("_Line")


def runs(
    lines: Sequence[_Line], joins: Callable[[_Line, _Line], bool]
) -> Iterator[tuple[int, int]]:
    """The maximal runs ``lines[first..last]`` in which each line ``joins`` the one above it
    (every line is in exactly one run, alone if need be), top to bottom. ``lines`` may also
    hold what was measured of each line once, so no line is measured twice."""
    first = 0
    while first < len(lines):
        last = first
        while last + 1 < len(lines) and joins(lines[last], lines[last + 1]):
            last += 1
        yield first, last
        first = last + 1
