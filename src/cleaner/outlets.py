"""URL, domain or signature text -> outlet.

Order of evidence: a forced outlet id; the URL's host (or a bare domain) against the rule files'
domains; signature lines in the text; else no outlet, and only generic heuristics apply.
"""

from __future__ import annotations

from collections.abc import Sequence
from urllib.parse import urlsplit

from .errors import ConfigError
from .model import Outlet, Segment
from .ruleset import Matcher, OutletRules, PatternTimeout, RuleSet, match_key


def host_of(url_or_domain: str) -> str | None:
    value = url_or_domain.strip()
    if not value:
        return None
    if "://" not in value:
        value = "//" + value
    try:
        host = urlsplit(value).hostname
    except ValueError:
        return None
    return host.lower() if host else None


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
