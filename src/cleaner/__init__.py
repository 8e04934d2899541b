"""cleaner: strip boilerplate and noise from scraped news text, and keep what it learns.

Public API::

    from cleaner import clean_text, clean_record, clean_batch, Cleaner, CleanConfig, load_rules

    result = clean_text(dump, url="https://www.presstv.ir/...")
    result.text, result.title, result.captions, result.removed
    result.to_dict()   # the JSON record

For many documents build one ``Cleaner`` (rule files are loaded once) and call its methods;
``clean_batch`` cleans columns, for ``datasets.map(batched=True)``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .columns import clean_batch
from .config import CleanConfig
from .errors import CleanerError, ConfigError, InputError, RuleFileError
from .model import Caption, CleanResult, Label, Outlet, Removal, Segment
from .pipeline import Cleaner, default_cleaner
from .ruleset import RuleSet, load_rule_file, load_rules

__version__ = "0.1.0"


def clean_text(
    text: str,
    *,
    url: str | None = None,
    doc_id: str | None = None,
    config: CleanConfig | None = None,
) -> CleanResult:
    """Clean one text dump with the default configuration (or ``config``)."""
    cleaner = Cleaner(config) if config is not None else default_cleaner()
    return cleaner.clean_text(text, url=url, doc_id=doc_id)


def clean_record(record: Mapping[str, Any], *, config: CleanConfig | None = None) -> dict[str, Any]:
    """Clean one JSON record (see ``Cleaner.clean_record``)."""
    cleaner = Cleaner(config) if config is not None else default_cleaner()
    return cleaner.clean_record(record)


__all__ = [
    "Caption",
    "CleanConfig",
    "CleanResult",
    "Cleaner",
    "CleanerError",
    "ConfigError",
    "InputError",
    "Label",
    "Outlet",
    "Removal",
    "RuleFileError",
    "RuleSet",
    "Segment",
    "clean_batch",
    "clean_record",
    "clean_text",
    "load_rule_file",
    "load_rules",
]
