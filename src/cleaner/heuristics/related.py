"""Blocks of links to other stories: "Related", "Read more", "Most read", with their titles."""

from __future__ import annotations

import re
from types import MappingProxyType

from ..model import Decision, Label, Segment
from ..textstats import LETTER_WORD, TITLE_SMALL_WORDS, ends_sentence, is_date_line, words
from .base import Context, Heuristic
from .bylines import is_byline
from .zone import COMMENT_SECTION

RELATED_HEADER = re.compile(
    r"^(?:related(?: (?:articles?|stories|posts?|content|topics|coverage|links|news|videos?|"
    r"reading|items|industry news))*|"
    # "Related articles in World", "Related content from NBCNews.com:"
    r"related (?:articles?|stories|posts|content|coverage|links|news|videos?) "
    r"(?:from|on|in|about) (?:[\w '’&:-]|\.(?=\w)){1,50}|"
    r"read (?:more|also|next)|see also|"
    r"also (?:read|see|on (?:[\w ]|\.(?=\w)){1,30})|also(?=\s*:)|"
    r"more (?:from|on|in|about) (?:[\w '’&-]|\.(?=\w)){1,40}|"
    r"more (?:stories|news|articles|headlines|videos)|"
    r"more on this(?: story| topic)?|(?:most|top) (?:read|popular|viewed|shared|emailed|commented)"
    r"(?: (?:articles|stories|posts|news|videos|today|this week))?(?: right now)?|"
    r"(?:featured|most recent) (?:posts|stories|articles)|further reading|"
    r"(?:trending|popular)(?: now| stories| posts| articles| headlines| nationally"
    r"| (?:on|in) (?:[\w ]|\.(?=\w)){1,30})?|"
    r"(?:more )?from (?:around )?the web|around the web|"
    r"elsewhere on (?:the )?(?:web|net|blogosphere)|"
    r"recommended(?: for you| stories| reading)?|"
    r"(?:more (?:stories|articles|posts) )?you (?:may|might) (?:also )?"
    r"(?:like|be interested in|have missed)|don'?t miss|next in (?:[\w &'’-]|\.(?=\w)){1,30}|"
    r"(?:today'?s |more )?top stories|latest (?:news|stories|headlines|articles|posts)|"
    r"editors?'?s?'? picks|other (?:stories|articles|news)|what to read next|"
    r"previous (?:post|article|story)|next (?:post|article|story)|"
    r"recent (?:stories|posts|articles|comments)|explore further|"
    r"(?:lesen sie (?:auch|mehr)|mehr zum thema(?: [^.!?]{1,60})?|"
    r"das könnte (?:sie|dich) (?:auch )?interessieren|auch interessant|"
    r"(?:ähnliche|verwandte|weitere|beliebte|neueste|aktuelle) (?:beiträge|artikel|themen|"
    r"themenbereiche|nachrichten|news|kommentare|meldungen|pressemitteilungen)"
    r"(?: zum thema| (?:aus|dieses|dieser|von) [\w ]{1,40})?|meist ?gelesen(?:e artikel)?|"
    r"empfehlungen (?:aus )?der redaktion|lesen sie auch die folgenden (?:beiträge|artikel)|"
    r"diese (?:artikel|beiträge) könnten (?:sie|dich) (?:auch )?interessieren|"
    r"(?:seit \d+ tagen )?am meisten gelesen|zum weiterlesen|"
    r"vorheriger beitrag|nächster beitrag|zurück zur übersicht|"
    r"alle (?:artikel|beiträge)(?: lesen)?|"
    r"à lire aussi|lire aussi|voir aussi|sur le même sujet|articles? (?:liés|similaires)|"
    r"leer más|te puede interesar|también te puede interesar|más noticias|otras noticias|"
    r"mir[aá] también|"
    r"(?:las |los |lo )?más (?:leíd[oa]s?|vist[oa]s?|comentad[oa]s?|populares)|"
    r"(?:as |os )?mais (?:lid[oa]s|vist[oa]s|comentad[oa]s)|"
    r"(?:artículos|noticias) relacionad[ao]s(?: (?:[\w ]|\.(?=\w)){1,40})?|"
    r"leggi anche|articoli correlati|"
    r"(?:articles? )?les plus (?:lus|partagés|commentés)|veja (?:também|mais)|"
    r"ezek is érdekelhetnek|"
    r"leia (?:também|mais)|gerelateerde artikelen|zobacz (?:też|także)|"
    r"czytaj (?:więcej|też|także)|inne artykuły(?: autora)?|polecamy))"
    r"\s*[:»›>…!]*(?:\.\.\.)?\s*$",
    re.IGNORECASE,
)
# "Read more: <title>", "Related: <title>", "READ MORE - <title>"
RELATED_INLINE = re.compile(
    r"^(?:related|read (?:more|also|next)|see also|more|lesen sie (?:auch|hier|mehr)|"
    r"auch lesen|lire aussi|leer más|(?:le|te) puede interesar|lea también|vea también|"
    r"leia também|zobacz (?:też|także|również)|czytaj (?:też|także|również))"
    r"\s*[:–—-]\s+\S.{0,200}$",
    re.IGNORECASE,
)
_BUTTON = re.compile(
    r"^\W*(?:read (?:more|also|next)|(?:previous|next|older|newer) (?:post|article|story))\W*$",
    re.IGNORECASE,
)
# "Next Post <title>", "« Previous article: <title>": the pager under a post
PAGER_INLINE = re.compile(
    r"^[«‹<]?\s*(?:(?:previous|next|older|newer|prev\.?) (?:post|article|story|entry)"
    r"|(?:vorheriger|nächster) (?:beitrag|artikel)|article (?:suivant|précédent))"
    # the title after a separator or a space, or glued to the label: "Vorheriger BeitragDie"
    r"(?:\s*[:»›>|–—-]?\s+|(?=(?-i:[A-ZÄÖÜ])))\S.{0,150}$",
    re.IGNORECASE,
)


def _ends_with_period(text: str) -> bool:
    return ends_sentence(text) and text.rstrip("\"'”’)»").endswith((".", "。"))


_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def _title_cased(text: str) -> bool:
    """A headline in title case: five words or more, nearly all capitalised, a small word
    among them too (``Ancient Birds’ Wings Found In Burmese Amber Mines``). A sentence
    capitalises its names, hardly ever its ``in`` or ``the``."""
    found: list[str] = _WORD.findall(text)
    if len(found) < 5 or _ends_with_period(text):
        return False
    capitals = sum(w[0].isupper() for w in found)
    small = sum(w[0].isupper() and w.lower() in TITLE_SMALL_WORDS for w in found[1:])
    return capitals >= 0.8 * len(found) and small >= 1


class RelatedLinks(Heuristic):
    """A "related stories" block: its header and the link titles that follow it.

    After a header such as ``Related Posts``, ``Most read`` or ``Lesen Sie auch``, the lines
    that read as titles (no sentence ending, at most ``max_title_words`` words) go with it,
    up to ``max_titles`` of them; the first line of running text ends the block, unless it
    is a headline in title case and the header is no button (``Read more``, ``Next post``),
    or, below ``min_text_words`` words of the page's running text, it and the next line read
    as titles (no full stop, no byline or date: ``Here's how to figure out when you can
    retire`` over ``How to invest in index funds``). A block above all of the page's
    running text is a menu that runs into the article's head: its last title, right above
    the first paragraph, is given back (the headline), or, when that is a byline, the byline
    and the headline above it. A single ``Read more: <title>`` or ``Next Post <title>`` line
    goes alone, in other languages too (``Lesen Sie hier: <title>``, ``Vorheriger
    Beitrag<title>``). Lines other rules took do not count as titles; more than ``max_gap``
    of them in a row end the block. A header another rule took out (a site's rule for it)
    still heads its block.
    Kept: ``Related talks continued on Monday.``
    """

    ID = "generic.related"
    SCOPE = "document"
    DEFAULTS = MappingProxyType(
        {"max_titles": 15, "max_title_words": 20, "min_text_words": 50, "max_gap": 4}
    )

    def apply(self, ctx: Context) -> None:
        lines = ctx.lines
        i = 0
        while i < len(lines):
            seg = lines[i]
            if seg.decided:
                # A header another rule took out (a site's rule for it) still heads its block.
                dropped = seg.decision is not None and seg.decision.label is Label.DROP
                if not (dropped and RELATED_HEADER.match(seg.text)):
                    i += 1
                    continue
            elif RELATED_INLINE.match(seg.text) and ctx.word_count(seg) <= 30:
                seg.decision = Decision(Label.DROP, self.ID, "link to another story")
                i += 1
                continue
            elif (
                PAGER_INLINE.match(seg.text)
                and ctx.word_count(seg) <= 30
                and not _ends_with_period(seg.text)
            ):
                seg.decision = Decision(Label.DROP, self.ID, "link to the previous or next post")
                i += 1
                continue
            elif RELATED_HEADER.match(seg.text):
                seg.decision = Decision(
                    Label.DROP, self.ID, "header of a block of links to other stories"
                )
            else:
                i += 1
                continue
            # Under a button ("Read more", "Next post") a title-cased line is as often the
            # article's own headline or the next teaser's as a link in a block.
            cased_titles = not _BUTTON.match(seg.text)
            # Below the article's first paragraphs, a list of titles in sentence case goes too.
            listed = cased_titles and self._below_text(lines, i, ctx)
            in_list = False  # whether the last title taken was running text read as a title
            taken = 0
            j = last = i + 1
            while j < len(lines) and taken < self.options["max_titles"]:
                title = lines[j]
                n = len(words(title.text))
                if title.decided:
                    j += 1
                    if j - last > self.options["max_gap"]:
                        break
                    continue
                if (
                    ctx.is_running_text(title)
                    and not (cased_titles and _title_cased(title.text))
                    and not (listed and self._listed(lines, j, after_title=in_list))
                ):
                    # A block above all of the page's running text is a menu; the last line
                    # above its first paragraph is the article's headline, or its byline
                    # with the headline above it.
                    head = lines[j - 2 : j] if is_byline(lines[j - 1].text) else lines[j - 1 : j]
                    if (
                        taken > len(head)
                        and all(line.rule == self.ID for line in head)
                        and not is_byline(head[0].text)
                        and not any(ctx.is_running_text(line) for line in lines[:i])
                    ):
                        for line in head:
                            line.decision = None
                    break
                # Titles may end in "?" or "!", never in a full stop.
                if (
                    _ends_with_period(title.text)
                    or COMMENT_SECTION.match(title.text)
                    or RELATED_HEADER.match(title.text)
                    or not (1 <= n <= self.options["max_title_words"])
                ):
                    break
                title.decision = Decision(
                    Label.DROP, self.ID, f"title in the related-links block (line {seg.lineno})"
                )
                in_list = ctx.is_running_text(title)
                taken += 1
                j = last = j + 1
            i = j

    def _listed(self, lines: list[Segment], pos: int, *, after_title: bool) -> bool:
        """A line of running text that reads as one title of a list: no full stop nor colon
        or comma at its end, no byline or date, at most ``max_title_words`` words, right
        after another such title (``after_title``) or above one (``Here's how to figure out
        when you can retire`` over ``How to invest in index funds``). An article's
        subheading below a related block is followed by a paragraph; a headline, by its
        byline."""
        needed = 1 if after_title else 2
        following = [seg for seg in lines[pos : pos + 3] if not seg.decided][:needed]
        return len(following) == needed and all(self._title_shaped(seg) for seg in following)

    def _title_shaped(self, seg: Segment) -> bool:
        """No full stop, colon or comma at the end, no byline or date, a title's length."""
        text = seg.text
        return (
            not _ends_with_period(text)
            and not text.rstrip().endswith((":", ",", ";"))
            and not is_byline(text)
            and not is_date_line(text)
            and 1 <= len(words(text)) <= self.options["max_title_words"]
        )

    def _below_text(self, lines: list[Segment], pos: int, ctx: Context) -> bool:
        """Whether ``min_text_words`` words of running text stand above the line at ``pos``."""
        above = 0
        for seg in lines[:pos]:
            if not seg.decided and ctx.is_running_text(seg):
                above += len(ctx.tokens(seg))
                if above >= self.options["min_text_words"]:
                    return True
        return False


def _in_layout(seg: Segment) -> bool:
    """Whether a line holds its place in a list of teasers: undecided, or a date line that
    another rule took out, or any line a site's rule dropped (a site's rule for its date
    stamps or its "Read more" links leaves the teasers' layout to read)."""
    decision = seg.decision
    return (
        decision is None
        or is_date_line(seg.text)
        or (decision.label is Label.DROP and not decision.generic)
    )


def _teaser_title(text: str, max_words: int) -> bool:
    """A link title: two words or more (not a time of day), no more than ``max_words``, not a
    date, and no full stop, question or exclamation."""
    n = len(words(text))
    return (
        len(LETTER_WORD.findall(text)) >= 2
        and n <= max_words
        and not is_date_line(text)
        and not ends_sentence(text)
    )


def _summed_up(lines: list[Segment], teaser: range, title: int, date: int) -> bool:
    """Whether a teaser holds a summary: a line besides its title and its date (``title`` and
    ``date`` lines into it) that ends a sentence. A schedule's place, address and hours do
    not."""
    ends = (teaser.start + title, teaser.start + date)
    return any(ends_sentence(lines[i].text) for i in teaser if i not in ends)


class TeaserList(Heuristic):
    """A list of other stories' teasers below the article, each with its date.

    Three or more teasers in a row, each a title right above its date line and at most a
    short summary, repeat with the same period (two to four lines) and no other date line
    between: ``School roof to be replaced this summer`` / ``updated 8:02 AM EST, Tue November
    6, 2012`` / ``Work is expected to take six weeks.`` The date may also stand above the
    title or below the summary, when each teaser has a summary that ends a sentence (an event
    schedule's date, place, address and hours have none). Each teaser has at most
    ``max_teaser_words`` words, and its title two words or more and at most
    ``max_title_words``, with no sentence ending. Only below ``min_above_share`` of the page's
    running text, so a live blog whose dated entries take the same shape from the top stays;
    so do a timeline of long dated paragraphs and an event schedule whose dates follow a time
    of day (``3:30 – 8:00 pm`` is no title). A date line another rule took out, and any line
    a site's rule dropped, still hold their places (``_in_layout``).
    """

    ID = "generic.teasers"
    SCOPE = "document"
    DEFAULTS = MappingProxyType(
        {
            "min_teasers": 3,
            "max_teaser_words": 60,
            "max_title_words": 15,
            "min_above_share": 0.5,
        }
    )

    def apply(self, ctx: Context) -> None:
        lines = [s for s in ctx.lines if _in_layout(s)]
        dates = [i for i, s in enumerate(lines) if is_date_line(s.text)]
        if len(dates) < self.options["min_teasers"]:
            return
        running = [len(ctx.tokens(s)) if ctx.is_running_text(s) else 0 for s in lines]
        total = sum(running)
        date_set = set(dates)
        taken: set[int] = set()
        for first in dates:
            if first in taken:
                continue
            for period in (2, 3, 4):
                chain = [first]
                while chain[-1] + period in date_set and not any(
                    k in date_set for k in range(chain[-1] + 1, chain[-1] + period)
                ):
                    chain.append(chain[-1] + period)
                if len(chain) < self.options["min_teasers"]:
                    continue
                found = self._teasers(lines, chain, period, running, total)
                if found:
                    taken.update(found)
                    break
        for i in sorted(taken):
            seg = lines[i]
            if not seg.decided:
                seg.decision = Decision(
                    Label.DROP, self.ID, "teaser of another story, with its date"
                )

    def _teasers(
        self, lines: list[Segment], chain: list[int], period: int, running: list[int], total: int
    ) -> list[int]:
        """The lines of the teasers whose dates stand at ``chain``, or none: each teaser's
        title right above its date (``Title`` / ``date`` / ``summary``), right below it
        (``date`` / ``Title`` / ``summary``) or the date last (``Title`` / ``summary`` /
        ``date``)."""
        for lead, title in dict.fromkeys(((1, 0), (0, 1), (period - 1, 0))):
            start = max(0, chain[0] - lead)
            if sum(running[:start]) < self.options["min_above_share"] * total:
                continue
            teasers = [range(max(0, d - lead), min(len(lines), d - lead + period)) for d in chain]
            if all(
                self._is_teaser(lines, teaser, title)
                and (lead == 1 or _summed_up(lines, teaser, title, lead))
                for teaser in teasers
            ):
                return [i for teaser in teasers for i in teaser]
        return []

    def _is_teaser(self, lines: list[Segment], teaser: range, title: int) -> bool:
        """A title where the layout puts it (``title`` lines into the teaser), and few words
        in all."""
        size = sum(len(words(lines[i].text)) for i in teaser)
        return (
            size <= self.options["max_teaser_words"]
            and teaser.start + title < teaser.stop
            and _teaser_title(lines[teaser.start + title].text, self.options["max_title_words"])
        )
