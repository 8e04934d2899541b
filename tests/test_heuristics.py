"""Document-scope heuristics (title, smoothing) and heuristic options."""

from __future__ import annotations

import pytest

from cleaner import CleanConfig, Cleaner, ConfigError
from cleaner.heuristics.menus import Breadcrumb

PROSE = (
    "The council voted on Tuesday to close the old bridge to traffic from next month, "
    "citing an engineers' report on corrosion."
)


def test_title_is_found_below_many_dropped_lines(generic_cleaner: Cleaner) -> None:
    chrome = "\n".join(["Share", "Facebook", "Twitter", "Email", "Print"] * 3)
    result = generic_cleaner.clean_text(f"{chrome}\n\nCouncil shuts old bridge\n\n{PROSE}\n")
    assert result.title == "Council shuts old bridge"
    assert result.text == PROSE


def test_title_prefers_the_headline_over_a_shorter_kicker(generic_cleaner: Cleaner) -> None:
    result = generic_cleaner.clean_text(f"Local news\n\nCouncil shuts the old bridge\n\n{PROSE}")
    assert result.title == "Council shuts the old bridge"
    assert result.text.startswith("Local news\n\n")


def test_no_title_without_prose(generic_cleaner: Cleaner) -> None:
    result = generic_cleaner.clean_text("Opening hours\nMonday to Friday\nSaturday mornings\n")
    assert result.title is None
    assert result.text == "Opening hours\nMonday to Friday\nSaturday mornings"


def test_subheading_between_paragraphs_stays(generic_cleaner: Cleaner) -> None:
    text = f"Council shuts old bridge\n\n{PROSE}\n\nWhat happens next\n\n{PROSE}\n"
    result = generic_cleaner.clean_text(text)
    assert result.text == f"{PROSE}\n\nWhat happens next\n\n{PROSE}"


def test_smoothing_drops_a_label_inside_a_run_of_debris(generic_cleaner: Cleaner) -> None:
    text = (
        f"Council shuts old bridge\n\n{PROSE}\n\nShare this article\nWhatsApp us\nShow Comments\n"
    )
    result = generic_cleaner.clean_text(text)
    assert result.text == PROSE
    assert [r.rule for r in result.removed][-3:] == [
        "generic.prompts",
        "generic.smoothing",
        "generic.prompts",
    ]
    assert "generic.prompts above, generic.prompts below" in result.removed[-2].reason


def test_smoothing_needs_debris_on_both_sides(generic_cleaner: Cleaner) -> None:
    text = f"Council shuts old bridge\n\n{PROSE}\n\nMore to come\n\nShow Comments\n"
    assert "More to come" in generic_cleaner.clean_text(text).text


def test_heuristic_options_and_disabling() -> None:
    breadcrumb = "Home / News / Politics / Elections / Local"
    text = f"{breadcrumb}\n\nCouncil shuts old bridge\n\n{PROSE}"
    narrow = Cleaner(
        CleanConfig(
            site_rules=False,
            heuristic_options={
                "generic.breadcrumb": {"min_items": 6},
            },
        )
    )
    kept = narrow.clean_text(text)
    assert kept.text.startswith(breadcrumb) and kept.title == "Council shuts old bridge"
    off = Cleaner(CleanConfig(site_rules=False, disabled=frozenset({"generic.title"})))
    assert off.clean_text(text).title is None
    with pytest.raises(ConfigError, match='unknown option "min_itms"'):
        Breadcrumb({"min_itms": 2})
