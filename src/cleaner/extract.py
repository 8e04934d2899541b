"""HTML -> page lines: guard, parse, site HTML rules, captions, then extraction with trafilatura.

A page is rendered to text lines in document order (block elements on their own lines), the way
a scraper dumps it. Every line gets its fate from the HTML stage: removed by a site rule's
selector, taken as a caption (``figcaption``, ``caption`` and caption-classed elements), outside
the article (not in what trafilatura, or the site's body selector, picked), or an article
candidate. The candidates then go through the same text classification as a dump, so the
removal record and ``explain`` cover both stages.
"""

from __future__ import annotations

import copy
import re
import warnings as warnings_module
from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import lxml.html
import trafilatura
from lxml import etree
from trafilatura.metadata import extract_metadata

from .captions import detect_caption
from .errors import InputError
from .model import Decision, Field, Kind, Label
from .ruleset import HtmlAction, HtmlRule, OutletRules
from .segment import normalize_line

MAX_HTML_BYTES = 20 * 1024 * 1024
"""Pages larger than this (UTF-8 bytes) are refused before parsing."""
MAX_ATTRIBUTES = 1000
"""Attributes kept on one tag; libxml2 takes quadratic time in a tag's attribute count."""

EXTRACTOR = "html.extractor"
CAPTION = "html.caption"

_SKIP = frozenset(
    {"script", "style", "template", "svg", "math", "iframe", "object", "embed",
     "head", "select", "button", "input", "textarea", "canvas", "video", "audio"}
)  # fmt: skip
_BLOCK = frozenset(
    {"address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details",
     "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form",
     "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "li", "main", "menu",
     "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th",
     "thead", "tr", "ul", "legend", "br", "img", "picture"}
)  # fmt: skip
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
# Caption elements by class: "caption", "wp-caption-text", "image-caption", "caption-text"...
# but not "wp-caption", WordPress's container of the image and its caption.
_CAPTION_CLASS = re.compile(r"^(?:[a-z]+[-_])?caption(?:[-_]text)?$")
_CAPTION_CONTAINERS = frozenset({"wp-caption"})
MAX_CAPTION_CHARS = 600
MAX_CLASS_CAPTION_CHARS = 300

_LONG_TAG = re.compile(rb"<[a-zA-Z][^<>]{16384,}>")
_ATTRIBUTE = re.compile(rb"""\s[^\s=/>"']+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>"']*))?""")
_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{2,40})""", re.I)
_LOOKS_HTML = re.compile(
    r"^\s*(?:<!--.*?-->\s*|<\?xml[^>]*>\s*)*<(?:!doctype\s+html|html|head|body)\b",
    re.IGNORECASE | re.DOTALL,
)


def looks_like_html(text: str) -> bool:
    """Whether a document starts as a web page does (a doctype, ``<html>``, ``<head>``,
    ``<body>``), after comments and an XML declaration."""
    return _LOOKS_HTML.match(text[:4096]) is not None


def declared_charset(data: bytes) -> str | None:
    """The charset a page declares in a ``<meta>`` tag near its start, if any."""
    found = _CHARSET.search(data[:4096])
    return found.group(1).decode("ascii").lower() if found else None


@dataclass(frozen=True, slots=True)
class PageLine:
    """One line of the rendered page and what the HTML stage decided about it (``None``: an
    article candidate that text classification decides)."""

    text: str
    kind: Kind
    block: int
    decision: Decision | None = None


@dataclass(frozen=True, slots=True)
class Page:
    lines: tuple[PageLine, ...]
    url: str | None = None
    title: str | None = None
    author: str | None = None
    date: str | None = None
    sitename: str | None = None
    categories: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    language: str | None = None
    warnings: tuple[str, ...] = ()
    extracted: bool = True
    """False when no article was found and the page text is left to the text heuristics."""

    def text(self) -> str:
        """The rendered page: lines in order, blocks separated by a blank line."""
        return "\n".join(_rendering(self.lines)[0])


def _rendering(lines: Sequence[PageLine]) -> tuple[list[str], list[int]]:
    """The rendered page's lines, and the (1-based) line number of each page line in them."""
    out: list[str] = []
    numbers: list[int] = []
    previous_block: int | None = None
    for line in lines:
        if previous_block is not None and line.block != previous_block:
            out.append("")
        out.append(line.text)
        numbers.append(len(out))
        previous_block = line.block
    return out, numbers


def rendered_numbers(lines: Sequence[PageLine]) -> list[int]:
    return _rendering(lines)[1]


# ---------------------------------------------------------------------------------------------
# Guard and parse
# ---------------------------------------------------------------------------------------------


def _cap_attributes(data: bytes) -> tuple[bytes, int]:
    """Cut tags holding more than ``MAX_ATTRIBUTES`` attributes down to that many."""
    cut = 0

    def shorten(match: re.Match[bytes]) -> bytes:
        nonlocal cut
        tag = match.group(0)
        name_end = re.match(rb"<[a-zA-Z][^\s/>]*", tag)
        assert name_end is not None
        attributes = _ATTRIBUTE.findall(tag, name_end.end())
        if len(attributes) <= MAX_ATTRIBUTES:
            return tag
        cut += 1
        return name_end.group(0) + b"".join(attributes[:MAX_ATTRIBUTES]) + b">"

    return _LONG_TAG.sub(shorten, data), cut


def parse_html(html: str, *, max_bytes: int = MAX_HTML_BYTES) -> tuple[Any, list[str]]:
    """A parsed page (``None`` when it holds no elements) and warnings about repairs.

    Raises ``InputError`` for a page over ``max_bytes``."""
    data = html.encode("utf-8", "surrogatepass")
    if len(data) > max_bytes:
        raise InputError(
            "page",
            f"HTML page of {len(data)} bytes exceeds the limit of {max_bytes} bytes;"
            " raise it with --max-bytes (max_html_bytes in the config)",
        )
    warnings: list[str] = []
    data, cut = _cap_attributes(data)
    if cut:
        warnings.append(f"{cut} tag(s) with over {MAX_ATTRIBUTES} attributes were cut short")
    data = data.replace(b"\x00", b"")
    if not data.strip():
        return None, warnings
    parser = lxml.html.HTMLParser(
        encoding="utf-8", remove_comments=True, remove_pis=True, no_network=True
    )
    try:
        tree = lxml.html.document_fromstring(data, parser=parser)
    except (etree.ParserError, ValueError):
        return None, warnings
    return tree, warnings


def page_text(html: str, *, max_bytes: int = MAX_HTML_BYTES) -> str:
    """A page rendered to text as a scraper dumps it: block elements on their own lines, no
    scripts or styles, nothing else removed."""
    tree, _ = parse_html(html, max_bytes=max_bytes)
    if tree is None:
        return ""
    return "\n".join(_rendering(render(tree))[0])


def canonical_url(tree: Any) -> str | None:
    """The page's own address, from ``<link rel=canonical>`` or ``og:url``."""
    for expression in (
        '//link[@rel="canonical"]/@href',
        '//meta[@property="og:url"]/@content',
    ):
        for value in tree.xpath(expression):
            value = str(value).strip()
            if value.startswith(("http://", "https://")):
                return value
    return None


# ---------------------------------------------------------------------------------------------
# Rendering
# ---------------------------------------------------------------------------------------------

_WS = re.compile(r"\s+")


def render(tree: Any, marks: dict[Any, Decision] | None = None) -> list[PageLine]:
    """The page's text lines in document order. ``marks`` gives elements a decision that the
    lines inside them carry (the innermost marked element wins)."""
    marks = marks or {}
    lines: list[PageLine] = []
    parts: list[str] = []
    decisions: list[Decision | None] = [None]
    block = 0
    heading = 0
    pre = 0

    def flush() -> None:
        if not parts:
            return
        raw = "".join(parts)
        parts.clear()
        chunks = raw.split("\n") if pre else [raw]
        for chunk in chunks:
            text = normalize_line(chunk)
            if text:
                kind = Kind.HEADING if heading else Kind.LINE
                lines.append(PageLine(text, kind, block, decisions[-1]))

    def add(text: str | None) -> None:
        if text:
            parts.append(text if pre else _WS.sub(" ", text))

    walker = etree.iterwalk(tree, events=("start", "end"))
    for event, element in walker:
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag in _SKIP or not tag:
            if event == "start":
                walker.skip_subtree()
            elif element is not tree:
                add(element.tail)
            continue
        mark = marks.get(element)
        if tag in _BLOCK or mark is not None:  # a block or a decision starts or ends here
            flush()
            if tag != "br":
                block += 1
        step = 1 if event == "start" else -1
        heading += step * (tag in _HEADINGS)
        pre += step * (tag == "pre")
        if event == "start":
            if mark is not None:
                decisions.append(mark)
            add(element.text)
            continue
        if mark is not None:
            decisions.pop()
        if element is not tree:  # the text after a subtree is not part of it
            add(element.tail)
    flush()
    return lines


# ---------------------------------------------------------------------------------------------
# Site rules, captions, extraction
# ---------------------------------------------------------------------------------------------


def _caption_elements(tree: Any) -> Iterator[Any]:
    for element in tree.iter("figcaption", "caption", "*"):
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag in ("figcaption", "caption"):
            yield element
            continue
        classes = (element.get("class") or "").lower().split()
        if any(c not in _CAPTION_CONTAINERS and _CAPTION_CLASS.match(c) for c in classes):
            yield element


def _inside(element: Any, marks: dict[Any, Decision]) -> bool:
    return any(a in marks for a in element.iterancestors())


def _element_text(element: Any) -> str:
    if isinstance(element, str):
        return normalize_line(element)
    if element.tag == "meta":
        return normalize_line(element.get("content") or "")
    if element.tag == "time" and element.get("datetime"):
        return normalize_line(element.get("datetime"))
    return normalize_line(_WS.sub(" ", element.text_content()))


@dataclass(slots=True)
class _SiteFindings:
    body: tuple[HtmlRule, list[Any]] | None = None
    fields: dict[str, str] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)


def _apply_site_rules(
    tree: Any, outlet: OutletRules | None, marks: dict[Any, Decision]
) -> _SiteFindings:
    found = _SiteFindings()
    if outlet is None:
        return found
    for rule in outlet.html:
        try:
            elements = rule.select(tree)
        except etree.XPathEvalError as exc:
            found.warnings.append(f"rule {rule.id}: its selector cannot run on this page ({exc})")
            continue
        if not elements:
            continue
        if rule.action is HtmlAction.STRIP:
            for element in elements:
                if element.getparent() is not None and element not in marks:
                    marks[element] = Decision(Label.DROP, rule.id, rule.reason)
        elif rule.action is HtmlAction.BODY:
            if found.body is None:
                found.body = (rule, elements)
        else:
            text = next((t for t in map(_element_text, elements) if t), "")
            if text and rule.action.value not in found.fields:
                found.fields[rule.action.value] = text
    return found


def _mark_captions(tree: Any, marks: dict[Any, Decision]) -> None:
    for element in list(_caption_elements(tree)):
        if element in marks or _inside(element, marks):
            continue
        text = normalize_line(_WS.sub(" ", element.text_content()))
        if not text or len(text) > MAX_CAPTION_CHARS:
            continue
        detection = detect_caption(text)
        if element.tag not in ("figcaption", "caption") and detection is None:
            # A caption by class name only: some sites give a lede or a teaser that class.
            # Without a credit or caption grammar, it must be short and hold no blocks.
            blocks = any(d.tag in _BLOCK and d.tag != "br" for d in element.iterdescendants())
            if blocks or len(text) > MAX_CLASS_CAPTION_CHARS:
                continue
        credit = (detection.credit,) if detection and detection.credit else ()
        marks[element] = Decision(
            Label.META, CAPTION, "photo caption element of the page", Field.CAPTION, credit
        )


def _fold(text: str) -> str:
    return _WS.sub(" ", text).strip().casefold()


LONG_LINE = 30
"""A line this long counts as extracted when its text is anywhere in the extraction; a shorter
one only when it is a whole line (or table cell) of it, so a menu word found inside a paragraph
does not count."""
NEIGHBOURHOOD = 3


def _extraction_units(text: str) -> Counter[str]:
    """The extraction's lines and table cells, folded, with how often each occurs."""
    units: Counter[str] = Counter()
    for line in text.splitlines():
        units[_fold(line)] += 1
        if "|" in line:
            units.update(_fold(cell) for cell in line.split("|"))
    return units


def _has_words(text: str, words: str) -> bool:
    """Whether ``words`` occur in ``text`` as whole words (not inside longer ones)."""
    start = text.find(words)
    while start >= 0:
        end = start + len(words)
        before = text[start - 1] if start else " "
        after = text[end] if end < len(text) else " "
        if not (before.isalnum() or after.isalnum()):
            return True
        start = text.find(words, start + 1)
    return False


def _extracted_flags(lines: Sequence[PageLine], extraction: str) -> list[bool]:
    """For each line, whether trafilatura's extraction holds it.

    trafilatura does not always keep document order, so lines are found by content. A text the
    page has once is extracted when the extraction holds it. A text the page repeats (a menu in
    the header and again in the footer) is extracted as often as the extraction holds it, at
    the places whose neighbours were extracted."""
    folded = _fold(extraction)
    # Long lines are compared without spaces: trafilatura puts line breaks around inline
    # elements (a link, a quoted word) where the page has none.
    dense = _WS.sub("", folded)
    units = _extraction_units(extraction)
    keys = [_fold(line.text) for line in lines]
    places: dict[str, list[int]] = defaultdict(list)
    for i, key in enumerate(keys):
        if key:
            places[key].append(i)

    def available(key: str) -> int:
        if len(key) >= LONG_LINE:
            return min(dense.count(_WS.sub("", key)), len(places[key]))
        return units.get(key, 0)

    flags = [False] * len(lines)
    repeated: list[tuple[str, list[int]]] = []
    short: list[int] = []
    for key, where in places.items():
        if len(where) > 1:
            repeated.append((key, where))
        elif len(key) >= LONG_LINE or units.get(key):
            flags[where[0]] = available(key) > 0
        else:
            short.append(where[0])
    settled = flags[:]

    def support(i: int) -> int:
        low, high = max(0, i - NEIGHBOURHOOD), min(len(lines), i + NEIGHBOURHOOD + 1)
        return sum(settled[low:high])

    for i in short:  # inside an extracted line of trafilatura's, beside extracted lines
        flags[i] = support(i) > 0 and _has_words(folded, keys[i])
    for key, where in repeated:
        n = available(key)
        for i in sorted(where, key=lambda i: (-support(i), i))[:n]:
            flags[i] = True
    return flags


def _tuple(value: Any) -> tuple[str, ...]:
    if not value:
        return ()
    if isinstance(value, str):
        value = [value]
    items = (part.strip() for v in value if v for part in str(v).split(","))
    return tuple(dict.fromkeys(item for item in items if item))


MIN_BODY_SHARE = 0.8
"""A site's body selector is used when its text holds at least this share of the words of
the article trafilatura finds in the whole page."""


@contextmanager
def _quiet_dates() -> Iterator[None]:
    """dateutil, under trafilatura, warns about every time zone name it cannot place; the
    date it finds stays good, so the warnings are not passed on."""
    with warnings_module.catch_warnings():
        warnings_module.simplefilter("ignore")
        yield


def _trafilatura(tree: Any, url: str | None, favor_recall: bool, *, with_metadata: bool) -> Any:
    with _quiet_dates():
        return trafilatura.bare_extraction(
            tree,
            url=url,
            with_metadata=with_metadata,
            include_comments=False,
            include_tables=True,
            favor_recall=favor_recall,
            output_format="python",
        )


def _covered(article: str, selected: str) -> float:
    """The share of the article's words that the selected text holds (1 for no article)."""
    wanted = Counter(article.split())
    if not wanted:
        return 1.0
    have = Counter(selected.split())
    return sum(min(n, have[w]) for w, n in wanted.items()) / sum(wanted.values())


LARGE_STRIP = 0.1
"""A strip rule that takes this share of a page's words is checked against the article."""
MAX_STRIPPED_ARTICLE = 0.5


def _words(elements: Sequence[Any]) -> Counter[str]:
    """The words of the elements as rendered (no script or style text)."""
    return Counter(_fold(" ".join(line.text for e in elements for line in render(e))).split())


def _check_strips(
    tree: Any, marks: dict[Any, Decision], notes: list[str], *, url: str | None, favor_recall: bool
) -> None:
    """Unmark the elements of a strip rule that would take most of the article with them (a
    class name reused by a redesign for the article's own container), and say so."""
    by_rule: dict[str, list[Any]] = defaultdict(list)
    for element, decision in marks.items():
        if decision.label is Label.DROP:
            by_rule[decision.rule].append(element)
    if not by_rule:
        return
    page = sum(_words([tree]).values())
    large = {
        rule: elements
        for rule, elements in by_rule.items()
        if sum(_words(elements).values()) >= LARGE_STRIP * page
    }
    if not large:
        return
    document = _trafilatura(copy.deepcopy(tree), url, favor_recall, with_metadata=False)
    article = _fold(document.text) if document is not None and document.text else ""
    for rule, elements in large.items():
        share = _covered(article, " ".join(_words(elements).elements()))
        if article and share >= MAX_STRIPPED_ARTICLE:
            for element in elements:
                del marks[element]
            notes.append(
                f"rule {rule}: it would strip {share:.0%} of the article text; not used on"
                " this page"
            )


def extract_page(
    tree: Any,
    *,
    url: str | None = None,
    outlet: OutletRules | None = None,
    favor_recall: bool = True,
    warnings: Sequence[str] = (),
) -> Page:
    """Render a parsed page with every line's HTML-stage decision.

    Site HTML rules of ``outlet`` run first (strip, body, title, author, date), then caption
    elements are taken out, then trafilatura extracts the article from what is left (unless
    the site's body selector names it)."""
    notes = list(warnings)
    marks: dict[Any, Decision] = {}
    site = _apply_site_rules(tree, outlet, marks)
    notes.extend(site.warnings)
    _check_strips(tree, marks, notes, url=url, favor_recall=favor_recall)
    _mark_captions(tree, marks)
    if site.body is not None:
        rule, bodies = site.body
        outside = Decision(Label.DROP, rule.id, f"outside the article body: {rule.reason}")
        marks.setdefault(tree, outside)
        for body in bodies:  # the article: left undecided below
            marks.setdefault(body, Decision(Label.KEEP, rule.id, rule.reason))
    lines = render(tree, marks)
    lines = [
        PageLine(line.text, line.kind, line.block, None)
        if line.decision is not None and line.decision.label is Label.KEEP
        else line
        for line in lines
    ]
    # What extraction sees: the page without the marked elements.
    for element in marks:
        if element is not tree and marks[element].label is not Label.KEEP:
            parent = element.getparent()
            if parent is not None:
                element.drop_tree()
    scope = None
    if site.body is not None:  # a copy: extraction changes the tree it reads
        scope = lxml.html.document_fromstring("<html><body></body></html>")
        container = scope.find("body")
        for body in site.body[1]:
            container.append(copy.deepcopy(body))
    document = _trafilatura(tree, url, favor_recall, with_metadata=True)
    metadata = document
    extraction = document.text if document is not None and document.text else ""
    if site.body is not None and scope is not None:
        rule = site.body[0]
        inside = "\n".join(line.text for line in lines if line.decision is None)
        share = _covered(_fold(extraction), _fold(inside))
        if share < MIN_BODY_SHARE:
            # The selector misses most of the article trafilatura finds: a site redesign made
            # it stale, or it names a teaser. The whole page is extracted instead.
            notes.append(
                f"rule {rule.id}: the body it selects holds {share:.0%} of the article text;"
                " not used on this page"
            )
            lines = [
                PageLine(line.text, line.kind, line.block, None)
                if line.decision is not None and line.decision.rule == rule.id
                else line
                for line in lines
            ]
        else:
            scoped = _trafilatura(scope, url, favor_recall, with_metadata=False)
            extraction = scoped.text if scoped is not None and scoped.text else inside
    extracted = bool(extraction.strip())
    if not extracted:
        notes.append("trafilatura found no article in the page; its text was cleaned as a dump")
    else:
        candidates = [i for i, line in enumerate(lines) if line.decision is None]
        flags = _extracted_flags([lines[i] for i in candidates], extraction)
        outside = Decision(
            Label.DROP, EXTRACTOR, "outside the article that trafilatura found in the page"
        )
        for i, flag in zip(candidates, flags, strict=True):
            if not flag:
                line = lines[i]
                lines[i] = PageLine(line.text, line.kind, line.block, outside)
    if metadata is None:
        with _quiet_dates():
            metadata = extract_metadata(tree, default_url=url)
    return Page(
        lines=tuple(lines),
        url=url or getattr(metadata, "url", None),
        title=site.fields.get("title") or getattr(metadata, "title", None),
        author=site.fields.get("author") or getattr(metadata, "author", None),
        date=site.fields.get("date") or getattr(metadata, "date", None),
        sitename=getattr(metadata, "sitename", None),
        categories=_tuple(getattr(metadata, "categories", None)),
        tags=_tuple(getattr(metadata, "tags", None)),
        language=getattr(metadata, "language", None),
        warnings=tuple(notes),
        extracted=extracted,
    )
