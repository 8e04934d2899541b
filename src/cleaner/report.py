"""A report of a cleaning run as one self-contained HTML page.

Built from cleaned records (the JSONL output of ``cleaner clean``, or records cleaned on the
way): totals, per outlet, per rule (with sample lines and the rules that matched nothing), the
distribution of the share removed per document with the documents that lost most, and
side-by-side views of sample documents. The same document view is what
``cleaner explain --html`` shows for one document.

Memory is bounded: per document only a few numbers are kept, and full views only for the
sampled documents and the current outliers.
"""

from __future__ import annotations

import datetime as dt
import heapq
import html
import random
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from . import __version__
from .batch import Outcome, Summary
from .explain import explain_rows
from .model import CleanResult

BINS = 20  # histogram bins of the removed share (5% each)


@dataclass(frozen=True, slots=True)
class Row:
    """One input line in a document view."""

    line: int
    text: str
    rule: str | None  # None: kept in the body
    reason: str | None
    label: str  # keep | drop | meta


@dataclass(slots=True)
class DocumentView:
    seq: int
    where: str
    doc_id: str | None
    outlet: str | None
    share: float
    chars_in: int
    chars_out: int
    output: str  # the clean text rendering (title, body)
    rows: list[Row] | None  # every input line; None when the input text is not at hand
    removed: list[dict[str, Any]]
    warnings: list[str]


def input_rows(text: str, removed: Iterable[Mapping[str, Any]]) -> list[Row]:
    """The non-blank lines of an input text, each marked with the rule that removed it."""
    by_line = {int(r["line"]): r for r in removed}
    rows = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        found = by_line.get(number)
        if found is None:
            rows.append(Row(number, line, None, None, "keep"))
        else:
            rows.append(Row(number, line, found["rule"], found["reason"], found["label"]))
    return rows


def _share(chars_in: int, chars_out: int) -> float:
    return 1 - chars_out / chars_in if chars_in else 0.0


def is_cleaned_record(record: Mapping[str, Any]) -> bool:
    """A record of cleaner's output (or an error record of a run), not a raw document."""
    stats = record.get("stats")
    return ("removed" in record and isinstance(stats, dict) and "chars_in" in stats) or (
        isinstance(record.get("error"), dict)
        and set(record) <= {"id", "doc_id", "uuid", "url", "error"}
    )


@dataclass
class _OutletTotals:
    documents: int = 0
    chars_in: int = 0
    chars_out: int = 0
    captions: int = 0
    captions_not_fitting: int = 0


@dataclass
class ReportBuilder:
    """Collects a run's records one at a time; ``render`` writes the page."""

    rule_ids: dict[str, list[str]] = field(default_factory=dict)  # applied rules per outlet
    heuristic_ids: list[str] = field(default_factory=list)
    samples: int = 6
    outliers: int = 10
    rule_samples: int = 3
    title: str = "cleaner report"
    sources: list[str] = field(default_factory=list)

    summary: Summary = field(default_factory=Summary)  # documents, failures, hits per rule
    chars_in: int = 0
    chars_out: int = 0
    failures: list[tuple[str, str]] = field(default_factory=list)
    histogram: list[int] = field(default_factory=lambda: [0] * BINS)
    outlets: dict[str, _OutletTotals] = field(default_factory=lambda: defaultdict(_OutletTotals))
    rule_examples: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    _sampled: list[DocumentView] = field(default_factory=list)
    _outliers: list[tuple[float, int, DocumentView]] = field(default_factory=list)
    _random: random.Random = field(default_factory=lambda: random.Random(0))

    def add(
        self,
        record: Mapping[str, Any],
        *,
        where: str,
        output: str = "",
        input_text: str | None = None,
        error: str | None = None,
    ) -> None:
        """Count one document: a cleaned record, or a failure (``error``)."""
        seq = self.summary.documents
        if error is None and isinstance(record.get("error"), dict):
            error = str(record["error"].get("message"))
        self.summary.add(Outcome(where, None, dict(record), output, error=error))
        if error is not None:
            if len(self.failures) < 50:
                self.failures.append((where, error))
            return
        stats = record.get("stats") or {}
        chars_in, chars_out = int(stats.get("chars_in", 0)), int(stats.get("chars_out", 0))
        share = _share(chars_in, chars_out)
        self.chars_in += chars_in
        self.chars_out += chars_out
        self.histogram[min(BINS - 1, int(share * BINS))] += 1
        outlet_info = record.get("outlet")
        outlet = outlet_info.get("id") if isinstance(outlet_info, dict) else None
        totals = self.outlets[outlet or "(no rule file)"]
        totals.documents += 1
        totals.chars_in += chars_in
        totals.chars_out += chars_out
        for caption in record.get("captions") or ():
            totals.captions += 1
            totals.captions_not_fitting += caption.get("fits_article") is False
        removed = list(record.get("removed") or ())
        for removal in removed:
            examples = self.rule_examples[removal["rule"]]
            if len(examples) < self.rule_samples and removal["text"] not in examples:
                examples.append(removal["text"])

        def view() -> DocumentView:
            return DocumentView(
                seq=seq,
                where=where,
                doc_id=str(record["id"]) if record.get("id") is not None else None,
                outlet=outlet,
                share=share,
                chars_in=chars_in,
                chars_out=chars_out,
                output=output,
                rows=input_rows(input_text, removed) if input_text is not None else None,
                removed=removed,
                warnings=list(record.get("warnings") or ()),
            )

        # A reservoir sample (seeded: the same run gives the same report) and the outliers.
        if len(self._sampled) < self.samples:
            self._sampled.append(view())
        else:
            slot = self._random.randrange(seq + 1)
            if slot < self.samples:
                self._sampled[slot] = view()
        key = (share, -seq)
        if len(self._outliers) < self.outliers:
            heapq.heappush(self._outliers, (share, -seq, view()))
        elif key > self._outliers[0][:2]:
            heapq.heapreplace(self._outliers, (share, -seq, view()))

    @property
    def documents(self) -> int:
        return self.summary.documents

    @property
    def failed(self) -> int:
        return self.summary.failed

    @property
    def rule_lines(self) -> Counter[str]:
        return self.summary.by_rule

    @property
    def rule_documents(self) -> Counter[str]:
        return self.summary.documents_by_rule

    # --- rendering ---------------------------------------------------------------------------

    def stale(self) -> list[tuple[str, str]]:
        """Rules that matched nothing, with their owner: site rules of the outlets seen (as the
        run's summary finds them), and generic heuristics."""
        owner = {rule: outlet for outlet, rules in self.rule_ids.items() for rule in rules}
        found = [(owner[rule], rule) for rule in self.summary.stale_rules(self.rule_ids)]
        found += [("generic", h) for h in self.heuristic_ids if not self.rule_lines.get(h)]
        return found

    def render(self) -> str:
        outliers = [v for _, _, v in sorted(self._outliers, key=lambda t: (-t[0], -t[1]))]
        views = {v.seq: v for v in [*outliers, *self._sampled]}
        sections = [
            _totals(self),
            _outlet_table(self),
            _rule_table(self),
            _distribution(self, outliers),
            _documents_section(
                [views[k] for k in sorted(views)],
                "Documents",
                "The documents that lost most, and a random sample. Left: the input, each"
                " removed line marked with its rule and reason. Right: the clean output.",
            ),
        ]
        subtitle = (
            f"{html.escape(', '.join(self.sources))} · " if self.sources else ""
        ) + f"cleaner {__version__} · {dt.date.today().isoformat()}"
        return page(self.title, subtitle, sections)


def _pct(value: float) -> str:
    return f"{100 * value:.1f}%"


def _totals(report: ReportBuilder) -> str:
    share = _share(report.chars_in, report.chars_out)
    cards = [
        ("documents", f"{report.documents:,}"),
        ("characters in", f"{report.chars_in:,}"),
        ("characters out", f"{report.chars_out:,}"),
        ("share removed", _pct(share)),
        ("failed", f"{report.failed:,}"),
    ]
    body = (
        '<div class="cards">'
        + "".join(
            f'<div class="card"><div class="value">{v}</div><div class="label">{k}</div></div>'
            for k, v in cards
        )
        + "</div>"
    )
    if report.failures:
        items = "".join(
            f"<li><code>{html.escape(where)}</code>: {html.escape(error)}</li>"
            for where, error in report.failures
        )
        more = report.failed - len(report.failures)
        body += f'<h3>Failures</h3><ul class="failures">{items}</ul>'
        if more > 0:
            body += f"<p>and {more:,} more (see <code>--errors</code> of the run).</p>"
    return _section("totals", "Totals", body)


def _outlet_table(report: ReportBuilder) -> str:
    rows = []
    ordered = sorted(report.outlets.items(), key=lambda kv: (-kv[1].documents, kv[0]))
    for name, t in ordered:
        rows.append(
            [
                html.escape(name),
                f"{t.documents:,}",
                _pct(_share(t.chars_in, t.chars_out)),
                f"{t.captions:,}",
                f"{t.captions_not_fitting:,}",
            ]
        )
    table = _table(
        ["outlet", "documents", "share removed", "captions", "captions not fitting"], rows
    )
    return _section("outlets", "Per outlet", table)


def _rule_table(report: ReportBuilder) -> str:
    rows = []
    for rule, lines in report.rule_lines.most_common():
        samples = "".join(
            f"<li>{html.escape(_clip(t, 140))}</li>" for t in report.rule_examples[rule]
        )
        rows.append(
            [
                f"<code>{html.escape(rule)}</code>",
                f"{lines:,}",
                f"{report.rule_documents[rule]:,}",
                f'<ul class="samples">{samples}</ul>',
            ]
        )
    body = _table(["rule", "lines removed", "documents", "sample lines"], rows)
    stale = report.stale()
    if stale:
        items = "".join(
            f"<li><code>{html.escape(rule)}</code> ({html.escape(owner)})</li>"
            for owner, rule in stale
        )
        body += (
            '<h3 id="stale">Rules that matched nothing</h3>'
            "<p>Site rules of the outlets in this run, and generic heuristics, that removed no"
            f' line. A site rule here may have gone stale.</p><ul class="stale">{items}</ul>'
        )
    return _section("rules", "Per rule", body)


def _distribution(report: ReportBuilder, outliers: list[DocumentView]) -> str:
    counts = report.histogram
    top = max(counts) or 1
    width, height, bar = 600, 180, 600 / BINS
    bars = []
    for i, n in enumerate(counts):
        h = (height - 20) * n / top
        x = i * bar
        bars.append(
            f'<rect x="{x + 1:.1f}" y="{height - 20 - h:.1f}" width="{bar - 2:.1f}"'
            f' height="{h:.1f}"><title>{i * 5}–{i * 5 + 5}% removed: {n:,} documents'
            "</title></rect>"
        )
    end = ' text-anchor="end"'
    labels = "".join(
        f'<text x="{i * bar:.1f}" y="{height - 5}"{end if i == BINS else ""}>{i * 5}%</text>'
        for i in range(0, BINS + 1, 4)
    )
    svg = (
        f'<svg class="chart" viewBox="0 0 {width} {height}" role="img"'
        ' aria-label="documents by share of characters removed">'
        f"{''.join(bars)}{labels}</svg>"
    )
    rows = [
        [
            f'<a href="#doc-{v.seq}">{html.escape(v.doc_id or v.where)}</a>',
            html.escape(v.outlet or "(no rule file)"),
            _pct(v.share),
            f"{v.chars_in:,}",
            f"{v.chars_out:,}",
        ]
        for v in outliers
    ]
    body = (
        "<p>Documents by the share of their characters removed (bins of 5%).</p>"
        + svg
        + "<h3>Documents that lost most</h3>"
        + _table(["document", "outlet", "share removed", "chars in", "chars out"], rows)
    )
    return _section("distribution", "Removed share per document", body)


def _documents_section(views: list[DocumentView], heading: str, intro: str) -> str:
    return _section(
        "documents", heading, f"<p>{intro}</p>" + "".join(document_view(v) for v in views)
    )


def document_view(view: DocumentView) -> str:
    """Input with each removed line marked, next to the clean output."""
    if view.rows is not None:
        lines = "".join(_row(row) for row in view.rows)
        left = f'<ol class="input">{lines}</ol>'
    else:
        lines = "".join(
            _row(Row(int(r["line"]), r["text"], r["rule"], r["reason"], r["label"]))
            for r in view.removed
        )
        left = (
            '<p class="note">The input text is not in a run\'s output: the removed lines'
            " are shown with their line numbers.</p>"
            f'<ol class="input">{lines}</ol>'
        )
    paragraphs = "".join(f"<p>{html.escape(p)}</p>" for p in view.output.split("\n\n") if p.strip())
    warnings = "".join(f'<p class="warning">{html.escape(w)}</p>' for w in view.warnings)
    name = html.escape(view.doc_id or view.where)
    return (
        f'<article class="doc" id="doc-{view.seq}"><h3>{name}</h3>'
        f'<p class="meta">outlet: {html.escape(view.outlet or "none")} · '
        f"{_pct(view.share)} removed ({view.chars_in:,} → {view.chars_out:,} characters)</p>"
        f'{warnings}<div class="sides"><div class="side"><h4>Input</h4>{left}</div>'
        f'<div class="side"><h4>Clean output</h4><div class="output">{paragraphs}</div>'
        "</div></div></article>"
    )


def _row(row: Row) -> str:
    text = html.escape(row.text)
    if row.rule is None:
        return f'<li value="{row.line}" class="keep">{text}</li>'
    reason = html.escape(row.reason or "")
    return (
        f'<li value="{row.line}" class="{row.label}" title="{reason}"><span class="text">'
        f'{text}</span><span class="why"><code>{html.escape(row.rule)}</code> {reason}'
        "</span></li>"
    )


def _clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def _table(headers: list[str], rows: list[list[str]]) -> str:
    head = "".join(f"<th>{h}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    if not rows:
        body = f'<tr><td colspan="{len(headers)}">none</td></tr>'
    return f'<table class="sortable"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'


def _section(anchor: str, heading: str, body: str) -> str:
    return f'<section id="{anchor}"><h2>{heading}</h2>{body}</section>'


_STYLE = """
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0;color:#1d232a;
background:#f6f7f9}
header{background:#1f3a5f;color:#fff;padding:18px 32px}header h1{margin:0;font-size:22px}
header p{margin:4px 0 0;opacity:.8}nav a{color:#fff;margin-right:16px}
main{padding:8px 32px 40px;max-width:1400px}
section{background:#fff;border:1px solid #dde2e8;border-radius:6px;padding:4px 20px 16px;
margin:18px 0}
h2{font-size:18px;border-bottom:1px solid #eee;padding-bottom:6px}h3{font-size:15px}
.cards{display:flex;gap:14px;flex-wrap:wrap}
.card{border:1px solid #dde2e8;border-radius:6px;padding:10px 16px;min-width:130px}
.card .value{font-size:22px;font-weight:600}.card .label{color:#5b6670}
table{border-collapse:collapse;width:100%;font-size:14px}
th,td{border-bottom:1px solid #eceff3;padding:5px 8px;text-align:left;vertical-align:top}
th{cursor:pointer;background:#f1f4f7;user-select:none}
th[aria-sort=ascending]::after{content:" ▲"}th[aria-sort=descending]::after{content:" ▼"}
ul.samples{margin:0;padding-left:16px;color:#444}
.chart{width:100%;max-width:640px;height:auto}.chart rect{fill:#3b6ea5}
.chart text{font-size:11px;fill:#555}
.doc{border-top:1px solid #dde2e8;padding-top:6px}.meta{color:#5b6670;margin:0}
.sides{display:grid;grid-template-columns:1fr 1fr;gap:16px}
.side{min-width:0}.side h4{margin:8px 0}
ol.input{font:13px/1.4 ui-monospace,Menlo,Consolas,monospace;padding-left:44px;margin:0}
ol.input li{padding:1px 4px;white-space:pre-wrap;overflow-wrap:anywhere}
li.drop{background:#fde8e8;text-decoration:line-through;text-decoration-color:#c0392b80}
li.meta{background:#e8f0fd}
.why{display:block;text-decoration:none;font:12px system-ui,sans-serif;color:#7a2e2e}
li.meta .why{color:#1f4f8f}
.output p{margin:0 0 8px}.note,.warning{color:#8a5a00}
"""

_SCRIPT = """
document.querySelectorAll("table.sortable").forEach(function (table) {
  table.querySelectorAll("th").forEach(function (th, column) {
    th.addEventListener("click", function () {
      var body = table.tBodies[0], rows = Array.from(body.rows);
      var ascending = th.getAttribute("aria-sort") !== "ascending";
      var key = function (row) {
        var text = row.cells[column] ? row.cells[column].textContent.trim() : "";
        var number = parseFloat(text.replace(/[,%]/g, ""));
        return isNaN(number) ? text.toLowerCase() : number;
      };
      rows.sort(function (a, b) {
        var x = key(a), y = key(b);
        return (x < y ? -1 : x > y ? 1 : 0) * (ascending ? 1 : -1);
      });
      table.querySelectorAll("th").forEach(function (h) { h.removeAttribute("aria-sort"); });
      th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
      rows.forEach(function (row) { body.appendChild(row); });
    });
  });
  table.dataset.sortable = "ready";
});
"""


def page(title: str, subtitle: str, sections: list[str]) -> str:
    """A whole HTML page: inline style and script, no request leaves the page."""
    links = "".join(
        f'<a href="#{anchor}">{label}</a>'
        for anchor, label in (
            ("totals", "Totals"),
            ("outlets", "Outlets"),
            ("rules", "Rules"),
            ("distribution", "Distribution"),
            ("documents", "Documents"),
        )
        if f'id="{anchor}"' in "".join(sections)
    )
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en"><head><meta charset="utf-8">'
        '<meta http-equiv="Content-Security-Policy" content="default-src \'none\';'
        " style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">"
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{html.escape(title)}</title><style>{_STYLE}</style></head><body>"
        f"<header><h1>{html.escape(title)}</h1><p>{subtitle}</p><nav>{links}</nav></header>"
        f"<main>{''.join(sections)}</main><script>{_SCRIPT}</script></body></html>\n"
    )


def explain_page(result: CleanResult, *, where: str, title: str) -> str:
    """``cleaner explain --html``: the document view of one document, from its segments."""
    record = result.to_dict()
    rows = [
        Row(r["line"], r["text"], r["rule"], r["reason"], r["label"].split(":")[0].lower())
        for r in explain_rows(result)
    ]
    view = DocumentView(
        seq=0,
        where=where,
        doc_id=result.id,
        outlet=result.outlet.id if result.outlet else None,
        share=_share(result.stats.chars_in, result.stats.chars_out),
        chars_in=result.stats.chars_in,
        chars_out=result.stats.chars_out,
        output=result.to_text(),
        rows=rows,
        removed=record["removed"],
        warnings=list(result.warnings),
    )
    body = document_view(view)
    return page(
        title,
        f"cleaner {__version__} · {dt.date.today().isoformat()}",
        [_section("documents", "Document", body)],
    )
