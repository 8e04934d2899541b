"""Properties that hold for any input, checked on documents built from real lines and noise."""

from __future__ import annotations

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from cleaner import Cleaner, CleanResult
from cleaner.segment import normalize_line

from .conftest import MEMO_SEED, PRESSTV_SEED

REAL_LINES = [
    line
    for seed in (PRESSTV_SEED, MEMO_SEED)
    for line in seed.read_text(encoding="utf-8").splitlines()
    if line.strip()
]
line = st.one_of(
    st.sampled_from(REAL_LINES),
    st.text(min_size=0, max_size=80),
    st.sampled_from(["", "Share", "Home / News / World", "Photo: AFP", "EN | FR | DE"]),
)
document = st.lists(line, min_size=0, max_size=40).flatmap(
    lambda lines: st.sampled_from(["\n", "\n\n", "\r\n"]).map(lambda sep: sep.join(lines))
)
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(document)
def test_body_only_holds_input_lines(cleaner: Cleaner, text: str) -> None:
    result = cleaner.clean_text(text)
    input_lines = {normalize_line(raw) for raw in text.splitlines()}
    for body_line in result.text.splitlines():
        assert body_line == "" or body_line in input_lines


@SETTINGS
@given(document)
def test_every_line_is_kept_or_recorded(cleaner: Cleaner, text: str) -> None:
    result = cleaner.clean_text(text)
    recorded = {r.line for r in result.removed}
    kept = [s for s in result.segments if not s.is_blank and s.lineno not in recorded]
    assert [s.text for s in kept] == [x for x in result.text.splitlines() if x]
    assert result.stats.lines_in == result.stats.lines_out + len(recorded)


@SETTINGS
@given(document)
def test_segments_point_back_into_the_input(cleaner: Cleaner, text: str) -> None:
    result = cleaner.clean_text(text)
    for seg in result.segments:
        assert text[seg.start : seg.end] == seg.raw


# Found by the test: each cleaning took one more copy of the breadcrumb, as it moved up into
# the first lines; it needs five passes over the clean text.
BREADCRUMBS = "\n".join(
    ["News \xa0 / \xa0 Iraq \xa0 / \xa0 BreakingNews \xa0 / \xa0 Notification"]
    + ["Baghdad says would welcome Russia strikes in Iraq"] * 4
    + ["0"]
    + ["News \xa0 / \xa0 Iraq \xa0 / \xa0 BreakingNews \xa0 / \xa0 Notification"] * 4
)


# Found by the test: the two paragraphs, nine menu lines apart, make no article zone in the
# dump, but do once the menus are gone; the first cleaning keeps the trailing "0", and a
# second cleaning of its output, with a zone, drops it.
LEAD = next(line for line in REAL_LINES if line.startswith("Shortly after Russia"))
APART = "\n".join(
    [BREADCRUMBS.splitlines()[-1]] * 5 + [LEAD] + [BREADCRUMBS.splitlines()[-1]] * 9 + [LEAD, "0"]
)


def used_a_zone(result: CleanResult) -> bool:
    return any(r.rule == "generic.outside-zone" for r in result.removed)


@SETTINGS
@given(document)
@example(BREADCRUMBS)
@example(APART)
def test_cleaning_clean_output_changes_nothing_but_a_new_zone(cleaner: Cleaner, text: str) -> None:
    """Cleaning the output again changes nothing, unless the first cleaning dropped nothing
    outside an article zone (its passes over the clean text then look for none) and the
    second finds one in the shorter text: then it only drops the lines outside that zone."""
    first = cleaner.clean_text(text)
    once = first.to_text()
    twice = cleaner.clean_text(once)
    if twice.to_text() != once:
        assert not used_a_zone(first)
        assert used_a_zone(twice)
        left = iter(once.splitlines())
        assert all(line in left for line in twice.to_text().splitlines())
