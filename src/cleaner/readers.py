"""Inputs -> items: stdin, text files, folders (recursive) and JSONL corpora (plain, .gz, .zst).

Reading streams: one record (or one file) is held at a time, so memory does not grow with the
corpus, and no line longer than ``max_bytes`` is ever held whole.

Reading never stops a batch: an input that cannot be read as a document (binary, wrong
encoding, bad JSON, too large) becomes an item with an ``error`` that the caller reports and
counts, so N items in always give N items out.
"""

from __future__ import annotations

import codecs
import gzip
import io
import itertools
import json
import sys
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, Literal, cast

import zstandard

from .extract import declared_charset

InputFormat = Literal["auto", "text", "jsonl"]

JSONL_SUFFIXES = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz", ".jsonl.zst", ".ndjson.zst")
HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml")
DEFAULT_MAX_BYTES = 20 * 1024 * 1024
_SNIFF_BYTES = 8192


@dataclass(frozen=True, slots=True)
class Item:
    """One document to clean, or the reason it could not be read."""

    where: str  # "path", "path:line" or "<stdin>"
    relpath: Path | None  # path relative to the input folder, for mirroring outputs
    text: str | None = None
    record: dict[str, Any] | None = None
    error: str | None = None
    size: int = 0  # bytes read for this document
    html: bool | None = None  # a web page by its file name (.html, .htm); None: content tells

    @property
    def is_record(self) -> bool:
        return self.record is not None


def is_jsonl_path(path: Path) -> bool:
    return path.name.lower().endswith(JSONL_SUFFIXES)


def decode(data: bytes, where: str, encoding: str) -> tuple[str | None, str | None]:
    """Bytes -> text, or an error message saying what is wrong and what to do."""
    if b"\x00" in data[:_SNIFF_BYTES]:
        return None, "binary data (NUL bytes), not a text dump; skipped"
    try:
        return data.decode(
            "utf-8-sig" if encoding.lower().replace("_", "-") == "utf-8" else encoding
        ), None
    except UnicodeDecodeError as exc:
        return None, (
            f"not valid {encoding} (bad byte 0x{data[exc.start]:02x} at offset {exc.start});"
            " pass --encoding (e.g. --encoding cp1252) or convert the file to UTF-8"
        )
    except LookupError:
        return None, f'unknown encoding "{encoding}"'


_CHUNK = 1 << 20


def capped_lines(stream: IO[bytes], max_bytes: int) -> Iterator[tuple[bytes, int]]:
    """Lines of a binary stream with their sizes; a line longer than ``max_bytes`` comes as
    ``(b"", size)`` and is skipped through without ever being held whole."""
    while True:
        raw = stream.readline(max_bytes + 1)
        if not raw:
            return
        if len(raw) <= max_bytes or raw.endswith(b"\n"):
            yield raw, len(raw)
            continue
        size = len(raw)
        while not raw.endswith(b"\n"):
            raw = stream.readline(_CHUNK)
            if not raw:
                break
            size += len(raw)
        yield b"", size


def iter_jsonl(lines: Iterable[tuple[bytes, int]], where: str, max_bytes: int) -> Iterator[Item]:
    """One item per non-blank line of a JSONL stream (``capped_lines`` gives the lines)."""
    for lineno, (raw, size) in enumerate(lines, 1):
        here = f"{where}:{lineno}"
        if size > max_bytes:
            yield Item(
                here,
                None,
                error=f"record of {size} bytes exceeds --max-bytes {max_bytes}; skipped",
                size=size,
            )
            continue
        if not raw.strip():
            continue
        try:
            value = json.loads(raw)
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            yield Item(here, None, error=f"invalid JSON ({exc}); fix or remove the line", size=size)
            continue
        if not isinstance(value, dict):
            yield Item(
                here,
                None,
                error=f"a record must be a JSON object, got {type(value).__name__}",
                size=size,
            )
            continue
        if b"\\ud" in raw or b"\\uD" in raw:  # escaped surrogates: maybe lone ones
            value = _repair_surrogates(value)
        yield Item(here, None, record=value, size=size)


def _repair_surrogates(value: Any) -> Any:
    """JSON may escape a lone UTF-16 surrogate (``"\\ud800"``), which no UTF-8 text can hold:
    each becomes U+FFFD, so the record can be cleaned and written back."""
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return value.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
        return value
    if isinstance(value, list):
        return [_repair_surrogates(v) for v in value]
    if isinstance(value, dict):
        return {_repair_surrogates(k): _repair_surrogates(v) for k, v in value.items()}
    return value


def open_compressed(path: Path) -> IO[bytes]:
    """A binary stream of a file, decompressed by its suffix (.gz, .zst)."""
    name = path.name.lower()
    if name.endswith(".gz"):
        return cast(IO[bytes], gzip.open(path, "rb"))
    if name.endswith(".zst"):
        raw = path.open("rb")
        reader = zstandard.ZstdDecompressor().stream_reader(raw, closefd=True)
        return cast(IO[bytes], io.BufferedReader(reader))
    return path.open("rb")


def _read_text(
    data: bytes,
    where: str,
    relpath: Path | None,
    encoding: str,
    max_bytes: int,
    *,
    html: bool | None = None,
) -> Item:
    if len(data) > max_bytes:
        return Item(
            where, relpath, error=f"{len(data)} bytes exceeds --max-bytes {max_bytes}; skipped"
        )
    if html and encoding.lower().replace("_", "-") == "utf-8":
        encoding = _usable(declared_charset(data)) or encoding  # a page says how it is encoded
    text, error = decode(data, where, encoding)
    return Item(where, relpath, text=text, error=error, size=len(data), html=html)


def _usable(charset: str | None) -> str | None:
    if charset is None:
        return None
    try:
        codecs.lookup(charset)
    except LookupError:
        return None
    return charset


def _read_file(
    path: Path, relpath: Path | None, fmt: InputFormat, encoding: str, max_bytes: int
) -> Iterator[Item]:
    where = str(path)
    if not path.exists():
        yield Item(where, relpath, error="no such file or folder")
        return
    if not path.is_file():
        yield Item(where, relpath, error="not a regular file (a fifo, socket or device?); skipped")
        return
    as_jsonl = fmt == "jsonl" or (fmt == "auto" and is_jsonl_path(path))
    try:
        if as_jsonl:
            with open_compressed(path) as stream:
                yield from iter_jsonl(capped_lines(stream, max_bytes), where, max_bytes)
            return
        size = path.stat().st_size
        if size > max_bytes:
            yield Item(
                where,
                relpath,
                error=f"{size} bytes exceeds --max-bytes {max_bytes}; skipped",
                size=size,
            )
            return
        html = True if path.name.lower().endswith(HTML_SUFFIXES) else None
        yield _read_text(path.read_bytes(), where, relpath, encoding, max_bytes, html=html)
    except (OSError, EOFError, gzip.BadGzipFile, zstandard.ZstdError) as exc:
        yield Item(where, relpath, error=f"cannot read ({exc})")


def _walk(folder: Path) -> Iterator[Path]:
    for path in sorted(folder.rglob("*")):
        rel = path.relative_to(folder)
        if any(part.startswith(".") for part in rel.parts):
            continue
        if path.is_file():
            yield path


def _looks_like_jsonl(head: bytes) -> bool:
    first = head.lstrip().split(b"\n", 1)[0]
    if not first.startswith(b"{"):
        return False
    try:
        return isinstance(json.loads(first), dict)
    except (json.JSONDecodeError, UnicodeDecodeError):
        return False


def _read_stdin(
    stream: IO[bytes], input_format: InputFormat, encoding: str, max_bytes: int
) -> Iterator[Item]:
    """Standard input: JSONL streamed record by record, or one text document."""
    lines = capped_lines(stream, max_bytes)
    head: list[tuple[bytes, int]] = []
    for raw, size in lines:  # blank lines, then the first line with content
        head.append((raw, size))
        if raw.strip() or size > max_bytes:
            break
    first = head[-1][0] if head else b""
    if input_format == "jsonl" or (input_format == "auto" and _looks_like_jsonl(first)):
        yield from iter_jsonl(itertools.chain(head, lines), "<stdin>", max_bytes)
        return
    size = sum(n for _, n in head)
    if size > max_bytes:
        yield Item("<stdin>", None, error=f"line of {size} bytes exceeds --max-bytes {max_bytes}")
        return
    data = b"".join(raw for raw, _ in head) + stream.read(max_bytes + 1 - size)
    yield _read_text(data, "<stdin>", None, encoding, max_bytes)


def iter_items(
    inputs: Sequence[str],
    *,
    input_format: InputFormat = "auto",
    encoding: str = "utf-8",
    max_bytes: int = DEFAULT_MAX_BYTES,
    stdin: IO[bytes] | None = None,
) -> Iterator[Item]:
    """Every document in ``inputs`` (``-`` or nothing: standard input), in order."""
    for name in inputs or ["-"]:
        if name == "-":
            yield from _read_stdin(
                stdin if stdin is not None else sys.stdin.buffer, input_format, encoding, max_bytes
            )
            continue
        path = Path(name)
        if path.is_dir():
            found = False
            for file in _walk(path):
                found = True
                yield from _read_file(
                    file, file.relative_to(path), input_format, encoding, max_bytes
                )
            if not found:
                yield Item(str(path), None, error="folder holds no files")
        else:
            yield from _read_file(path, Path(path.name), input_format, encoding, max_bytes)
