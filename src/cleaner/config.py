"""One frozen options object with every default in one place.

Build it once (the CLI builds it from its flags) and pass it down; nothing in cleaner mutates it
or any module-level default. Use ``dataclasses.replace(config, ...)`` for a variant.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any, Literal

RULES_ENV_VAR = "CLEANER_RULES"
"""Extra rule folders, separated by the platform's path separator (``:`` on POSIX)."""

TEXT_FIELDS = ("text", "content", "maintext", "body")
ID_FIELDS = ("id", "doc_id", "uuid", "_id")
URL_FIELDS = ("url", "source_url", "link", "uri")
TITLE_FIELDS = ("title", "headline")
HTML_FIELDS = ("html", "raw_html", "content_html")


def _frozen(mapping: Mapping[str, Any] | None = None) -> Mapping[str, Any]:
    return MappingProxyType(dict(mapping or {}))


@dataclass(frozen=True)
class CleanConfig:
    """Everything that changes how a document is cleaned."""

    # Site rules
    site_rules: bool = True
    """Apply outlet rule files. ``False`` runs the generic heuristics alone."""
    builtin_rules: bool = True
    """Load the rule files shipped with cleaner."""
    rule_dirs: tuple[Path, ...] = ()
    """User rule folders (each ``*.yaml``/``*.yml`` file is one outlet), after the built-in ones."""
    outlet: str | None = None
    """Force this outlet id instead of detecting it."""

    # Generic heuristics
    generic: bool = True
    """Apply the generic heuristics to lines no site rule decided."""
    disabled: frozenset[str] = frozenset()
    """Ids of heuristics to skip."""
    heuristic_options: Mapping[str, Mapping[str, Any]] = field(default_factory=_frozen)
    """Per-heuristic option overrides: ``{"generic.breadcrumb": {"max_item_words": 5}}``."""

    # Zones: how many non-blank lines count as the head and the tail of a document.
    head_lines: int = 6
    tail_lines: int = 6

    # Captions
    captions_inline: bool = False
    """Keep captions that fit the article in the body (they always go into metadata too)."""

    # Passes
    settle: bool = True
    """Clean the clean text again until it stops changing, so cleaning cleaner's output
    changes nothing. ``False`` (the CLI's ``--single-pass``) cleans once:
    faster, but a second cleaning may remove more."""

    # Text handling
    normalize_space: bool = True
    """Fold runs of spaces, tabs and no-break spaces inside a line to one space, and trim lines."""

    # Input
    input_type: Literal["auto", "text", "html"] = "auto"
    """What documents are: ``auto`` takes a document for a web page when it starts like one
    (a doctype, ``<html>``...), a file when it is named ``.html``/``.htm``, a record when it
    has an ``html`` field and no text field."""
    max_html_bytes: int = 20 * 1024 * 1024
    """Web pages larger than this (UTF-8 bytes) are refused before parsing (the CLI's
    ``--max-bytes``); lxml needs many times a page's size in memory."""
    html_favor_recall: bool = True
    """Ask trafilatura to keep more of a page; the text rules then remove the debris."""

    # Records
    text_field: str | None = None
    """JSONL field holding the text; ``None`` picks the first of ``TEXT_FIELDS`` present."""
    id_field: str | None = None
    url_field: str | None = None
    title_field: str | None = None
    """JSONL field with the document's own headline, if any (default: title or headline)."""

    def __post_init__(self) -> None:
        if self.head_lines < 0 or self.tail_lines < 0:
            raise ValueError("head_lines and tail_lines must be >= 0")
        if self.input_type not in ("auto", "text", "html"):
            raise ValueError(f"input_type must be auto, text or html, not {self.input_type!r}")
        object.__setattr__(self, "rule_dirs", tuple(Path(p) for p in self.rule_dirs))
        object.__setattr__(self, "disabled", frozenset(self.disabled))
        object.__setattr__(
            self,
            "heuristic_options",
            _frozen({k: _frozen(v) for k, v in dict(self.heuristic_options).items()}),
        )

    def options_for(self, heuristic_id: str) -> Mapping[str, Any]:
        return self.heuristic_options.get(heuristic_id, _frozen())


def rule_dirs_from_env(environ: Mapping[str, str] | None = None) -> tuple[Path, ...]:
    """Rule folders named in ``$CLEANER_RULES``."""
    value = (environ if environ is not None else os.environ).get(RULES_ENV_VAR, "")
    return tuple(Path(p) for p in value.split(os.pathsep) if p.strip())
