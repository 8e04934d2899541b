from __future__ import annotations

from cleaner.model import Kind
from cleaner.segment import normalize_line, split_segments


def test_blocks_follow_blank_lines() -> None:
    segs = split_segments("Title\n\nFirst para\nsame para\n\n\nSecond para\n")
    assert [(s.lineno, s.block, s.kind) for s in segs] == [
        (1, 0, Kind.LINE),
        (2, 0, Kind.BLANK),
        (3, 1, Kind.LINE),
        (4, 1, Kind.LINE),
        (5, 1, Kind.BLANK),
        (6, 1, Kind.BLANK),
        (7, 2, Kind.LINE),
    ]


def test_line_breaks_of_every_kind_keep_offsets() -> None:
    text = "a\r\nb\rc\n\u00a0d\u00a0 "
    segs = split_segments(text)
    assert [s.raw for s in segs] == ["a", "b", "c", "\u00a0d\u00a0 "]
    assert all(text[s.start : s.end] == s.raw for s in segs)
    assert segs[-1].text == "d"


def test_normalisation_folds_spaces_and_drops_invisibles() -> None:
    assert normalize_line("Iraq announces\u00a0that \t it\u200b would\u00ad") == (
        "Iraq announces that it would"
    )
    assert normalize_line("keep  runs", fold_space=False) == "keep  runs"


def test_empty_text_has_no_segments() -> None:
    assert split_segments("") == []
