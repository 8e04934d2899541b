"""Cleaning as a step in other projects: one record, or a batch of columns.

``clean_batch`` takes and returns columns (a mapping of equal-length lists), the shape that
Hugging Face ``datasets.Dataset.map(batched=True)`` passes::

    from functools import partial
    from cleaner.columns import clean_batch

    dataset = dataset.map(clean_batch, batched=True, num_proc=8)
    dataset = dataset.map(partial(clean_batch, text_column="content"), batched=True)

The text column is replaced by the clean body; every other column passes through; one column
is added, ``cleaner``, holding cleaner's metadata for the row as a JSON string (outlet, title,
section, tags, captions, removed lines, stats, warnings; ``error`` for a row that could not be
cleaned, whose text becomes empty). A JSON string keeps the column's type the same in every
batch, whatever a row holds. Each process builds its ``Cleaner`` once per configuration.

The per-row time limit (``limit``, seconds) uses ``SIGALRM`` in the main thread (elsewhere no
limit applies); a program with its own interval timer passes ``limit=None``.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any

from .batch import DEFAULT_TIME_LIMIT, guarded
from .config import CleanConfig
from .errors import CleanerError
from .pipeline import Cleaner, default_cleaner

METADATA_COLUMN = "cleaner"

_cleaners: list[tuple[CleanConfig, Cleaner]] = []  # a config holds mappings: not hashable


def cleaner_for(config: CleanConfig | None) -> Cleaner:
    """One ``Cleaner`` per configuration per process (rule files are loaded once)."""
    if config is None:
        return default_cleaner()
    for known, cleaner in _cleaners:
        if known == config:
            return cleaner
    cleaner = Cleaner(config)
    _cleaners.append((config, cleaner))
    return cleaner


def clean_row(
    text: Any,
    *,
    url: Any = None,
    doc_id: Any = None,
    title: Any = None,
    config: CleanConfig | None = None,
    limit: float | None = DEFAULT_TIME_LIMIT,
) -> tuple[str, dict[str, Any]]:
    """The clean body of one row and its metadata (``{"error": ...}`` when it fails)."""
    cleaner = cleaner_for(config)  # a bad configuration raises: it is not one row's fault
    if not isinstance(text, str):
        return "", {"error": f"text is {type(text).__name__}, not a string"}
    result, error = guarded(
        lambda: cleaner.clean(
            text,
            url=url if isinstance(url, str) else None,
            doc_id=str(doc_id) if doc_id is not None else None,
            title=title if isinstance(title, str) and title.strip() else None,
        ),
        limit,
        hint="raise the limit argument",
    )
    if result is None:
        return "", {"error": error}
    metadata = result.to_dict()
    body = metadata.pop("text")
    return body, metadata


def clean_batch(
    batch: Mapping[str, Sequence[Any]],
    *,
    text_column: str = "text",
    url_column: str | None = "url",
    id_column: str | None = "id",
    title_column: str | None = None,
    config: CleanConfig | None = None,
    limit: float | None = DEFAULT_TIME_LIMIT,
) -> dict[str, list[Any]]:
    """Clean a batch of rows given as columns; see the module's docstring.

    ``url_column`` and ``id_column`` are used when present. ``title_column`` names the
    document's own headline, when the corpus has one (see ``Cleaner.clean_text``). A text that
    is a web page (or every text, with ``input_type="html"`` in the config) is cleaned as one.
    """
    if text_column not in batch:
        raise CleanerError(
            f'no column "{text_column}" (columns: {", ".join(batch)}); pass text_column='
        )
    texts = batch[text_column]

    def column(name: str | None) -> Sequence[Any]:
        if name is None or name not in batch:
            return [None] * len(texts)
        return batch[name]

    bodies: list[Any] = []
    metadata: list[str] = []
    for text, url, doc_id, title in zip(
        texts, column(url_column), column(id_column), column(title_column), strict=True
    ):
        body, meta = clean_row(
            text, url=url, doc_id=doc_id, title=title, config=config, limit=limit
        )
        bodies.append(body)
        metadata.append(json.dumps(meta, ensure_ascii=False))
    out = {name: list(values) for name, values in batch.items()}
    out[text_column] = bodies
    out[METADATA_COLUMN] = metadata
    return out
