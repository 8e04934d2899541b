"""Blocks of links to other stories: "Related", "Read more", "Most read", with their titles."""

from __future__ import annotations

import re
from types import MappingProxyType

from ..model import Decision, Label
from ..textstats import ends_sentence, words
from .base import Context, Heuristic
from .zone import COMMENT_SECTION

RELATED_HEADER = re.compile(
    r"^(?:related(?: (?:articles?|stories|posts?|content|topics|coverage|links|news|videos?|"
    r"reading|items|industry news))*|read (?:more|also|next)|see also|"
    r"also (?:read|see|on [\w .]{1,30})|also(?=\s*:)|"
    r"more (?:from|on|in|about) [\w .'’&-]{1,40}|more (?:stories|news|articles|headlines|videos)|"
    r"more on this(?: story| topic)?|(?:most|top) (?:read|popular|viewed|shared|emailed|commented)|"
    r"(?:trending|popular)(?: now| stories| nationally| (?:on|in) [\w .]{1,30})?|"
    r"recommended(?: for you| stories| reading)?|"
    r"(?:more (?:stories|articles|posts) )?you (?:may|might) (?:also )?"
    r"(?:like|be interested in|have missed)|don'?t miss|next in [\w .&'’-]{1,30}|"
    r"top stories|latest (?:news|stories|headlines|articles)|editor'?s picks|"
    r"previous (?:post|article|story)|next (?:post|article|story)|"
    r"recent (?:stories|posts|articles|comments)|explore further|"
    r"(?:lesen sie (?:auch|mehr)|mehr zum thema(?: .{1,60})?|"
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
    r"leer más|te puede interesar|también te puede interesar|más noticias|"
    r"(?:artículos|noticias) relacionad[ao]s(?: [\w .]{1,40})?|leggi anche|articoli correlati|"
    r"(?:articles? )?les plus (?:lus|partagés|commentés)|veja (?:também|mais)|"
    r"ezek is érdekelhetnek|"
    r"leia (?:também|mais)|gerelateerde artikelen|zobacz (?:też|także)|"
    r"czytaj (?:więcej|też|także)|inne artykuły(?: autora)?))"
    r"\s*[:»›>…]*\s*$",
    re.IGNORECASE,
)
# "Read more: <title>", "Related: <title>", "READ MORE - <title>"
RELATED_INLINE = re.compile(
    r"^(?:related|read (?:more|also|next)|see also|more|lesen sie auch|lire aussi|leer más|"
    r"(?:le|te) puede interesar|lea también|vea también|leia também)"
    r"\s*[:–—-]\s+\S.{0,200}$",
    re.IGNORECASE,
)


def _ends_with_period(text: str) -> bool:
    return ends_sentence(text) and text.rstrip("\"'”’)»").endswith((".", "。"))


class RelatedLinks(Heuristic):
    """A "related stories" block: its header and the link titles that follow it.

    After a header such as ``Related Posts``, ``Most read`` or ``Lesen Sie auch``, the lines
    that read as titles (no sentence ending, at most ``max_title_words`` words) go with it,
    up to ``max_titles`` of them; the first line of running text ends the block. A single
    ``Read more: <title>`` line goes alone. Kept: ``Related talks continued on Monday.``
    """

    ID = "generic.related"
    SCOPE = "document"
    DEFAULTS = MappingProxyType({"max_titles": 15, "max_title_words": 20})

    def apply(self, ctx: Context) -> None:
        lines = ctx.lines
        i = 0
        while i < len(lines):
            seg = lines[i]
            if seg.decided:
                i += 1
                continue
            if RELATED_INLINE.match(seg.text) and ctx.word_count(seg) <= 30:
                seg.decision = Decision(Label.DROP, self.ID, "link to another story")
                i += 1
                continue
            if not RELATED_HEADER.match(seg.text):
                i += 1
                continue
            seg.decision = Decision(
                Label.DROP, self.ID, "header of a block of links to other stories"
            )
            taken = 0
            j = i + 1
            while j < len(lines) and taken < self.options["max_titles"]:
                title = lines[j]
                n = len(words(title.text))
                if title.decided:
                    j += 1
                    continue
                # Titles may end in "?" or "!", never in a full stop.
                if (
                    ctx.is_running_text(title)
                    or _ends_with_period(title.text)
                    or COMMENT_SECTION.match(title.text)
                    or RELATED_HEADER.match(title.text)
                    or not (1 <= n <= self.options["max_title_words"])
                ):
                    break
                title.decision = Decision(
                    Label.DROP, self.ID, f"title in the related-links block (line {seg.lineno})"
                )
                taken += 1
                j += 1
            i = j
