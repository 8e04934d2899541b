"""URL, domain or signature text -> outlet.

Order of evidence: a forced outlet id; the URL's host (or a bare domain) against the rule files'
domains; signature lines in the text; else no outlet, and only generic heuristics apply.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise
from urllib.parse import SplitResult, unquote, urlsplit

from .errors import ConfigError
from .model import Outlet, Segment
from .ruleset import Matcher, OutletRules, PatternTimeout, RuleSet, match_key


def _split(url_or_domain: str) -> SplitResult | None:
    """A URL, or a bare domain read as one, split into its parts; None when it is not one."""
    value = url_or_domain.strip()
    if not value:
        return None
    try:
        return urlsplit(value if "://" in value else "//" + value)
    except ValueError:
        return None


def host_of(url_or_domain: str) -> str | None:
    parts = _split(url_or_domain)
    host = parts.hostname if parts else None
    return host.lower() if host else None


_SLUG_WORD = re.compile(r"[^\W_]+")
_SLUG_FILE = re.compile(r"\.(?:s?html?|php|aspx?|jsp|cms|stm)$", re.IGNORECASE)
MIN_SLUG_WORDS = 3


def slug_words(url: str | None) -> tuple[str, ...]:
    """The words of a URL's slug, the headline most news sites put in their addresses:
    ``.../2012/07/23/president-obama-offers-comfort-aurora`` -> ``president obama offers
    comfort aurora``. The last path part of at least three hyphenated or underscored words;
    numbers (dates, ids) are left out, and a path part that is only a number is skipped.
    Empty when the URL has none."""
    parts = _split(url) if url and "/" in url else None
    if parts is None:
        return ()
    for part in reversed([p for p in parts.path.split("/") if p]):
        part = _SLUG_FILE.sub("", unquote(part))
        if part.isdigit():
            continue
        found = tuple(w.casefold() for w in _SLUG_WORD.findall(part) if not w.isdigit())
        if len(found) >= MIN_SLUG_WORDS and re.search(r"[-_]", part):
            return found
        return ()
    return ()


def _stem(word: str) -> str:
    """A word without its plural or third-person ``s``: ``patients``, ``continues``."""
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def slug_misses(tokens: Sequence[str], slug: Sequence[str]) -> int | None:
    """How many of a URL slug's words a line leaves out when it is the headline the slug
    spells, or None when it is not: the slug's words in the line, and the slug covering most
    of the line's words (slugs leave out small words, numbers and letters on their own). A
    slug word may join up to three tokens the line's punctuation split (``qa`` spells
    ``Q&A``, ``100mits`` ``100m...It's``) and differ from its token by a final ``s``
    (``patient``, ``Patients``); one slug word in five may be missing, as a headline edited
    after its address was made drops or swaps a word."""
    if not slug or not tokens:
        return None
    words = sum(len(t) > 1 and not t.isdigit() for t in tokens)
    if len(slug) < 0.6 * words:
        return None  # a paragraph, far longer than the slug: no need to join its tokens
    present = {
        *tokens,
        *(a + b for a, b in pairwise(tokens)),
        *(a + b + c for a, b, c in zip(tokens, tokens[1:], tokens[2:], strict=False)),
    }
    stems = {_stem(w) for w in present}
    missing = sum(w not in present and _stem(w) not in stems for w in slug)
    return None if missing > len(slug) // 5 else missing


def spells_slug(tokens: Sequence[str], slug: Sequence[str]) -> bool:
    """Whether a line is the headline a URL slug spells (``slug_misses``)."""
    return slug_misses(tokens, slug) is not None


def _matches(signature: Matcher, line: str) -> bool:
    try:
        return signature.matches(line)
    except PatternTimeout:
        return False  # a signature that cannot decide in time is no evidence


def detect_outlet(
    rules: RuleSet,
    segments: Sequence[Segment],
    *,
    url: str | None = None,
    forced: str | None = None,
) -> tuple[OutletRules | None, Outlet | None]:
    """Find the outlet of a document and say how it was found."""
    if forced:
        outlet = rules.get(forced)
        if outlet is None:
            known = ", ".join(sorted(o.id for o in rules)) or "none loaded"
            raise ConfigError(f'unknown outlet "{forced}" (known outlets: {known})')
        domain = outlet.domains[0] if outlet.domains else None
        return outlet, Outlet(outlet.id, outlet.name, domain, "forced", f"--outlet {forced}")
    if url:
        host = host_of(url)
        found = rules.for_host(host) if host else None
        if found:
            outlet, domain = found
            how = "url" if "/" in url or ":" in url else "domain"
            return outlet, Outlet(outlet.id, outlet.name, domain, how, url)
    best: tuple[int, OutletRules, str] | None = None
    lines = [s.text for s in segments if not s.is_blank]
    folded = match_key("\n".join(lines), ignore_case=True)
    for outlet in rules:
        signatures = [sig for sig in outlet.signatures if sig.may_occur(folded)]
        if not signatures:
            continue
        hits = [line for line in lines if any(_matches(sig, line) for sig in signatures)]
        if hits and (best is None or len(hits) > best[0]):
            best = (len(hits), outlet, hits[0])
    if best:
        _, outlet, line = best
        domain = outlet.domains[0] if outlet.domains else None
        return outlet, Outlet(outlet.id, outlet.name, domain, "signature", line)
    return None, None
