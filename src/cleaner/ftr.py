"""Import FiveFilters ftr-site-config files as cleaner rule files (their HTML part).

ftr-site-config (public domain, CC0) holds one ``<domain>.txt`` per site, with lines such as
``body: //article``, ``strip_id_or_class: share-tools`` or ``test_url: https://...``. Each
directive with a cleaner equivalent becomes an HTML rule; every other directive is listed, with
its values, in the written file's header comment and in the import's report, never dropped
without a word. A selector that lxml cannot compile is reported the same way.

| ftr-site-config | cleaner |
|---|---|
| ``body`` (first that selects wins) | HTML rule, ``action: body`` |
| ``title``, ``author``, ``date`` | HTML rule of that action |
| ``strip`` | HTML rule, ``action: strip`` |
| ``strip_id_or_class: x`` | ``strip`` of elements whose id or class has the word x |
| ``strip_image_src: x`` | ``strip`` of images whose ``src`` contains x |
| ``test_url``, ``test_contains`` | ``page_tests`` |
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from lxml import etree

from .errors import CleanerError, RuleFileError
from .ruleset import compiled_xpath, parse_rule_text
from .writers import atomic_open

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_DIRECTIVE = re.compile(r"^([a-z_]+)(?:\(([^)]*)\))?\s*:\s*(.*)$")
SUPPORTED = frozenset(
    {"body", "title", "author", "date", "strip", "strip_id_or_class", "strip_image_src",
     "test_url", "test_contains"}
)  # fmt: skip
_FIELDS = ("body", "title", "author", "date")
_REASONS = {
    "body": "the article's container on this site",
    "title": "the article's headline",
    "author": "the article's author",
    "date": "the article's publication date",
}


@dataclass(frozen=True, slots=True)
class Directive:
    line: int
    name: str
    argument: str | None
    value: str


def parse_site_config(text: str) -> list[Directive]:
    """The directives of one ftr-site-config file, in order (comments and blanks skipped)."""
    found = []
    for lineno, raw in enumerate(text.splitlines(), 1):
        line = _CONTROL.sub("", raw).strip()  # a stray control byte must not end up in YAML
        if not line or line.startswith("#"):
            continue
        match = _DIRECTIVE.match(line)
        if match is None:
            continue
        name, argument, value = match.groups()
        found.append(Directive(lineno, name, argument, _unquote(value.strip())))
    return found


def _unquote(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return value[1:-1]
    return value


def domain_of(path: Path) -> str:
    """The site a file is for: ``nytimes.com.txt`` and ``.nytimes.com.txt`` (the leading dot
    covers subdomains; cleaner matches parent domains anyway) are both for nytimes.com."""
    name = path.name.removesuffix(".txt").lstrip(".").lower()
    return name.removeprefix("www.")


_SITE_FILE = re.compile(r"^\.?[a-z0-9-]+(?:\.[a-z0-9-]+)+\.txt$", re.IGNORECASE)


def is_site_file(path: Path) -> bool:
    """Whether a file is named like a site's config (``example.com.txt``), not LICENSE.txt."""
    return _SITE_FILE.match(path.name) is not None


def outlet_id_for(domain: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", domain.lower()).strip("-")


def _literal(value: str) -> str:
    """An XPath string literal for any value (XPath 1.0 has no escapes)."""
    if "'" not in value:
        return f"'{value}'"
    if '"' not in value:
        return f'"{value}"'
    parts = value.split("'")
    return "concat(" + ', "\'", '.join(f"'{p}'" for p in parts) + ")"


def _word_in(attribute: str, word: str) -> str:
    return f"contains(concat(' ', normalize-space(@{attribute}), ' '), {_literal(f' {word} ')})"


def strip_xpath(directive: Directive) -> str:
    """The XPath of a strip, strip_id_or_class or strip_image_src directive."""
    if directive.name == "strip_id_or_class":
        word = directive.value.strip()
        return f"//*[{_word_in('class', word)} or {_word_in('id', word)}]"
    if directive.name == "strip_image_src":
        return f"//img[contains(@src, {_literal(directive.value.strip())})]"
    return directive.value


@dataclass(slots=True)
class Conversion:
    """One converted site file: its rule file text, and what could not be carried over."""

    source: Path
    domain: str
    outlet_id: str
    text: str = ""
    rules: int = 0
    unsupported: dict[str, list[str]] = field(default_factory=dict)
    invalid: list[str] = field(default_factory=list)


def convert(path: Path, *, imported: dt.date, outlet_id: str | None = None) -> Conversion:
    """Convert one ftr-site-config file; raises ``CleanerError`` when it cannot be read."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise CleanerError(f"{path}: cannot read ({exc})") from None
    domain = domain_of(path)
    conversion = Conversion(path, domain, outlet_id or outlet_id_for(domain))
    outlet = conversion.outlet_id
    selectors: dict[str, list[str]] = defaultdict(list)
    strips: list[tuple[Directive, str]] = []
    tests: list[dict[str, Any]] = []
    unsupported: dict[str, list[str]] = defaultdict(list)
    for directive in parse_site_config(text):
        name = directive.name
        if name not in SUPPORTED or directive.argument is not None:
            shown = f"({directive.argument})" if directive.argument is not None else ""
            unsupported[name + shown].append(directive.value)
            continue
        if name == "test_url":
            tests.append({"url": directive.value, "contains": []})
            continue
        if name == "test_contains":
            if tests:
                tests[-1]["contains"].append(directive.value)
            else:
                unsupported[name].append(directive.value)
            continue
        expression = strip_xpath(directive) if name.startswith("strip") else directive.value
        if not directive.value.strip():
            continue
        try:
            compiled_xpath(expression)
        except etree.XPathSyntaxError as exc:
            conversion.invalid.append(f"line {directive.line}: {name}: {directive.value} ({exc})")
            continue
        if name.startswith("strip"):
            strips.append((directive, expression))
        elif expression not in selectors[name]:
            selectors[name].append(expression)
    html: list[dict[str, Any]] = []
    for name in _FIELDS:
        if selectors[name]:
            html.append(
                {
                    "id": f"{outlet}.{name}",
                    "select": {"xpath": _one_or_list(selectors[name])},
                    "action": name,
                    "reason": _REASONS[name],
                }
            )
    for n, (directive, expression) in enumerate(strips, 1):
        html.append(
            {
                "id": f"{outlet}.strip-{n}",
                "select": {"xpath": expression},
                "action": "strip",
                "reason": f"page furniture named by the site's rules ({directive.name}:"
                f" {directive.value})",
            }
        )
    conversion.rules = len(html)
    conversion.unsupported = dict(unsupported)
    data: dict[str, Any] = {
        "outlet": {"id": outlet, "name": domain, "domains": [domain]},
        "verified": imported,
        "html": html,
    }
    if tests:
        data["page_tests"] = tests
    conversion.text = _header(conversion) + yaml.safe_dump(
        data, sort_keys=False, allow_unicode=True, width=1000
    )
    return conversion


def _one_or_list(values: list[str]) -> str | list[str]:
    return values[0] if len(values) == 1 else values


def _header(conversion: Conversion) -> str:
    lines = [
        f"# Imported from ftr-site-config {conversion.source.name} (public domain, CC0)",
        "# by `cleaner rules import-ftr`. HTML rules only: they apply to web pages.",
    ]
    if conversion.unsupported or conversion.invalid:
        lines.append("# Not imported (no cleaner equivalent):")
        for name, values in sorted(conversion.unsupported.items()):
            for value in values:
                lines.append(f"#   {name}: {value}")
        for problem in conversion.invalid:
            lines.append(f"#   invalid XPath, {problem}")
    return "\n".join(lines) + "\n"


@dataclass(slots=True)
class ImportReport:
    written: list[Conversion] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    """Files not written, each with why."""

    @property
    def unsupported(self) -> Counter[str]:
        """Per directive (``http_header(...)`` counted as one), the number of files using it."""
        return Counter(
            name for c in self.written for name in {key.split("(")[0] for key in c.unsupported}
        )

    @property
    def invalid(self) -> int:
        return sum(len(c.invalid) for c in self.written)


def import_site_configs(
    files: Iterable[Path],
    output: Path,
    *,
    claimed: Mapping[str, str] | None = None,
    overwrite: bool = False,
    imported: dt.date | None = None,
) -> ImportReport:
    """Convert ftr-site-config files into rule files in ``output``, one per domain.

    ``claimed`` maps domains to the outlet ids of rules already loaded; those sites are
    skipped, since a domain belongs to one outlet. A second file for a domain (``x.com`` and
    ``.x.com``) is skipped too. Every file written is loaded back and checked."""
    claimed = dict(claimed or {})
    imported = imported or dt.date.today()
    report = ImportReport()
    output.mkdir(parents=True, exist_ok=True)
    seen: dict[str, Path] = {}
    ids = set(claimed.values())
    # A site's own file comes before its wildcard (".x.com.txt") one.
    for path in sorted(files, key=lambda p: (p.name.lstrip("."), p.name.startswith("."))):
        domain = domain_of(path)
        if domain in claimed:
            report.skipped.append(f"{path.name}: {domain} belongs to outlet {claimed[domain]}")
            continue
        if domain in seen:
            report.skipped.append(f"{path.name}: {domain} was imported from {seen[domain].name}")
            continue
        outlet_id = outlet_id_for(domain)
        n = 1
        while outlet_id in ids:  # a-b.com and a.b.com
            n += 1
            outlet_id = f"{outlet_id_for(domain)}-{n}"
        try:
            conversion = convert(path, imported=imported, outlet_id=outlet_id)
        except CleanerError as exc:
            report.skipped.append(exc.message)
            continue
        if conversion.rules == 0:
            report.skipped.append(f"{path.name}: no directive with a cleaner equivalent")
            continue
        target = output / f"{domain}.yaml"
        if target.exists() and not overwrite:
            report.skipped.append(f"{path.name}: {target} exists (pass --force to replace it)")
            continue
        try:
            parse_rule_text(conversion.text, target)
        except RuleFileError as exc:
            report.skipped.append(f"{path.name}: the converted rules do not load ({exc.problem})")
            continue
        with atomic_open(target) as handle:
            handle.write(conversion.text)
        seen[domain] = path
        ids.add(outlet_id)
        report.written.append(conversion)
    return report
