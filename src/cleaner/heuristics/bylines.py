"""Bylines and datelines near the top of the article, taken into metadata."""

from __future__ import annotations

import re
from types import MappingProxyType

from ..model import Decision, Field, Label, Segment
from ..textstats import is_date_line, words
from .base import Context, Heuristic
from .interface import CommentStamps

_NAME = r"(?-i:[A-ZÀ-ÖØ-Þ][\w.'’-]*)"
_NOT_NAMES = (
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|"
    r"may|june|july|august|september|october|november|december|then|now|the|this|that|far|all|"
    r"contrast|comparison|law|default|design|definition|chance|night|day|noon|midnight|dawn)\b"
)
BYLINE = re.compile(
    rf"^[-–—\s]*(?:(?:written|posted|reported|published|story|text|words|photos?|edited)\s+)?"
    rf"(?:by|von|par|por|door|di|av|af)\s*:?\s+(?!{_NOT_NAMES}){_NAME}(?:\s+{_NAME}){{0,3}}"
    r"(?:\s*(?:,|\band\b|&|\||\bin\b|\bfor\b|[-–—]|/|\bet\b|\bund\b|\by\b|\bpublished\b|"
    r"\bupdated\b|\bposted\b|\bon\b)\s*.{0,80})?$",
    re.IGNORECASE,
)
_DATE_LABEL = re.compile(
    r"^(?:published|updated|posted|last (?:updated|modified)|first published|date|"
    r"veröffentlicht(?: am)?|aktualisiert(?: am)?|stand|publié le|mis à jour le|publicado|"
    r"actualizado)\b\s*:?\s*",
    re.IGNORECASE,
)


# "Posted on by jdoe": a blog's byline whose date a script was to write in, with the author's
# user name, capitalised or not.
_UNDATED_POST = re.compile(r"^posted on by @?[\w.-]+$", re.IGNORECASE)


def is_byline(text: str) -> bool:
    return (
        len(words(text)) <= 20
        and not text.endswith(("?", "!"))
        and (bool(BYLINE.match(text)) or bool(_UNDATED_POST.match(text)))
    )


_CONTRIBUTED = r"\bcontributed\s+(?:to\s+)?(?:this|the)\s+(?:report|story|article)\b"
_CREDIT = re.compile(
    rf"\b(?:reporting|writing|editing|research|compiled|written)\s+by\b|{_CONTRIBUTED}",
    re.IGNORECASE,
)
_SIGN_OFF = re.compile(rf"^[-–—~]+\s*{_NAME}(?:\s+{_NAME}){{1,3}}$")
_REACH_AUTHOR = re.compile(
    rf"^(?:you can\s+)?follow\s+(?!us\b){_NAME}(?:\s+{_NAME}){{0,2}}"
    r"\s+on\s+twitter\s*:?\s*@\w+\.?$"
    rf"|^(?:write to|contact|e-?mail)\s+{_NAME}(?:\s+{_NAME}){{0,3}}"
    rf"(?:\s+and\s+{_NAME}(?:\s+{_NAME}){{0,3}})?\s+at\s+\S+@\S+?\.?$",
    re.IGNORECASE,
)
_END_CREDIT = re.compile(
    r"^\(\s*(?:additional |further )?(?:reporting|writing|editing|compiled)\s+by\b.*\)\.?$"
    rf"|{_CONTRIBUTED}[.)]*$",
    re.IGNORECASE,
)


def is_sign_off(text: str) -> bool:
    """The line that closes an article: a reporting credit or a signature.

    ``With additional reporting by Terry Schermerhorn``, ``(Reporting by Tim Large; Editing
    by Eric Walsh)``, ``Associated Press writers Jae-soon Chang and Kelly Olsen contributed
    to this report.``, ``– Marcas Grant``, ``Posted by Obi Felten, Director of Marketing``,
    and where to reach the author: ``Follow Marcas on Twitter @MarcasG`` (not ``Follow
    us``), ``Write to Sven Grundberg at sven.grundberg@example.com``.
    """
    if len(words(text)) > 60:
        return False
    return bool(
        _CREDIT.search(text) or _SIGN_OFF.match(text) or _REACH_AUTHOR.match(text)
    ) or is_byline(text)


def is_end_credit(text: str) -> bool:
    """A credit that only closes an article, never opens it: ``(Reporting by Tim Large;
    Editing by Eric Walsh)``, ``AP writer Nedra Pickler contributed to this report.``
    Not ``Written by John Biggs`` (a byline, as often above the article as below it)."""
    return len(words(text)) <= 60 and bool(_END_CREDIT.search(text))


# The particulars a site sets beside an article's date: parts between pipes or bullets, or
# after a dash.
_BETWEEN_BARS = re.compile(r"\s*(?:\|\|?|[•·])\s*")
_AFTER_DASH = re.compile(r"\s+[—–-]\s+")
_FIELD = re.compile(
    r"^(?:category|categories|section|filed (?:under|in)|posted in|tags?|author|by)\s*:\s*"
    r"\S.{0,80}$",
    re.IGNORECASE,
)
_COUNT_OR_TIME = re.compile(
    r"^(?:\d+|no)\s+comments?$|^\d{1,3} min(?:ute)?s? read$"
    r"|^\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?)?(?:\s+[a-z]{2,4})?$",  # the time: "• 6:26am"
    re.IGNORECASE,
)
_SOURCE = re.compile(rf"^{_NAME}(?:\s+{_NAME}){{0,3}}$")
_FOLLOW = re.compile(r"\s+follow @\w+$", re.IGNORECASE)
# "October 29, 2012 at 10:40 am by Jane Roe 1 Comment", "Posted on May 3, 2012 by Jane Roe in
# News": a date, then who wrote the article, with its section and comment count.
_DATE_THEN_BYLINE = re.compile(
    r"^(?P<date>.+?)[,:]?\s+(?:/\s+)?(?P<by>(?:posted |written )?by\s+\S.*?)"
    r"(?:\s+in\s+[^.!?]{1,60})?(?:\s+(?:[·•|]\s*)?(?:\d+|no)\s+comments?)?$",
    re.IGNORECASE,
)


def is_dated_byline(text: str) -> bool:
    """A date, then the article's byline: ``October 29, 2012 at 10:40 am by Jane Roe 1
    Comment``, ``Posted on May 3, 2012 by Jane Roe in News``, ``12/28/2005 3:13:17 PM, by
    Jane Roe``.

    >>> is_dated_byline("May 3, 2012 by Jane Roe · 2 Comments")
    True
    >>> is_dated_byline("By May 3, 2012 the bridge was closed by the council.")
    False
    """
    found = _DATE_THEN_BYLINE.match(text.strip())
    return (
        found is not None
        and len(words(text)) <= 25
        and _is_date(found.group("date"))
        and is_byline(found.group("by").rstrip("."))
    )


def _is_date(part: str) -> bool:
    return is_date_line(_DATE_LABEL.sub("", part) or "x")


def is_dateline(text: str) -> bool:
    """A date, or labelled dates (``Published: Jan 10 2008 | Last updated: Jan 10 2008``), with
    the particulars a site sets beside it: its author, section, tags, comment count or reading
    time (``Date:November 6, 2012 | Category:Homes | Author:Jane Roe``, ``Oct 15, 2015 · 18
    min read``, ``November 8, 2012 10:22 pm — By Jane Roe``), between pipes or bullets also
    a name or a source alone (``Jane Roe • 05 November 2012``, ``Example News | May 3,
    2012``), and a link to follow its author (``... PDT Follow @janeroe``). A title and its
    date after a dash (``August 24 – Neptune At Opposition``) is no dateline.

    >>> [is_dateline(t) for t in ("May 3, 2012 | 5 Comments", "Jane Roe • 05 November 2012")]
    [True, True]
    >>> [is_dateline(t) for t in ("Jane Roe - 05 November 2012", "Harbour Lights - May 3, 2012")]
    [False, False]
    """
    text = _FOLLOW.sub("", text.strip())
    if _is_date(text):
        return True
    dated = False
    for chunk in _BETWEEN_BARS.split(text):
        if not chunk:
            continue
        if _is_date(chunk):
            dated = True
            continue
        pieces = _AFTER_DASH.split(chunk)
        for piece in pieces:
            if _is_date(piece):
                dated = True
            elif not (
                is_byline(piece)
                or _FIELD.match(piece)
                or _COUNT_OR_TIME.match(piece)
                or (len(pieces) == 1 and _SOURCE.match(piece))
            ):
                return False
    return dated


class Bylines(Heuristic):
    """Bylines and publication dates around the start of the article, into ``byline`` and
    ``date``.

    Looks from ``around`` lines above the article zone's start to ``around`` lines below its
    first line of running text (or the top, with no zone); a long headline can start the
    zone, with the author's name and the date between it and the first paragraph. Taken:
    ``By SVEN GRUNDBERG``, ``Written By: Jason Shafrin``, ``Von Anna Schmidt, Berlin``,
    ``October 29, 2012, 9:04 a.m. ET``, ``Published: January 10 2008 02:00``. Kept: ``By
    Tuesday, the rebels had taken the city.`` (a sentence) and dates further down, which
    belong to the article (a timeline, a list): below the first line of running text, a bare
    date is taken only beside a byline or another taken date, so ``June 2015`` heading a part
    of a timeline stays on every cleaning.
    The page's first line in the shape of a reader comment's stamp, near that start, is the
    article's own byline or date (``_own_stamp``).
    """

    ID = "generic.byline"
    SCOPE = "document"
    DEFAULTS = MappingProxyType({"around": 6})

    def apply(self, ctx: Context) -> None:
        # The article zone's start (with no zone, on an extracted article or a short text,
        # the top), and its first line of running text: the headline, a deck and the byline
        # may stand between them.
        start = ctx.zone[0] if ctx.zone else None
        text_start = start
        if ctx.zone is not None:
            text_start = next(
                (
                    pos
                    for pos in range(ctx.zone[0], ctx.zone[1] + 1)
                    if not ctx.lines[pos].decided and ctx.is_running_text(ctx.lines[pos])
                ),
                start,
            )
        around = self.options["around"]
        lines = ctx.lines
        last = min((text_start or 0) + around, len(lines))
        for pos in range(max((start or 0) - around, 0), last):
            seg = lines[pos]
            if seg.decided:
                continue
            if is_byline(seg.text) or is_dated_byline(seg.text):
                seg.decision = Decision(
                    Label.META, self.ID, "byline near the start of the article", Field.BYLINE
                )
            elif is_dateline(seg.text) and (
                text_start is None
                or pos <= text_start
                or _DATE_LABEL.match(seg.text)
                or any(
                    n is not None and self._byline_or_date(n)
                    for n in (ctx.previous(seg), ctx.next(seg))
                )
            ):
                # Below the first running text, a bare date is the article's only beside its
                # byline; alone it heads a part of the article (a timeline's "June 2015").
                seg.decision = Decision(
                    Label.META, self.ID, "date near the start of the article", Field.DATE
                )
        self._own_stamp(ctx, start, last)

    def _own_stamp(self, ctx: Context, start: int | None, last: int) -> None:
        """The article's own time stamp, which reads like a reader comment's (``by Jane Roe -
        Nov 9, 2012 5:30 pm UTC``, ``October 29, 2012, 6:00 am``): the page's first stamp,
        within ``around`` lines of the start of the article's running text (or of the top
        of a text with no zone), in the same reach of it as a byline, and not below the
        article zone. It is the article's byline or date, not a comment's."""
        lines = ctx.lines
        first = next((i for i, s in enumerate(lines) if s.rule == CommentStamps.ID), None)
        if first is None:
            return
        if not (start or 0) - self.options["around"] <= first < last:
            return
        if ctx.zone is not None and first > ctx.zone[1]:
            return  # below a short article: the first reader comment's
        seg = lines[first]
        # The byline, unless the page has one: then the stamp is the article's date; so is a
        # stamp that is a date and its particulars, naming no author.
        bylined = any(line.decision and line.decision.field is Field.BYLINE for line in lines)
        if bylined or (is_dateline(seg.text) and not is_byline(seg.text)):
            seg.decision = Decision(Label.META, self.ID, "the article's own time stamp", Field.DATE)
        else:
            seg.decision = Decision(
                Label.META, self.ID, "the article's own author and time stamp", Field.BYLINE
            )

    def _byline_or_date(self, seg: Segment) -> bool:
        decision = seg.decision
        if decision is not None:
            return decision.rule == self.ID
        return is_byline(seg.text)


_WORK = r"(?:article|story|post|blog post|piece|column|essay|interview|op-?ed|commentary)"
_REPUBLISHED = re.compile(
    # "This article was originally published on ...", "This column first ran on ...", "This
    # post was written by ... and originally published at ...", "This article has been
    # contributed by ...": the page speaks of itself ("the article first appeared in The
    # Lancet" may be the article's own sentence about another one).
    # Published or posted only "originally" or "first": "This article was published in 2019
    # and found ..." is a sentence about it.
    rf"^(?:this {_WORK}(?: \([^)]{{1,120}}\))?(?: was| has been| had been)?"
    r"(?: (?:originally|first) (?:published|posted|appeared|ran)| (?:appeared|ran|written|"
    r"contributed|reprinted|republished|reposted|syndicated))\b"
    rf"|(?:a|an earlier) version of this {_WORK} (?:was |has been )?(?:first |originally )?"
    r"(?:published|appeared|ran|posted)\b"
    # "Originally published at example.org": where, not when ("Originally published in
    # 1851, the novel ...") nor by whom (a forum's "Originally posted by jdoe" over a quote).
    r"|originally (?:published|posted|appeared) (?:on|at|in) (?!\d)"
    r"(?!.*,\s+(?:the|a|an|it|he|she|they|this|its|his|her)\s)"
    r"|(?:republished|reprinted|reposted|shared) (?:here )?(?:with|by) (?:the )?"
    r"(?:kind |express )?permission\b"
    r"|(?:republished|reprinted|reposted|syndicated) from\b"
    r"|read the original (?:article|story|post)\b"
    # "Delivered by Example Daily", "Contributed by Jane Roe of www.example.com."
    r"|(?:delivered|contributed) by (?:the )?(?!by\b)(?-i:[A-Z][\w.'’-]*)"
    r"(?: (?!by\b)(?-i:[A-Z&][\w.'’-]*)){0,5}(?: of (?:www\.)?\S+)?\.?$"
    r")",
    re.IGNORECASE,
)

# "Source: https://example.org/2018/01/the-story/": the address an aggregator took it from.
_SOURCE_LINK = re.compile(
    r"^(?:source|via|quelle|fuente|originally at)\s*:?\s*(?:https?://|www\.)\S+$", re.IGNORECASE
)


class Republished(Heuristic):
    """A republication credit: where the article first appeared, or who supplied it.

    Dropped: ``This article was originally published on Example Review. Read the original
    article.``, ``This post originally appeared at Example Notes.``, ``This column first ran
    on Example Daily.``, ``This article has been contributed by Example Plan. Visit
    www.example.com for more.``, ``Originally published at blog.example.org``, ``Reprinted
    with permission from Example Quarterly, issue 56``, ``Delivered by Example Daily``, and
    the address an aggregator took the article from (``Source: https://example.org/...``). Such
    lines repeat a source's name in every article it syndicates, which teaches a classifier
    the source instead of the story. Kept: ``The article first appeared in The Lancet in 1998
    and was later retracted.`` (an article's sentence about another one), ``Originally
    published in 1851, the novel sold poorly.``, ``Originally posted by jdoe`` (a forum's
    quotation), and lines of more than ``max_words`` words.
    """

    ID = "generic.republished"
    TEXT_ONLY = True
    DEFAULTS = MappingProxyType({"max_words": 45})
    DROP_EXAMPLES = (
        "This article was originally published on Example Review. Read the original article.",
        "This post originally appeared at Example Notes.",
        "This column first ran on Example Daily.",
        "This article was written by Jane Roe and originally published at Example Prism.",
        "This article has been contributed by Example Plan. Visit www.example.com for more.",
        "This story (Bridges of the North) was first published by Example Weekly.",
        "A version of this article was first published in June 2016.",
        "Originally published at blog.example.org",
        "Reprinted with permission from Example Quarterly, issue 56, September 1998",
        "Republished with permission from Example Times.",
        "Delivered by Example Daily",
        "Contributed by Jane Roe of www.example.com.",
        "Source: http://www.example.org/2018/01/17/the-new-cold-war/",
    )
    KEEP_EXAMPLES = (
        "The article first appeared in The Lancet in 1998 and was later retracted.",
        "Originally published in 1851, the novel sold poorly.",
        "Originally published by a small press, it sold only 500 copies.",
        "Originally posted by jdoe",
        "Originally posted 12:31 PM ET 11.12 by jdoe",
        "Delivered By Tested By Market Data By",
        "This article's author was originally published in a student paper.",
        "Reporters said the report was first published by a local station.",
        "This report, published by the agency on Tuesday, found that rents rose 4%.",
        "This article was published in 2019 and cited by the court.",
        "Contributed by members of the choir, the fund reached its goal in May.",
        "Delivered by the end of the month.",
        "Source: the council's own figures, published at www.example.gov in May.",
    )

    def check(self, seg: Segment, ctx: Context) -> Decision | None:
        if ctx.word_count(seg) > self.options["max_words"]:
            return None
        if _REPUBLISHED.match(seg.text):
            return Decision(
                Label.DROP, self.ID, "a republication credit: where the article first appeared"
            )
        if _SOURCE_LINK.match(seg.text):
            return Decision(Label.DROP, self.ID, "the address the article was taken from")
        return None
