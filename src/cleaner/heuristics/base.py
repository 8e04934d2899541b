"""What a generic heuristic is: an id, a scope, options with defaults, examples, and a check.

Line heuristics look at one undecided line (with its neighbours and its place in the document)
and return a ``Decision`` or ``None``. Document heuristics look at the whole labelled document
once the line heuristics are done (choosing the title, smoothing between neighbours).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any, ClassVar, Literal

from ..errors import ConfigError
from ..model import Decision, Segment


@dataclass
class Context:
    """A document's segments with positions among its non-blank lines."""

    segments: Sequence[Segment]
    head_lines: int
    tail_lines: int
    known_title: str | None = None
    """The document's headline when the input carries it (a record's ``title`` field)."""
    lines: list[Segment] = field(init=False)
    _position: dict[int, int] = field(init=False)

    def __post_init__(self) -> None:
        self.lines = [s for s in self.segments if not s.is_blank]
        self._position = {s.index: i for i, s in enumerate(self.lines)}

    def position(self, seg: Segment) -> int:
        """Index of ``seg`` among the non-blank lines."""
        return self._position[seg.index]

    def in_head(self, seg: Segment, within: int | None = None) -> bool:
        return self.position(seg) < (self.head_lines if within is None else within)

    def in_tail(self, seg: Segment, within: int | None = None) -> bool:
        n = self.tail_lines if within is None else within
        return self.position(seg) >= len(self.lines) - n

    def previous(self, seg: Segment) -> Segment | None:
        i = self.position(seg)
        return self.lines[i - 1] if i > 0 else None

    def next(self, seg: Segment) -> Segment | None:
        i = self.position(seg)
        return self.lines[i + 1] if i + 1 < len(self.lines) else None


class Heuristic:
    """Base of every generic heuristic; subclasses set the class attributes and one method."""

    ID: ClassVar[str]
    SCOPE: ClassVar[Literal["line", "document"]] = "line"
    DEFAULTS: ClassVar[Mapping[str, Any]] = MappingProxyType({})
    # Lines the heuristic must take out of the body, and lines it must leave alone; each is
    # checked as a one-line document by the test suite and by ``cleaner rules test``.
    DROP_EXAMPLES: ClassVar[tuple[str, ...]] = ()
    KEEP_EXAMPLES: ClassVar[tuple[str, ...]] = ()

    def __init__(self, options: Mapping[str, Any] | None = None) -> None:
        options = dict(options or {})
        unknown = sorted(set(options) - set(self.DEFAULTS))
        if unknown:
            known = ", ".join(self.DEFAULTS) or "none"
            raise ConfigError(
                f'heuristic "{self.ID}": unknown option "{unknown[0]}" (options: {known})'
            )
        self.options: Mapping[str, Any] = MappingProxyType({**self.DEFAULTS, **options})

    @classmethod
    def summary(cls) -> str:
        doc = (cls.__doc__ or "").strip()
        return doc.splitlines()[0] if doc else ""

    def check(self, seg: Segment, ctx: Context) -> Decision | None:
        """Line scope: decide one undecided line, or return ``None`` to leave it."""
        raise NotImplementedError

    def apply(self, ctx: Context) -> None:
        """Document scope: set decisions on segments of ``ctx``."""
        raise NotImplementedError
