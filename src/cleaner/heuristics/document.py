"""Document-scope heuristics: the headline, smoothing between neighbours, copies of a passage."""

from __future__ import annotations

import re
import sys
from collections.abc import Sequence
from types import MappingProxyType

from ..model import Decision, Field, Label, Segment
from ..ruleset import match_key
from ..textstats import (
    LETTER_WORD,
    LIST_ITEM,
    TITLE_SMALL_WORDS,
    ends_sentence,
    has_sentence,
    is_date_line,
    is_glued_list,
    is_headline_like,
    is_item_list,
    is_prose,
    words,
)
from .base import Context, Heuristic
from .bylines import is_dated_byline, is_dateline
from .interface import is_furniture

# Lines shaped like a headline that are not one: bylines, labelled fields, quote attributions,
# a blog's pager.
_NOT_A_HEADLINE = re.compile(
    r"^(?:posted on )?by\s+\S"
    r"|^(?:headline|posted|published|updated|date|source|filed(?: under)?|category|tags?|"
    r"print date|view \w+|news code)\s*:"
    r"|^[\"'“‘].*[,?!][\"'”’]\s+\S+(?:\s+\S+)?\s+(?:said|says|asks|asked)$"
    # a blog's pager: "« Previous post title | Main | Next post title »"
    r"|^[«‹]\s|\s[»›]$|\|\s*main\s*(?:\||$)",
    re.IGNORECASE,
)


# The small words a headline of many words has one of, in any case (a menu's names none).
_HEADLINE_SMALL_WORDS = TITLE_SMALL_WORDS | {"are", "is", "was"}
_NAME = re.compile(r"[^\W\d_][\w'’.-]*|\d[\w,.]*")
_SENTENCE_PUNCTUATION = re.compile(r"[,:;!?\"“”'’()]|\.(?:\s|$)")


def is_menu_line(text: str, *, min_words: int = 14) -> bool:
    """A site's sections saved as one line, shorter than ``is_glued_list`` needs: at least
    ``min_words`` names, each capitalised, with no small word and no punctuation of a
    sentence between them (``Main Navigation News Business Sport Technology ...``). A long
    headline in title case has an ``of``, a ``the`` or a comma somewhere.

    >>> is_menu_line("News Sport Business Technology Science Health Travel Culture Books Music"
    ...     " Film Television Weather Opinion Obituaries")
    True
    >>> is_menu_line("Ministers Agree New Rules On Fishing Quotas For The North Sea After"
    ...     " Talks Run Through The Night")
    False
    """
    if _SENTENCE_PUNCTUATION.search(text):
        return False
    names = _NAME.findall(text)
    return (
        len(names) >= min_words
        and all(name[0].isupper() or name[0].isdigit() for name in names)
        and not any(name.lower() in _HEADLINE_SMALL_WORDS for name in names)
    )


def _in_list(seg: Segment, ctx: Context) -> bool:
    """Whether a line is an item of a numbered or bulleted list (``3. Dairy weakens bones``
    between ``2. ...`` and ``4. ...``): one such line alone may be a headline (``1. FC Köln
    wins the derby``), a line in a run of them is not."""
    return bool(LIST_ITEM.match(seg.text)) and any(
        line is not None and LIST_ITEM.match(line.text) is not None
        for line in (ctx.previous(seg), ctx.next(seg))
    )


def _same_title(line: str, known: str) -> bool:
    """Whether a line is the known headline (a site suffix or a kicker may differ)."""
    a, b = match_key(line, ignore_case=True), match_key(known, ignore_case=True)
    if a == b:
        return True
    shorter, longer = sorted((a, b), key=len)
    return len(shorter) >= 0.6 * len(longer) and shorter in longer


HEAD_LINES = 10
"""How far above the article zone a headline may stand: ``generic.title`` looks as far, and
``generic.outside-zone`` looks as far for another line that spells the URL's slug."""


class Title(Heuristic):
    """The headline: the longest headline-shaped line above the first paragraph of prose.

    Looks only at the first ``search_lines`` lines that no rule has decided, and only
    when prose follows (a list of short lines has no headline). A short post whose lines
    end without a full stop has no line that reads as prose alone: there the article zone's
    first line of running text stands in for it, and only a line at most ``near_zone``
    lines above that one can be the headline. Taglines and kickers above a
    headline are shorter than it, so the longest wins; ties go to the earliest. Bylines (also
    after a date), dates with their particulars (``May 3, 2012 | 5 Comments``), labelled fields
    (``Posted: ...``), quote attributions, menus saved as one line and lines without a word
    of letters (a web archive's row of years, ``2004 2005 2006``; a
    gallery's ``16/18``) and the items of a numbered or bulleted list are never the headline.
    When the input carries its own headline (a record's ``title`` field), only a line that
    matches it is taken, so a body saved without its headline keeps its first line. A line
    that spells the URL's slug is taken before any other; when none in the window does, one
    up to ``slug_reach`` lines into the article zone may (a zone that starts at a sidebar's
    text has its headline further down). Either is certain enough to start the article
    (``ctx.headline``, see ``generic.outside-zone``).
    Kept in the body: subheadings below the first paragraph (``Turkey ‘concerned’``).
    """

    ID = "generic.title"
    SCOPE = "document"
    DEFAULTS = MappingProxyType(
        {
            "search_lines": HEAD_LINES,
            "max_words": 25,
            "min_words": 2,
            "near_zone": 2,
            "slug_reach": 40,
        }
    )

    def apply(self, ctx: Context) -> None:
        if any(s.decision and s.decision.field is Field.TITLE for s in ctx.lines):
            return  # a site rule already found it
        # Search from a little above the article zone (the headline sits right above its
        # running text), or from the top when there is no zone.
        first = max(ctx.zone[0] - self.options["search_lines"], 0) if ctx.zone else 0
        window = [s for s in ctx.lines[first:] if not s.decided][: self.options["search_lines"]]
        if ctx.known_title is not None:
            known = ctx.known_title
            match = next((s for s in window if _same_title(s.text, known)), None)
            if match is not None:
                ctx.headline = match
                match.decision = Decision(
                    Label.META,
                    self.ID,
                    "headline: the line that matches the record's title",
                    Field.TITLE,
                )
            return
        spelled = self.spelled(window, ctx)
        if spelled is None and ctx.zone is not None:
            # A zone that starts at a sidebar's text has its headline further down.
            start, end = ctx.zone
            reach = ctx.lines[first : min(start + self.options["slug_reach"], end) + 1]
            spelled = self.spelled([s for s in reach if not s.decided], ctx)
        if spelled is not None:
            ctx.headline = spelled
            spelled.decision = Decision(
                Label.META, self.ID, "headline: the line the URL's slug spells", Field.TITLE
            )
            return
        candidates: list[Segment] = []
        paragraph = self.zone_paragraph(ctx)
        for i, seg in enumerate(window):
            if is_prose(seg.text):
                break
            if seg is paragraph:
                # Without prose to vouch for it, only a line right above the paragraph.
                near = {id(s) for s in window[max(i - self.options["near_zone"], 0) : i]}
                candidates = [c for c in candidates if id(c) in near]
                break
            if (
                is_headline_like(seg.text, max_words=self.options["max_words"])
                and ctx.word_count(seg) >= self.options["min_words"]
                and LETTER_WORD.search(seg.text)
                and not is_date_line(seg.text)
                and not is_dateline(seg.text)
                and not is_dated_byline(seg.text)
                and not is_item_list(seg.text)
                and not is_glued_list(seg.text)
                and not is_menu_line(seg.text)
                and not _NOT_A_HEADLINE.search(seg.text)
                and not _in_list(seg, ctx)
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

    @staticmethod
    def spelled(lines: Sequence[Segment], ctx: Context) -> Segment | None:
        """The line that spells the URL's slug most fully (a teaser's cut copy of the
        headline above it leaves out the slug's last words), then with the fewest other words
        (a breadcrumb or a date glued to the headline), then the first."""
        found = [
            (misses, len(ctx.tokens(seg)), i, seg)
            for i, seg in enumerate(lines)
            if (misses := ctx.slug_misses(seg)) is not None
        ]
        return min(found, key=lambda t: t[:3])[3] if found else None

    @staticmethod
    def zone_paragraph(ctx: Context) -> Segment | None:
        """The article zone's first line of running text, when it has sentences and the
        stopword share of prose however long it is: the article's first paragraph, even when
        it is too short or ends too oddly to read as prose alone (a run of menu names is not)."""
        if ctx.zone is None:
            return None
        start, end = ctx.zone
        first = next((s for s in ctx.lines[start : end + 1] if ctx.is_running_text(s)), None)
        if (
            first is None
            or not has_sentence(first.text)
            or not ctx.is_running_text(first, long_words=sys.maxsize)
        ):
            return None
        return first


class Smoothing(Heuristic):
    """A short non-prose line between two dropped lines (``is_furniture``) is dropped with them.

    Boilerplate comes in runs (a footer's links, a share bar's labels); a stray label inside
    such a run is part of it. Needs debris on both sides, so a subheading between paragraphs
    is never touched; nor is one between two lone markers that paragraphs of running text
    flank (``Advertisement`` / ``What happens next`` / ``Advertisement`` inside an article).
    At most ``max_words`` words.
    """

    ID = "generic.smoothing"
    SCOPE = "document"
    DEFAULTS = MappingProxyType({"max_words": 6})

    def apply(self, ctx: Context) -> None:
        for seg in ctx.lines:
            if seg.decided or is_prose(seg.text) or ctx.word_count(seg) > self.options["max_words"]:
                continue
            before, after = ctx.previous(seg), ctx.next(seg)
            if (
                before is not None
                and after is not None
                and is_furniture(before)
                and is_furniture(after)
                and not self._among_paragraphs(before, after, ctx)
            ):
                seg.decision = Decision(
                    Label.DROP,
                    self.ID,
                    f"short line between debris ({before.rule or '?'} above,"
                    f" {after.rule or '?'} below)",
                )

    @staticmethod
    def _among_paragraphs(before: Segment, after: Segment, ctx: Context) -> bool:
        """Whether the debris on each side is one line, with running text the body keeps
        beyond it: markers inside the article, not a run of boilerplate."""
        outer = ctx.previous(before), ctx.next(after)
        return all(
            line is not None and not line.decided and ctx.is_running_text(line) for line in outer
        )


class PassageCopies(Heuristic):
    """A copy of a passage of the article: ``min_lines`` paragraphs or more that repeat, word
    for word and in order, paragraphs the body keeps above them, or a paragraph (or more)
    right below its original, with nothing the body keeps between them.

    Syndicated and archived pages often hold the article twice (a print version under the
    screen one, a preview box over the full text); the body keeps the first copy, and the
    removal record names the line each dropped paragraph copies. Each paragraph of the copy
    reads as running text in the document's language and ends a sentence, none is a list's
    item, and a copy that does not follow its original has ``min_words`` words or more: a
    meal plan's or a results table's repeated rows, a refrain of one line and a pull quote
    stay. Lines other rules took out do not count, neither as copies nor between them.
    """

    ID = "generic.passage-copy"
    SCOPE = "document"
    DEFAULTS = MappingProxyType({"min_lines": 2, "min_words": 50})

    def apply(self, ctx: Context) -> None:
        if ctx.language.name is None:
            return  # running text cannot be told from a table's rows by their stopwords
        body = [seg for seg in ctx.lines if not seg.decided]
        first: dict[str, int] = {}
        for i, seg in enumerate(body):
            first.setdefault(seg.text, i)
        i = 0
        while i < len(body):
            source = first[body[i].text]
            n = self._copied(body, i, source, ctx)
            if n:
                for offset in range(n):
                    copy, original = body[i + offset], body[source + offset]
                    copy.decision = Decision(
                        Label.DROP, self.ID, f"a copy of the paragraph on line {original.lineno}"
                    )
                i += n
            else:
                i += 1

    def _copied(self, body: list[Segment], at: int, source: int, ctx: Context) -> int:
        """How many paragraphs from ``body[at]`` on repeat those from ``body[source]`` on, if
        they make a copy of a passage; else 0."""
        n = words = 0
        while (
            source + n < at
            and at + n < len(body)
            and body[at + n].text == body[source + n].text
            and ctx.is_running_text(body[at + n])
            and ends_sentence(body[at + n].text)
            and not LIST_ITEM.match(body[at + n].text)
        ):
            words += len(ctx.tokens(body[at + n]))
            n += 1
        if source + n == at:
            return n  # right below the original: a paragraph the page holds twice in a row
        return n if n >= self.options["min_lines"] and words >= self.options["min_words"] else 0
