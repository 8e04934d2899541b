"""Load, validate and compile site rule files (``rules/<domain>.yaml``).

A rule file names one outlet, how to recognise it from text alone (signatures), when it was last
checked against the live site, and its rules. Each rule is a record: an id, a match, a place, an
action, a one-line reason, and examples of lines it must remove and lines it must keep.

Files are validated with pydantic (unknown keys are errors) after a safe YAML load that refuses
aliases and Python tags; every problem becomes one ``RuleFileError`` naming the file, the rule id,
the key, the line and what to do.
"""

from __future__ import annotations

import datetime as dt
import difflib
import functools
import typing
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from enum import StrEnum
from importlib import resources
from pathlib import Path
from typing import Any, Literal

import lxml.html
import regex
import yaml
from cssselect import HTMLTranslator, SelectorError
from lxml import etree
from pydantic import BaseModel, ConfigDict, Field, StrictStr, ValidationError, model_validator

from .errors import RuleFileError
from .metadata import split_values

RULE_ID = r"^[a-z0-9]+(?:[.-][a-z0-9]+)*$"
OUTLET_ID = r"^[a-z0-9]+(?:[-_][a-z0-9]+)*$"
MAX_PATTERN_LENGTH = 1000
REGEX_TIMEOUT_S = 0.1
"""Upper bound on one user regex match; a pattern that runs longer is treated as not matching."""

# ---------------------------------------------------------------------------------------------
# The schema of a rule file
# ---------------------------------------------------------------------------------------------

Patterns = StrictStr | list[StrictStr]


class MatchSpec(BaseModel):
    """What a rule matches: exactly one of ``exact``, ``prefix``, ``contains``, ``regex``."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    exact: Patterns | None = None
    prefix: Patterns | None = None
    contains: Patterns | None = None
    regex: Patterns | None = None
    ignore_case: bool = True

    @model_validator(mode="after")
    def _one_kind(self) -> MatchSpec:
        kinds = [
            k for k in ("exact", "prefix", "contains", "regex") if getattr(self, k) is not None
        ]
        if len(kinds) != 1:
            got = ", ".join(kinds) if kinds else "none"
            raise ValueError(f"give exactly one of exact, prefix, contains, regex (got {got})")
        return self


class Examples(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    drop: list[StrictStr] = Field(min_length=1)
    keep: list[StrictStr] = Field(default_factory=list)


class Evidence(BaseModel):
    """Why a learned rule was proposed: on how many of how many pages its lines recur."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    documents: int = Field(ge=0)
    of: int = Field(ge=1)
    samples: list[StrictStr] = Field(default_factory=list)


class Action(StrEnum):
    DROP = "drop"
    DROP_REST = "drop_rest"
    DROP_BEFORE = "drop_before"
    ARTICLE_END = "article_end"
    TITLE = "title"
    SECTION = "section"
    TAGS = "tags"
    BYLINE = "byline"
    DATE = "date"
    CAPTION = "caption"

    @property
    def is_range(self) -> bool:
        return self in (Action.DROP_REST, Action.DROP_BEFORE)


class RuleSpec(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(pattern=RULE_ID)
    match: MatchSpec
    action: Action
    reason: str = Field(min_length=3)
    examples: Examples
    place: Literal["anywhere", "head", "tail"] = "anywhere"
    within: int | None = Field(default=None, ge=1, le=100_000)
    split: str | None = None
    evidence: Evidence | None = None
    review: bool = False
    """A drafted rule that a person has not checked yet: loaded and tested, but not applied."""


class SelectorSpec(BaseModel):
    """Which elements of a page an HTML rule selects: a CSS selector or an XPath, or a list of
    them (tried in order; for body, title, author and date the first that selects wins)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    css: Patterns | None = None
    xpath: Patterns | None = None

    @model_validator(mode="after")
    def _one_kind(self) -> SelectorSpec:
        if (self.css is None) == (self.xpath is None):
            raise ValueError("give exactly one of css, xpath")
        return self


class HtmlAction(StrEnum):
    STRIP = "strip"  # remove the elements before extraction
    BODY = "body"  # the article is in this element
    TITLE = "title"
    AUTHOR = "author"
    DATE = "date"


class HtmlExamples(BaseModel):
    """HTML fragments the selector must select (``match``) and must not (``no_match``)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    match: list[StrictStr] = Field(default_factory=list)
    no_match: list[StrictStr] = Field(default_factory=list)


class HtmlRuleSpec(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(pattern=RULE_ID)
    select: SelectorSpec
    action: HtmlAction
    reason: str = Field(min_length=3)
    examples: HtmlExamples = Field(default_factory=HtmlExamples)


class PageTest(BaseModel):
    """A live page and text it must yield (kept from imported rule files; needs the network,
    so ``cleaner rules test`` lists these rather than running them)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    url: StrictStr
    contains: list[StrictStr] = Field(default_factory=list)


class OutletSpec(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(pattern=OUTLET_ID)
    name: str = Field(min_length=1)
    domains: list[StrictStr] = Field(default_factory=list)


class RuleFileSpec(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    outlet: OutletSpec
    verified: dt.date
    signatures: list[MatchSpec] = Field(default_factory=list)
    rules: list[RuleSpec] = Field(default_factory=list)
    html: list[HtmlRuleSpec] = Field(default_factory=list)
    page_tests: list[PageTest] = Field(default_factory=list)


# ---------------------------------------------------------------------------------------------
# Compiled rules
# ---------------------------------------------------------------------------------------------

_QUOTES = (
    ("’", "'"),
    ("‘", "'"),
    ("ʼ", "'"),
    ("“", '"'),
    ("”", '"'),
    ("„", '"'),
    ("«", '"'),
    ("»", '"'),
)


def match_key(text: str, *, ignore_case: bool) -> str:
    """The form literal patterns are compared in: typographic quotes folded, case folded."""
    # One str.replace per quote present: a hundred times faster than str.translate with a
    # mapping on a whole document (outlet signatures are looked for in the folded document).
    for quote, plain in _QUOTES:
        if quote in text:
            text = text.replace(quote, plain)
    return text.casefold() if ignore_case else text


class PatternTimeout(Exception):
    """A user pattern ran past ``REGEX_TIMEOUT_S`` on one line."""

    def __init__(self, pattern: str) -> None:
        super().__init__(pattern)
        self.pattern = pattern


@dataclass(frozen=True)
class Matcher:
    kind: str  # exact | prefix | contains | regex
    patterns: tuple[str, ...]
    ignore_case: bool
    compiled: tuple[Any, ...] = ()

    @classmethod
    def from_spec(cls, spec: MatchSpec) -> Matcher:
        for kind in ("exact", "prefix", "contains", "regex"):
            value = getattr(spec, kind)
            if value is not None:
                patterns = (value,) if isinstance(value, str) else tuple(value)
                break
        if kind == "regex":
            flags = regex.IGNORECASE if spec.ignore_case else 0
            compiled = tuple(regex.compile(p, flags | regex.V0) for p in patterns)
            return cls(kind, patterns, spec.ignore_case, compiled)
        keys = tuple(match_key(p.strip(), ignore_case=spec.ignore_case) for p in patterns)
        return cls(kind, patterns, spec.ignore_case, keys)

    def matches(self, text: str) -> bool:
        if self.kind == "regex":
            for pattern in self.compiled:
                try:
                    if pattern.search(text, timeout=REGEX_TIMEOUT_S):
                        return True
                except TimeoutError:
                    raise PatternTimeout(pattern.pattern) from None
            return False
        key = match_key(text, ignore_case=self.ignore_case)
        if self.kind == "exact":
            return key in self.compiled
        if self.kind == "prefix":
            return key.startswith(self.compiled)
        return any(p in key for p in self.compiled)

    def may_occur(self, folded_document: str) -> bool:
        """False when no line of a document (given casefolded, quotes folded) can match: a
        cheap test on the whole text before testing line by line."""
        if self.kind == "regex":
            return True
        return any(p.casefold() in folded_document for p in self.compiled)

    def describe(self) -> str:
        shown = " | ".join(self.patterns)
        return f"{self.kind}: {shown}"


@dataclass(frozen=True)
class SiteRule:
    id: str
    matcher: Matcher
    action: Action
    reason: str
    place: str
    within: int | None
    split: str | None
    drop_examples: tuple[str, ...]
    keep_examples: tuple[str, ...]
    path: Path
    review: bool = False

    def values(self, text: str) -> tuple[str, ...]:
        """Metadata values a matched line yields (items for section and tags, else the line)."""
        if self.action is Action.TAGS:
            return tuple(split_values(text, self.split, default="list"))
        if self.action is Action.SECTION:
            return tuple(split_values(text, self.split, default="breadcrumb"))
        return (text,)


@functools.lru_cache(maxsize=4096)
def compiled_xpath(expression: str) -> etree.XPath:
    """One compiled XPath per expression, shared by every document (compiled on first use,
    so rule sets stay picklable)."""
    return etree.XPath(expression, smart_strings=False)


def _is_element(value: Any) -> bool:
    return isinstance(getattr(value, "tag", None), str)


@dataclass(frozen=True)
class HtmlRule:
    """A rule on the page's HTML, applied before extraction."""

    id: str
    action: HtmlAction
    selectors: tuple[str, ...]  # as written, for messages
    xpaths: tuple[str, ...]  # the same selectors as XPath 1.0 expressions
    reason: str
    match_examples: tuple[str, ...]
    no_match_examples: tuple[str, ...]
    path: Path

    def select(self, tree: Any) -> list[Any]:
        """What this rule selects in a parsed page: elements, and for title, author and date
        also attribute values and strings (``//meta[@name="author"]/@content``). Body, title,
        author and date take those of the first selector that selects anything.

        Raises ``etree.XPathEvalError`` when an expression cannot run on a page (e.g. an
        unknown function); callers report it and go on."""
        found: list[Any] = []
        values = self.action in (HtmlAction.TITLE, HtmlAction.AUTHOR, HtmlAction.DATE)
        for expression in self.xpaths:
            result = compiled_xpath(expression)(tree)
            if isinstance(result, str) and values:
                result = [result] if result.strip() else []
            elements = (
                [e for e in result if (isinstance(e, str) and values) or _is_element(e)]
                if isinstance(result, list)
                else []
            )
            if elements and self.action is not HtmlAction.STRIP:
                return elements
            found.extend(elements)
        return list(dict.fromkeys(found))  # an element once, in order

    def describe(self) -> str:
        return " | ".join(self.selectors)


@dataclass(frozen=True)
class OutletRules:
    id: str
    name: str
    domains: tuple[str, ...]
    signatures: tuple[Matcher, ...]
    verified: dt.date
    rules: tuple[SiteRule, ...]
    path: Path
    builtin: bool
    html: tuple[HtmlRule, ...] = ()
    page_tests: tuple[PageTest, ...] = ()


class RuleSet:
    """All loaded outlets, indexed by id and domain."""

    def __init__(self, outlets: Iterable[OutletRules] = ()) -> None:
        self._by_id: dict[str, OutletRules] = {}
        for outlet in outlets:
            self._by_id[outlet.id] = outlet  # later folders override earlier ones
        self._by_domain: dict[str, OutletRules] = {}
        for outlet in self._by_id.values():
            for domain in outlet.domains:
                self._by_domain[domain.lower()] = outlet

    def __iter__(self) -> Iterator[OutletRules]:
        return iter(self._by_id.values())

    def __len__(self) -> int:
        return len(self._by_id)

    def get(self, outlet_id: str) -> OutletRules | None:
        return self._by_id.get(outlet_id)

    def rule_ids(self) -> dict[str, list[str]]:
        """The ids of each outlet's applied rules (rules marked for review are not applied)."""
        return {
            o.id: [r.id for r in o.rules if not r.review] + [r.id for r in o.html] for o in self
        }

    def for_host(self, host: str) -> tuple[OutletRules, str] | None:
        """The outlet whose domain is ``host`` or a parent of it, with the domain matched."""
        host = host.lower().strip(".")
        if host.startswith("www."):
            host = host[4:]
        parts = host.split(".")
        for i in range(len(parts) - 1):
            candidate = ".".join(parts[i:])
            if candidate in self._by_domain:
                return self._by_domain[candidate], candidate
        return None


# ---------------------------------------------------------------------------------------------
# Loading
# ---------------------------------------------------------------------------------------------


_Loader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when PyYAML has it


def _load_yaml(source: str) -> tuple[Any, Any]:
    """The node tree and the data of a YAML document: safe tags only, and no aliases (no
    alias bombs; a rule file never needs them)."""
    loader = _Loader(source)
    try:
        node = loader.get_single_node()
        seen: set[int] = set()
        stack = [node] if node is not None else []
        while stack:
            current = stack.pop()
            if id(current) in seen:  # only an alias makes two places share one node
                raise yaml.MarkedYAMLError(
                    problem="YAML aliases (*name) are not allowed in rule files;"
                    " write the value out",
                    problem_mark=current.start_mark,
                )
            seen.add(id(current))
            if isinstance(current, yaml.MappingNode):
                stack.extend(part for pair in current.value for part in pair)
            elif isinstance(current, yaml.SequenceNode):
                stack.extend(current.value)
        data = loader.construct_document(node) if node is not None else None
    finally:
        loader.dispose()
    return node, data


def builtin_rules_dir() -> Path:
    return Path(str(resources.files("cleaner") / "rules"))


def rule_files(folders: Sequence[Path]) -> list[Path]:
    files: list[Path] = []
    for folder in folders:
        if folder.is_file():
            files.append(folder)
            continue
        if not folder.is_dir():
            raise RuleFileError(folder, "no such rule folder; check the path given to --rules")
        files.extend(sorted([*folder.glob("*.yaml"), *folder.glob("*.yml")]))
    return files


def load_rules(folders: Sequence[Path | str] = (), *, builtin: bool = True) -> RuleSet:
    """Load the built-in rule files (unless ``builtin=False``) and those in ``folders``.

    A file in a later folder overrides an earlier file for the same outlet id.
    """
    outlets: list[OutletRules] = []
    if builtin:
        outlets.extend(load_rule_file(p, builtin=True) for p in rule_files([builtin_rules_dir()]))
    outlets.extend(load_rule_file(p) for p in rule_files([Path(f) for f in folders]))
    _check_domains(outlets)
    return RuleSet(outlets)


def _check_domains(outlets: Sequence[OutletRules]) -> None:
    latest = {o.id: o for o in outlets}
    owner: dict[str, OutletRules] = {}
    for outlet in latest.values():
        for domain in outlet.domains:
            other = owner.get(domain.lower())
            if other is not None:
                raise RuleFileError(
                    outlet.path,
                    f'domain "{domain}" is already claimed by outlet "{other.id}" in {other.path};'
                    " a domain belongs to one outlet",
                    key="outlet.domains",
                )
            owner[domain.lower()] = outlet


def load_rule_file(path: Path | str, *, builtin: bool = False) -> OutletRules:
    """Load and compile one rule file, or raise ``RuleFileError`` saying what to fix."""
    path = Path(path)
    try:
        raw_bytes = path.read_bytes()
    except OSError as exc:
        raise RuleFileError(path, f"cannot read the file ({exc.strerror})") from None
    try:
        source = raw_bytes.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise RuleFileError(path, f"not UTF-8 (byte {exc.start}); save the file as UTF-8") from None
    return parse_rule_text(source, path, builtin=builtin)


def parse_rule_text(source: str, path: Path | str, *, builtin: bool = False) -> OutletRules:
    path = Path(path)
    try:
        node, data = _load_yaml(source)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        problem = exc.problem or "invalid YAML"
        if isinstance(exc, yaml.constructor.ConstructorError) and "tag" in problem:
            problem += " (rule files are plain YAML: no !!python or other custom tags)"
        raise RuleFileError(path, f"invalid YAML: {problem}", line=line) from None
    except yaml.YAMLError as exc:
        raise RuleFileError(path, f"invalid YAML: {exc}") from None
    if not isinstance(data, dict):
        raise RuleFileError(
            path, "a rule file is a mapping with the keys outlet, verified, signatures, rules"
        )
    try:
        spec = RuleFileSpec.model_validate(data)
    except ValidationError as exc:
        raise _explain_validation(exc, data, node, path) from None
    return _compile(spec, path, node, builtin)


def _claim_id(
    rule_id: str, outlet_id: str, seen: dict[str, int], path: Path, line: int | None
) -> None:
    """Check a rule id (text or HTML rule) against the outlet id and the ids before it."""
    if not rule_id.startswith(outlet_id + "."):
        raise RuleFileError(
            path,
            f'rule ids start with the outlet id and a dot (e.g. "{outlet_id}.'
            f'{rule_id.split(".")[-1]}")',
            rule=rule_id,
            key="id",
            line=line,
        )
    if rule_id in seen:
        raise RuleFileError(
            path,
            f"duplicate rule id (first used on line {seen[rule_id]}); give each rule its own id",
            rule=rule_id,
            key="id",
            line=line,
        )
    seen[rule_id] = line or 0


def _compile(spec: RuleFileSpec, path: Path, node: Any, builtin: bool) -> OutletRules:
    outlet_id = spec.outlet.id
    seen: dict[str, int] = {}
    rules: list[SiteRule] = []
    for i, rule in enumerate(spec.rules):
        _claim_id(rule.id, outlet_id, seen, path, _line_of(node, ("rules", i, "id")))
        matcher = _compile_matcher(rule.match, path, rule.id, node, ("rules", i, "match"))
        if rule.split is not None and rule.action not in (Action.TAGS, Action.SECTION):
            raise RuleFileError(
                path,
                "split only applies to the actions tags and section",
                rule=rule.id,
                key="split",
                line=_line_of(node, ("rules", i, "split")),
            )
        if rule.within is not None and rule.place == "anywhere":
            raise RuleFileError(
                path,
                "within counts lines from the head or the tail; set place: head or place: tail",
                rule=rule.id,
                key="within",
                line=_line_of(node, ("rules", i, "within")),
            )
        rules.append(
            SiteRule(
                id=rule.id,
                matcher=matcher,
                action=rule.action,
                reason=rule.reason.strip(),
                place=rule.place,
                within=rule.within,
                split=rule.split,
                drop_examples=tuple(rule.examples.drop),
                keep_examples=tuple(rule.examples.keep),
                path=path,
                review=rule.review,
            )
        )
    signatures = tuple(
        _compile_matcher(sig, path, None, node, ("signatures", i))
        for i, sig in enumerate(spec.signatures)
    )
    html_rules: list[HtmlRule] = []
    for i, html_rule in enumerate(spec.html):
        _claim_id(html_rule.id, outlet_id, seen, path, _line_of(node, ("html", i, "id")))
        html_rules.append(_compile_html_rule(html_rule, path, node, ("html", i, "select")))
    return OutletRules(
        id=outlet_id,
        name=spec.outlet.name,
        domains=tuple(d.lower().removeprefix("www.") for d in spec.outlet.domains),
        signatures=signatures,
        verified=spec.verified,
        rules=tuple(rules),
        path=path,
        builtin=builtin,
        html=tuple(html_rules),
        page_tests=tuple(spec.page_tests),
    )


_CSS = HTMLTranslator()


def _compile_html_rule(spec: HtmlRuleSpec, path: Path, node: Any, loc: tuple[Any, ...]) -> HtmlRule:
    kind = "css" if spec.select.css is not None else "xpath"
    value = spec.select.css if kind == "css" else spec.select.xpath
    selectors = (value,) if isinstance(value, str) else tuple(value or ())
    where = {"rule": spec.id, "key": f"select.{kind}", "line": _line_of(node, (*loc, kind))}
    if not selectors:
        raise RuleFileError(path, "give at least one selector", **where)  # type: ignore[arg-type]
    xpaths: list[str] = []
    for selector in selectors:
        if len(selector) > MAX_PATTERN_LENGTH:
            raise RuleFileError(
                path,
                f"selector is {len(selector)} characters; the limit is {MAX_PATTERN_LENGTH}",
                **where,  # type: ignore[arg-type]
            )
        if kind == "css":
            try:
                expression = _CSS.css_to_xpath(selector)
            except SelectorError as exc:
                raise RuleFileError(
                    path,
                    f"bad CSS selector {selector!r}: {exc}",
                    **where,  # type: ignore[arg-type]
                ) from None
        else:
            expression = selector
        try:
            compiled_xpath(expression)
        except etree.XPathSyntaxError as exc:
            raise RuleFileError(
                path,
                f"bad XPath {selector!r}: {exc}. XPath 1.0 is supported, as lxml runs it",
                **where,  # type: ignore[arg-type]
            ) from None
        xpaths.append(expression)
    return HtmlRule(
        id=spec.id,
        action=spec.action,
        selectors=selectors,
        xpaths=tuple(xpaths),
        reason=spec.reason.strip(),
        match_examples=tuple(spec.examples.match),
        no_match_examples=tuple(spec.examples.no_match),
        path=path,
    )


def _compile_matcher(
    spec: MatchSpec, path: Path, rule_id: str | None, node: Any, loc: tuple[Any, ...]
) -> Matcher:
    if spec.regex is not None:
        patterns = [spec.regex] if isinstance(spec.regex, str) else spec.regex
        for pattern in patterns:
            where = {"rule": rule_id, "key": "regex", "line": _line_of(node, (*loc, "regex"))}
            if len(pattern) > MAX_PATTERN_LENGTH:
                raise RuleFileError(
                    path,
                    f"pattern is {len(pattern)} characters; the limit is {MAX_PATTERN_LENGTH}."
                    " Split it into several rules",
                    **where,  # type: ignore[arg-type]
                )
            try:
                compiled = regex.compile(pattern, regex.V0)
            except regex.error as exc:
                raise RuleFileError(
                    path,
                    f"bad regular expression {pattern!r}: {exc}. Check its brackets and escapes"
                    " (in YAML, single-quote patterns so backslashes stay as written)",
                    **where,  # type: ignore[arg-type]
                ) from None
            slow = _backtracking_probe(compiled, pattern)
            if slow is not None:
                raise RuleFileError(
                    path,
                    f"pattern {pattern!r} backtracks catastrophically: searching {slow} took"
                    f" over {REGEX_TIMEOUT_S:g} s. Rewrite it without nested repetition such as"
                    " (a+)+ or (\\w+\\s?)+",
                    **where,  # type: ignore[arg-type]
                )
    return Matcher.from_spec(spec)


def _backtracking_probe(compiled: Any, pattern: str) -> str | None:
    """A description of a probe string the pattern cannot search in time, or None.

    The probes are long runs of what nested repetitions match, ending in a character that
    makes the match fail: the inputs on which such patterns take exponential time."""
    letters = sorted({c for c in pattern if c.isalnum()})[:5]
    probes = [c * 3000 + "\x00" for c in ("a", "1", " ", *letters)]
    probes.append("word " * 600 + "\x00")
    for probe in probes:
        try:
            compiled.search(probe, timeout=REGEX_TIMEOUT_S)
        except TimeoutError:
            return f"{probe[:8]!r}… ({len(probe)} characters)"
    return None


def _explain_validation(
    exc: ValidationError, data: dict[str, Any], node: Any, path: Path
) -> RuleFileError:
    # A misspelt key shows up twice: as unknown and as missing. Name the unknown one first.
    order = {"extra_forbidden": 0, "missing": 2}
    error = min(exc.errors(), key=lambda e: order.get(e["type"], 1))
    loc = tuple(error["loc"])
    rule_id = None
    if len(loc) >= 2 and loc[0] in ("rules", "html") and isinstance(loc[1], int):
        rules = data.get(str(loc[0]))
        if isinstance(rules, list) and loc[1] < len(rules) and isinstance(rules[loc[1]], dict):
            rule_id = rules[loc[1]].get("id")
        if rule_id is None:
            rule_id = f"#{loc[1] + 1}"
    # Drop pydantic's union branch names (e.g. "str", "list[str]") from the location.
    clean_loc = tuple(
        p for p in loc if isinstance(p, int) or p in _all_field_names() or p == loc[-1]
    )
    key_parts = [p for p in clean_loc if isinstance(p, str)]
    key = ".".join(
        key_parts[1:] if rule_id and key_parts and key_parts[0] in ("rules", "html") else key_parts
    )
    line = _line_of(node, clean_loc)
    kind = error["type"]
    if kind == "extra_forbidden":
        model = _model_at(clean_loc[:-1])
        expected = list(model.model_fields) if model else []
        unknown = str(clean_loc[-1])
        problem = f'unknown key "{unknown}"'
        close = difflib.get_close_matches(unknown, expected, n=1)
        if close:
            problem += f' (did you mean "{close[0]}"?)'
        if expected:
            problem += f" (expected one of: {', '.join(expected)})"
        key = key.rsplit(".", 1)[0] if "." in key else ""
        return RuleFileError(path, problem, rule=rule_id, key=key or None, line=line)
    if kind == "missing":
        return RuleFileError(
            path,
            f'missing required key "{clean_loc[-1]}"',
            rule=rule_id,
            key=key.rsplit(".", 1)[0] if "." in key else None,
            line=line,
        )
    got = error.get("input")
    shown = repr(got) if not isinstance(got, dict) else "a mapping"
    problem = f"{error['msg']} (got {shown})" if kind != "value_error" else error["msg"]
    problem = problem.replace("Value error, ", "")
    return RuleFileError(path, problem, rule=rule_id, key=key or None, line=line)


def _all_field_names() -> set[str]:
    names: set[str] = set()
    for model in (
        RuleFileSpec,
        RuleSpec,
        MatchSpec,
        Examples,
        OutletSpec,
        Evidence,
        HtmlRuleSpec,
        SelectorSpec,
        HtmlExamples,
        PageTest,
    ):
        names.update(model.model_fields)
    return names


def _model_at(loc: tuple[Any, ...]) -> type[BaseModel] | None:
    """The schema model that the location ``loc`` in a rule file points into."""
    model: type[BaseModel] | None = RuleFileSpec
    for part in loc:
        if isinstance(part, int) or model is None:
            continue
        info = model.model_fields.get(part)
        if info is None:
            return None
        model = _inner_model(info.annotation)
    return model


def _inner_model(annotation: Any) -> type[BaseModel] | None:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in typing.get_args(annotation):
        found = _inner_model(arg)
        if found:
            return found
    return None


def _line_of(node: Any, loc: Sequence[Any]) -> int | None:
    """The 1-based line of the YAML node at ``loc`` (or of its nearest existing parent)."""
    best = node.start_mark.line + 1 if node is not None else None
    for part in loc:
        if isinstance(node, yaml.MappingNode) and isinstance(part, str):
            for key_node, value_node in node.value:
                if key_node.value == part:
                    best = key_node.start_mark.line + 1
                    node = value_node
                    break
            else:
                return best
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int):
            if part >= len(node.value):
                return best
            node = node.value[part]
            best = node.start_mark.line + 1
        else:
            return best
    return best


def check_examples(outlet: OutletRules) -> list[str]:
    """Run every rule's own examples; return one message per failure (empty when all pass)."""
    failures: list[str] = []

    def matched(rule: SiteRule, line: str) -> bool | None:
        try:
            return rule.matcher.matches(line)
        except PatternTimeout:
            failures.append(
                f'{rule.path}: rule "{rule.id}": pattern ran past {REGEX_TIMEOUT_S:g} s on'
                f" example {line!r}"
            )
            return None

    for html_rule in outlet.html:
        for fragment in html_rule.match_examples:
            if not _selects(html_rule, fragment):
                failures.append(
                    f'{html_rule.path}: rule "{html_rule.id}": example to match is not'
                    f" selected: {fragment!r}"
                )
        for fragment in html_rule.no_match_examples:
            if _selects(html_rule, fragment):
                failures.append(
                    f'{html_rule.path}: rule "{html_rule.id}": example not to match is'
                    f" selected: {fragment!r}"
                )
    for rule in outlet.rules:
        for line in rule.drop_examples:
            if matched(rule, line) is False:
                failures.append(
                    f'{rule.path}: rule "{rule.id}": example to drop is not matched: {line!r}'
                )
        for line in rule.keep_examples:
            if matched(rule, line):
                failures.append(
                    f'{rule.path}: rule "{rule.id}": example to keep is matched: {line!r}'
                )
    return failures


def _selects(rule: HtmlRule, fragment: str) -> bool:
    """Whether a rule selects an element of an HTML fragment (parsed as a page body)."""
    tree = lxml.html.document_fromstring(f"<html><body>{fragment}</body></html>")
    body = tree.find("body")
    try:
        return any(
            isinstance(e, str) or (e is not tree and e is not body) for e in rule.select(tree)
        )
    except etree.XPathEvalError:
        return False
