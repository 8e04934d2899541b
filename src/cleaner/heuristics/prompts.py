"""Comment, share and follow prompts: interface text, never article text."""

from __future__ import annotations

import re
from types import MappingProxyType

from ..model import Decision, Label, Segment
from ..textstats import words
from .base import Context, Heuristic

_NETWORKS = (
    r"facebook|twitter|x|whatsapp|telegram|linkedin|reddit|pinterest|tumblr|flipboard|email|"
    r"e-mail|mail|print|sms|messenger|viber|vk|copy link|copy url|instagram|youtube|tiktok|"
    r"threads|bluesky|mastodon|google\+?|digg|del\.icio\.us|stumbleupon"
)
# Share-bar labels standing alone on a line ("x" is left out: "X X X" is a section break).
_BUTTONS = _NETWORKS.replace("|x|", "|") + "|tweet|share|pin it"
_COUNT = r"(?:\s*[(\[]?\s*\d[\d,.]*\s*[kKmM]?\s*[)\]]?)?"

# Each pattern must match the whole line (case-insensitive); a prompt inside a sentence stays.
_PROMPTS = tuple(
    re.compile(p, re.IGNORECASE)
    for p in (
        # comments
        rf"(?:show|hide|view|read|see|load|open|close)(?: all| the)?{_COUNT} comments?{_COUNT}",
        rf"comments?{_COUNT}",
        r"(?:leave|post|add|write|submit)(?: a| your| new)? (?:comment|reply|response)s?",
        r"add your two cents",
        r"join the (?:conversation|discussion|debate)",
        r"(?:comments? (?:are|is) (?:closed|disabled)|be the first to comment)",
        r"click here to (?:comment|leave a comment)",
        r"(?:kommentare?|kommentieren|commentaires?|commenter|comentarios?|comentar)" + _COUNT,
        r"(?:kommentare|comments) (?:anzeigen|ausblenden)",
        # share
        rf"share(?: this| the)?(?: article| story| post| page| video)?(?: on| via| with)?"
        rf"(?:\s*(?:{_NETWORKS}))*\s*:?{_COUNT}",
        rf"(?:{_BUTTONS})(?:\s*[|/·•,]?\s*(?:{_BUTTONS}))*",
        r"(?:email|e-mail|print|send|save)(?: this)? (?:article|story|page|post)",
        r"(?:artikel |beitrag )?(?:teilen|drucken|versenden|merken)",
        r"(?:partager|imprimer|compartir|imprimir|condividi)(?: (?:sur|en|su) \w+)?",
        # follow
        rf"follow (?:us|@?\w+(?: \w+)?) on (?:{_NETWORKS})(?:\s*(?:,|and|&)\s*(?:{_NETWORKS}))*"
        r"[.!]?",
        rf"follow us(?: on)?(?:\s*[|,:]?\s*(?:{_NETWORKS}|and))*[.!:]?",
        rf"(?:like us on|find us on|connect with us on) (?:{_NETWORKS})[.!]?",
        r"(?:folgen sie uns|suivez-nous|síguenos)(?: (?:auf|sur|en) \w+)?[.!:]?",
    )
)


class Prompts(Heuristic):
    """A whole line that asks the reader to comment, share or follow.

    Dropped: ``Show Comments``, ``Share this article``, ``Follow us on Twitter``,
    ``Add your two cents``, ``Facebook Twitter Email``.
    Kept: ``Share prices fell 4% on Monday.``, ``Follow the money, the senator said.``: a prompt
    must be the whole line, so a sentence that starts with the same words stays.
    """

    ID = "generic.prompts"
    DEFAULTS = MappingProxyType({"max_words": 12})
    DROP_EXAMPLES = (
        "Show Comments",
        "Share this article",
        "Follow us on Twitter",
        "Add your two cents",
        "FACEBOOK TWITTER EMAIL",
        "Comments (12)",
        "Leave a comment",
        "Follow Press TV on Twitter",
        "Kommentare",
    )
    KEEP_EXAMPLES = (
        "Share prices fell 4% on Monday.",
        "Follow the money, the senator said.",
        "Comments from the minister drew criticism.",
        "Twitter said it would review the decision.",
        "X X X",
    )

    def check(self, seg: Segment, ctx: Context) -> Decision | None:
        text = seg.text.strip(" -–—•·|")
        if not text or len(words(text)) > self.options["max_words"]:
            return None
        for pattern in _PROMPTS:
            if pattern.fullmatch(text):
                return Decision(
                    Label.DROP, self.ID, "comment, share or follow prompt: reader interface text"
                )
        return None
