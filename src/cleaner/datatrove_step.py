"""A datatrove pipeline step, for corpora larger than one machine (the extra ``datatrove``:
``pip install -e ".[datatrove]"`` in a checkout).

datatrove runs pipelines of steps over sharded corpora with local, Slurm or Ray executors::

    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.readers import JsonlReader
    from datatrove.pipeline.writers import JsonlWriter
    from cleaner.datatrove_step import CleanerStep

    LocalPipelineExecutor(
        pipeline=[JsonlReader("dumps/"), CleanerStep(), JsonlWriter("clean/")],
        tasks=16,
        workers=8,
    ).run()

Each document's text becomes the clean body; cleaner's metadata (outlet, title, section, tags,
captions, removed lines, stats) goes to ``doc.metadata["cleaner"]``. The outlet is found from
``doc.metadata["url"]`` when the reader kept one. Documents that fail (or run past the time
limit) and documents left empty are dropped, counted in the step's stats (``failed``,
``dropped_empty``) and, given an ``exclusion_writer``, written there with the reason in
``doc.metadata["cleaner_error"]``. Removals are counted per rule (``rule:<id>``) in the stats.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import nullcontext
from typing import Any

from .batch import DEFAULT_TIME_LIMIT
from .columns import clean_row
from .config import CleanConfig

try:
    from datatrove.data import Document
    from datatrove.pipeline.base import PipelineStep
    from datatrove.utils.typeshelper import StatHints
except ImportError as exc:  # pragma: no cover - depends on the environment
    raise ImportError(
        'the datatrove step needs the extra datatrove: pip install -e ".[datatrove]" in a checkout'
    ) from exc


class CleanerStep(PipelineStep):  # type: ignore[misc]
    """Clean each document's text with cleaner; see the module's docstring."""

    name = "🧹 cleaner"
    type = "✂️ - FORMAT"

    def __init__(
        self,
        config: CleanConfig | None = None,
        *,
        url_key: str = "url",
        title_key: str | None = None,
        metadata_key: str = "cleaner",
        drop_empty: bool = True,
        time_limit: float | None = DEFAULT_TIME_LIMIT,
        exclusion_writer: Any = None,
    ) -> None:
        super().__init__()
        self.config = config
        self.url_key = url_key
        self.title_key = title_key
        self.metadata_key = metadata_key
        self.drop_empty = drop_empty
        self.time_limit = time_limit
        self.exclusion_writer = exclusion_writer

    def run(self, data: Any, rank: int = 0, world_size: int = 1) -> Iterator[Document]:
        writer_context = self.exclusion_writer if self.exclusion_writer else nullcontext()
        with writer_context as writer:
            for doc in data or ():
                self.stat_update(StatHints.total)
                with self.track_time():
                    body, metadata = clean_row(
                        doc.text,
                        url=doc.metadata.get(self.url_key),
                        doc_id=doc.id,
                        title=doc.metadata.get(self.title_key) if self.title_key else None,
                        config=self.config,
                        limit=self.time_limit,
                    )
                error = metadata.get("error")
                if error is None and self.drop_empty and not body.strip():
                    error = "nothing left after cleaning"
                    self.stat_update("dropped_empty")
                elif error is not None:
                    self.stat_update("failed")
                if error is not None:
                    self.stat_update(StatHints.dropped)
                    if writer is not None:
                        doc.metadata["cleaner_error"] = error
                        writer.write(doc, rank)
                    continue
                removed = metadata.get("removed") or []
                self.stat_update("lines_removed", value=len(removed))
                for removal in removed:
                    self.stat_update(f"rule:{removal['rule']}")
                doc.text = body
                doc.metadata[self.metadata_key] = metadata
                self.stat_update(StatHints.forwarded)
                self.update_doc_stats(doc)
                yield doc
