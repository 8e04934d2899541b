"""The two real seed dumps, checked point by point against what the article must keep."""

from __future__ import annotations

from cleaner import Cleaner

from .conftest import MEMO_SEED, PRESSTV_SEED


def body_paragraphs(path, first: int, last: int) -> list[str]:
    """Lines ``first``..``last`` (1-based) of a seed, stripped: the article's own paragraphs."""
    lines = path.read_text(encoding="utf-8").splitlines()[first - 1 : last]
    return [" ".join(line.replace("\u00a0", " ").split()) for line in lines if line.strip()]


def test_presstv_seed(cleaner: Cleaner) -> None:
    result = cleaner.clean_text(PRESSTV_SEED.read_text(encoding="utf-8"))
    text = result.to_text()
    assert result.outlet is not None and result.outlet.id == "presstv"
    assert result.outlet.detected_by == "signature"
    for debris in ("BreakingNews", "Ilhan Omar", "(AFP Photo)", "alternate addresses", "Roku"):
        assert debris not in text
    assert "\n\nTurkey ‘concerned’\n\n" in text
    paragraphs = [p for p in body_paragraphs(PRESSTV_SEED, 8, 41) if "(AFP Photo)" not in p]
    assert len(paragraphs) == 16
    for paragraph in paragraphs:
        assert paragraph in result.text.split("\n\n"), paragraph
    assert result.title == "Baghdad says would welcome Russia strikes in Iraq"
    assert result.section == "News / Iraq / BreakingNews / Notification"
    verdicts = {c.text.split(" (")[0][:30]: c.fits_article for c in result.captions}
    assert verdicts == {
        "US Rep. Ilhan Omar": False,
        "Iraqi Prime Minister Haider al": True,
        "Turkish Foreign Minister Ferid": True,
    }
    omar = result.captions[0]
    assert omar.evidence.date_conflict and omar.evidence.caption_years == (2019,)
    assert omar.credit == "AFP photo"


def test_memo_seed(cleaner: Cleaner) -> None:
    result = cleaner.clean_text(MEMO_SEED.read_text(encoding="utf-8"))
    text = result.to_text()
    assert result.outlet is not None and result.outlet.name == "Middle East Monitor"
    for debris in ("Portuguese / Spanish", "Middle East Near You", "RussiaIraq", "Show Comments"):
        assert debris not in text
    assert result.tags == ("Europe & Russia", "Iraq", "Middle East", "News", "Russia")
    assert result.title == "Baghdad may ask Russia to carry out airstrikes in Iraq"
    for paragraph in body_paragraphs(MEMO_SEED, 7, 23):
        assert paragraph in result.text.split("\n\n")
    rules = {r.rule for r in result.removed}
    assert rules == {
        "middleeastmonitor.edition-menu",
        "middleeastmonitor.tagline",
        "middleeastmonitor.tags",
        "middleeastmonitor.comments-button",
        "generic.title",
    }


def test_generic_alone_on_both_seeds(generic_cleaner: Cleaner) -> None:
    memo = generic_cleaner.clean_text(MEMO_SEED.read_text(encoding="utf-8"))
    assert memo.outlet is None
    assert "Portuguese / Spanish" not in memo.text and "Show Comments" not in memo.text
    assert "RussiaIraq" not in memo.text
    assert memo.tags == ("Europe & Russia", "Iraq", "Middle East", "News", "Russia")

    presstv = generic_cleaner.clean_text(PRESSTV_SEED.read_text(encoding="utf-8"))
    assert "BreakingNews" not in presstv.text
    assert presstv.breadcrumb == ("News", "Iraq", "BreakingNews", "Notification")
    assert len(presstv.captions) == 3
    assert "(AFP Photo)" not in presstv.text and "Ilhan Omar" not in presstv.text
    assert [c.fits_article for c in presstv.captions] == [False, True, True]


def test_outlet_found_by_url_beats_signatures(cleaner: Cleaner) -> None:
    text = MEMO_SEED.read_text(encoding="utf-8")
    result = cleaner.clean_text(text, url="https://www.presstv.ir/Detail/2015/10/01/x.html")
    assert result.outlet is not None
    assert (result.outlet.id, result.outlet.detected_by, result.outlet.domain) == (
        "presstv",
        "url",
        "presstv.ir",
    )


def test_every_input_line_is_accounted_for(cleaner: Cleaner) -> None:
    """Each non-blank input line is in the body, the title, or the removal record."""
    for seed in (PRESSTV_SEED, MEMO_SEED):
        result = cleaner.clean_text(seed.read_text(encoding="utf-8"))
        removed = {r.line for r in result.removed}
        body_lines = set(result.text.splitlines())
        for seg in result.segments:
            if not seg.is_blank:
                assert seg.lineno in removed or seg.text in body_lines, seg.text


def test_cleaning_is_idempotent(cleaner: Cleaner) -> None:
    for seed in (PRESSTV_SEED, MEMO_SEED):
        once = cleaner.clean_text(seed.read_text(encoding="utf-8"))
        twice = cleaner.clean_text(once.to_text())
        assert twice.to_text() == once.to_text()
