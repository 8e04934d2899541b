"""Generic heuristics: the registry, in the order they run.

Line heuristics run in order on every line no site rule decided; the first that decides wins.
Document heuristics run after them. Add a heuristic by writing its class and listing it here.
"""

from __future__ import annotations

from ..segment import split_segments
from .base import Context, Heuristic
from .bylines import Bylines, Republished
from .captions import Caption, CaptionCopies, Slideshow
from .document import PassageCopies, Smoothing, Title
from .interface import (
    ArchiveBanner,
    CommentInterface,
    CommentStamps,
    Interface,
    Legal,
    Markup,
    Subscription,
)
from .menus import ArchiveMonths, Breadcrumb, Calendar, LanguageMenu, LinkRow, MenuRun, Pager
from .prompts import Prompts
from .related import RelatedLinks, TeaserList
from .tags import GluedTags, PostFooter, TagLine
from .zone import ArticleZone, CommentSection, OutsideZone

REGISTRY: tuple[type[Heuristic], ...] = (
    # line scope, in order; the first that decides a line wins
    Markup,
    LanguageMenu,
    Breadcrumb,
    GluedTags,
    PostFooter,
    TagLine,
    Legal,
    Republished,
    LinkRow,
    Prompts,
    Subscription,
    Interface,
    CommentInterface,
    CommentStamps,
    Caption,
    # document scope, in order
    ArchiveBanner,
    Slideshow,
    CaptionCopies,
    Pager,
    ArchiveMonths,
    Calendar,
    RelatedLinks,
    TeaserList,
    ArticleZone,
    Title,
    Bylines,
    CommentSection,
    OutsideZone,
    PassageCopies,
    MenuRun,
    Smoothing,
)

BY_ID: dict[str, type[Heuristic]] = {h.ID: h for h in REGISTRY}


def example_decides(heuristic: Heuristic, line: str) -> bool:
    """Whether ``heuristic`` takes ``line`` out of the body when it stands alone."""
    segments = split_segments(line)
    ctx = Context(segments, head_lines=6, tail_lines=6)
    return heuristic.check(ctx.lines[0], ctx) is not None


def check_heuristic_examples() -> list[str]:
    """Run every line heuristic's own examples; one message per failure."""
    failures = []
    for cls in REGISTRY:
        if cls.SCOPE != "line":
            continue
        heuristic = cls()
        for line in cls.DROP_EXAMPLES:
            if not example_decides(heuristic, line):
                failures.append(f'heuristic "{cls.ID}": example to drop is kept: {line!r}')
        for line in cls.KEEP_EXAMPLES:
            if example_decides(heuristic, line):
                failures.append(f'heuristic "{cls.ID}": example to keep is dropped: {line!r}')
    return failures


__all__ = ["BY_ID", "REGISTRY", "Context", "Heuristic", "check_heuristic_examples"]
