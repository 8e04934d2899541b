"""The ``cleaner`` command: parses options, builds the config, calls the library, prints.

Exit status: 0 when every document was cleaned; 1 when some document could not be read or
cleaned (each is reported on stderr and, in JSON output, as an error record); 2 for a usage
error or a bad rule file.
"""

from __future__ import annotations

import dataclasses
import json
import re
import signal
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import Any, NoReturn, TypeVar, cast

import click
from tqdm import tqdm

from . import __version__
from .batch import DEFAULT_TIME_LIMIT, Outcome, Summary, clean_items, default_jobs
from .config import CleanConfig, rule_dirs_from_env
from .corpus import check_case, iter_cases
from .errors import CleanerError, ConfigError
from .evaluate import evaluate_records, markdown_table
from .explain import explain_rows, explain_text
from .ftr import import_site_configs, is_site_file
from .heuristics import REGISTRY, check_heuristic_examples
from .learn import LearnOptions, document_text_and_url, learn_corpus, learn_rules
from .model import render_text
from .outlets import host_of
from .pipeline import Cleaner, is_page, read_record
from .readers import DEFAULT_MAX_BYTES, InputFormat, Item, is_jsonl_path, iter_items
from .report import ReportBuilder, explain_page, is_cleaned_record
from .ruleset import (
    OUTLET_ID,
    RuleSet,
    builtin_rules_dir,
    check_examples,
    load_rule_file,
    load_rules,
    rule_files,
)
from .writers import (
    FolderWriter,
    OutputFormat,
    StreamWriter,
    atomic_open,
    dump_json,
    safe_name,
    stdout_text,
)

F = TypeVar("F", bound=Callable[..., Any])

OMITTABLE = (
    "outlet",
    "title",
    "section",
    "breadcrumb",
    "tags",
    "byline",
    "date",
    "captions",
    "removed",
    "language",
    "warnings",
    "stats",
)
"""cleaner's fields that ``clean --omit`` can leave out of output records."""


def _stacked(decorators: Sequence[Callable[[Any], Any]], func: F) -> F:
    """Apply option decorators as if written above ``func`` in this order."""
    wrapped: Any = func
    for decorator in reversed(decorators):
        wrapped = decorator(wrapped)
    return cast(F, wrapped)


def rule_options(func: F) -> F:
    """Options shared by every command that loads rules and cleans."""
    decorators = [
        click.option(
            "--rules",
            "rule_dirs",
            multiple=True,
            type=click.Path(path_type=Path),
            help="Folder (or file) of extra rule files; repeatable. Also read from $CLEANER_RULES.",
        ),
        click.option(
            "--no-builtin-rules", is_flag=True, help="Do not load the shipped rule files."
        ),
        click.option(
            "--no-site-rules", is_flag=True, help="Generic heuristics only: no outlet rules."
        ),
        click.option("--no-generic", is_flag=True, help="Site rules only: no generic heuristics."),
        click.option(
            "--outlet", metavar="ID", help="Use this outlet's rules instead of detecting it."
        ),
        click.option(
            "--disable",
            multiple=True,
            metavar="HEURISTIC",
            help="Skip a generic heuristic by id (e.g. generic.title); repeatable.",
        ),
        click.option(
            "--captions-inline",
            is_flag=True,
            help="Keep captions that fit the article in the body (they stay in metadata too).",
        ),
        click.option(
            "--single-pass",
            is_flag=True,
            help="Clean each document once, without the passes over the clean text that make"
            " cleaning idempotent: faster, but cleaning the output again may remove more.",
        ),
    ]
    return _stacked(decorators, func)


INPUT_TYPE = click.option(
    "--input-type",
    type=click.Choice(["auto", "text", "html"]),
    default="auto",
    show_default=True,
    help="What documents are: text dumps or web pages; auto goes by file name (.html),"
    " a record's html field, and how the document starts.",
)


def input_options(func: F) -> F:
    """How inputs are read; shared by the commands that clean a corpus."""
    decorators = [
        click.option(
            "--input-format",
            type=click.Choice(["auto", "text", "jsonl"]),
            default="auto",
            show_default=True,
            help="How to read inputs; auto goes by file name and content.",
        ),
        INPUT_TYPE,
        click.option("--url", help="URL or domain of a text input, to find its outlet."),
        click.option(
            "--text-field",
            help="JSONL field with the text (default: text, content, maintext or body; then the"
            " web page fields html, raw_html or content_html).",
        ),
        click.option(
            "--id-field",
            help="JSONL field with the document id (default: id, doc_id, uuid or _id).",
        ),
        click.option(
            "--url-field", help="JSONL field with the URL (default: url, source_url, link or uri)."
        ),
        click.option(
            "--title-field",
            help="JSONL field with the document's own headline (default: title or headline); "
            "only a line matching it is taken as the title.",
        ),
        click.option(
            "--encoding", default="utf-8", show_default=True, help="Encoding of text inputs."
        ),
        click.option(
            "--max-bytes",
            type=click.IntRange(min=1),
            default=DEFAULT_MAX_BYTES,
            show_default=True,
            help="Skip (and report) documents larger than this.",
        ),
    ]
    return _stacked(decorators, func)


def batch_options(func: F) -> F:
    """Workers, time limit, progress and quiet; shared by the commands that clean a corpus."""
    decorators = [
        click.option(
            "-j",
            "--jobs",
            type=click.IntRange(min=1),
            help="Worker processes (default: every core). Output stays in input order.",
        ),
        click.option(
            "--time-limit",
            type=click.FloatRange(min=0),
            default=DEFAULT_TIME_LIMIT,
            show_default=True,
            help="Seconds a document may take before it is reported as failed (0: no limit).",
        ),
        click.option(
            "--progress/--no-progress",
            default=None,
            help="Progress bar on stderr (default: when stderr is a terminal).",
        ),
        click.option(
            "-q", "--quiet", is_flag=True, help="No summary on stderr (errors are still reported)."
        ),
    ]
    return _stacked(decorators, func)


def build_config(**opts: Any) -> CleanConfig:
    return CleanConfig(
        site_rules=not opts["no_site_rules"],
        builtin_rules=not opts["no_builtin_rules"],
        rule_dirs=tuple(opts["rule_dirs"]),
        outlet=opts["outlet"],
        generic=not opts["no_generic"],
        disabled=frozenset(opts["disable"]),
        captions_inline=opts["captions_inline"],
        settle=not opts["single_pass"],
        input_type=opts.get("input_type") or "auto",
        max_html_bytes=opts.get("max_html_bytes") or DEFAULT_MAX_BYTES,
        text_field=opts.get("text_field"),
        id_field=opts.get("id_field"),
        url_field=opts.get("url_field"),
        title_field=opts.get("title_field"),
    )


def fail(error: CleanerError) -> NoReturn:
    click.echo(f"cleaner: {error.message}", err=True)
    sys.exit(error.exit_code)


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="cleaner")
def main() -> None:
    """Strip boilerplate and noise from scraped news text, and keep what it learns."""


@main.command()
@click.argument("inputs", nargs=-1, metavar="[INPUT]...")
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path),
    help="Output file, or folder (one file per input document). Default: stdout.",
)
@click.option(
    "-f",
    "--format",
    "fmt",
    type=click.Choice(["text", "json", "jsonl"]),
    help="text: title and body; json: one record (an array for several); jsonl: a "
    "record per line. Default: text for one text document, else jsonl.",
)
@click.option(
    "--learn",
    is_flag=True,
    help="Corpus mode: read the input twice, learn rules for every site with no rule file "
    "(from records' URLs) and clean with them. Holds the input in memory.",
)
@click.option(
    "--removed",
    "removed_path",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write every removed line as JSONL (document, line, rule, reason), for audit.",
)
@click.option(
    "--errors",
    "errors_path",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write every document that failed as JSONL (where, id, reason).",
)
@click.option(
    "--stats",
    "stats_path",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write the run's summary as JSON: counts, time, removals per rule, stale rules.",
)
@click.option(
    "--omit",
    multiple=True,
    type=click.Choice(OMITTABLE),
    help="Leave this field out of JSON output records (repeatable); e.g. --omit removed with"
    " --removed FILE keeps the audit apart and the corpus half the size.",
)
@input_options
@batch_options
@rule_options
def clean(
    inputs: Sequence[str],
    output: Path | None,
    fmt: str | None,
    input_format: str,
    url: str | None,
    encoding: str,
    max_bytes: int,
    learn: bool,
    jobs: int | None,
    time_limit: float,
    removed_path: Path | None,
    errors_path: Path | None,
    stats_path: Path | None,
    omit: tuple[str, ...],
    progress: bool | None,
    quiet: bool,
    **opts: Any,
) -> None:
    """Clean text dumps or JSONL corpora.

    INPUT is a text file, a folder (read recursively), a .jsonl, .jsonl.gz or .jsonl.zst
    corpus, or - for standard input (the default). Records come out in input order, one out
    per one in, with every field but the text passed through. An output file named .gz or
    .zst is compressed. Exit status 1 says some document failed (each is reported).
    """
    try:
        config = build_config(max_html_bytes=max_bytes, **opts)
        cleaner = Cleaner(config)
    except CleanerError as exc:
        fail(exc)
    items = iter_items(
        inputs,
        input_format=cast(InputFormat, input_format),
        encoding=encoding,
        max_bytes=max_bytes,
    )
    if learn:
        held = list(items)
        cleaner = Cleaner(config, rules=_learn_first(cleaner, held, quiet=quiet))
        items = iter(held)
    first = next(items, None)
    if first is None:
        return
    several = _several(inputs)
    many = several or first.is_record
    out_format = cast(OutputFormat, fmt or ("jsonl" if many else "text"))
    if out_format == "text" and many and output is None:
        fail(
            CleanerError(
                "several documents: give -o FOLDER for one text file each, or use --format jsonl"
            )
        )
    summary = Summary()
    outcomes = clean_items(
        cleaner,
        _chain(first, items),
        url=url,
        jobs=(jobs or default_jobs()) if many else 1,
        limit=time_limit or None,
    )
    show = progress if progress is not None else (sys.stderr.isatty() and not quiet and many)
    with ExitStack() as stack, _interruptible():
        audit = _Audit(stack, removed_path, errors_path)
        bar = stack.enter_context(
            tqdm(disable=not show, unit=" docs", file=sys.stderr, mininterval=0.5, leave=False)
        )
        outcomes = _tracked(outcomes, summary, audit, bar, frozenset(omit))
        if output is not None and (output.is_dir() or (many and out_format == "text")):
            _write_folder(outcomes, FolderWriter(output, out_format))
        elif output is not None:
            with atomic_open(output) as handle:
                _write_stream(outcomes, StreamWriter(handle, out_format, many=many))
        else:
            _write_stream(outcomes, StreamWriter(stdout_text(), out_format, many=many))
        if stats_path is not None:
            with atomic_open(stats_path) as handle:
                handle.write(dump_json(summary.to_dict(cleaner.rules.rule_ids()), pretty=True))
                handle.write("\n")
    if not quiet and many:
        _print_summary(summary, cleaner.rules.rule_ids())
    if summary.failed:
        sys.exit(1)


class _Audit:
    """The --removed and --errors files, written atomically as the run goes."""

    def __init__(self, stack: ExitStack, removed: Path | None, errors: Path | None) -> None:
        self.removed = stack.enter_context(atomic_open(removed)) if removed else None
        self.errors = stack.enter_context(atomic_open(errors)) if errors else None

    def add(self, outcome: Outcome) -> None:
        if outcome.error:
            click.echo(f"cleaner: {outcome.where}: {outcome.error}", err=True)
            if self.errors is not None:
                self.errors.write(dump_json(outcome.record) + "\n")
            return
        if self.removed is None:
            return
        doc = outcome.record.get("id")
        for removal in outcome.record.get("removed") or ():
            self.removed.write(dump_json({"id": doc, "where": outcome.where, **removal}) + "\n")


def _tracked(
    outcomes: Iterator[Outcome],
    summary: Summary,
    audit: _Audit,
    bar: Any,
    omit: frozenset[str],
) -> Iterator[Outcome]:
    """Count and audit each outcome (from the whole record), then trim it for writing."""
    for outcome in outcomes:
        summary.add(outcome)
        audit.add(outcome)
        bar.update(1)
        if omit and not outcome.error:
            record = {k: v for k, v in outcome.record.items() if k not in omit}
            outcome = dataclasses.replace(outcome, record=record)
        yield outcome


@contextmanager
def _interruptible() -> Iterator[None]:
    """SIGTERM ends the run like Ctrl-C: open output files are removed, never left half
    written, and the message says so."""

    def terminate(signum: int, frame: Any) -> None:
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, terminate)
    try:
        yield
    except KeyboardInterrupt:
        click.echo("cleaner: interrupted; no partial output file was left behind", err=True)
        sys.exit(130)
    finally:
        signal.signal(signal.SIGTERM, previous)


def _print_summary(summary: Summary, rule_ids: dict[str, list[str]]) -> None:
    seconds = max(summary.elapsed, 1e-9)
    click.echo(
        f"cleaner: {summary.documents} documents in, {summary.written} written,"
        f" {summary.failed} failed; {summary.elapsed:.1f} s,"
        f" {summary.bytes_in / 1e6 / seconds:.2f} MB/s, {summary.documents / seconds:.1f} docs/s",
        err=True,
    )
    if summary.by_rule:
        top = ", ".join(f"{rule} {n}" for rule, n in summary.by_rule.most_common(8))
        more = len(summary.by_rule) - 8
        click.echo(
            f"cleaner: {summary.lines_removed} lines removed: {top}"
            + (f" and {more} more rules (see --stats)" if more > 0 else ""),
            err=True,
        )
    stale = summary.stale_rules(rule_ids)
    if stale:
        click.echo(
            f"cleaner: rules that removed nothing on their outlets' documents: {', '.join(stale)}",
            err=True,
        )


def _learn_first(cleaner: Cleaner, items: list[Item], *, quiet: bool) -> RuleSet:
    """First pass of --learn: the cleaner's rules plus rules learned for each new site."""
    documents = []
    for item in items:
        if item.error:
            continue
        try:
            text, url = document_text_and_url(
                item.record, item.text, cleaner.config, html=item.html
            )
        except CleanerError:
            continue  # reported when the item is cleaned
        documents.append((text, url))
    rules, learned = learn_corpus(documents, cleaner.rules)
    if not quiet:
        sites = ", ".join(f"{host} ({n})" for host, n in learned.items()) or "none"
        click.echo(f"cleaner: learned rules for {len(learned)} sites: {sites}", err=True)
    return rules


def _several(inputs: Sequence[str]) -> bool:
    if len(inputs) > 1:
        return True
    return any(Path(p).is_dir() or is_jsonl_path(Path(p)) for p in inputs if p != "-")


def _chain(first: Item, rest: Any) -> Any:
    yield first
    yield from rest


def _write_stream(outcomes: Iterable[Outcome], writer: StreamWriter) -> None:
    for outcome in outcomes:
        if outcome.error and writer.fmt == "text":
            continue
        writer.write(outcome.record, outcome.text)
    writer.close()


def _write_folder(outcomes: Iterable[Outcome], writer: FolderWriter) -> None:
    for outcome in outcomes:
        if outcome.error:
            continue
        relpath = outcome.relpath or Path(safe_name(outcome.record.get("id"), writer.count))
        writer.write_file(relpath, outcome.record, outcome.text)


@main.command()
@click.argument("file", default="-", metavar="[FILE]")
@click.option("--url", help="URL or domain of the document, to find its outlet.")
@click.option("--json", "as_json", is_flag=True, help="Rows as JSON instead of a table.")
@click.option(
    "--html", "as_html", is_flag=True, help="A web page: the input marked next to the output."
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write to this file instead of stdout.",
)
@click.option("--encoding", default="utf-8", show_default=True)
@INPUT_TYPE
@rule_options
def explain(
    file: str,
    url: str | None,
    as_json: bool,
    as_html: bool,
    output: Path | None,
    encoding: str,
    **opts: Any,
) -> None:
    """Show every line of FILE with KEEP, DROP or META, the rule id and the reason.

    For a web page the lines are those of the page rendered to text, and the HTML stage's
    decisions (site HTML rules, caption elements, trafilatura's extraction) are shown too."""
    if as_json and as_html:
        fail(CleanerError("--json and --html: choose one"))
    try:
        cleaner = Cleaner(build_config(**opts))
    except CleanerError as exc:
        fail(exc)
    item = next(iter_items([file], input_format="text", encoding=encoding))
    if item.error:
        fail(CleanerError(f"{item.where}: {item.error}"))
    result = cleaner.clean(item.text or "", url=url, doc_id=file, html=item.html)
    if as_json:
        shown = json.dumps(
            {
                "outlet": result.outlet.to_dict() if result.outlet else None,
                "lines": explain_rows(result),
            },
            ensure_ascii=False,
            indent=2,
        )
        shown += "\n"
    elif as_html:
        shown = explain_page(result, where=item.where, title=f"cleaner explain: {Path(file).name}")
    else:
        shown = explain_text(result)
    if output is None:
        click.echo(shown, nl=False)
    else:
        with atomic_open(output) as handle:
            handle.write(shown)


@main.command()
@click.argument("inputs", nargs=-1, metavar="[INPUT]...")
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    default=Path("report.html"),
    show_default=True,
    help="The HTML file to write.",
)
@click.option("--title", default="cleaner report", show_default=True)
@click.option(
    "--samples",
    type=click.IntRange(min=0),
    default=6,
    show_default=True,
    help="Random documents shown side by side.",
)
@click.option(
    "--outliers",
    type=click.IntRange(min=0),
    default=10,
    show_default=True,
    help="Documents that lost the largest share, listed and shown side by side.",
)
@input_options
@batch_options
@rule_options
def report(
    inputs: Sequence[str],
    output: Path,
    title: str,
    samples: int,
    outliers: int,
    input_format: str,
    url: str | None,
    encoding: str,
    max_bytes: int,
    jobs: int | None,
    time_limit: float,
    progress: bool | None,
    quiet: bool,
    **opts: Any,
) -> None:
    """Write one self-contained HTML page about a cleaning run.

    INPUT is the JSONL output of `cleaner clean` (its records are read as they are), or
    anything `cleaner clean` reads, cleaned on the way (then the sample documents show every
    input line). The page has totals, outlets, rules with sample lines and the rules that
    matched nothing, the removed share per document with the outliers, and side-by-side views.
    """
    try:
        config = build_config(max_html_bytes=max_bytes, **opts)
        cleaner = Cleaner(config)
    except CleanerError as exc:
        fail(exc)
    builder = ReportBuilder(
        rule_ids=cleaner.rules.rule_ids(),
        heuristic_ids=[h.ID for h in cleaner.heuristics],
        samples=samples,
        outliers=outliers,
        title=title,
        sources=[Path(i).name for i in inputs] or ["<stdin>"],
    )
    items = iter_items(
        inputs,
        input_format=cast(InputFormat, input_format),
        encoding=encoding,
        max_bytes=max_bytes,
    )
    first = next(items, None)
    if first is None:
        fail(CleanerError("no documents in the input"))
    items = _chain(first, items)
    show = progress if progress is not None else (sys.stderr.isatty() and not quiet)
    with (
        _interruptible(),
        tqdm(disable=not show, unit=" docs", file=sys.stderr, mininterval=0.5, leave=False) as bar,
    ):
        if first.record is not None and is_cleaned_record(first.record):
            for item in items:
                record = item.record or {}
                error = item.error
                if error is None and not is_cleaned_record(record):
                    error = "not a record of cleaner's output (no removed and stats fields)"
                builder.add(
                    record,
                    where=item.where,
                    output=render_text(record.get("title"), record.get("text")),
                    error=error,
                )
                bar.update(1)
        else:
            held: deque[Item] = deque()

            def remember(source: Iterable[Item]) -> Iterator[Item]:
                for item in source:
                    held.append(item)
                    yield item

            outcomes = clean_items(
                cleaner,
                remember(items),
                url=url,
                jobs=jobs or default_jobs(),
                limit=time_limit or None,
            )
            for outcome in outcomes:
                item = held.popleft()  # outcomes come in input order, one per item
                builder.add(
                    outcome.record,
                    where=outcome.where,
                    output=outcome.text,
                    input_text=_input_text(item, config),
                    error=outcome.error,
                )
                bar.update(1)
        with atomic_open(output) as handle:
            handle.write(builder.render())
    if not quiet:
        click.echo(
            f"cleaner: report of {builder.documents} documents ({builder.failed} failed)"
            f" written to {output}",
            err=True,
        )


def _input_text(item: Item, config: CleanConfig) -> str | None:
    """The input text a document view marks up; None for a web page, whose lines are those of
    its rendering (the view then lists removed lines by number)."""
    if item.error:
        return None
    try:
        if item.record is not None:
            fields = read_record(item.record, config)
            text, html = fields.text, fields.html
        else:
            text, html = item.text or "", item.html
    except CleanerError:
        return None
    return None if is_page(text, html, config) else text


@main.command("eval")
@click.argument("corpus", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option(
    "--gold-field",
    default="gold_text",
    show_default=True,
    help="Field holding the human gold text.",
)
@click.option("--text-field", help="Field with the text to clean (default: text, content, ...).")
@click.option("--url-field", help="Field with the URL (default: url, source_url, link or uri).")
@click.option("--title-field", help="Field with the document's own headline.")
@click.option("--by", "group_field", metavar="FIELD", help="Also report per value of FIELD.")
@click.option(
    "--no-clean",
    is_flag=True,
    help="Score the text field as it is (output of an earlier run) instead of cleaning.",
)
@click.option(
    "--per-doc",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write one JSON line of scores per document here.",
)
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
@rule_options
def evaluate(
    corpus: Path,
    gold_field: str,
    group_field: str | None,
    no_clean: bool,
    per_doc: Path | None,
    as_json: bool,
    **opts: Any,
) -> None:
    """Score cleaning against human gold in a JSONL corpus.

    Token bag-of-words precision, recall and F1 per document, averaged over documents, and
    the share of documents that lose more than 20% of their gold words.
    """
    try:
        cleaner = Cleaner(build_config(**opts))
    except CleanerError as exc:
        fail(exc)
    failed = 0

    def records() -> Iterator[dict[str, Any]]:
        nonlocal failed
        for item in iter_items([str(corpus)], input_format="jsonl"):
            if item.record is None:
                failed += 1
                click.echo(f"cleaner: {item.where}: {item.error}", err=True)
                continue
            yield item.record

    def clean(record: dict[str, Any]) -> str:
        if no_clean:
            field = cleaner.config.text_field or "text"
            value = record.get(field)
            return value if isinstance(value, str) else ""
        out = cleaner.clean_record(record)
        return render_text(out.get("title"), out.get("text"))

    try:
        rows, summaries = evaluate_records(
            records(), clean, gold_field=gold_field, group_field=group_field
        )
    except CleanerError as exc:
        fail(exc)
    if per_doc is not None:
        with atomic_open(per_doc) as handle:
            for row in rows:
                handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    if not rows:
        fail(CleanerError(f'no record in {corpus} has a "{gold_field}" string to score against'))
    if as_json:
        click.echo(json.dumps({k: v.to_dict() for k, v in summaries.items()}, indent=2))
    else:
        click.echo(markdown_table(summaries, label=group_field or "corpus"))
    if failed:
        click.echo(f"cleaner: {failed} records could not be read and were not scored", err=True)
        sys.exit(1)


@main.group()
def rules() -> None:
    """List, check and test rule files."""


def _load(rule_dirs: Sequence[Path], no_builtin_rules: bool) -> RuleSet:
    return load_rules((*rule_dirs_from_env(), *rule_dirs), builtin=not no_builtin_rules)


@rules.command("list")
@click.option("--rules", "rule_dirs", multiple=True, type=click.Path(path_type=Path))
@click.option("--no-builtin-rules", is_flag=True)
def rules_list(rule_dirs: Sequence[Path], no_builtin_rules: bool) -> None:
    """List loaded outlets with their rules, and the generic heuristics."""
    try:
        ruleset = _load(rule_dirs, no_builtin_rules)
    except CleanerError as exc:
        fail(exc)
    for outlet in ruleset:
        origin = "built-in" if outlet.builtin else str(outlet.path)
        click.echo(
            f"{outlet.id}: {outlet.name} [{', '.join(outlet.domains)}]"
            f" verified {outlet.verified.isoformat()} ({origin})"
        )
        for rule in outlet.rules:
            place = rule.place + (f" {rule.within}" if rule.within else "")
            flag = " (review: not applied)" if rule.review else ""
            click.echo(f"  {rule.id:<36} {rule.action.value:<12} {place:<10} {rule.reason}{flag}")
        for html_rule in outlet.html:
            click.echo(
                f"  {html_rule.id:<36} {'html ' + html_rule.action.value:<12} {'page':<10}"
                f" {html_rule.reason}"
            )
    click.echo("generic heuristics:")
    for heuristic in REGISTRY:
        click.echo(f"  {heuristic.ID:<36} {heuristic.SCOPE:<12} {heuristic.summary()}")


@rules.command("check")
@click.argument("files", nargs=-1, type=click.Path(path_type=Path))
def rules_check(files: Sequence[Path]) -> None:
    """Validate rule files (default: the built-in ones and those in $CLEANER_RULES)."""
    try:
        paths = (
            rule_files(files) if files else rule_files([builtin_rules_dir(), *rule_dirs_from_env()])
        )
        for path in paths:
            outlet = load_rule_file(path)
            html = f", {len(outlet.html)} HTML rules" if outlet.html else ""
            click.echo(f"ok  {path} ({outlet.id}: {len(outlet.rules)} rules{html})")
        if files:
            load_rules(files, builtin=True)  # domains must not clash with the built-in ones
    except CleanerError as exc:
        fail(exc)


@rules.command("learn")
@click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")
@click.option(
    "--outlet",
    "outlet_id",
    required=True,
    metavar="ID",
    help="Id for the outlet (lower-case letters, digits, - or _), e.g. examplenews.",
)
@click.option("--name", help="The outlet's name (default: the id).")
@click.option(
    "--domain",
    "domains",
    multiple=True,
    metavar="DOMAIN",
    help="Learn only from documents whose URL is on DOMAIN (repeatable); also "
    "written into the file.",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write the draft here (default: stdout).",
)
@click.option(
    "--min-docs",
    type=click.IntRange(min=2),
    default=LearnOptions.min_docs,
    show_default=True,
    help="A line must recur on at least this many documents ...",
)
@click.option(
    "--min-share",
    type=click.FloatRange(0, 1),
    default=LearnOptions.min_share,
    show_default=True,
    help="... and on at least this share of them.",
)
@click.option("--text-field", help="JSONL field with the text.")
@click.option("--url-field", help="JSONL field with the URL.")
def rules_learn(
    inputs: Sequence[str],
    outlet_id: str,
    name: str | None,
    domains: Sequence[str],
    output: Path | None,
    min_docs: int,
    min_share: float,
    text_field: str | None,
    url_field: str | None,
) -> None:
    """Draft a rule file for one outlet from its own pages.

    Lines, and lines with their digits masked, that recur across many of the documents become
    drafted rules with their evidence. Review the draft, then check it with
    `cleaner rules check` and keep it in a rule folder.
    """
    if not re.fullmatch(OUTLET_ID, outlet_id):
        fail(ConfigError(f'outlet id "{outlet_id}": use lower-case letters, digits, - or _'))
    config = CleanConfig(text_field=text_field, url_field=url_field)
    texts: list[str] = []
    skipped = 0
    for item in iter_items(inputs):
        try:
            if item.error:
                raise CleanerError(item.error)
            text, url = document_text_and_url(item.record, item.text, config, html=item.html)
        except CleanerError as exc:
            click.echo(f"cleaner: {item.where}: {exc.message}", err=True)
            continue
        host = (host_of(url) or "").removeprefix("www.") if url else ""
        if domains and not any(host == d or host.endswith("." + d) for d in domains):
            skipped += 1
            continue
        texts.append(text)
    if len(texts) < min_docs:
        fail(
            ConfigError(
                f"{len(texts)} documents to learn from ({skipped} skipped"
                + (f" as not on {', '.join(domains)}" if domains else "")
                + f"); at least --min-docs {min_docs} are needed"
            )
        )
    options = LearnOptions(min_docs=min_docs, min_share=min_share)
    learned = learn_rules(
        texts,
        outlet_id=outlet_id,
        name=name,
        domains=list(domains),
        options=options,
        source=", ".join(domains) or "the given documents",
    )
    if output is not None:
        with atomic_open(output) as handle:
            handle.write(learned.yaml)
    else:
        click.echo(learned.yaml, nl=False)
    review = sum(r.review for r in learned.outlet.rules)
    click.echo(
        f"cleaner: drafted {len(learned.outlet.rules)} rules ({review} marked for review) and"
        f" {len(learned.outlet.signatures)} signatures from {len(texts)} documents"
        + (f" ({skipped} skipped)" if skipped else ""),
        err=True,
    )


@rules.command("import-ftr")
@click.argument("source", type=click.Path(path_type=Path, exists=True))
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path, file_okay=False),
    required=True,
    help="Folder to write the rule files to (one per site); use it with --rules.",
)
@click.option("--force", is_flag=True, help="Replace rule files that exist in the folder.")
@click.option(
    "--rules", "rule_dirs", multiple=True, type=click.Path(path_type=Path),
    help="Rule folders the import must not clash with (their sites are skipped); repeatable.",
)  # fmt: skip
@click.option("--no-builtin-rules", is_flag=True)
def rules_import_ftr(
    source: Path, output: Path, force: bool, rule_dirs: Sequence[Path], no_builtin_rules: bool
) -> None:
    """Convert FiveFilters ftr-site-config files (a folder or one file) into rule files.

    body, title, author, date, strip, strip_id_or_class, strip_image_src, test_url and
    test_contains become HTML rules; every other directive is listed, per file, in the written
    file's header and counted here. Sites that rules already loaded cover (the built-in ones,
    $CLEANER_RULES, --rules) are skipped: a domain belongs to one outlet.
    """
    try:
        loaded = _load(rule_dirs, no_builtin_rules)
    except CleanerError as exc:
        fail(exc)
    claimed = {domain: outlet.id for outlet in loaded for domain in outlet.domains}
    if source.is_dir():
        files = sorted(f for f in source.glob("*.txt") if is_site_file(f))
    else:
        files = [source]
    if not files:
        fail(CleanerError(f"{source}: no ftr-site-config files (*.txt) found"))
    report = import_site_configs(files, output, claimed=claimed, overwrite=force)
    rules_written = sum(c.rules for c in report.written)
    click.echo(
        f"cleaner: {len(files)} site files: wrote {len(report.written)} rule files"
        f" ({rules_written} HTML rules) to {output}, skipped {len(report.skipped)}",
        err=True,
    )
    for reason in report.skipped:
        click.echo(f"  skipped {reason}", err=True)
    if report.unsupported:
        click.echo("  directives with no cleaner equivalent (files using each):", err=True)
        for name, count in report.unsupported.most_common():
            click.echo(f"    {name}: {count}", err=True)
    if report.invalid:
        click.echo(
            f"  {report.invalid} selectors lxml cannot compile were left out; each file's"
            " header lists its own",
            err=True,
        )


@rules.command("test")
@click.option("--rules", "rule_dirs", multiple=True, type=click.Path(path_type=Path))
@click.option("--no-builtin-rules", is_flag=True)
@click.option(
    "--corpus",
    "corpus_dir",
    type=click.Path(path_type=Path, file_okay=False),
    help="Folder of corpus cases (default: ./corpus when it exists).",
)
def rules_test(rule_dirs: Sequence[Path], no_builtin_rules: bool, corpus_dir: Path | None) -> None:
    """Run every rule's and heuristic's examples, and the corpus cases."""
    try:
        ruleset = _load(rule_dirs, no_builtin_rules)
    except CleanerError as exc:
        fail(exc)
    failures: list[str] = []
    examples = 0
    page_tests = 0
    for outlet in ruleset:
        examples += sum(len(r.drop_examples) + len(r.keep_examples) for r in outlet.rules)
        examples += sum(len(r.match_examples) + len(r.no_match_examples) for r in outlet.html)
        page_tests += len(outlet.page_tests)
        failures += check_examples(outlet)
    examples += sum(len(h.DROP_EXAMPLES) + len(h.KEEP_EXAMPLES) for h in REGISTRY)
    failures += check_heuristic_examples()
    if corpus_dir is None and Path("corpus").is_dir():
        corpus_dir = Path("corpus")
    cases = list(iter_cases(corpus_dir)) if corpus_dir else []
    for case in cases:
        failures += check_case(case, ruleset)
    for failure in failures:
        click.echo(f"FAIL {failure}")
    click.echo(
        f"{examples} examples and {len(cases)} corpus cases: "
        f"{'all passed' if not failures else f'{len(failures)} failed'}"
    )
    if page_tests:
        click.echo(
            f"{page_tests} page tests (page_tests: a live URL and text it must yield) need the"
            " network and were not run"
        )
    if failures:
        sys.exit(1)


if __name__ == "__main__":  # pragma: no cover
    main()
