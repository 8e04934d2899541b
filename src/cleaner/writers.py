"""Results -> output: text, one JSON document, or JSONL; to stdout, a file or a mirrored folder.

Files are written atomically: to a temporary file beside the target, renamed into place when
complete, so an interrupted run never leaves a half-written output. A file name ending in
``.gz`` or ``.zst`` is compressed.
"""

from __future__ import annotations

import gzip
import io
import json
import os
import re
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any, Literal, cast

import zstandard

OutputFormat = Literal["text", "json", "jsonl"]


@contextmanager
def atomic_open(path: Path) -> Iterator[IO[str]]:
    """Open ``path`` for writing UTF-8 text (compressed for ``.gz`` and ``.zst``); the file
    appears only if the block finishes without error."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as raw:
            binary: IO[bytes] = raw
            name = path.name.lower()
            if name.endswith(".gz"):
                binary = cast(IO[bytes], gzip.GzipFile(filename="", mode="wb", fileobj=raw))
            elif name.endswith(".zst"):
                binary = cast(
                    IO[bytes], zstandard.ZstdCompressor().stream_writer(raw, closefd=False)
                )
            with io.TextIOWrapper(binary, encoding="utf-8", newline="\n") as handle:
                yield handle
        os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes the file private; outputs are not
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current


def dump_json(record: dict[str, Any], *, pretty: bool = False) -> str:
    if pretty:
        return json.dumps(record, ensure_ascii=False, indent=2)
    return json.dumps(record, ensure_ascii=False, separators=(",", ":"))


class StreamWriter:
    """Writes each output to one stream: text documents, a JSON value or array, or JSONL."""

    def __init__(self, stream: IO[str], fmt: OutputFormat, *, many: bool) -> None:
        self.stream = stream
        self.fmt = fmt
        self.many = many
        self.count = 0

    def write(self, record: dict[str, Any], text: str) -> None:
        if self.fmt == "jsonl":
            self.stream.write(dump_json(record) + "\n")
        elif self.fmt == "json":
            if self.many:
                self.stream.write(
                    ("[\n" if self.count == 0 else ",\n") + dump_json(record, pretty=True)
                )
            else:
                self.stream.write(dump_json(record, pretty=True) + "\n")
        else:
            self.stream.write(text)
        self.count += 1

    def close(self) -> None:
        if self.fmt == "json" and self.many:
            self.stream.write("[]\n" if self.count == 0 else "\n]\n")
        self.stream.flush()


class FolderWriter:
    """Writes one output file per input file, mirroring the input folder's layout."""

    def __init__(self, folder: Path, fmt: OutputFormat) -> None:
        self.folder = folder
        self.fmt = fmt
        self.count = 0

    def target(self, relpath: Path) -> Path:
        if self.fmt == "text":
            return self.folder / relpath
        return self.folder / relpath.with_name(relpath.name + ".json")

    def write_file(self, relpath: Path, record: dict[str, Any], text: str) -> None:
        with atomic_open(self.target(relpath)) as handle:
            handle.write(text if self.fmt == "text" else dump_json(record, pretty=True) + "\n")
        self.count += 1


def safe_name(doc_id: Any, fallback: int) -> str:
    """A file name from a record id that cannot climb out of the output folder."""
    name = re.sub(r"[^\w.-]+", "_", str(doc_id) if doc_id is not None else "").strip("._")
    return (name or f"document-{fallback + 1}") + ".txt"


def stdout_text() -> IO[str]:
    stream = sys.stdout
    if hasattr(stream, "reconfigure"):
        stream.reconfigure(encoding="utf-8")
    return stream
