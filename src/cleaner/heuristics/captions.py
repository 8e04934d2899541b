"""Photo captions and credit lines (detection lives in ``cleaner.captions``)."""

from __future__ import annotations

from types import MappingProxyType

from ..captions import detect_caption
from ..model import Decision, Field, Label, Segment
from .base import Context, Heuristic


class Caption(Heuristic):
    """A photo caption or credit line: out of the body, into metadata ``captions``.

    Dropped: ``Iraqi Prime Minister Haider al-Abadi (AFP Photo)``,
    ``Protesters gather in Tahrir Square. Photo: Reuters``,
    ``US Rep. Ilhan Omar (D-MN) (L) talks with ... on March 08, 2019 in Washington, DC.``
    Kept: ``..., Reuters reported.`` and ``LONDON (Reuters) - ...`` (agency named as a source, not
    as a credit), and long paragraphs that end with ``(AFP)``.
    """

    ID = "generic.caption"
    DEFAULTS = MappingProxyType({"max_words": 80})
    DROP_EXAMPLES = (
        "Iraqi Prime Minister Haider al-Abadi (AFP Photo)",
        "Protesters gather in Tahrir Square. Photo: Reuters",
        "A man walks past a mural in Havana, Cuba. (AP Photo/Ramon Espinosa)",
        "Rescue workers search the rubble in Idlib. REUTERS/Khalil Ashawi",
        "Smoke rises over the city (File photo)",
        "Singer Taylor Swift arrives at the premiere. Kevin Winter/Getty Images for TAS",
        "Chancellor Angela Merkel (C) speaks during a news conference in Berlin on May 12, 2019.",
    )
    KEEP_EXAMPLES = (
        "The head of Iraq’s Defence and Security Committee said on Wednesday that Baghdad could"
        " ask for Russian airstrikes, Reuters reported.",
        "LONDON (Reuters) - British factory output fell for a third month in October, official"
        " figures showed on Friday.",
        "The photo, taken by a local resident, shows the convoy entering the town.",
        "SEATTLE Jan 14, 2008 (AP)",
        "Getty Images said on Tuesday it had agreed to buy a rival photo agency.",
    )

    def check(self, seg: Segment, ctx: Context) -> Decision | None:
        n_words = ctx.word_count(seg)
        if n_words > self.options["max_words"]:
            return None
        found = detect_caption(seg.text, n_words=n_words)
        if found is None:
            return None
        values = (found.credit,) if found.credit else ()
        return Decision(Label.META, self.ID, found.reason, Field.CAPTION, values)
