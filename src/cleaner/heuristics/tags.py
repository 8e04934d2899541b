"""Tag lists that a scraper glued together: ``Europe & RussiaIraqMiddle EastNewsRussia``."""

from __future__ import annotations

import re
from types import MappingProxyType

from ..metadata import split_glued, split_list
from ..model import Decision, Field, Label, Segment
from ..textstats import ends_sentence, words
from .base import Context, Heuristic

# Names that are written with an inner capital: joins inside them are not glue.
_CAMEL_NAMES = frozenset(
    w.casefold()
    for w in [
        "iPhone",
        "iPad",
        "iPod",
        "iOS",
        "iTunes",
        "iCloud",
        "eBay",
        "YouTube",
        "PlayStation",
        "PowerPoint",
        "LinkedIn",
        "WhatsApp",
        "JavaScript",
        "PayPal",
        "FedEx",
        "BlackBerry",
        "MacBook",
        "WikiLeaks",
        "GitHub",
        "BioNTech",
        "AstraZeneca",
        "GlaxoSmithKline",
        "ExxonMobil",
        "HarperCollins",
        "DreamWorks",
        "TikTok",
        "OpenAI",
        "SpaceX",
        "DeSantis",
        "LeBron",
        "McCain",
        "McConnell",
        "McDonald",
        "McDonalds",
        "McCarthy",
        "McKinsey",
        "MasterCard",
        "SoftBank",
        "SmackDown",
        "WordPress",
        "YouGov",
        "BuzzFeed",
        "HuffPost",
        "NatWest",
        "GoPro",
        "DeepMind",
        "AirPods",
        "FaceTime",
        "QAnon",
        "CNBC",
    ]
)


def _caseless(text: str) -> bool:
    """Whether a line has letters of a script without capitals (Chinese, Arabic, ...), where
    no lower-case letter before a capital marks a glued join."""
    return any(ch.isalpha() and not ch.isupper() and not ch.islower() for ch in text)


_CONNECTORS = frozenset({"&", "and", "of", "the", "de", "la", "y", "und", "et", "in", "on", "for"})
_TOKEN = re.compile(r"\S+")


def _effective_glue(line: str) -> list[str] | None:
    """Split a glued line into items, or ``None`` when its joins are ordinary camel-case names."""
    for token in _TOKEN.findall(line):
        bare = token.strip("()[],.:;!?\"'’‘“”").casefold()
        if bare in _CAMEL_NAMES or bare.removesuffix("'s").removesuffix("’s") in _CAMEL_NAMES:
            return None
        if re.match(r"^(?:mc|mac|o')\w", bare) and len(split_glued(token)) == 2:
            return None
    return split_glued(line)


class GluedTags(Heuristic):
    """A tag list whose items were glued together without spaces, near the top or the bottom.

    Split at each lower-case letter followed by a capital, taken into metadata ``tags``.
    Dropped: ``Europe & RussiaIraqMiddle EastNewsRussia``.
    Kept: ``McDonald’s unveils PlayStation deal`` (known camel-case names; a lower-case word) and
    glued-looking lines in the middle of the article, where a tag list does not stand.
    """

    ID = "generic.glued-tags"
    DEFAULTS = MappingProxyType({"min_items": 3, "max_item_words": 4, "max_chars": 200})
    DROP_EXAMPLES = (
        "Europe & RussiaIraqMiddle EastNewsRussia",
        "PoliticsElectionsDonald TrumpUS Congress",
    )
    KEEP_EXAMPLES = (
        "McDonald’s unveils PlayStation deal",
        "Apple iPhone sales fall in China",
        "The New York Times",
        "DeepMind的AlphaGo AI能够打败围棋冠军",
    )

    def check(self, seg: Segment, ctx: Context) -> Decision | None:
        text = seg.text
        if (
            len(text) > self.options["max_chars"]
            or ends_sentence(text)
            or text.endswith((":", ","))
        ):
            return None
        # Where a tag list stands first: the script test looks at every letter.
        if not (ctx.in_tail(seg) or ctx.in_head(seg)) or _caseless(text):
            return None
        items = _effective_glue(text)
        if items is None or len(items) < self.options["min_items"]:
            return None
        for item in items:
            item_words = words(item)
            if len(item) < 2 or len(item_words) > self.options["max_item_words"]:
                return None
            for word in item.split():
                if word.casefold() in _CONNECTORS:
                    continue
                if not (word[0].isupper() or word[0].isdigit()):
                    return None
        return Decision(
            Label.META,
            self.ID,
            "tag list glued together without separators",
            Field.TAGS,
            tuple(items),
        )


_TAG_LABEL = re.compile(
    r"^(?:tags?|tagged(?: with)?|topics?|keywords?|filed under|categories|category|posted in|"
    r"related topics|this entry was posted in|schlagwörter|schlagworte|themen|veröffentlicht in|"
    r"abgelegt unter|getaggt mit|markiert mit|kategorien?|mots-clés|étiquettes|etiquetas|temas)"
    r"(?:\s*:\s*|\s+)(?P<items>\S.*)$",
    re.IGNORECASE,
)
# "| 1 Comment »", "| Leave a comment" closing a "Posted in" line
_TRAILER = re.compile(
    r"\s*\|\s*(?:\d+|no|one)?\s*(?:comments?|responses?|leave a comment).*$", re.I
)


class TagLine(Heuristic):
    """A labelled list of tags or categories, into metadata ``tags``.

    Taken: ``Tags: Iraq, Russia, Syria``, ``Filed Under: Elections, Money in Politics``,
    ``Posted in Medicare, Nonphysician Clinicians | 1 Comment »``.
    Kept: ``Topics discussed included trade and security.`` (no label and colon shape, a
    sentence), ``Topics: 39`` (a forum's count, no tag). The colon may touch the first tag
    (``getaggt mit:Grundeinkommen``).
    """

    ID = "generic.tag-line"
    TEXT_ONLY = True
    DEFAULTS = MappingProxyType({"max_words": 40})
    DROP_EXAMPLES = (
        "Tags: Iraq, Russia, Syria",
        "Filed Under: Elections, Money in Politics",
        "Posted in Medicare, Nonphysician Clinicians | 1 Comment »",
        "Schlagwörter: Bundestag, Haushalt",
        "Veröffentlicht in: Politik, Europa",
        "getaggt mit:Grundeinkommen, Berlin",
    )
    KEEP_EXAMPLES = (
        "Topics discussed included trade and security.",
        "Category 5 storms are rare in the region.",
        "Topics: 39",
    )

    def check(self, seg: Segment, ctx: Context) -> Decision | None:
        text = seg.text
        if len(words(text)) > self.options["max_words"] or text.endswith("."):
            return None
        match = _TAG_LABEL.match(text)
        if not match:
            return None
        items = split_list(_TRAILER.sub("", match.group("items")))
        if not items or any(len(words(item)) > 6 for item in items):
            return None
        if not any(c.isalpha() for item in items for c in item):
            return None  # a count ("Topics: 39"), not a list of tags
        return Decision(Label.META, self.ID, "labelled list of tags", Field.TAGS, tuple(items))


# A blog engine's footer under a post: "This entry was posted in Travel and tagged Lisbon,
# trams. Bookmark the permalink. Follow any comments here with the RSS feed for this post."
# The same in German: "Dieser Eintrag wurde veröffentlicht in Reisen und verschlagwortet mit
# Lissabon von Ana. Permanentlink.", and without the link: "Erstellt am 6. Mai 2014 und
# abgelegt unter Reisen.", "Der Beitrag wurde am 6. Mai 2014 veröffentlicht und wurde unter
# Reisen abgelegt."
_PERMALINK = re.compile(
    r"(?:^|[.\]]\s+)(?:bookmark the permalink|permanentlink|(?:setze ein )?lesezeichen (?:auf|für)"
    r" den permalink)\s*(?:\.|$)",
    re.IGNORECASE,
)
_FILED_IN = re.compile(
    r"\b(?:posted in|filed under)\s+(?P<categories>.+?)"
    r"(?:,?\s+and tagged\s+(?P<tags>.+?))?\.\s+bookmark the permalink\b"
    r"|\bveröffentlicht in\s+(?P<kategorien>.+?)(?:,?\s+und verschlagwortet mit\s+"
    r"(?P<schlagworte>.+?))?(?:\s+von\s+[^.]{1,60})?\.\s+(?:permanentlink|(?:setze ein )?"
    r"lesezeichen)\b",
    re.IGNORECASE,
)
# Who posted it and at what time of day, the way Blogger closes every post in its languages:
# "Posted by Ana Reis at 9:12 PM", "Eingestellt von Ana um 21:12", "Publié par Ana à 21:12".
_POSTED_AT = re.compile(
    r"^(?:posted by|eingestellt von|gepostet von|publié par|posté par|publicado por|postado por|"
    r"pubblicato da|geplaatst door|opublikowane przez) [^\d\n]{1,50}?"
    r" (?:at|um|à|a las|en|às|alle|op|o) \d{1,2}[:.h]\d\d(?:\s?[ap]\.?m\.?)?(?:\s?uhr)?$",
    re.IGNORECASE,
)
# A site's name: capitalised words, with the small words and dashes of a name or a tagline
# between them ("Notes for the Curious", "Example Watch – Ride Safe and Ride On").
_SITE_NAME = r"[A-Z0-9][\w.&'’®-]*(?: (?:[A-Z0-9][\w.&'’®-]*|of|the|for|and|on|in|a|&|[–—-]))*"
# The footer a blog's feed adds under each post, carried into the text by a reposting site:
# "The post Hubble Sees a Star Explode appeared first on Example Science." and "Phone Safety
# 101 is a post from Example Watch". The post's title opens with a capital, as titles do, and
# the site's name ends the line: "The post about the fire appeared first on Reddit before
# it spread." is a sentence of a report.
_FEED_FOOTER = re.compile(
    rf"^(?:[Tt]he post [A-Z0-9\"“‘'(].{{2,300}}? appeared first on {_SITE_NAME}\.?"
    rf"|(?!(?:This|It|That|Here|There|What|Which)\b)[A-Z0-9\"“‘'(].{{10,300}}? is a post from:?"
    rf" {_SITE_NAME}\.?)$"
)
# WordPress's classic footer: "This entry was posted on May 6, 2013 at 9:12 am and is filed
# under Travel. You can follow any responses to this entry through the RSS 2.0 feed. You can
# leave a response, or trackback from your own site."
_FOLLOW = re.compile(
    r"(?:^|[.]\s+)you can follow any (?:responses|comments) to this (?:entry|post)\b",
    re.IGNORECASE,
)
_FILED_ON = re.compile(
    r"\bis filed under\s+(?P<categories>.+?)(?:,?\s+and tagged\s+(?P<tags>.+?))?\.(?:\s|$)",
    re.IGNORECASE,
)
_FILED_DE = re.compile(
    r"^(?:(?:erstellt|veröffentlicht|geschrieben) am\b.{1,80}?\bund abgelegt unter\s+"
    r"(?P<unter>.+?)"
    r"|(?:der|dieser) (?:beitrag|eintrag) wurde am\b.{1,80}?\bveröffentlicht und "
    r"(?:wurde )?unter\s+(?P<abgelegt>.+?)\s+abgelegt)\.(?:\s|$)",
    re.IGNORECASE,
)


class PostFooter(Heuristic):
    """A blog post's footer: its categories and tags, and ``Bookmark the permalink``.

    Taken, the categories and tags into metadata ``tags``: ``This entry was posted in Travel,
    Food and tagged Lisbon, trams. Bookmark the permalink.``, ``This was written by Ana
    Reis. Posted on Monday, May 6, 2013, at 9:12 am. Filed under Travel. Bookmark the
    permalink. Follow comments here with the RSS feed.``, WordPress's classic ``This entry
    was posted on May 6, 2013 at 9:12 am and is filed under Travel. You can follow any
    responses to this entry through the RSS 2.0 feed.``, and German blogs' footers
    (``Erstellt am 6. Mai 2013 und abgelegt unter Reisen.``). A footer with no categories
    to read goes as it is, as does the line that closes a post on Blogger: ``Posted by Ana
    Reis at 9:12 PM`` (``Eingestellt von Ana um 21:12``, ``Publié par Ana à 21:12`` ...), and
    the footer a blog's feed adds to each post, which reposting sites carry along: ``The post
    Hubble Sees a Star Explode appeared first on Example Science.``
    Kept: ``Bookmark the permalink, she told readers, and come back tomorrow.`` (the
    footer's words are a sentence of their own).
    """

    ID = "generic.post-footer"
    TEXT_ONLY = True
    DEFAULTS = MappingProxyType({"max_words": 80})
    DROP_EXAMPLES = (
        "This entry was posted in Travel, Food and tagged Lisbon, trams. Bookmark the permalink.",
        "This was written by Ana Reis. Posted on Monday, May 6, 2013, at 9:12 am. Filed under"
        " Travel. Bookmark the permalink. Follow comments here with the RSS feed.",
        "Bookmark the permalink. Trackbacks are closed, but you can post a comment.",
        "Dieser Eintrag wurde veröffentlicht in Reisen und verschlagwortet mit Lissabon von"
        " Ana. Permanentlink.",
        "Erstellt am Montag, 6. Mai 2013 um 9:12 und abgelegt unter Reisen, Essen.",
        "Der Beitrag wurde am 6. Mai 2013 veröffentlicht und wurde unter Reisen abgelegt.",
        "This entry was posted on Monday, May 6th, 2013 at 9:12 am and is filed under Travel,"
        " Food. You can follow any responses to this entry through the RSS 2.0 feed. You can"
        " leave a response, or trackback from your own site.",
        "You can follow any responses to this entry through the RSS 2.0 feed. Both comments and"
        " pings are currently closed.",
        "Posted by Ana Reis at 9:12 PM",
        "Eingestellt von Ana um 21:12",
        "Publié par Ana à 21:12",
        "The post Hubble Sees a Star Explode appeared first on Example Science.",
        "Phone Safety 101 for Cyclists is a post from Example Watch – Ride On",
    )
    KEEP_EXAMPLES = (
        "Bookmark the permalink, she told readers, and come back tomorrow.",
        "Readers were asked to bookmark the page and come back tomorrow.",
        "Die Akten wurden im Keller abgelegt, sagte der Archivar.",
        "Posted by the mayor at 9:12 PM, the notice reached every household by morning.",
        "Posted by 3 people at 9:12",
        "Readers said they could follow any responses to this entry on the council's site.",
        "The post about the fire appeared first on Reddit before it spread.",
        "This is a post from Marie.",
    )

    def check(self, seg: Segment, ctx: Context) -> Decision | None:
        text = seg.text
        if ctx.word_count(seg) > self.options["max_words"]:
            return None
        folded = text.casefold()
        filed: re.Match[str] | None
        if _POSTED_AT.match(text.strip()):
            return Decision(Label.DROP, self.ID, "a blog post's footer: who posted it, and when")
        if ("appeared first on" in text or "is a post from" in text) and _FEED_FOOTER.match(
            text.strip()
        ):
            return Decision(Label.DROP, self.ID, "a blog feed's footer: where the post appeared")
        if "perma" in folded and _PERMALINK.search(text):
            filed = _FILED_IN.search(text)
        elif "follow any" in folded and _FOLLOW.search(text):
            filed = _FILED_ON.search(text)
        elif "abgelegt" in folded:
            filed = _FILED_DE.match(text)
            if filed is None:
                return None
        else:
            return None
        if filed is None:
            return Decision(Label.DROP, self.ID, "a blog post's footer")
        found = [group for group in filed.groups() if group]
        items = [item for group in found for item in split_list(group)]
        return Decision(
            Label.META,
            self.ID,
            "a blog post's footer: its categories and tags",
            Field.TAGS,
            tuple(items),
        )
