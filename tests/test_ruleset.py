"""Rule files: loading, validation messages that say where and what, and matching."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from cleaner import Cleaner, RuleFileError, load_rule_file, load_rules
from cleaner.ruleset import RuleSet, parse_rule_text

from .conftest import MEMO_SEED, PRESSTV_SEED

GOOD = """\
outlet: {id: example, name: Example News, domains: [example.com]}
verified: 2026-11-01
signatures:
  - exact: Example News - all the news
rules:
  - id: example.footer
    match: {prefix: "Read more from Example"}
    place: tail
    within: 3
    action: drop_rest
    reason: footer with links to other stories
    examples:
      drop: ["Read more from Example News"]
      keep: ["Readers want more from the council."]
"""


def error_for(text: str) -> RuleFileError:
    with pytest.raises(RuleFileError) as info:
        parse_rule_text(text, "rules/example.com.yaml")
    return info.value


def test_good_file_compiles() -> None:
    outlet = parse_rule_text(GOOD, "example.com.yaml")
    assert outlet.id == "example" and outlet.domains == ("example.com",)
    rule = outlet.rules[0]
    assert rule.matcher.matches("Read more from Example News")
    assert rule.matcher.matches("READ MORE FROM EXAMPLE")  # ignore_case defaults to true
    assert not rule.matcher.matches("We read more from Example")


def test_unknown_key_names_file_rule_key_line_and_choices() -> None:
    err = error_for(GOOD.replace("match: {prefix:", "match: {patern:"))
    assert str(err).startswith('rules/example.com.yaml:7: rule "example.footer": key "match": ')
    assert 'unknown key "patern"' in str(err)
    assert "expected one of: exact, prefix, contains, regex, ignore_case" in str(err)


def test_misspelt_key_suggests_the_right_one() -> None:
    err = error_for(GOOD.replace("    action:", "    acton:"))
    assert 'unknown key "acton" (did you mean "action"?)' in str(err)
    assert err.rule == "example.footer" and err.line == 10


def test_bad_regex_is_reported_with_rule_and_position() -> None:
    err = error_for(
        GOOD.replace('match: {prefix: "Read more from Example"}', "match: {regex: '^Read (more'}")
    )
    assert err.rule == "example.footer" and err.key == "regex" and err.line == 7
    assert "bad regular expression '^Read (more'" in str(err)
    assert "missing )" in str(err)


def test_wrong_type() -> None:
    err = error_for(GOOD.replace("within: 3", "within: many"))
    assert err.key == "within" and "valid integer" in str(err) and "'many'" in str(err)


def test_unknown_action_lists_the_actions() -> None:
    err = error_for(GOOD.replace("action: drop_rest", "action: delete"))
    assert err.key == "action" and "'drop_rest'" in str(err) and "'delete'" in str(err)


def test_missing_reason() -> None:
    err = error_for(GOOD.replace("    reason: footer with links to other stories\n", ""))
    assert 'missing required key "reason"' in str(err) and err.rule == "example.footer"


def test_two_match_kinds() -> None:
    err = error_for(
        GOOD.replace(
            'match: {prefix: "Read more from Example"}',
            'match: {prefix: "Read", exact: "Read more"}',
        )
    )
    assert "exactly one of exact, prefix, contains, regex (got exact, prefix)" in str(err)


def test_duplicate_ids() -> None:
    rule = GOOD.split("rules:\n", 1)[1]
    err = error_for(GOOD + rule)
    assert "duplicate rule id (first used on line 6)" in str(err) and err.line == 15


def test_rule_id_must_start_with_outlet_id() -> None:
    err = error_for(GOOD.replace("id: example.footer", "id: other.footer"))
    assert 'start with the outlet id and a dot (e.g. "example.footer")' in str(err)


def test_python_tags_are_refused() -> None:
    err = error_for(
        'outlet: !!python/object/apply:os.system ["echo hacked"]\nverified: 2026-11-01\n'
    )
    assert "no !!python" in str(err) and err.line == 1


def test_aliases_are_refused() -> None:
    text = GOOD.replace("examples:\n      drop:", "examples:\n      drop: &d").replace(
        '      keep: ["Readers want more from the council."]', "      keep: *d"
    )
    err = error_for(text)
    assert "aliases" in str(err)


def test_broken_yaml_has_a_line() -> None:
    err = error_for("outlet: {id: example\nverified: [")
    assert "invalid YAML" in str(err) and err.line is not None


def test_split_only_for_tags_and_section() -> None:
    err = error_for(GOOD.replace("    reason:", "    split: camel\n    reason:"))
    assert err.key == "split"


def test_user_folder_overrides_builtin_outlet(tmp_path: Path) -> None:
    (tmp_path / "presstv.ir.yaml").write_text(
        GOOD.replace("id: example", "id: presstv")
        .replace("example.footer", "presstv.footer")
        .replace("example.com", "presstv.ir"),
        encoding="utf-8",
    )
    rules = load_rules([tmp_path])
    presstv = rules.get("presstv")
    assert presstv is not None and [r.id for r in presstv.rules] == ["presstv.footer"]
    assert rules.get("middleeastmonitor") is not None


def test_domain_claimed_twice(tmp_path: Path) -> None:
    (tmp_path / "copy.yaml").write_text(GOOD.replace("example.com", "presstv.ir"), encoding="utf-8")
    with pytest.raises(RuleFileError, match=re.escape('domain "presstv.ir" is already claimed')):
        load_rules([tmp_path])


def test_missing_rule_folder() -> None:
    with pytest.raises(RuleFileError, match="no such rule folder"):
        load_rules([Path("/nonexistent/rules")])


def test_builtin_files_load_and_date_their_verification() -> None:
    rules = load_rules()
    assert {o.id for o in rules} >= {"presstv", "middleeastmonitor"}
    for outlet in rules:
        assert outlet.verified.year >= 2026
        assert outlet.signatures


def test_the_reader_poll_finds_before_its_news_without_a_url() -> None:
    """A repost saved without its URL: the site's poll under the title names the outlet, and
    the poll and the promoted story's title go, whatever the poll's figure and verdict."""
    text = (
        "Library Extends Opening Hours Over the Winter\n\n"
        "38% of readers think this story is Fiction. Add your two cents.\n\n"
        "Headline: Five Soups That Warm You Up Faster Than Tea!\n\n"
        "The town library will stay open until nine on weekdays from December, the council"
        " said, after a survey found that most of its readers work until six.\n\n"
        "Two more librarians will be hired for the evening shifts, paid from the reading room's"
        " budget, which was underspent last year by a fifth.\n"
    )
    result = Cleaner().clean_text(text)
    assert result.outlet is not None and result.outlet.id == "beforeitsnews"
    assert result.outlet.detected_by == "signature"
    removed = {r.text: r.rule for r in result.removed}
    assert removed["38% of readers think this story is Fiction. Add your two cents."] == (
        "beforeitsnews.reader-poll"
    )
    assert removed["Headline: Five Soups That Warm You Up Faster Than Tea!"] == (
        "beforeitsnews.promoted-headline"
    )
    assert result.text.startswith("The town library will stay open")
    assert result.text.endswith("underspent last year by a fifth.")


def test_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "latin1.yaml"
    path.write_bytes(GOOD.replace("Readers", "R\xe9aders").encode("latin-1"))
    with pytest.raises(RuleFileError, match="not UTF-8"):
        load_rule_file(path)


@pytest.mark.parametrize("pattern", [r"(a+)+$", r"(\w+\s?)+$", r"(x+x+)+y$", r"(?:Zq|Z)+;"])
def test_catastrophic_pattern_is_refused_at_load(pattern: str) -> None:
    err = error_for(
        GOOD.replace('match: {prefix: "Read more from Example"}', f"match: {{regex: '{pattern}'}}")
    )
    assert err.rule == "example.footer" and err.key == "regex" and err.line == 7
    assert "backtracks catastrophically" in str(err)


def test_a_pattern_that_times_out_on_a_line_is_a_warning_not_a_hang() -> None:
    # Probes cannot foresee every input: this pattern is slow only on long runs of dots.
    text = GOOD.replace(
        'match: {prefix: "Read more from Example"}', "match: {regex: '(?:\\.|\\.\\.)+;'}"
    ).replace('drop: ["Read more from Example News"]', 'drop: ["..;"]')
    outlet = parse_rule_text(text, "rules/example.com.yaml")
    cleaner = Cleaner(rules=RuleSet([outlet]))
    document = "A headline here\n\nThe council met on Monday to set the budget for next year.\n"
    result = cleaner.clean_text(document + "." * 5000 + "!\n", url="example.com")
    assert result.outlet is not None and result.outlet.id == "example"
    assert any(
        w.startswith("rule example.footer: its pattern ran past 0.1 s on line 4")
        for w in result.warnings
    )
    assert "The council met on Monday" in result.text


def _paragraphs(seed: Path) -> list[str]:
    lines = seed.read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if len(line.split()) > 15]


END_RULE = (
    GOOD.replace('prefix: "Read more from Example"', 'exact: "More from Example News"')
    .replace("    place: tail\n    within: 3\n", "")
    .replace("action: drop_rest", "action: article_end")
    .replace('drop: ["Read more from Example News"]', 'drop: ["More from Example News"]')
)


def test_article_end_drops_what_lies_below_the_article() -> None:
    article, other = _paragraphs(MEMO_SEED), _paragraphs(PRESSTV_SEED)[5:7]
    lines = ["Baghdad may ask Russia to carry out airstrikes in Iraq", *article]
    lines += ["More from Example News", *other, "Example News on your phone"]
    cleaner = Cleaner(rules=RuleSet([parse_rule_text(END_RULE, "rules/example.com.yaml")]))
    result = cleaner.clean_text("\n\n".join(lines), url="example.com")
    assert all(p in result.text for p in article)
    assert not any(p in result.text for p in other)
    below = [r for r in result.removed if r.text in other or r.text.startswith("Example News")]
    assert len(below) == 3 and {r.rule for r in below} == {"example.footer"}
    assert all(r.reason.startswith("below the end of the article (line ") for r in below)
    marker = next(r for r in result.removed if r.text == "More from Example News")
    assert marker.reason == "footer with links to other stories"


def test_article_end_above_most_of_the_article_ends_nothing() -> None:
    article = _paragraphs(MEMO_SEED)
    cleaner = Cleaner(rules=RuleSet([parse_rule_text(END_RULE, "rules/example.com.yaml")]))
    for at in (0, 1):  # above the article, and after its first paragraph
        lines = [*article[:at], "More from Example News", *article[at:]]
        result = cleaner.clean_text("\n\n".join(lines), url="example.com")
        assert all(p in result.text for p in article)
        assert [r.text for r in result.removed] == ["More from Example News"]


@pytest.mark.parametrize("action", ["drop", "article_end"])
def test_a_site_rule_does_not_drop_the_headline_the_url_spells(action: str) -> None:
    headline = "Baghdad may ask Russia to carry out airstrikes in Iraq"
    # A rule drafted from a list of headlines that stood beside the site's other articles:
    # the list itself, or its first headline learned as where articles end.
    rule = f"""\
outlet: {{id: example, name: Example News, domains: [example.com]}}
verified: 2026-11-01
rules:
  - id: example.most-read
    match: {{exact: ["{headline}"]}}
    action: {action}
    reason: the most-read list
    examples: {{drop: ["{headline}"]}}
"""
    cleaner = Cleaner(rules=RuleSet([parse_rule_text(rule, "rules/example.com.yaml")]))
    text = MEMO_SEED.read_text(encoding="utf-8")
    dropped = cleaner.clean_text(text, url="https://example.com/2015/10/08/page")
    assert [r.rule for r in dropped.removed if r.text == headline] == ["example.most-read"]
    url = "https://example.com/20151008-baghdad-may-ask-russia-to-carry-out-airstrikes-in-iraq/"
    kept = cleaner.clean_text(text, url=url)
    assert kept.title == headline
    assert [r.rule for r in kept.removed if r.text == headline] == ["generic.title"]
