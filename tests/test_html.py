"""Web pages: rendering, site HTML rules, caption elements, trafilatura's extraction, and the
import of ftr-site-config files.

The page under test wraps the Press TV seed's real article text and captions in the markup such
a page has: a navigation menu, a breadcrumb, figures with captions, a share bar, a list of
related stories and the footer with the site's alternate addresses.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from cleaner import CleanConfig, Cleaner
from cleaner.cli import main
from cleaner.errors import InputError, RuleFileError
from cleaner.extract import (
    EXTRACTOR,
    MAX_ATTRIBUTES,
    PageLine,
    _extracted_flags,
    looks_like_html,
    parse_html,
)
from cleaner.ftr import convert, import_site_configs, parse_site_config
from cleaner.model import Kind
from cleaner.ruleset import check_examples, load_rule_file, parse_rule_text
from cleaner.segment import normalize_line

from .conftest import PRESSTV_SEED

OMAR_CAPTION = (
    "US Rep. Ilhan Omar (D-MN) (L) talks with Speaker of the House Nancy Pelosi (D-CA) during a"
    " rally with fellow Democrats before voting on H.R. 1, or the People Act, on the East Steps"
    " of the US Capitol on March 08, 2019 in Washington, DC. (AFP photo)"
)
ABADI_CAPTION = "Iraqi Prime Minister Haider al-Abadi (AFP Photo)"
HEADLINE = "Baghdad says would welcome Russia strikes in Iraq"


def seed_paragraphs() -> list[str]:
    """The Press TV article's own paragraphs (between its captions and its footer)."""
    lines = [normalize_line(line) for line in PRESSTV_SEED.read_text("utf-8").splitlines()]
    start = next(i for i, line in enumerate(lines) if line.startswith("Shortly after Russia"))
    end = next(i for i, line in enumerate(lines) if line.startswith("Turkey ‘concerned’"))
    return [line for line in lines[start:end] if line]


def presstv_page() -> str:
    menu = "".join(
        f'<li><a href="/{s}">{s}</a></li>' for s in ("Iran", "World", "Middle East", "Economy")
    )
    body = "".join(f"<p>{html.escape(p)}</p>" for p in seed_paragraphs())
    related = "".join(
        f'<li><a href="/r{i}">{html.escape(t)}</a></li>'
        for i, t in enumerate(
            (
                "Iran's foreign minister meets his Iraqi counterpart in Tehran",
                "Russian jets hit Daesh positions near Raqqa for a third day",
            )
        )
    )
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>{HEADLINE} - Press TV</title>
<link rel="canonical" href="https://www.presstv.ir/Detail/2015/10/01/431503/Iraq-Russia">
<meta property="og:title" content="{HEADLINE}">
<script>var tracking = "Show Comments";</script>
</head><body>
<nav><ul>{menu}</ul></nav>
<div class="breadcrumb">News / Iraq / BreakingNews / Notification</div>
<main><article>
<h1>{HEADLINE}</h1>
<figure><img src="/omar.jpg"><figcaption>{html.escape(OMAR_CAPTION)}</figcaption></figure>
<figure><img src="/abadi.jpg"><figcaption>{ABADI_CAPTION}</figcaption></figure>
{body}
<div class="share-bar"><span>Share on Facebook</span> <span>Share on Twitter</span></div>
</article>
<aside><h3>Related news</h3><ul>{related}</ul></aside>
</main>
<footer><p>Press TV’s website can also be accessed at the following alternate addresses:</p>
<p>www.presstv.co.uk</p><p>Press TV News Roku</p></footer>
</body></html>
"""


@pytest.fixture(scope="module")
def page() -> str:
    return presstv_page()


def test_a_page_is_recognised_by_how_it_starts(page: str) -> None:
    assert looks_like_html(page)
    assert looks_like_html("<!-- saved -->\n<html><body><p>x</p></body></html>")
    assert not looks_like_html("Show Comments\n<p>a paragraph quoted in a dump</p>")


def test_page_body_is_the_article_and_nothing_else(cleaner: Cleaner, page: str) -> None:
    result = cleaner.clean_html(page)
    assert result.text.split("\n\n") == seed_paragraphs()
    assert result.title == HEADLINE
    assert result.outlet is not None and result.outlet.id == "presstv"
    assert result.outlet.detected_by == "url"  # from the page's canonical link


def test_page_captions_go_to_metadata_with_their_verdict(cleaner: Cleaner, page: str) -> None:
    result = cleaner.clean_html(page)
    verdicts = {c.text: c.fits_article for c in result.captions}
    assert verdicts == {OMAR_CAPTION: False, ABADI_CAPTION: True}
    assert {c.credit for c in result.captions} == {"AFP photo", "AFP Photo"}
    assert OMAR_CAPTION not in result.text
    inline = Cleaner(CleanConfig(captions_inline=True), rules=cleaner.rules).clean_html(page)
    assert ABADI_CAPTION in inline.text and OMAR_CAPTION not in inline.text


def test_every_page_line_is_in_the_body_metadata_or_the_removal_record(
    cleaner: Cleaner, page: str
) -> None:
    result = cleaner.clean_html(page)
    removed = {r.text: r.rule for r in result.removed}
    assert removed["Share on Facebook Share on Twitter"] == EXTRACTOR
    assert removed["Middle East"] == EXTRACTOR
    assert removed["Russian jets hit Daesh positions near Raqqa for a third day"] == EXTRACTOR
    assert removed[OMAR_CAPTION] == "html.caption"
    body = set(result.text.split("\n\n"))
    for seg in result.segments:
        if not seg.is_blank:
            assert seg.text in body or seg.text in removed, seg.text
    assert "var tracking" not in " ".join(s.text for s in result.segments)  # scripts unseen
    headline = [s for s in result.segments if s.text == HEADLINE]
    assert headline and headline[0].kind is Kind.HEADING


def test_explain_shows_the_html_stage(page: str, tmp_path: Path) -> None:
    path = tmp_path / "story.html"
    path.write_text(page, encoding="utf-8")
    result = CliRunner().invoke(main, ["explain", str(path), "--json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)["lines"]
    rules = {row["text"]: row["rule"] for row in rows}
    assert rules["Iran"] == EXTRACTOR
    assert rules[ABADI_CAPTION] == "html.caption"
    assert rules[seed_paragraphs()[0]] is None


SITE_RULES = """\
outlet:
  id: presstv
  name: Press TV
  domains: [presstv.ir]
verified: 2026-11-21
html:
  - id: presstv.share-bar
    select: {css: div.share-bar}
    action: strip
    reason: share buttons under the article
    examples:
      match: ['<div class="share-bar">Share</div>']
      no_match: ['<div class="share">Share</div>']
  - id: presstv.article
    select: {xpath: //article}
    action: body
    reason: the article's container
  - id: presstv.author
    select: {xpath: '//meta[@name="author"]/@content'}
    action: author
    reason: the author named in the page's metadata
"""


def site_cleaner(rules: str, folder: Path) -> Cleaner:
    """A cleaner with ``rules`` as Press TV's only rule file (written into ``folder``)."""
    (folder / "presstv.ir.yaml").write_text(rules, encoding="utf-8")
    return Cleaner(CleanConfig(rule_dirs=(folder,), builtin_rules=False))


def test_site_html_rules_strip_and_select_the_body(page: str, tmp_path: Path) -> None:
    cleaner = site_cleaner(SITE_RULES, tmp_path)
    page = page.replace("<head>", '<head><meta name="author" content="Press TV staff">')
    result = cleaner.clean_html(page)
    assert result.text.split("\n\n") == seed_paragraphs()
    assert result.byline == "Press TV staff"
    removed = {r.text: r.rule for r in result.removed}
    assert removed["Share on Facebook Share on Twitter"] == "presstv.share-bar"
    assert removed["Middle East"] == "presstv.article"  # outside the article's container
    assert check_examples(load_rule_file(tmp_path / "presstv.ir.yaml")) == []


def test_a_stale_body_selector_is_not_used(page: str, tmp_path: Path) -> None:
    stale = SITE_RULES.replace("{xpath: //article}", "{xpath: //aside}")
    cleaner = site_cleaner(stale, tmp_path)
    result = cleaner.clean_html(page)
    assert result.text.split("\n\n") == seed_paragraphs()
    assert any("presstv.article" in w and "not used on this page" in w for w in result.warnings)


def test_a_strip_rule_that_would_take_the_article_is_not_used(page: str, tmp_path: Path) -> None:
    reused = SITE_RULES.replace("{css: div.share-bar}", "{css: article}")
    cleaner = site_cleaner(reused, tmp_path)
    result = cleaner.clean_html(page)
    assert result.text.split("\n\n") == seed_paragraphs()
    assert any(
        w.startswith("rule presstv.share-bar: it would strip") and "not used on this page" in w
        for w in result.warnings
    )


def test_html_rule_examples_are_checked(tmp_path: Path) -> None:
    wrong = SITE_RULES.replace(
        'no_match: [\'<div class="share">', 'no_match: [\'<div class="share-bar">'
    )
    outlet = parse_rule_text(wrong, tmp_path / "presstv.ir.yaml")
    assert check_examples(outlet) == [
        f'{tmp_path / "presstv.ir.yaml"}: rule "presstv.share-bar": example not to match is'
        " selected: '<div class=\"share-bar\">Share</div>'"
    ]


@pytest.mark.parametrize(
    ("select", "message"),
    [
        ("{css: 'div[class='}", "bad CSS selector 'div[class='"),
        ("{xpath: '//div[@class='}", "bad XPath '//div[@class='"),
        ("{css: div, xpath: //div}", "give exactly one of css, xpath"),
    ],
)
def test_bad_selectors_are_reported_with_rule_and_line(
    select: str, message: str, tmp_path: Path
) -> None:
    text = SITE_RULES.replace("{css: div.share-bar}", select)
    with pytest.raises(RuleFileError) as error:
        parse_rule_text(text, tmp_path / "presstv.ir.yaml")
    assert message in error.value.message
    assert error.value.rule == "presstv.share-bar"
    assert error.value.line == 8  # the rule's select: line


def test_a_tag_with_too_many_attributes_is_cut_before_parsing() -> None:
    attributes = " ".join(f'a{i}="{i}"' for i in range(50_000))
    started = time.perf_counter()
    tree, warnings = parse_html(f"<html><body><div {attributes}>Text stays.</div></body></html>")
    assert time.perf_counter() - started < 20  # uncut, libxml2 takes minutes on 200,000
    assert tree is not None and tree.text_content() == "Text stays."
    assert len(tree.find(".//div").attrib) == MAX_ATTRIBUTES
    assert warnings == [f"1 tag(s) with over {MAX_ATTRIBUTES} attributes were cut short"]


def test_a_page_over_the_byte_limit_is_refused() -> None:
    with pytest.raises(InputError, match="HTML page of 2000 bytes exceeds the limit of 1000"):
        parse_html("<p>" + "x" * 1997, max_bytes=1000)


KABUL = [
    "Kabul was a grim, monastic place in the days of the Taliban rule.",
    "Outside Kabul, the provinces are more inaccessible than they were.",
]


def test_a_repeated_menu_is_taken_where_the_extraction_has_it() -> None:
    menu = "Afghanistan: archived articles and reports"
    header = [menu, "Home", "World", "Sport", "Video"]
    lines = [PageLine(t, Kind.LINE, i) for i, t in enumerate([*header, *KABUL, menu])]
    # trafilatura kept the article and, after it, the footer's copy of the menu
    extraction = "\n".join([*KABUL, menu])
    assert _extracted_flags(lines, extraction) == [False] * 5 + [True, True, True]


def test_a_menu_word_found_inside_a_paragraph_is_not_taken() -> None:
    texts = ["Kabul", "World", "Sport", "Video", *KABUL]
    lines = [PageLine(t, Kind.LINE, i) for i, t in enumerate(texts)]
    assert _extracted_flags(lines, "\n".join(KABUL)) == [False] * 4 + [True, True]


def test_line_breaks_trafilatura_puts_around_links_do_not_matter() -> None:
    line = "Make sure you check out the 'tl;dr' section and the Tech Jobs page."
    extraction = "Make sure you check out the '\ntl;dr\n' section and the \nTech Jobs\n page."
    assert _extracted_flags([PageLine(line, Kind.LINE, 0)], extraction) == [True]


def test_html_files_records_and_charsets_are_read_as_pages(page: str, tmp_path: Path) -> None:
    latin = page.replace('<meta charset="utf-8">', '<meta charset="iso-8859-1">')
    latin = latin.replace("Press TV’s", "Press TV's").replace("‘", "'").replace("’", "'")
    latin = latin.replace("“", '"').replace("”", '"').replace("ğ", "g")
    (tmp_path / "story.htm").write_bytes(latin.replace("Kabul", "Kábul").encode("latin-1"))
    record = {"id": 7, "html": page, "url": "https://www.presstv.ir/Detail/1"}
    (tmp_path / "pages.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["clean", str(tmp_path), "-f", "jsonl", "-j", "1", "-q"])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.output.splitlines()]
    assert [r["id"] for r in records] == [7, "story.htm"]
    assert records[0]["text"].split("\n\n") == seed_paragraphs()
    assert "html" not in records[0]  # the page became the text
    assert records[1]["title"] == HEADLINE
    assert records[1]["text"].startswith("Shortly after Russia launched airstrikes")


def test_input_type_forces_how_a_document_is_read(page: str) -> None:
    as_text = CliRunner().invoke(main, ["clean", "--input-type", "text"], input=page)
    as_page = CliRunner().invoke(main, ["clean"], input=page)
    assert "<p>" in as_text.output and "<p>" not in as_page.output
    assert as_page.output.startswith(HEADLINE + "\n\n" + seed_paragraphs()[0])


FTR_SITE = """\
# a comment
title: //h1[@class="headline"]
title: //meta[@property="og:title"]/@content
author: //meta[@name="byl"]/@content
body: //div[@itemprop="articleBody"]
strip_id_or_class: share-tools
strip: //div[contains(@class, "newsletter")]
strip_image_src: /pixel.gif
strip: //div[@class=
prune: no
next_page_link: //a[@rel="next"]
http_header(user-agent): Mozilla/5.0
test_url: https://www.example-news.com/2020/01/01/story.html
test_contains: The council met on Tuesday
"""


def test_an_ftr_site_file_becomes_an_html_rule_file(tmp_path: Path) -> None:
    source = tmp_path / "example-news.com.txt"
    source.write_text(FTR_SITE, encoding="utf-8")
    conversion = convert(source, imported=dt.date(2026, 11, 21))
    outlet = parse_rule_text(conversion.text, tmp_path / "example-news.com.yaml")
    assert outlet.id == "example-news-com" and outlet.domains == ("example-news.com",)
    actions = {r.id: (r.action.value, r.selectors) for r in outlet.html}
    assert actions["example-news-com.title"] == (
        "title",
        ('//h1[@class="headline"]', '//meta[@property="og:title"]/@content'),
    )
    assert actions["example-news-com.body"] == ("body", ('//div[@itemprop="articleBody"]',))
    assert [r.id for r in outlet.html if r.action.value == "strip"] == [
        "example-news-com.strip-1",
        "example-news-com.strip-2",
        "example-news-com.strip-3",
    ]
    assert outlet.page_tests[0].contains == ["The council met on Tuesday"]
    assert conversion.unsupported == {
        "prune": ["no"],
        "next_page_link": ['//a[@rel="next"]'],
        "http_header(user-agent)": ["Mozilla/5.0"],
    }
    assert '#   next_page_link: //a[@rel="next"]' in conversion.text  # said in the file
    assert len(conversion.invalid) == 1 and "line 9: strip: //div[@class=" in conversion.invalid[0]


def test_strip_id_or_class_matches_whole_words_only(tmp_path: Path) -> None:
    source = tmp_path / "example-news.com.txt"
    source.write_text("strip_id_or_class: share-tools\n", encoding="utf-8")
    outlet = parse_rule_text(convert(source, imported=dt.date.today()).text, tmp_path / "x.yaml")
    rule = outlet.html[0]
    tree, _ = parse_html(
        '<html><body><div class="a share-tools">1</div><div id="share-tools">2</div>'
        '<div class="share-tools-wide">3</div></body></html>'
    )
    assert [e.text for e in rule.select(tree)] == ["1", "2"]


def test_import_skips_known_sites_and_second_files(tmp_path: Path) -> None:
    source = tmp_path / "ftr"
    source.mkdir()
    for name in ("example-news.com.txt", ".example-news.com.txt", "presstv.ir.txt"):
        (source / name).write_text(FTR_SITE, encoding="utf-8")
    (source / "README.txt").write_text("not a site\n", encoding="utf-8")
    out = tmp_path / "rules"
    result = CliRunner().invoke(main, ["rules", "import-ftr", str(source), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.iterdir()) == ["example-news.com.yaml"]
    assert "3 site files: wrote 1 rule files (6 HTML rules)" in result.output
    assert "skipped presstv.ir.txt: presstv.ir belongs to outlet presstv" in result.output
    assert "skipped .example-news.com.txt: example-news.com was imported from" in result.output
    assert "next_page_link: 1" in result.output
    again = CliRunner().invoke(main, ["rules", "import-ftr", str(source), "-o", str(out)])
    assert "exists (pass --force to replace it)" in again.output
    check = CliRunner().invoke(main, ["rules", "check", str(out)])
    assert check.exit_code == 0 and "6 HTML rules" in check.output
    report = import_site_configs([source / "example-news.com.txt"], tmp_path / "o2")
    assert len(report.written) == 1


def test_site_config_lines_with_arguments_and_quotes() -> None:
    directives = parse_site_config(
        "replace_string(<br /><br />): <p>\nstrip_id_or_class: 'ad'\n# body: //x\n"
    )
    assert [(d.name, d.argument, d.value) for d in directives] == [
        ("replace_string", "<br /><br />", "<p>"),
        ("strip_id_or_class", None, "ad"),
    ]


def test_learning_reads_pages_as_their_text(page: str, tmp_path: Path) -> None:
    paragraphs = seed_paragraphs()
    for n in range(6):  # six pages of one site: the same furniture, other articles
        story = paragraphs[n : n + 3]
        own = page.replace(
            "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs),
            "".join(f"<p>{html.escape(p)}</p>" for p in story),
        )
        (tmp_path / f"story-{n}.html").write_text(own, encoding="utf-8")
    result = CliRunner().invoke(
        main, ["rules", "learn", str(tmp_path), "--outlet", "presstv-pages"]
    )
    assert result.exit_code == 0, result.output
    drafted = [line for line in result.output.splitlines() if line.strip().startswith("- ")]
    assert any("Share on Facebook Share on Twitter" in line for line in drafted)
    assert not any("<p>" in line or "<li>" in line for line in drafted)


def test_report_of_pages_lists_removed_lines_by_number(page: str, tmp_path: Path) -> None:
    (tmp_path / "story.html").write_text(page, encoding="utf-8")
    out = tmp_path / "report.html"
    result = CliRunner().invoke(main, ["report", str(tmp_path / "story.html"), "-o", str(out)])
    assert result.exit_code == 0, result.output
    report = out.read_text("utf-8")
    assert "html.extractor" in report and "html.caption" in report
    assert "&lt;figcaption&gt;" not in report  # the page's source is not shown as its lines
