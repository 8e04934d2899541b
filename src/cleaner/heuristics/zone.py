"""The article zone: where the running text is, and what lies outside it.

A full-page dump is menus, then the article, then comments, sidebars and footers. Lines of
running text (long, with many stopwords of the document's language) score their word count;
every other line costs a small penalty. The article is the stretch of lines with the highest
total (the maximum-sum window), which bridges a subheading or an inline ad between paragraphs
but not a page of menus. A comment section inside that stretch ends it: a time stamp once
most of the stretch's text lies above it; a header ("6 Comments", "Leave a Reply") once a
third does, a header with a count once a few paragraphs do, and any header below the first
paragraphs when a commenter's stamp or a ``Reply`` button follows it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from itertools import pairwise
from types import MappingProxyType

from ..model import Decision, Label, Segment
from ..textstats import ANNOUNCES_LIST, LIST_ITEM, ends_sentence, is_date_line, moment, years
from .base import Context, Heuristic, runs
from .bylines import is_end_credit, is_sign_off
from .document import HEAD_LINES
from .interface import CommentInterface, CommentStamps, Interface, Subscription, is_commenter
from .prompts import Prompts
from .tags import PostFooter

_NUMBER_WORDS = r"one|two|three|four|five|six|seven|eight|nine|ten"
_NUMBER = rf"(?:\d+|no|{_NUMBER_WORDS})"
COMMENT_SECTION = re.compile(
    r"^[{(\[]?\s*(?:"
    rf"{_NUMBER}\s+(?:comments?|responses?|replies|reactions?)"
    r"(?:\s+(?:on|to)\s+.{1,120}|\s*:|(?:…|\.\.\.)?\s*read them below.{0,30}"
    r"|\s+so far(?:…|\.\.\.)?|\s+leave one|\s+(?:post|add|leave|write) a (?:comment|reply))?"
    r"|\d+ of \d+ comments? loaded\b.{0,40}|(?:post )?load all comments"
    r"|(?:\d+\s+)?thoughts? on .{1,120}"
    r"|(?:readers?'? |user |your )?comments?\s*(?:\(\d+\))?\s*:?"
    r"|have your say(?: on this (?:story|article|post))?"
    r"|(?:join the )?discussion|leave a (?:reply|comment|response)"
    r"|(?:(?:leave|post) a )?(?:reply|comment|response)\s+cancel reply"
    rf"|there (?:are|is) {_NUMBER} comments?\.?(?: add yours\.?)?(?: hide them\.?)?"
    r"|(?:post|add|write|submit) (?:a |your )?(?:comment|reply)s?"
    r"(?: (?:on|to) this (?:story|article|post))?\s*:?"
    r"(?:\s+\d+ comments?(?: and \d+ repl(?:y|ies))?)?"
    r"|be the first to (?:post a )?comment.{0,30}"
    r"|comments? (?:are|is|have (?:now )?been) closed"
    r"(?: (?:on|for) this (?:entry|post|article|story))?\.?"
    r"|what do you think\??"
    r"|kommentare?(?:\s*\(\d+\))?|commentaires?(?:\s*\(\d+\))?|comentarios?(?:\s*\(\d+\))?"
    # "leave a comment" in other languages
    r"|(?:(?:schreibe|schreiben sie|hinterlasse|hinterlassen sie) einen kommentar"
    r"|(?:laisser|laissez|ajouter) un commentaire"
    r"|(?:envi[aá]|deja|dej[aá]|escribe|escrib[ií]) (?:tu|un|su) comentario"
    r"|deixe (?:seu|um|o seu) comentário|lascia un commento|(?:dodaj|napisz) komentarz)\s*[:.!]?"
    r")\s*[})\]]?(?:\s*[»›→])?$",
    re.IGNORECASE,
)


class ArticleZone(Heuristic):
    """Find the article: the maximum-sum stretch of running-text lines (sets ``ctx.zone``).

    A line is running text when it has at least ``min_words`` words and a stopword share of
    at least ``min_density`` in the document's language (``long_words`` words suffice at half
    that share; with no known language, a sentence ending stands in for stopwords). Running
    text scores its word count, unless it speaks the language of the site's terms and
    privacy policy (``policy_share`` of its words: "our website", "personal data", "third
    parties"), which scores nothing, so a long policy below the article does not outweigh
    it; a long line that is not running text costs ``mid_penalty``;
    a short line costs ``short_penalty``; lines other rules took as metadata (a caption, the
    title) cost nothing. Running text that ends no sentence counts ``open_weight`` of its
    words; ``teaser_run`` or more such lines with nothing but short lines between them (other
    stories' headlines and their authors; fewer than half of them may end with a question)
    count nothing, unless ``lead_lines`` or fewer of them end just above the zone, one after
    another: a story's highlights, which the zone then starts with. A zone with fewer than
    ``min_zone_words`` words of running text is no zone: a photo post or a list page has no
    article to locate. A deep wall of lines other rules took out (a share bar, a menu) ends
    the zone when less running text stands below it than above, in lines apart, as other
    stories' summaries stand (``valley_end``). A blog post's footer (``generic.post-footer``)
    ends the zone: the last one (up to ``footer_reach`` lines below the zone's running
    text), so a page of several posts keeps them all. The zone then grows over adjacent
    lines shaped like content (lists, data rows, short sentences). Decides no line itself:
    ``generic.outside-zone`` drops what is outside, after ``generic.title`` has looked just
    above the zone.
    """

    ID = "generic.article-zone"
    SCOPE = "document"
    DEFAULTS = MappingProxyType(
        {
            "min_words": 10,
            "min_density": 0.25,
            "long_words": 30,
            "mid_penalty": 5,
            "short_penalty": 3,
            "comment_cut_share": 0.6,
            "credit_cut_share": 0.3,
            "header_cut_share": 0.3,
            "furniture_lines": 6,
            "counted_cut_words": 100,
            "min_zone_words": 50,
            "open_weight": 0.7,
            "wrapped_share": 0.5,
            "table_rows": 3,
            "teaser_run": 3,
            "lead_lines": 4,
            "thread_stamps": 3,
            "footer_reach": 3,
            "policy_share": 0.05,
            "max_bridge_rows": 30,
            "valley_depth": 30,
            "valley_share": 1.0,
        }
    )

    def is_running_text(self, seg: Segment, ctx: Context) -> bool:
        return ctx.is_running_text(
            seg,
            min_words=self.options["min_words"],
            min_density=self.options["min_density"],
            long_words=self.options["long_words"],
        )

    def line_score(self, seg: Segment, ctx: Context) -> float:
        decision = seg.decision
        if decision is not None:
            return -self.options["short_penalty"] if decision.label is Label.DROP else 0.0
        n = len(ctx.tokens(seg))
        if self.is_running_text(seg, ctx):
            return float(n)
        if LIST_ITEM.match(seg.text):
            return 0.0  # a list item: part of an article as often as of a menu
        if ends_sentence(seg.text) and n >= 3 and ctx.density(seg) > 0:
            return n / 2  # a short sentence: "Doctors expect her to recover."
        if n >= self.options["min_words"]:
            return -float(self.options["mid_penalty"])
        return -float(self.options["short_penalty"])

    def speaks_policy(self, seg: Segment, ctx: Context) -> bool:
        """Undecided running text in the words of a site's terms and privacy policy: at least
        three of them, ``policy_share`` of its words, and one in which the site speaks of
        itself or to its reader ("our website", "we collect", "you agree"), which a report
        on someone's privacy policy does not have."""
        if seg.decided or not self.is_running_text(seg, ctx):
            return False
        if _POLICY_WORDS.isdisjoint(ctx.tokens(seg)):
            return False  # no word of a policy's subject: the pattern need not be tried
        found = _SITE_POLICY.findall(seg.text)
        return (
            len(found) >= 3
            and len(found) >= self.options["policy_share"] * len(ctx.tokens(seg))
            and any(_SITE_SELF.match(term) for term in found)
        )

    def scores(self, ctx: Context) -> list[float]:
        """Each line's score, with open lines weighed down by ``open_weight``: running text
        shorter than ``long_words`` that neither ends a sentence (at its end or inside it) nor
        runs on into the next line nor announces what follows with a colon. That is the shape
        of a teaser's headline below an article (``Long spaceflights found to lead to blood
        flowing in the wrong direction``) more than of a paragraph. Not in a hard-wrapped
        text, where most running text stops mid-sentence at the end of its line (less than
        ``wrapped_share`` of its words in lines that end a sentence). Lines read as a list of
        teasers score 0 and are recorded in ``ctx.teasers``; so do lines of the site's terms
        and privacy policy (``speaks_policy``), in ``ctx.policy``."""
        lines = ctx.lines
        # The site's terms and privacy policy: neither article nor debris.
        ctx.policy = frozenset(i for i, seg in enumerate(lines) if self.speaks_policy(seg, ctx))
        scores = [
            0.0 if i in ctx.policy else self.line_score(seg, ctx) for i, seg in enumerate(lines)
        ]
        running = [i for i, seg in enumerate(lines) if scores[i] > 0 and seg.decision is None]
        ended = sum(scores[i] for i in running if ends_sentence(lines[i].text))
        if ended < self.options["wrapped_share"] * sum(scores[i] for i in running):
            return scores
        headlines, asking = [], set()
        for i in running:
            # A positive line that ends no sentence is running text (a short sentence scores
            # only when it ends one), and its score is its word count.
            text = lines[i].text.rstrip()
            if (
                scores[i] >= self.options["long_words"]
                or text.endswith((",", ";", ":", "-", "–", "—"))
                or (i + 1 < len(lines) and lines[i + 1].text[:1].islower())
            ):
                continue
            if ends_sentence(text):
                if _ASKS.search(text):
                    headlines.append(i)  # a headline may ask: it may join a list
                    asking.add(i)
                continue
            headlines.append(i)
            if not _INNER_SENTENCE_END.search(text):
                scores[i] *= self.options["open_weight"]
        # Lines that end no sentence, with no other running text between them (names and
        # labels only), are a list of teasers' headlines (``Go 'Head Miss Rosie! 99-Year-Old
        # Votes For The First Time``): they add nothing to the zone, nor do they break it.
        # Headlines that ask a question count as such lines while most of the list ends no
        # sentence: a run of questions alone is an article's.
        teasers: list[int] = []
        run: list[int] = []
        for i in [*headlines, len(lines)]:
            if run and (i == len(lines) or any(scores[k] > 0 for k in range(run[-1] + 1, i))):
                if len(run) >= self.options["teaser_run"] and 2 * sum(
                    k in asking for k in run
                ) < len(run):
                    teasers += run
                run = []
            run.append(i)
        for i in teasers:
            scores[i] = 0.0
        ctx.teasers = frozenset(teasers)
        return scores

    def apply(self, ctx: Context) -> None:
        scores = self.scores(ctx)
        zone = _max_window(scores, 0, len(scores))
        if zone is None:
            return
        start, end = self.lead_in(ctx, scores, zone[0]), zone[1]
        # A comment section inside the zone ends the article once enough of its text is above;
        # the zone then ends at the last running text above the marker. What lies between is
        # left to its own rules (a related block, a share bar) and to the next settling pass.
        total = sum(s for s in scores[start : end + 1] if s > 0)
        above = 0.0
        for pos in range(start, end + 1):
            if self.cuts(pos, above, total, ctx):
                kept = [i for i in range(start, pos) if scores[i] > 0]
                if kept:
                    end = kept[-1]
                break
            above += max(scores[pos], 0.0)
        # Other stories' summaries below a share bar and a menu: not the article's.
        end = self.valley_end(ctx, scores, start, end)
        # A blog post's footer closes the post: what follows is comments and navigation. The
        # last one, so a page of several posts keeps them all, and one that follows the zone's
        # last lines closely, so the last post of such a page is not cut off at the footer of
        # the one above it; else a closing credit.
        reach = min(end + 1 + self.options["footer_reach"], len(ctx.lines))
        footers = [pos for pos in range(start, reach) if ctx.lines[pos].rule == PostFooter.ID]
        closing = footers[-1] if footers else self.end_credit(scores, start, end, ctx)
        if closing is not None:
            end = closing
        if self.too_short(ctx.lines[start : end + 1], ctx):
            return  # too little running text to tell the article from the page around it
        ctx.zone = self.grow(ctx, start, end, closed=closing is not None)

    def valley_end(self, ctx: Context, scores: list[float], start: int, end: int) -> int:
        """Where the zone ends, given its stretch ``start`` to ``end``: above a wall of debris
        that other rules took out, when what stands below it reads as other stories.

        The maximum-sum stretch bridges any gap that more text beyond it outweighs, and the
        other stories' summaries below a news site's article (a horoscope, top stories with a
        sentence or two each) can outweigh a share bar and a menu. The deepest stretch of the
        zone (the minimum-sum window) ends it when it costs at least ``valley_depth``, most
        of its lines are decided (a share bar, a menu, a related block), the running text
        below it scores less than ``valley_share`` of the text above (which keeps
        ``min_zone_words``), and most of that running text stands apart, one line between
        headlines and labels, as summaries do: an article's paragraphs follow one another,
        so the rest of an article below a share bar or a related block stays.
        """
        lines = ctx.lines
        depth, first, last = 0.0, start, start
        current, current_start = 0.0, start
        for i in range(start, end + 1):
            if current > 0:
                current, current_start = 0.0, i
            current += scores[i]
            if current < depth:
                depth, first, last = current, current_start, i
        valley = lines[first : last + 1]
        decided = sum(seg.decided for seg in valley)
        if -depth < self.options["valley_depth"] or 2 * decided < len(valley):
            return end
        above = sum(s for s in scores[start:first] if s > 0)
        below = sum(s for s in scores[last + 1 : end + 1] if s > 0)
        if below >= self.options["valley_share"] * above:
            return end
        # Paragraphs come one after another; other stories' summaries stand apart, each
        # below its headline.
        running_below = [
            i
            for i in range(last + 1, end + 1)
            if not lines[i].decided and self.is_running_text(lines[i], ctx)
        ]
        if 2 * sum(b == a + 1 for a, b in pairwise(running_below)) >= len(running_below):
            return end
        kept = [i for i in range(start, first) if scores[i] > 0]
        if not kept or self.too_short(lines[start:first], ctx):
            return end
        return kept[-1]

    def too_short(self, lines: Sequence[Segment], ctx: Context) -> bool:
        """Whether ``lines`` hold fewer than ``min_zone_words`` words of running text."""
        running = sum(len(ctx.tokens(seg)) for seg in lines if self.is_running_text(seg, ctx))
        return bool(running < self.options["min_zone_words"])

    def lead_in(self, ctx: Context, scores: list[float], start: int) -> int:
        """Where the zone starts, given that its running text starts at ``start``: at a short
        list of headline-shaped lines (``scores`` left them out as teasers) that ends a few
        lines above it, one after the other or a label apart: a story's headline, deck and
        highlights (three lines above it at most: a byline, a dateline). A longer list, or
        one spread out among short lines, is a sidebar's."""
        pos, first, members, between = start - 1, start, 0, 0
        while pos >= 0 and scores[pos] <= 0:
            if pos in ctx.teasers:
                first, members, between = pos, members + 1, 0
            else:
                between += 1
                if between > (1 if members else 3):
                    break
            pos -= 1
        return first if members <= self.options["lead_lines"] else start

    def cuts(self, pos: int, above: float, total: float, ctx: Context) -> bool:
        """Whether the marker at ``pos`` ends the article, with ``above`` of the zone's
        ``total`` score above it.

        A time stamp or a marker a site rule set ends it below ``comment_cut_share`` of the
        text; a stamp below the article's first ``min_zone_words`` words when a commenter's
        name line heads it or it opens a thread (``threads``). A comment-section header ends
        it below ``header_cut_share``; a header that counts comments (``{ 167 comments }``)
        below ``counted_cut_words`` of running text; any header below the article's first
        ``min_zone_words`` words when reader comments' furniture (a stamp, a ``Reply``
        button) follows it within ``furniture_lines`` lines: ``74 Comments`` above the first
        commenter's stamp. A long comment section thus ends
        the article too, while a ``Comments`` tab under the headline does not.
        """
        seg = ctx.lines[pos]
        if not opens_comments(seg, ctx):
            return False
        if not heads_comments(seg, ctx):
            return bool(
                above >= self.options["comment_cut_share"] * total
                or (
                    above >= self.options["min_zone_words"]
                    and (_signed(pos, ctx) or self.threads(pos, ctx))
                )
            )
        if above >= self.options["header_cut_share"] * total:
            return True
        if above >= self.options["counted_cut_words"] and _COUNTED.match(seg.text):
            return True
        following = ctx.lines[pos + 1 : pos + 1 + self.options["furniture_lines"]]
        return bool(above >= self.options["min_zone_words"]) and any(
            line.rule in _FURNITURE for line in following
        )

    def threads(self, pos: int, ctx: Context) -> bool:
        """Whether the line at ``pos`` opens a thread of reader comments: the page's first
        time stamp of ``thread_stamps`` or more, oldest first (a stamp above it would make
        the text above a comment too). Stamps that mostly go back in time are a live
        blog's updates or a list of other stories, newest first."""
        lines = ctx.lines
        if lines[pos].rule != CommentStamps.ID:
            return False  # no stamp: no need to look for the page's first one
        found = (i for i, seg in enumerate(lines) if seg.rule == CommentStamps.ID)
        if next(found, None) != pos:
            return False  # the search stops at the page's first stamp
        stamped = (pos, *found)
        if len(stamped) < self.options["thread_stamps"]:
            return False
        moments = [m for i in stamped if (m := moment(lines[i].text)) is not None]
        pairs = list(pairwise(moments))
        return sum(a > b for a, b in pairs) <= sum(a < b for a, b in pairs)

    def end_credit(self, scores: list[float], start: int, end: int, ctx: Context) -> int | None:
        """The last closing credit in the zone (``(Reporting by ...; Editing by ...)``,
        ``... contributed to this report.``) with ``credit_cut_share`` of the zone's text
        above it: the article ends there, and the teasers and notices below are not its own.
        The last one, so a round-up of stories that each close with a credit keeps them all.
        The share is low because other stories' summaries and discussion questions below a
        news site's article can outweigh it; the over-removal guard of
        ``generic.outside-zone`` still keeps the page when most of its running text is below.
        """
        total = sum(s for s in scores[start : end + 1] if s > 0)
        above = 0.0
        found = None
        for pos in range(start, end + 1):
            seg = ctx.lines[pos]
            if (
                not seg.decided
                and is_end_credit(seg.text)
                and above >= self.options["credit_cut_share"] * total
            ):
                found = pos
            above += max(scores[pos], 0.0)
        return found

    def grow(self, ctx: Context, start: int, end: int, *, closed: bool = False) -> tuple[int, int]:
        """Extend the zone over adjacent lines shaped like content, not like menus.

        Lists, data rows and short sentences next to the running text belong to the article
        far more often than to the page around it; the first menu-shaped line, decided line
        or comment-section marker stops the growth. A table of figures, or going up a list a
        sentence announces, with more of the article's running text beyond it, is crossed
        (``bridged``). Below the article, the credits or the signature that close it are taken
        too, and after them only further such lines: what follows a signature (``By JohnDoe``
        heading a comment) is not the article's. A sentence of one or two words (``Unbelievable.``)
        with a sentence below it is crossed: an article's closing words. With ``closed``, the
        zone already ends at the article's closing credit.
        """
        lines = ctx.lines
        while start > 0:
            if self.content_shaped(lines[start - 1], ctx, below=False):
                start -= 1
            elif (first := self.bridged(start - 1, -1, ctx)) is not None:
                start = first  # a table of figures between two parts of the article
            else:
                break
        list_shape: tuple[bool, ...] | None = None
        while end + 1 < len(lines):
            below = lines[end + 1]
            if (
                end + 2 < len(lines)
                and _RULE.match(below.text)
                and not below.decided
                and (
                    self.closes(lines[end + 2], ctx)
                    or (not closed and self.content_shaped(lines[end + 2], ctx, below=True))
                )
            ):
                end += 1  # "___" or "* * *" between paragraphs, or above the credits
                continue
            if self.closes(below, ctx):
                closed = True
            elif closed:
                break
            elif ANNOUNCES_LIST.search(lines[end].text) and _listed(below):
                list_shape = _shape(below.text)  # the first item of an announced list
            elif (
                list_shape is not None
                and _listed(below)
                and (
                    _shape(below.text) == list_shape
                    or below.text[:1].islower()
                    or below.text[:1].isdigit()
                )
            ):
                pass  # a further item: shaped like the first, or a quantity or lowercase item
            elif (last := self.table_end(end + 1, ctx)) is not None:
                end, list_shape = last, None  # a schedule: date, place, address, hours
                continue
            elif self.content_shaped(below, ctx, below=True):
                if list_shape is None or not LIST_ITEM.match(below.text):
                    list_shape = None  # a bulleted item keeps an announced list going
            elif (
                not closed
                and self.short_sentence(below)
                and end + 2 < len(lines)
                and self.sentence_shaped(lines[end + 2], ctx)
            ):
                end, list_shape = end + 1, None  # "Unbelievable." between two sentences
            elif self.heads_table(end + 1, ctx):
                list_shape = None  # "Tour Dates" above "June 9 – West Palm Beach, FL"
            elif not closed and (last := self.bridged(end + 1, 1, ctx)) is not None:
                end, list_shape = last, None  # a table of figures, then more of the article
                continue
            else:
                break
            end += 1
        return start, end

    def bridged(self, pos: int, step: int, ctx: Context) -> int | None:
        """The running text across a table or a list from ``pos`` (going up with ``step`` -1,
        down with 1), or None. A table: at least ``table_rows`` short lines that each hold a
        number and no year (``Leeds 3 York 1``, ``Turnout 64%``; a list of other stories with
        their dates is no table), no more than ``max_bridge_rows``, with running text right
        beyond them: a results table or a list of figures between the paragraphs of an
        article (a site's menus hold no numbers, and its pagers and calendars are decided
        before the zone). Going up, also a list of short lines that a
        sentence right above it announces (``The winners of this year's prizes were:``,
        ``announces``), with running text above that sentence or the sentence itself."""
        lines = ctx.lines
        rows, numbered = 0, True
        while 0 <= pos < len(lines) and rows <= self.options["max_bridge_rows"]:
            seg = lines[pos]
            if seg.decided or COMMENT_SECTION.match(seg.text):
                return None
            if step < 0 and rows >= 2 and self.announces(seg, ctx):
                if self.is_running_text(seg, ctx):
                    return pos
                above = lines[pos - 1] if pos > 0 else None
                if above is not None and not above.decided and self.is_running_text(above, ctx):
                    return pos - 1
                return None
            if self.is_running_text(seg, ctx):
                return pos if numbered and rows >= self.options["table_rows"] else None
            if len(ctx.tokens(seg)) >= self.options["min_words"]:
                return None
            numbered = numbered and _FIGURE.search(seg.text) is not None and not years(seg.text)
            if not numbered and step > 0:
                return None
            rows += 1
            pos += step
        return None

    @staticmethod
    def announces(seg: Segment, ctx: Context) -> bool:
        """A sentence that announces the list below it (``Context.announces_list``, more than
        a menu's label of four words) with a stopword in it."""
        return ctx.announces_list(seg, label_words=4) and ctx.density(seg) > 0

    def heads_table(self, pos: int, ctx: Context) -> bool:
        """A short heading over at least ``table_rows`` rows of data, a table or schedule
        that closes the article: ``Tour Dates`` over ``June 9 – West Palm Beach, FL @ Coral
        Sky Amphitheatre``."""
        lines = ctx.lines
        seg = lines[pos]
        rows = lines[pos + 1 : pos + 1 + self.options["table_rows"]]
        return (
            not seg.decided
            and not COMMENT_SECTION.match(seg.text)
            and 0 < len(ctx.tokens(seg)) <= self.options["min_words"]
            and len(rows) == self.options["table_rows"]
            and all(not row.decided and _DATA_ROW.search(row.text) for row in rows)
        )

    def table_end(self, pos: int, ctx: Context) -> int | None:
        """The last line of a table laid out one cell per line from ``pos``, or None.

        At least ``table_rows`` records of 2 to 5 short lines each, every record a date and
        then lines that are not dates: an event schedule (``Tuesday, January 15, 2008``,
        ``St. Mary's School``, ``66 Main Street``, ``3:30 – 8:00 pm``). The paragraph below
        it is still the article's. A list of months (``November (16)``, ``October (9)``) is
        an archive menu, not a table.
        """
        cells: list[bool] = []  # whether each short line from pos is a date
        for seg in ctx.lines[pos : pos + _MAX_CELLS]:
            if (
                seg.decided
                or COMMENT_SECTION.match(seg.text)
                or not 0 < len(ctx.tokens(seg)) < self.options["min_words"]
            ):
                break
            cells.append(is_date_line(seg.text))
        longest = 0
        for period in range(2, 6):
            record = [True] + [False] * (period - 1)
            records = 0
            while cells[records * period : (records + 1) * period] == record:
                records += 1
            if records >= self.options["table_rows"]:
                longest = max(longest, records * period)
        return pos + longest - 1 if longest else None

    def sentence_shaped(self, seg: Segment, ctx: Context) -> bool:
        """Undecided running text, or a sentence of three words or more with a stopword; not
        a link's label that trails off (``More details here...``)."""
        text = seg.text.rstrip()
        if seg.decided or COMMENT_SECTION.match(text) or text.endswith(("...", "…")):
            return False
        return self.is_running_text(seg, ctx) or (
            ends_sentence(seg.text) and len(ctx.tokens(seg)) >= 3 and ctx.density(seg) > 0
        )

    @staticmethod
    def short_sentence(seg: Segment) -> bool:
        """A sentence of one or two words (``Unbelievable.``, ``Not yet!``), undecided: with a
        sentence right below it, a line of the article's closing words."""
        text = seg.text.strip()
        return (
            not seg.decided
            and not COMMENT_SECTION.match(text)
            and 0 < len(text.split()) <= 2
            and text[:1].isupper()
            and ends_sentence(text)
        )

    def closes(self, seg: Segment, ctx: Context) -> bool:
        """A short line of credits or a signature, the end of an article: ``With additional
        reporting by Terry Schermerhorn``, ``– Marcas Grant``."""
        return (
            not seg.decided
            and not self.is_running_text(seg, ctx)
            and not COMMENT_SECTION.match(seg.text)
            and is_sign_off(seg.text)
        )

    def content_shaped(self, seg: Segment, ctx: Context, *, below: bool) -> bool:
        """A line next to the article that reads as part of it: running text, a sentence, a
        list item, a row of data (digits with commas or dashes). Menu items, link titles and
        labels are not."""
        if seg.decided or COMMENT_SECTION.match(seg.text):
            return False
        text = seg.text
        if self.is_running_text(seg, ctx):
            return True
        n = len(ctx.tokens(seg))
        if LIST_ITEM.match(text) or _DATA_ROW.search(text):
            return True
        sentence = ends_sentence(text) or text.endswith(":")  # "The tour dates are:"
        return n >= 3 and sentence and ctx.density(seg) > 0 and (below or n >= 5)


# The words of a site's privacy policy and terms of use, about the site and its users.
_SITE_POLICY = re.compile(
    r"\b(?:our (?:web ?)?sites?|this (?:web ?)?sites?|the website|"
    r"(?:site|our|registered) users?|(?:site|our) visitors|"
    r"personal(?:ly identifiable)? (?:data|information|details)|"
    r"(?:we use|site uses|use of|accept|our|these|third[- ]party) cookies|"
    r"cookie (?:policy|settings)|privacy(?: policy)?|registe?r(?:ed|ation)?|"
    r"terms (?:&|and|of) (?:conditions|use|service)|e-?mail address(?:es)?|opt[- ]out|"
    r"third[- ]part(?:y|ies)|we (?:use|collect|may|will|do not)|you (?:agree|consent)|"
    r"wir (?:verwenden|erheben|speichern|nutzen)|datenschutz\w*|personenbezogene\w*)\b",
    re.IGNORECASE,
)
# A policy's subject: the site, its users, their data. One of these words stands in each line
# the test reads as policy (a line of "we may" and "you agree" alone is not one).
_POLICY_WORDS = frozenset(
    (
        *("site", "sites", "website", "websites", "web", "user", "users", "visitors"),
        *("personal", "personally", "cookie", "cookies", "privacy", "register", "registered"),
        *("registration", "terms", "mail", "email", "opt", "third", "datenschutz"),
        *("datenschutzerklärung", "datenschutzhinweise", "datenschutzbestimmungen"),
        *("personenbezogene", "personenbezogenen"),
    )
)
# ... of which a policy has one that speaks for the site: an article about a policy has none.
_SITE_SELF = re.compile(r"our |this |we |you |registered |site |wir |datenschutz", re.IGNORECASE)
_INNER_SENTENCE_END = re.compile(r"\w\w[.!?][\"'”’)]?\s+[A-Z0-9]")
_ASKS = re.compile(r"\?[\"'”’»)\]]*$")  # a question at the line's end
_SEPARATOR = re.compile(r"\s[-–—]{1,2}\s|:\s")
_MAX_CELLS = 200  # how far a table laid out one cell per line is followed
_RULE = re.compile(r"^[\s_*=~#•·-]{3,}$")
# A number standing alone: "3", "64%", "1,204" (not "dp3_1"); a row with a year in it is a
# dated link's ("Elusive talks 15 Jan 2004"), not a table's.
_FIGURE = re.compile(r"(?<![\w.,])\d[\d,.]*%?(?!\w)")
_DATA_ROW = re.compile(r"\d.*(?:,|\s[-–—]{1,2}\s|:\s|\s\|\s)|(?:,|\s[-–—]{1,2}\s).*\d")


def _shape(text: str) -> tuple[bool, ...]:
    """A coarse shape of a list item, to tell the items of one list from what follows it."""
    return (
        text[:1].isdigit(),
        text[:1].isupper(),
        any(c.isdigit() for c in text),
        "," in text,
        bool(_SEPARATOR.search(text)),
        len(text.split()) > 6,
    )


def _listed(seg: Segment) -> bool:
    """A line that may stand in a list a colon announced: undecided and not a comment marker."""
    return not seg.decided and not COMMENT_SECTION.match(seg.text)


def _max_window(scores: list[float], lo: int, hi: int) -> tuple[int, int] | None:
    """The window of ``scores[lo:hi]`` with the largest positive sum (Kadane), or None."""
    best, best_start, best_end = 0.0, -1, -1
    current, current_start = 0.0, lo
    for i in range(lo, hi):
        if current <= 0:
            current, current_start = 0.0, i
        current += scores[i]
        if current > best:
            best, best_start, best_end = current, current_start, i
    return (best_start, best_end) if best > 0 else None


def opens_comments(seg: Segment, ctx: Context) -> bool:
    """A comment-section header, the author-and-time line of a reader comment, or the line a
    site rule marked as the end of the article."""
    return (
        bool(COMMENT_SECTION.match(seg.text))
        or seg.rule == CommentStamps.ID
        or seg is ctx.article_end
    )


_FURNITURE = frozenset({CommentStamps.ID, CommentInterface.ID})
_CONTROLS = frozenset({Prompts.ID, Interface.ID, Subscription.ID})
_COUNTED = re.compile(
    rf"^[{{(\[]?\s*(?:[1-9]\d*|{_NUMBER_WORDS})\s+"
    r"(?:comments?|responses?|replies)\b|^\d+ of [1-9]\d* comments? loaded\b",
    re.IGNORECASE,
)
_NO_COMMENTS = re.compile(r"^(?:there (?:are|is) )?(?:0|no)\s|\(0\)", re.IGNORECASE)
_SUBHEADING = re.compile(r"^(?:comment|discussion)$", re.IGNORECASE)


def _signed(pos: int, ctx: Context) -> bool:
    """A commenter's time stamp right below their name line: ``steve says:`` over
    ``October 31, 2012 at 12:58 pm``, the way a blog heads each reader comment."""
    return (
        pos > 0
        and ctx.lines[pos].rule == CommentStamps.ID
        and is_commenter(ctx.lines[pos - 1].text)
    )


def heads_comments(seg: Segment, ctx: Context) -> bool:
    """A comment-section header that is not a button: ``12 Comments``, ``Leave a Reply``.

    ``comments`` between ``print`` and ``share`` is a page control; ``0 comments`` counts a
    section that is not there; a bare ``Comment`` or ``Discussion`` is as often a subheading
    of the article; ``4 Comments`` that stands again further down is the link under the
    headline, and the line below is the section's header.
    """
    text = seg.text.strip()
    if not COMMENT_SECTION.match(text) or _NO_COMMENTS.search(text) or _SUBHEADING.match(text):
        return False
    pos = ctx.position(seg)
    if any(line.text.strip() == text for line in ctx.lines[pos + 1 :]):
        return False  # a count under the headline that the section's own header repeats
    around = [ctx.lines[i] for i in (pos - 1, pos + 1) if 0 <= i < len(ctx.lines)]
    return not all(line.rule in _CONTROLS for line in around)


def comment_marker(ctx: Context) -> Segment | None:
    """The comment-section marker below the article zone, if there is one."""
    if ctx.zone is None:
        return None
    return next((s for s in ctx.lines[ctx.zone[1] + 1 :] if opens_comments(s, ctx)), None)


class CommentSection(Heuristic):
    """Everything from a comment-section marker below the article to the end of the page.

    ``6 Comments``, ``Leave a Reply``, ``Kommentare (12)``: below the article's running text,
    what follows is reader comments and then the page's footer. A line that a site rule marks
    as the article's end (``action: article_end``) is such a marker too; the lines below it
    are then recorded under that rule's id. Does nothing without an article zone or a marker
    below it, so a marker that stands above most of the article's running text ends nothing.
    """

    ID = "generic.comment-section"
    SCOPE = "document"

    def apply(self, ctx: Context) -> None:
        marker = comment_marker(ctx)
        if marker is None:
            return
        if marker is ctx.article_end and marker.decision is not None:
            rule = marker.decision.rule
            reason = f"below the end of the article (line {marker.lineno}, rule {rule})"
        else:
            rule, reason = self.ID, f"comment section (from line {marker.lineno})"
        for seg in ctx.lines[ctx.position(marker) :]:
            if not seg.decided:
                seg.decision = Decision(Label.DROP, rule, reason)


PARAGRAPH_WORDS = 30
"""Words that make consecutive lines of running text a block of paragraphs."""


def paragraph_blocks(
    lines: Sequence[tuple[int, int]], min_words: int = PARAGRAPH_WORDS
) -> Iterator[Sequence[tuple[int, int]]]:
    """The blocks of paragraphs among ``lines``: (position, word count) of lines of running
    text, top to bottom. A block is a run of lines at consecutive positions with at least
    ``min_words`` words, as an article's paragraphs come; a lone sentence between buttons
    and links is in none."""
    for first, last in runs(lines, lambda above, line: line[0] == above[0] + 1):
        block = lines[first : last + 1]
        if sum(n for _, n in block) >= min_words:
            yield block


def paragraph_words(lines: Sequence[tuple[int, int]], min_words: int = PARAGRAPH_WORDS) -> int:
    """Words in the blocks of paragraphs among ``lines`` (``paragraph_blocks``).

    >>> paragraph_words([(3, 25), (4, 30), (9, 14), (12, 12), (13, 11)])
    55
    """
    return sum(n for block in paragraph_blocks(lines, min_words) for _, n in block)


class OutsideZone(Heuristic):
    """Drop the lines above and below the article zone that no rule has decided.

    Runs after ``generic.title`` and ``generic.comment-section``, so the headline above the
    zone is already metadata and comments are already gone. Does nothing when no zone was
    found. Over-removal guard: when the running text outside the zone is more than
    ``max_running_share`` of all running text and some of it is paragraphs, or its
    paragraphs hold more words than the zone's own (a zone over a page's discussion
    widgets, with the article's paragraphs above it), the zone is likely wrong; nothing is
    dropped and the result says so in ``warnings``. Paragraphs are blocks of running text of
    ``paragraph_words`` words or more on consecutive lines (``paragraph_blocks``). Running
    text outside the zone that is all lone sentences between buttons and fields (a sign-up
    form's messages, a column of readers' questions) is no article's, however much of it;
    nor is a copy of a line the zone keeps, which loses no word when it goes.

    The article starts at its headline when the headline is certain (``ctx.headline``: the
    URL's slug spells it, or the record's title matches it) and the zone holds running text
    above it that debris parts from it (``headline_start``): a blog's description, a
    sidebar's teasers.
    """

    ID = "generic.outside-zone"
    SCOPE = "document"
    DEFAULTS = MappingProxyType({"max_running_share": 0.5, "paragraph_words": PARAGRAPH_WORDS})

    @staticmethod
    def headline_start(ctx: Context, start: int, end: int) -> int:
        """Where the article starts, given the zone from ``start`` to ``end``: at the certain
        headline inside the zone (or the date lines right above it: a post's header), when a
        wall parts the zone's running text above from it and more running text stands below
        it than above.

        A wall is a line another rule dropped (a share bar, a menu, a sign-up box), or a
        date right above the headline. A standfirst or an article's opening paragraphs above
        a subheading the slug happens to spell run on into it, with no wall between; nor is
        a line the headline when another line above it (up to ``HEAD_LINES`` above the zone)
        spells the slug too.
        """
        headline, lines = ctx.headline, ctx.lines
        if headline is None:
            return start
        title = ctx.position(headline)
        if not start < title <= end:
            return start

        def running(positions: range) -> list[int]:
            return [
                pos
                for pos in positions
                if not lines[pos].decided and ctx.is_running_text(lines[pos])
            ]

        above = running(range(start, title))
        if not above:
            return start
        # Another line above that spells the slug (a headline above the zone) makes this one
        # a subheading.
        if any(ctx.spells_slug(seg) for seg in lines[max(start - HEAD_LINES, 0) : title]):
            return start
        words_above = sum(len(ctx.tokens(lines[pos])) for pos in above)
        words_below = sum(len(ctx.tokens(lines[pos])) for pos in running(range(title + 1, end + 1)))
        if words_below <= words_above:
            return start
        gap = lines[above[-1] + 1 : title]
        walled = any(
            seg.decision is not None and seg.decision.label is Label.DROP for seg in gap
        ) or bool(gap and is_date_line(gap[-1].text))
        if not walled:
            return start
        first = title
        while first - 1 > above[-1] and is_date_line(lines[first - 1].text):
            first -= 1
        return first

    def apply(self, ctx: Context) -> None:
        if ctx.zone is None:
            return
        start, end = ctx.zone
        running = [
            (pos, len(ctx.tokens(s)))
            for pos, s in enumerate(ctx.lines)
            if not s.decided
            and pos not in ctx.teasers
            and pos not in ctx.policy
            and ctx.is_running_text(s)
        ]
        inside = [(pos, n) for pos, n in running if start <= pos <= end]
        # A copy of a paragraph the zone keeps (a dump holding the article twice) loses no
        # word when it goes.
        copies = {ctx.lines[pos].text for pos, _ in inside}
        outside = [
            (pos, n)
            for pos, n in running
            if not start <= pos <= end and ctx.lines[pos].text not in copies
        ]
        share = sum(n for _, n in outside) / (sum(n for _, n in inside + outside) or 1)
        min_words = self.options["paragraph_words"]
        outside_paragraphs = paragraph_words(outside, min_words)
        inside_paragraphs = paragraph_words(inside, min_words)
        too_much = share > self.options["max_running_share"] and outside_paragraphs > 0
        if too_much or outside_paragraphs > inside_paragraphs:
            ctx.warnings.append(
                f"over-removal guard: the article zone (lines {ctx.lines[start].lineno}-"
                f"{ctx.lines[end].lineno}) would drop {share:.0%} of the running text"
                f" ({outside_paragraphs} words in paragraphs outside it, {inside_paragraphs}"
                " inside); the lines outside it were kept"
            )
            return
        ctx.zone_used = True
        start = self.headline_start(ctx, start, end)
        first, last = ctx.lines[start].lineno, ctx.lines[end].lineno
        for pos, seg in enumerate(ctx.lines):
            if seg.decided or start <= pos <= end:
                continue
            if pos < start:
                reason = f"above the article (its running text starts at line {first})"
            else:
                reason = f"below the article (its running text ends at line {last})"
            seg.decision = Decision(Label.DROP, self.ID, reason)
