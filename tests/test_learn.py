"""Learning a site's rules from its own pages."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from cleaner import CleanConfig, Cleaner, RuleSet
from cleaner.cli import main
from cleaner.learn import LearnOptions, learn_corpus, learn_rules
from cleaner.ruleset import parse_rule_text

from .conftest import MEMO_SEED, PRESSTV_SEED

# Real paragraphs from the two seeds, dealt out as the bodies of six "pages" of one site.
PARAGRAPHS = [
    line.strip()
    for seed in (MEMO_SEED, PRESSTV_SEED)
    for line in seed.read_text(encoding="utf-8").splitlines()
    if len(line.split()) > 15
]
DISCLAIMER = (
    "The views expressed in this article belong to the author and do not necessarily"
    " reflect the editorial policy of the site."
)


def site_page(i: int) -> str:
    body = PARAGRAPHS[i * 3 : i * 3 + 3]
    return "\n".join(
        [
            "Example Gazette",
            "World | Politics | Business | Culture",
            " ".join(body[0].split()[:8]),  # a headline of the page's own words
            f"Posted at {8 + i}:{10 + i} AM",
            *body,
            DISCLAIMER,
            "More from the Gazette desk",
            "Gazette on your phone",
        ]
    )


PAGES = [site_page(i) for i in range(6)]


def test_recurring_lines_become_rules_and_articles_do_not() -> None:
    learned = learn_rules(
        PAGES, outlet_id="gazette", name="Example Gazette", domains=["gazette.example"]
    )
    outlet = learned.outlet
    matched = {p for r in outlet.rules for p in r.matcher.patterns}
    assert "Example Gazette" in matched and "Gazette on your phone" in matched
    assert not any(p in matched for p in PARAGRAPHS)
    shapes = [r for r in outlet.rules if r.matcher.kind == "regex"]
    assert [r.matcher.patterns for r in shapes] == [(r"^Posted at \d+:\d+ AM$",)]
    # the prose-like disclaimer is proposed, but only for review, and not applied
    review = [r for r in outlet.rules if r.review]
    assert [r.matcher.patterns for r in review] == [(DISCLAIMER,)]
    assert outlet.signatures and outlet.verified
    # the draft is a valid rule file with evidence
    again = parse_rule_text(learned.yaml, "gazette.yaml")
    assert [r.id for r in again.rules] == [r.id for r in outlet.rules]
    assert "evidence:" in learned.yaml and "review: true" in learned.yaml


def test_cleaning_with_learned_rules() -> None:
    learned = learn_rules(PAGES[:5], outlet_id="gazette", domains=["gazette.example"])
    cleaner = Cleaner(CleanConfig(), rules=RuleSet([learned.outlet]))
    result = cleaner.clean_text(PAGES[5], url="https://gazette.example/a")
    assert result.outlet is not None and result.outlet.id == "gazette"
    for paragraph in PARAGRAPHS[15:18]:
        assert paragraph in result.text
    assert "Gazette on your phone" not in result.text
    assert DISCLAIMER in result.text  # marked for review: not applied


def page_with_teaser(i: int) -> str:
    """A site page whose article is followed by a teaser of another story, different on
    every page, below the site's "More from" line."""
    lines = site_page(i).splitlines()
    at = lines.index("More from the Gazette desk") + 1
    return "\n".join([*lines[:at], PARAGRAPHS[18 + i % 5], *lines[at:]])


def test_where_the_article_ends_is_learned() -> None:
    pages = [page_with_teaser(i) for i in range(6)]
    learned = learn_rules(pages[:5], outlet_id="gazette", domains=["gazette.example"])
    ends = [r for r in learned.outlet.rules if r.action.value == "article_end"]
    assert [r.matcher.patterns for r in ends] == [("More from the Gazette desk",)]
    assert "action: article_end" in learned.yaml
    cleaner = Cleaner(CleanConfig(), rules=RuleSet([learned.outlet]))
    result = cleaner.clean_text(pages[5], url="https://gazette.example/a")
    assert all(p in result.text for p in PARAGRAPHS[15:18])
    teaser = next(r for r in result.removed if r.text == PARAGRAPHS[18])
    assert teaser.rule == ends[0].id and teaser.reason.startswith("below the end of the article")
    # A page laid out otherwise, with the line above its article, keeps the article.
    moved = "\n".join(["More from the Gazette desk", *PARAGRAPHS[15:18], "Gazette on your phone"])
    result = cleaner.clean_text(moved, url="https://gazette.example/b")
    assert all(p in result.text for p in PARAGRAPHS[15:18])


def test_one_page_laid_out_otherwise_does_not_veto_the_end() -> None:
    """The end line stands above the article on one page in nine (a page whose article sits
    below it): still the end. On three pages in nine it is no end."""

    def moved(i: int) -> str:
        lines = page_with_teaser(i).splitlines()
        lines.remove("More from the Gazette desk")
        return "\n".join(["More from the Gazette desk", *lines])

    def ends(pages: list[str]) -> list[tuple[str, ...]]:
        learned = learn_rules(pages, outlet_id="gazette", domains=["gazette.example"])
        return [r.matcher.patterns for r in learned.outlet.rules if r.action.value == "article_end"]

    pages = [page_with_teaser(i % 5) for i in range(9)]
    assert ends([moved(0), *pages[1:]]) == [("More from the Gazette desk",)]
    assert ends([moved(0), moved(1), moved(2), *pages[3:]]) == []


def test_a_signature_or_a_rule_line_marks_no_end() -> None:
    """An author's signature and a "___" line stand below most articles of a site too, but
    they close the article rather than mark the debris after it: no article_end for them."""
    pages = []
    for i in range(6):
        lines = page_with_teaser(i).splitlines()
        at = lines.index(DISCLAIMER)
        pages.append("\n".join([*lines[:at], "– Marcas Grant", "___", *lines[at:]]))
    learned = learn_rules(pages, outlet_id="gazette", domains=["gazette.example"])
    ends = {
        p
        for r in learned.outlet.rules
        if r.action.value == "article_end"
        for p in r.matcher.patterns
    }
    assert ends == {"More from the Gazette desk"}
    matched = {p for r in learned.outlet.rules for p in r.matcher.patterns}
    assert "___" not in matched


def test_a_count_or_a_date_marks_no_end() -> None:
    """A comment count ("0") or a date line right above the site's "More from" line stands
    below every article as well, but its text changes from page to page: only the label is
    learned as the end."""
    pages = []
    for i in range(6):
        lines = page_with_teaser(i).splitlines()
        at = lines.index("More from the Gazette desk")
        pages.append("\n".join([*lines[:at], "0", "11/07", *lines[at:]]))
    learned = learn_rules(pages, outlet_id="gazette", domains=["gazette.example"])
    ends = [r.matcher.patterns for r in learned.outlet.rules if r.action.value == "article_end"]
    assert ends == [("More from the Gazette desk",)]


def test_a_line_generic_cleaning_drops_can_mark_the_end() -> None:
    """A blog's pager under every post is generic furniture, dropped without a site rule, but
    only a site rule knows that what follows it is not the post: it is learned as the end."""
    pager = "Newer Post Older Post Home"
    pages = [page_with_teaser(i).replace("More from the Gazette desk", pager) for i in range(6)]
    learned = learn_rules(pages[:5], outlet_id="gazette", domains=["gazette.example"])
    ends = [r for r in learned.outlet.rules if r.action.value == "article_end"]
    assert [r.matcher.patterns for r in ends] == [(pager,)]
    generic = Cleaner(CleanConfig()).clean_text(pages[5])
    assert PARAGRAPHS[18] in generic.text  # the teaser below the pager
    cleaner = Cleaner(CleanConfig(), rules=RuleSet([learned.outlet]))
    result = cleaner.clean_text(pages[5], url="https://gazette.example/a")
    assert PARAGRAPHS[18] not in result.text
    assert all(p in result.text for p in PARAGRAPHS[15:18])


def test_an_author_handle_is_no_site_furniture() -> None:
    """``Follow Marcas on Twitter @MarcasG`` under every post of a one-author blog recurs like
    furniture, but it is the author's sign-off and in the article: no rule takes it."""
    pages = []
    for i in range(6):
        lines = page_with_teaser(i).splitlines()
        at = lines.index(DISCLAIMER)
        pages.append("\n".join([*lines[:at], "Follow Marcas on Twitter @MarcasG", *lines[at:]]))
    learned = learn_rules(pages[:5], outlet_id="gazette", domains=["gazette.example"])
    matched = {p for r in learned.outlet.rules for p in r.matcher.patterns}
    assert "More from the Gazette desk" in matched
    assert "Follow Marcas on Twitter @MarcasG" not in matched
    cleaner = Cleaner(CleanConfig(), rules=RuleSet([learned.outlet]))
    result = cleaner.clean_text(pages[5], url="https://gazette.example/a")
    assert "Follow Marcas on Twitter @MarcasG" in result.text


def page_with_furniture(i: int) -> str:
    """A site page with a filing line that varies after its label, and a long line of topics
    that has the length of running text but no sentence in it."""
    lines = site_page(i).splitlines()
    sections = ["World", "Politics", "Business", "Culture", "Sport", "Science"]
    return "\n".join(
        [
            *lines[:4],
            f"Edition: {sections[i]} | {sections[(i + 1) % 6]}",
            *lines[4:],
            "Topics Ads quality Announcements Blog updates Case studies Display Network Events"
            " Fun Invalid clicks Learning resources Mobile New features Optimization Reporting"
            " and Analytics Seasonal Series System updates Testing opportunities Tips Tools"
            " Webinars Video Ads Search Partners Shopping Campaigns Local Extensions Conversion"
            " Tracking Quality Score",
        ]
    )


def test_labels_and_long_furniture_lines_are_learned() -> None:
    pages = [page_with_furniture(i) for i in range(6)]
    learned = learn_rules(pages[:5], outlet_id="gazette", domains=["gazette.example"])
    rules = learned.outlet.rules
    prefix = [r for r in rules if r.matcher.kind == "prefix"]
    assert [r.matcher.patterns for r in prefix] == [("Edition:",)]
    review = [p for r in rules if r.review for p in r.matcher.patterns]
    assert review == [DISCLAIMER]  # a run of topics is not prose to review
    assert len(pages[0].splitlines()[-1]) > 300  # a line longer than most is learned too
    result = Cleaner(CleanConfig(), rules=RuleSet([learned.outlet])).clean_text(
        pages[5], url="https://gazette.example/a"
    )
    for furniture in ("Edition:", "Topics Ads quality"):
        assert furniture not in result.text
    assert all(p in result.text for p in PARAGRAPHS[15:18])
    again = parse_rule_text(learned.yaml, "gazette.yaml")  # its examples pass
    assert [r.id for r in again.rules] == [r.id for r in rules]


def test_a_shape_too_long_for_a_rule_file_is_not_drafted() -> None:
    """An archive's weeks and post counts in one line, the counts changing from page to page:
    its shape would be a pattern longer than a rule file takes, so the draft leaves it out
    and still loads."""
    weeks = [f"{m:02d}/{d:02d} - {m:02d}/{d + 7:02d}" for m in range(1, 13) for d in (1, 8, 15, 22)]

    def archive(i: int) -> str:
        return "Blog Archive " + " ".join(f"{w} ({(i + k) % 9 + 1})" for k, w in enumerate(weeks))

    pages = [f"{site_page(i)}\n{archive(i)}" for i in range(6)]
    assert len(archive(0)) < 2000  # short enough to be learned from
    learned = learn_rules(pages, outlet_id="gazette", domains=["gazette.example"])
    shapes = [
        p for r in learned.outlet.rules if r.matcher.kind == "regex" for p in r.matcher.patterns
    ]
    assert shapes == [r"^Posted at \d+:\d+ AM$"]


def test_plain_words_opening_headlines_are_no_prefix() -> None:
    """On a sports site, ``New York Jets`` and ``New York Giants`` share an opening of plain
    words, and so do headlines: only a label or a path (``Posted in:``) makes a prefix."""
    teams = ["New York Jets", "New York Giants", "New York Mets"]
    pages = [
        site_page(i).replace("Example Gazette", f"Example Gazette\n{teams[i % 3]} news")
        for i in range(6)
    ]
    learned = learn_rules(pages, outlet_id="gazette", domains=["gazette.example"])
    assert not any(r.matcher.kind == "prefix" for r in learned.outlet.rules)


def test_too_few_documents_learn_nothing() -> None:
    learned = learn_rules(PAGES[:3], outlet_id="gazette", options=LearnOptions(min_docs=4))
    assert learned.outlet.rules == ()


def test_corpus_learning_skips_sites_with_rule_files(rules: RuleSet) -> None:
    documents = [(page, f"https://www.gazette.example/{i}") for i, page in enumerate(PAGES)]
    documents += [(page, f"https://www.presstv.ir/{i}") for i, page in enumerate(PAGES)]
    learned, counts = learn_corpus(documents, rules)
    assert counts == {"gazette.example": 6}
    assert learned.get("learned-gazette-example") is not None
    assert learned.get("presstv") is rules.get("presstv")


def test_rules_learn_and_clean_learn_commands(tmp_path: Path) -> None:
    corpus = tmp_path / "site.jsonl"
    corpus.write_text(
        "".join(
            json.dumps({"id": i, "url": f"https://gazette.example/{i}", "text": page}) + "\n"
            for i, page in enumerate(PAGES)
        ),
        encoding="utf-8",
    )
    runner = CliRunner()
    draft = tmp_path / "gazette.example.yaml"
    result = runner.invoke(
        main,
        [
            "rules",
            "learn",
            str(corpus),
            "--outlet",
            "gazette",
            "--domain",
            "gazette.example",
            "-o",
            str(draft),
        ],
    )
    assert result.exit_code == 0, result.output
    assert "from 6 documents" in result.stderr
    checked = runner.invoke(main, ["rules", "check", str(draft)])
    assert checked.exit_code == 0 and "(gazette:" in checked.stdout
    tested = runner.invoke(
        main, ["rules", "test", "--rules", str(tmp_path), "--corpus", str(tmp_path)]
    )
    assert tested.exit_code == 0, tested.stdout

    elsewhere = runner.invoke(
        main, ["rules", "learn", str(corpus), "--outlet", "gazette", "--domain", "other.example"]
    )
    assert elsewhere.exit_code == 2 and "0 documents to learn from (6 skipped" in elsewhere.stderr

    cleaned = runner.invoke(main, ["clean", str(corpus), "--learn"])
    assert cleaned.exit_code == 0
    assert "learned rules for 1 sites: gazette.example (6)" in cleaned.stderr
    records = [json.loads(line) for line in cleaned.stdout.splitlines()]
    assert len(records) == 6
    assert all("Gazette on your phone" not in r["text"] for r in records)
    assert all(r["outlet"]["id"] == "learned-gazette-example" for r in records)
