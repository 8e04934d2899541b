"""Photo captions and credit lines (detection lives in ``cleaner.captions``)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from types import MappingProxyType

from ..captions import (
    CONTROL_AFTER_CAPTION,
    CONTROL_BEFORE_CAPTION,
    GALLERY_RULE_ID,
    detect_caption,
    gallery_slide,
    is_credit_line,
)
from ..model import Decision, Field, Label, Segment
from .base import Context, Heuristic, runs

_BYLINE = re.compile(r"^by\s", re.IGNORECASE)
# A sentence ending followed by another sentence: captions have one or two sentences.
_SENTENCE_BREAK = re.compile(r"[.!?…][\"'”’)]*\s+[\"'“‘(]?[A-ZÀ-ÖØ-Þ]")


class Caption(Heuristic):
    """A photo caption or credit line: out of the body, into metadata ``captions``.

    Dropped: ``Iraqi Prime Minister Haider al-Abadi (AFP Photo)``,
    ``Protesters gather in Tahrir Square. Photo: Reuters``,
    ``US Rep. Ilhan Omar (D-MN) (L) talks with ... on March 08, 2019 in Washington, DC.``
    Kept: ``..., Reuters reported.`` and ``LONDON (Reuters) - ...`` (agency named as a source, not
    as a credit), and long paragraphs that end with ``(AFP)``.

    A line with no marker is a caption by its place: between photo viewer controls
    (``Fullscreen``), beside one when it is short (``max_words_by_control``), or opening a
    paragraph that its photo credit closes when it is short and one or two sentences long.
    A gallery's slide that its viewer's button and count close (``... Hide Caption 2 of 37``)
    is one at any length up to ``captions.MAX_SLIDE_WORDS`` words.
    """

    ID = "generic.caption"
    DEFAULTS = MappingProxyType(
        {
            "max_words": 80,
            "max_words_by_control": 25,
            "max_words_above_credit": 40,
            "max_sentences_above_credit": 2,
        }
    )
    DROP_EXAMPLES = (
        "Iraqi Prime Minister Haider al-Abadi (AFP Photo)",
        "Protesters gather in Tahrir Square. Photo: Reuters",
        "A man walks past a mural in Havana, Cuba. (AP Photo/Ramon Espinosa)",
        "Rescue workers search the rubble in Idlib. REUTERS/Khalil Ashawi",
        "Smoke rises over the city (File photo)",
        "Singer Taylor Swift arrives at the premiere. Kevin Winter/Getty Images for TAS",
        "Chancellor Angela Merkel (C) speaks during a news conference in Berlin on May 12, 2019.",
        "Trump at the Economic Club of New York.Credit...Anna Moneymaker/The New York Times",
        "A fighter gestures at the frontline in Raqqa, Syria. Reuters",
        "Greg Zuerlein would have won the game in overtime. (Jeff Chiu/AP)",
        "FILE - In this Nov. 2, 2016, file photo, the FBI headquarters in Washington.",
        "Can the ceasefire hold this time? 02:14",
        "This satellite image shows the storm over the gulf at noon on Monday.",
        "Mayor Ann Lee (left) and Fire Chief Tom Ruiz",
        "Ann Lee, left, and Tom Ruiz were sworn in on Monday.",
    )
    KEEP_EXAMPLES = (
        "The head of Iraq’s Defence and Security Committee said on Wednesday that Baghdad could"
        " ask for Russian airstrikes, Reuters reported.",
        "LONDON (Reuters) - British factory output fell for a third month in October, official"
        " figures showed on Friday.",
        "The photo, taken by a local resident, shows the convoy entering the town.",
        "SEATTLE Jan 14, 2008 (AP)",
        "Getty Images said on Tuesday it had agreed to buy a rival photo agency.",
        "The ticket came courtesy of an old friend.",
        "Space junk: worse than you think (pictures)",
        "Business sentiment rose to a two-year high, a Thomson Reuters/INSEAD survey showed.",
        "Posted by Jane Roe in Linux at 04:32",
        "Starfall(R) Deluxe Edition",
        "This shows how badly the bridge has rusted since the last inspection.",
        "At the fork we turned left, and the road narrowed to a single lane.",
    )

    def check(self, seg: Segment, ctx: Context) -> Decision | None:
        n_words = ctx.word_count(seg)
        if n_words > self.options["max_words"] and not gallery_slide(seg.text):
            return None
        found = detect_caption(seg.text)
        if found is None:
            reason = self._placed_as_caption(seg, ctx, n_words)
            if reason is None:
                return None
            return Decision(Label.META, self.ID, reason, Field.CAPTION)
        values = (found.credit,) if found.credit else ()
        return Decision(Label.META, self.ID, found.reason, Field.CAPTION, values)

    def _placed_as_caption(self, seg: Segment, ctx: Context, n_words: int) -> str | None:
        """Why a line is a caption by where it stands: beside a photo viewer's control, or
        right above its photo credit in the same paragraph (or above copies of itself there)."""
        before, after = ctx.previous(seg), ctx.next(seg)
        control_before = before is not None and CONTROL_BEFORE_CAPTION.match(before.text.strip())
        control_after = after is not None and CONTROL_AFTER_CAPTION.match(after.text.strip())
        if control_before and control_after:
            return "stands between photo viewer controls"
        # One control alone is weaker evidence: a viewer button may sit above a photo with
        # no caption, right before the article's first paragraph.
        if (control_before or control_after) and n_words <= self.options["max_words_by_control"]:
            control = before if control_before else after
            assert control is not None
            side = "follows" if control_before else "precedes"
            return f"{side} a photo viewer control ({control.text.strip()})"
        below = after
        while below is not None and below.block == seg.block and below.text == seg.text:
            below = ctx.next(below)  # a copy of the caption (figure and lightbox)
        if (
            below is not None
            and below.block == seg.block
            and _opens_caption(seg, before)
            and n_words <= self.options["max_words_above_credit"]
            and not _BYLINE.match(seg.text)
            and len(_SENTENCE_BREAK.findall(seg.text)) < self.options["max_sentences_above_credit"]
            and is_credit_line(below.text)
        ):
            return "opens a paragraph that its photo credit closes"
        return None


def _opens_caption(seg: Segment, before: Segment | None) -> bool:
    """Whether a line starts what its paragraph says, as a caption does: it opens the
    paragraph, or only a copy of itself or a line already taken out stands above it."""
    return (
        before is None
        or before.block != seg.block
        or before.text.strip() == seg.text.strip()
        or (before.decision is not None and before.decision.label is not Label.KEEP)
    )


class Slideshow(Heuristic):
    """A photo gallery saved as text: its slide captions, then one title line per slide.

    A gallery widget repeats its title once per slide (``From the campaign trail`` 177 times
    over), right below its slides' captions, sometimes after a ``Hide Caption`` button. When a
    line repeats at least ``min_slides`` times in a row and the same number of distinct lines
    stand right above it in the same paragraph, those lines are the slides' captions; the
    repeated titles are dropped. Articles do not repeat a line five times in a row.
    """

    ID = GALLERY_RULE_ID
    SCOPE = "document"
    DEFAULTS = MappingProxyType({"min_slides": 5, "max_title_words": 15, "max_words": 80})

    def apply(self, ctx: Context) -> None:
        self._between_controls(ctx)
        lines = ctx.lines
        for first, last in runs(lines, lambda a, b: b.text == a.text and b.block == a.block):
            slides = last - first + 1
            if (
                slides >= self.options["min_slides"]
                and ctx.word_count(lines[first]) <= self.options["max_title_words"]
            ):
                self._label(ctx, first, slides)

    def _between_controls(self, ctx: Context) -> None:
        """Slides whose captions alternate with a viewer button (``Fullscreen``, caption,
        ``Fullscreen``, caption, ...): at least ``min_slides`` captions make a gallery."""
        lines = ctx.lines
        i = 0
        while i < len(lines):
            control = lines[i].text.strip()
            if not (CONTROL_BEFORE_CAPTION.match(control) and CONTROL_AFTER_CAPTION.match(control)):
                i += 1
                continue
            j = i
            while (
                j + 2 < len(lines)
                and lines[j + 2].text.strip() == control
                and ctx.word_count(lines[j + 1]) <= self.options["max_words"]
            ):
                j += 2
            slides = lines[i + 1 : j : 2]
            if len(slides) >= self.options["min_slides"]:
                self._take(slides, f"slide caption of a photo gallery between {control!r} buttons")
            i = max(j, i + 1)

    def _take(self, captions: Sequence[Segment], reason: str) -> None:
        for seg in captions:
            # A caption found line by line joins its gallery, to be judged with it.
            if seg.decision is None or seg.decision.field is Field.CAPTION:
                seg.decision = Decision(
                    Label.META,
                    self.ID,
                    reason,
                    Field.CAPTION,
                    seg.decision.values if seg.decision else (),  # its credit, if found
                )

    def _label(self, ctx: Context, first_title: int, slides: int) -> None:
        lines = ctx.lines
        top = first_title
        if top > 0 and CONTROL_AFTER_CAPTION.match(lines[top - 1].text.strip()):
            top -= 1  # "Hide Caption" between the captions and the titles
        start = top - slides
        if start < 0:
            return
        captions = lines[start:top]
        block = lines[first_title].block
        if (
            any(seg.block != block for seg in captions)
            or len({seg.text for seg in captions}) < slides
            or any(ctx.word_count(seg) > self.options["max_words"] for seg in captions)
        ):
            return
        title = lines[first_title].text
        self._take(captions, f"slide caption of a photo gallery titled {title!r}")
        for seg in lines[first_title : first_title + slides]:
            if not seg.decided:
                seg.decision = Decision(
                    Label.DROP, self.ID, "title a photo gallery repeats once per slide"
                )


class CaptionCopies(Heuristic):
    """A copy of a caption found elsewhere on the page: dropped from the body.

    A photo's caption often stands twice in a saved page, as the image's alternative text
    and as its caption, or once in the article and again in a gallery or lightbox; only one
    copy may have the credit or the viewer control beside it that marks it as a caption.
    A line of at least ``min_words`` words that repeats, word for word, a line taken as a
    caption is that caption again, not a paragraph: it goes from the body, and the removal
    record names the line it copies. Shorter lines (a name, a place) may well stand in the
    article too.
    """

    ID = "generic.caption-copy"
    SCOPE = "document"
    DEFAULTS = MappingProxyType({"min_words": 5})

    def apply(self, ctx: Context) -> None:
        captions: dict[str, Segment] = {}
        for seg in ctx.lines:
            if (
                seg.decision is not None
                and seg.decision.field is Field.CAPTION
                and ctx.word_count(seg) >= self.options["min_words"]
            ):
                captions.setdefault(_folded(seg.text), seg)
        if not captions:
            return
        for seg in ctx.lines:
            if seg.decided:
                continue
            caption = captions.get(_folded(seg.text))
            if caption is not None:
                seg.decision = Decision(
                    Label.DROP, self.ID, f"a copy of the caption on line {caption.lineno}"
                )


def _folded(text: str) -> str:
    return " ".join(text.split()).casefold()
