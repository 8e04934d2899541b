"""Document-scope heuristics (title, smoothing) and heuristic options."""

from __future__ import annotations

import pytest

from cleaner import CleanConfig, Cleaner, ConfigError
from cleaner.heuristics import REGISTRY, Context, Heuristic, base
from cleaner.heuristics.menus import Breadcrumb
from cleaner.heuristics.prompts import Prompts
from cleaner.language import word_tokens
from cleaner.model import CleanResult, Decision, Label
from cleaner.outlets import slug_words, spells_slug
from cleaner.pipeline import RunningWords
from cleaner.ruleset import RuleSet, parse_rule_text
from cleaner.segment import split_segments

from .conftest import CORPUS, MEMO_SEED

PROSE = (
    "The council voted on Tuesday to close the old bridge to traffic from next month, "
    "citing an engineers' report on corrosion."
)
PROSE_AFTER = (
    "A temporary crossing will open downstream in the spring, and buses will be rerouted "
    "through the town centre until then."
)
"""The paragraph after ``PROSE``, below the debris between them."""


def test_title_is_found_below_many_dropped_lines(generic_cleaner: Cleaner) -> None:
    chrome = "\n".join(["Share", "Facebook", "Twitter", "Email", "Print"] * 3)
    result = generic_cleaner.clean_text(f"{chrome}\n\nCouncil shuts old bridge\n\n{PROSE}\n")
    assert result.title == "Council shuts old bridge"
    assert result.text == PROSE


def test_title_prefers_the_headline_over_a_shorter_kicker(generic_cleaner: Cleaner) -> None:
    result = generic_cleaner.clean_text(f"Local news\n\nCouncil shuts the old bridge\n\n{PROSE}")
    assert result.title == "Council shuts the old bridge"
    assert result.text.startswith("Local news\n\n")


@pytest.mark.parametrize("zone", ["CT", "PT", "MT", "ET"])
def test_a_longer_date_line_is_no_headline(generic_cleaner: Cleaner, zone: str) -> None:
    dated = f"Last Updated: Thursday, December 27, 2007 | 10:56 AM {zone}"
    result = generic_cleaner.clean_text(f"Council shuts old bridge\n\n{dated}\n\n{PROSE}\n")
    assert result.title == "Council shuts old bridge"


@pytest.mark.parametrize("numbers", ["2004 2005 2006", "16 / 18"])
def test_a_line_without_words_is_no_headline(generic_cleaner: Cleaner, numbers: str) -> None:
    # a web archive's row of years above the page, a gallery's counter
    result = generic_cleaner.clean_text(f"{numbers}\n\nBridge shut\n\n{PROSE}\n")
    assert result.title == "Bridge shut"


MEMO_URL = "https://www.middleeastmonitor.com/20151008-baghdad-may-ask-russia-to-carry-out-airstrikes-in-iraq/"
MEMO_HEADLINE = "Baghdad may ask Russia to carry out airstrikes in Iraq"


def test_title_is_the_line_the_url_slug_spells(generic_cleaner: Cleaner) -> None:
    # A longer headline-shaped teaser above the headline wins without the URL.
    teaser = "Two main Shia factions in Iraq welcome prospective Russian airstrikes against Daesh"
    text = MEMO_SEED.read_text(encoding="utf-8")
    text = text.replace("Middle East Near You\n", f"Middle East Near You\n\n{teaser}\n")
    assert generic_cleaner.clean_text(text).title == teaser
    result = generic_cleaner.clean_text(text, url=MEMO_URL)
    assert result.title == MEMO_HEADLINE
    title = next(r for r in result.removed if r.text == MEMO_HEADLINE)
    assert title.reason == "headline: the line the URL's slug spells"
    assert teaser in result.text


def test_the_line_that_spells_the_slug_most_fully_is_the_title(generic_cleaner: Cleaner) -> None:
    # A teaser's cut copy of the headline above it leaves out the slug's last word.
    cut = "Baghdad may ask Russia to carry out airstrikes in..."
    text = MEMO_SEED.read_text(encoding="utf-8")
    text = text.replace("Middle East Near You\n", f"Middle East Near You\n\n{cut}\n")
    result = generic_cleaner.clean_text(text, url=MEMO_URL)
    assert result.title == MEMO_HEADLINE
    # ... and then with the fewest other words: a copy with its date glued on
    glued = f"{MEMO_HEADLINE} Oct 08, 2015"
    text = MEMO_SEED.read_text(encoding="utf-8")
    text = text.replace("Middle East Near You\n", f"Middle East Near You\n\n{glued}\n")
    result = generic_cleaner.clean_text(text, url=MEMO_URL)
    assert result.title == MEMO_HEADLINE


@pytest.mark.parametrize(
    ("url", "words"),
    [
        (MEMO_URL, MEMO_HEADLINE.lower().split()),
        (
            "http://www.whitehouse.gov/blog/2012/07/23/president-obama-offers-comfort-aurora/",
            ["president", "obama", "offers", "comfort", "aurora"],
        ),
        (
            "https://www.presstv.ir/Detail/2015/10/01/431468/Iraq-Russia-airstrikes",
            ["iraq", "russia", "airstrikes"],
        ),
        ("https://example.com/news/world_us_canada-34450701.stm", ["world", "us", "canada"]),
        ("https://example.com/2015/10/01/index.html", []),  # no slug: a file name
        ("https://example.com/?p=34508", []),
        ("https://example.com/news/iraq-russia", []),  # two words say too little
        ("example.com", []),
    ],
)
def test_slug_words(url: str, words: list[str]) -> None:
    assert list(slug_words(url)) == words


@pytest.mark.parametrize(
    ("line", "url", "spelled"),
    [
        (
            "Q&A: Saving Photos From an Old Phone",
            "https://blog.example.com/2012/11/12/qa-saving-photos-from-an-old-phone/",
            True,
        ),
        (MEMO_HEADLINE, MEMO_URL, True),
        ("Iraq rejects Russia airstrikes", MEMO_URL, False),  # not every slug word
        # a headline edited after its address was made: a word dropped, plurals and verbs
        # changed ("patient" and "Patients"), three tokens the slug joins ("100mits")
        (
            "When Clinic Patients Continue to Wait",
            "https://example.com/2012/11/05/when-the-clinic-patient-continues-to-wait/",
            True,
        ),
        (
            "Relay 2012: Women's 400m...It's Gold!",
            "https://example.com/2012/08/relay-2012-womens-400mits-gold.html",
            True,
        ),
        # ... but one slug word in five at most: two of five left out is another line
        (
            "When Clinic Patients Wait",
            "https://example.com/2012/11/05/when-the-clinic-patient-continues-to-wait/",
            False,
        ),
        (  # the slug's words in a line of many more: a sentence that mentions them
            "Iraq's premier said on Thursday that Baghdad may ask Russia to carry out"
            " airstrikes in Iraq against the group, officials told reporters in the capital",
            MEMO_URL,
            False,
        ),
    ],
)
def test_line_spells_slug(line: str, url: str, spelled: bool) -> None:
    assert spells_slug(word_tokens(line), slug_words(url)) is spelled


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


# --- the article zone and the families around it ---------------------------------------------

ARTICLE = [
    "The council voted on Tuesday to close the old bridge to traffic from next month, citing an"
    " engineers' report on corrosion in the main supports.",
    "Engineers found that two of the four supports had lost more than a third of their steel, and"
    " the council was told that the bridge could not be repaired within its budget.",
    "A temporary crossing will open downstream in the spring, the council said, and buses will be"
    " rerouted through the town centre until then.",
]

MORE_ARTICLE = [
    "The council met on Tuesday to discuss the future of the old bridge over the river, which"
    " engineers say is no longer safe for heavy traffic.",
    "Residents have asked for a temporary crossing to be built before the winter, when the ferry"
    " service stops running for three months.",
    "A decision is expected next month, after the engineers deliver their final report on the"
    " state of the main supports.",
]
"""Three more paragraphs of running text, for a longer article without copies."""


def page(*, above: list[str], below: list[str]) -> str:
    return "\n".join([*above, *ARTICLE, *below]) + "\n"


def test_zone_drops_menus_above_and_footers_below(generic_cleaner: Cleaner) -> None:
    text = page(
        above=["Home", "News", "Sport", "Weather", "Council shuts old bridge"],
        below=["Archives", "June 2019", "May 2019", "Photo galleries"],
    )
    result = generic_cleaner.clean_text(text)
    assert result.title == "Council shuts old bridge"
    assert result.text == "\n".join(ARTICLE)
    reasons = {r.text: r.reason for r in result.removed}
    assert reasons["Home"].startswith("above the article (its running text starts at line 6)")
    assert reasons["Photo galleries"].startswith("below the article")


def test_zone_ends_at_a_comment_section(generic_cleaner: Cleaner) -> None:
    comment = (
        "I drive over that bridge every day and nobody ever told us about the corrosion, which"
        " is frankly a scandal for the whole town."
    )
    result = generic_cleaner.clean_text(
        page(above=["Bridge to close"], below=["2 Comments", comment])
    )
    assert comment not in result.text
    removed = {r.text: (r.rule, r.reason) for r in result.removed}
    assert removed[comment] == ("generic.comment-section", "comment section (from line 5)")


COMMENTS = [
    (
        "tuye",
        "Posted October 29, 2012 at 9:26 am | Permalink",
        "I drive over that bridge every day and nobody ever told us about the corrosion, which is"
        " frankly a scandal for the whole town, and the council should have warned us years ago"
        " when the first report came out.",
    ),
    (
        "burgerman",
        "Posted October 29, 2012 at 9:31 am | Permalink",
        "The temporary crossing downstream will double my commute, and the buses through the town"
        " centre are already full every morning, so I hope they add more of them before the"
        " spring.",
    ),
    (
        "David",
        "Posted October 29, 2012 at 9:35 am | Permalink",
        "Corrosion like this does not happen in one winter. Someone signed off on the inspections"
        " for years, and I would like to know who it was and why nobody checked the supports.",
    ),
]


def test_zone_ends_at_a_header_above_longer_comments(generic_cleaner: Cleaner) -> None:
    """The comments under the header hold more words than the article: the stamp and the
    ``Reply`` button below ``74 Comments`` tell it from a count in the article's head."""
    below = ["74 Comments"]
    for name, stamp, comment in COMMENTS:
        below += [name, stamp, comment, "Reply"]
    result = generic_cleaner.clean_text(page(above=["Bridge to close"], below=below))
    assert result.text == "\n".join(ARTICLE)
    rules = {r.text: r.rule for r in result.removed}
    assert {rules[comment] for _, _, comment in COMMENTS} == {"generic.comment-section"}
    assert rules[COMMENTS[0][1]] == "generic.comment-stamp"


def test_numbered_comments_under_a_header_end_the_article(generic_cleaner: Cleaner) -> None:
    """Comments that carry a number and a report button but no time stamp, under a header
    with a link's arrow: the numbers are comment furniture, so the header ends the article
    although the comments hold more words than it does."""
    below = ["Comments »"]
    for number, (name, _, comment) in enumerate(COMMENTS, start=48213):
        below += [name, f"Comment No. {number}", comment, "[Abusive? Report this comment.]"]
    result = generic_cleaner.clean_text(page(above=["Bridge to close"], below=below))
    assert result.text == "\n".join(ARTICLE)
    rules = {r.text: r.rule for r in result.removed}
    assert {rules[comment] for _, _, comment in COMMENTS} == {"generic.comment-section"}
    assert rules["Comment No. 48213"] == "generic.comment-interface"


@pytest.mark.parametrize(
    ("says", "stamp", "reply"),
    [
        ("{name} says:", "October 29, 2012 at 9:26 am", "Reply"),
        ("{name} sagt:", "29. Oktober 2012 um 9:26 Uhr", "Antworten"),
        ("{name} dit :", "29 octobre 2012 à 9 h 26 min", "Répondre"),
    ],
)
def test_signed_comments_longer_than_the_article_end_it(
    generic_cleaner: Cleaner, says: str, stamp: str, reply: str
) -> None:
    """With no header above them, comments that hold more words than the article end it at
    the first commenter's name line over a time stamp, as a blog heads each comment."""
    below = []
    for name, _, comment in COMMENTS:
        below += [says.format(name=name), stamp, comment, reply]
    result = generic_cleaner.clean_text(page(above=["Bridge to close"], below=below))
    assert result.text == "\n".join(ARTICLE)
    rules = {r.text: r.rule for r in result.removed}
    assert {rules[comment] for _, _, comment in COMMENTS} == {"generic.comment-section"}
    assert rules[stamp] == "generic.comment-stamp"


@pytest.mark.parametrize("newest_first", [False, True])
def test_a_thread_of_stamped_comments_ends_the_article(
    generic_cleaner: Cleaner, newest_first: bool
) -> None:
    """Three stamps, oldest first, with no header or name line above them: a thread of
    reader comments that ends the article although it holds more words than the article.
    The same stamps newest first are a live blog's updates: its first one stays."""
    stamps = [
        f"Posted by: {name} | Oct 29, 2012 9:{26 + 5 * i}:04 AM"
        for i, (name, _, _) in enumerate(COMMENTS)
    ]
    if newest_first:
        stamps.reverse()
    below = []
    for stamp, (_, _, comment) in zip(stamps, COMMENTS, strict=True):
        below += [stamp, comment]
    result = generic_cleaner.clean_text(page(above=["Bridge to close"], below=below))
    comments = [comment for _, _, comment in COMMENTS]
    if newest_first:  # later stamps may still end it, below most of the text
        assert result.text.startswith("\n".join([*ARTICLE, comments[0]]))
    else:
        assert result.text == "\n".join(ARTICLE)
        rules = {r.text: r.rule for r in result.removed}
        assert {rules[comment] for comment in comments} == {"generic.comment-section"}


@pytest.mark.parametrize(("header", "cut"), [("{ 3 comments }", True), ("Comments", False)])
def test_a_counted_header_below_the_article_ends_it(header: str, cut: bool) -> None:
    """Below more than ``counted_cut_words`` of running text, a header that counts comments
    ends the article with no stamp below it; a bare ``Comments`` (a tab near many headlines)
    does not. The share rule is turned off to test the count alone."""
    options = {"generic.article-zone": {"header_cut_share": 0.9}}
    cleaner = Cleaner(CleanConfig(site_rules=False, heuristic_options=options))
    more = (
        "Shops in the town centre said they expected more customers once the buses were"
        " rerouted, although some worried about the loss of parking on the main street."
    )
    below = [more, header]
    for name, _, comment in COMMENTS:
        below += [name, comment]
    result = cleaner.clean_text(page(above=["Bridge to close"], below=below))
    comments = [comment for _, _, comment in COMMENTS]
    assert result.text.startswith("\n".join([*ARTICLE, more]))
    assert all((comment in result.text) is not cut for comment in comments)


def test_a_comment_header_cuts_only_the_comments(generic_cleaner: Cleaner) -> None:
    """The cut at a comment header keeps the stretch the zone held above it, and leaves the
    related links in it to their own rule; taking instead the best stretch above the header,
    with those links still costing their penalty, would drop the recipe's short lines."""
    recipe = [
        "Servings",
        "1",
        "Prep time",
        "10",
        "minutes",
        "Ingredients",
        "1/2 block of tofu, diced",
        "120g yellow noodles",
        "Some beansprouts",
        "2 tsp dark soya sauce",
        "Some cooking oil",
        "1 1/2 tsp sugar",
        "Directions",
    ]
    method = (
        "Dice the tofu and use paper towels to soak up the water, then heat some oil in the wok"
        " and fry the tofu until it is golden on every side before you add the noodles."
    )
    related = [
        "Related Posts",
        "Chilli Fishcake Balls",
        "Spinach Noodle Soup",
        "Braised Pork Belly",
        "Steamed Egg Custard",
        "Fried Rice with Prawns",
        "Curry Chicken Wings",
        "Share this article",
    ]
    bio = (
        "I am a home cook in Singapore, and this blog is a collection of the food that my"
        " family cooks and eats at home every week."
    )
    below = [*recipe, method, *related, bio, "3 Comments"]
    for name, stamp, comment in COMMENTS:
        below += [name, stamp, comment]
    result = generic_cleaner.clean_text(page(above=["Bridge to close"], below=below))
    assert result.text == "\n".join([*ARTICLE, *recipe, method, bio])
    rules = {r.text: r.rule for r in result.removed}
    assert {rules[line] for line in related} == {"generic.related", "generic.prompts"}


@pytest.mark.parametrize(
    ("announcement", "items", "after"),
    [
        # Items of an announced list may differ in shape when each opens with a quantity or a
        # lowercase word; the labels of the page below (``Pin It``, ``Home``) still end it.
        (
            "Ingredients for 4 portions:",
            [
                "2 tsp vegetable oil",
                "2 or 3 boneless skinless chicken breasts, about 1 1/4 lbs",
                "salt and pepper to taste",
                "1 large onion",
                "4 cloves garlic",
                "about 3 cups chicken broth or stock, divided",
                "sour cream and cilantro to garnish",
            ],
            "Home",
        ),
        # A starred item among the names of a list a colon announced does not end the list:
        # the names after it are the article's too.
        (
            "These players were invited:",
            [
                "Brian Edwards (Wake Forest University)",
                "Matt Allen (Creighton University)",
                "* Sean Franklin (California State University of Northridge)",
                "Matt Hatzke (Santa Clara University)",
                "Shea Salinas (Furman University)",
            ],
            "Share this article",
        ),
        # "as follows." announces a list as a colon does: month headings and the dates under
        # them stay with the article.
        (
            "The dates are as follows.",
            [
                "SEPTEMBER",
                "29 Cologne, Live Music Hall (DE)",
                "30 Prague, Lucerna Music Hall (CZ)",
                "OCTOBER",
                "01 Vienna, Arena (AT)",
                "02 Munich, Kesselhaus (DE)",
            ],
            "Share this article",
        ),
    ],
)
def test_an_announced_list_stays(
    generic_cleaner: Cleaner, announcement: str, items: list[str], after: str
) -> None:
    """Below the article, ``announcement`` and its ``items`` stay in the text and the
    ``after`` line that follows them does not."""
    text = page(above=["Bridge to close"], below=[announcement, *items, after])
    result = generic_cleaner.clean_text(text)
    assert result.text == "\n".join([*ARTICLE, announcement, *items])


def test_a_bare_comment_subheading_does_not_end_the_article(generic_cleaner: Cleaner) -> None:
    """``Comment`` heads a part of an article about offering comment to journalists; with a
    third of the text above it, it is not taken as a comment-section header."""
    part = (
        "Having a network of people to offer opinion and analysis is critical for most"
        " journalists, and it is a great way for a founder to build a long relationship."
    )
    more = (
        "Shops in the town centre said they expected more customers once the buses were"
        " rerouted, although some worried about the loss of parking on the main street."
    )
    text = page(
        above=["Bridge to close"], below=["Comment", part, more, more.replace("Shops", "Cafes")]
    )
    result = generic_cleaner.clean_text(text)
    assert part in result.text and more in result.text


def test_a_comment_count_repeated_below_is_not_the_header() -> None:
    """``3 Comments`` under the headline, with teasers of other posts above it, is the link
    that the section's header repeats further down; the article between them stays. Checked on
    one pass: the passes over the clean text no longer see the second header (Known limits)."""
    teasers = [
        "Shops in the town centre said they expected more customers once the buses were"
        " rerouted, although some worried about the loss of parking on the main street.",
        "Cafes near the old bridge said that trade had already fallen since the first reports"
        " of corrosion, and that the closure would make a hard winter harder.",
        "The rowing club said it would move its regatta downstream this year, to keep the"
        " crews clear of the works, and thanked the council for its help.",
    ]
    below = ["3 Comments"]
    for name, stamp, comment in COMMENTS:
        below += [name, stamp, comment]
    text = "\n".join([*teasers, "Bridge to close", "3 Comments", *ARTICLE, *below]) + "\n"
    cleaner = Cleaner(CleanConfig(site_rules=False, settle=False))
    result = cleaner.clean_text(text)
    assert "\n".join(ARTICLE) in result.text
    assert all(comment not in result.text for _, _, comment in COMMENTS)


def test_a_comments_button_in_a_share_bar_ends_nothing(generic_cleaner: Cleaner) -> None:
    more = (
        "Shops in the town centre said they expected more customers once the buses were"
        " rerouted, although some worried about the loss of parking on the main street."
    )
    bar = ["email", "print", "comments", "share"]
    text = "\n".join(["Bridge to close", *ARTICLE[:2], *bar, ARTICLE[2], more]) + "\n"
    result = generic_cleaner.clean_text(text)
    assert result.text == "\n".join([*ARTICLE, more])
    assert {r.text for r in result.removed} >= set(bar)


ARCHIVE_BANNER = [
    "About this capture",
    "COLLECTED BY",
    "Organization: Internet Archive",
    "The archive finds and saves web pages through many different crawls, and at any time"
    " several of them run at once, each with its own focus and its own list of sites.",
    "Collection: News Crawls",
    "Pages of news sites saved by the archive. This data is currently not publicly accessible.",
    "TIMESTAMPS",
]


def test_a_web_archive_banner_goes_as_a_block(generic_cleaner: Cleaner) -> None:
    """The banner's paragraphs read as running text; the block between ``COLLECTED BY`` and
    ``TIMESTAMPS`` goes whole, and the article below it stays."""
    result = generic_cleaner.clean_text(page(above=[*ARCHIVE_BANNER, "Bridge to close"], below=[]))
    assert result.text == "\n".join(ARTICLE)
    rules = {r.text: r.rule for r in result.removed}
    assert {rules[line] for line in ARCHIVE_BANNER} == {"generic.archive-banner"}
    # Without a line that closes the banner, an "About this capture" line takes nothing.
    text = page(above=["About this capture", ARCHIVE_BANNER[3]], below=[])
    rules = {r.text: r.rule for r in generic_cleaner.clean_text(text).removed}
    assert "generic.archive-banner" not in rules.values()


def test_zone_keeps_a_list_the_article_announces(generic_cleaner: Cleaner) -> None:
    listing = [
        "June 9 -- Coral Sky Amphitheatre, West Palm Beach, FL",
        "June 10 -- Credit Union Amphitheatre, Tampa, FL",
    ]
    text = page(above=["Tour dates"], below=["The tour dates are:", *listing, "Home", "Contact"])
    result = generic_cleaner.clean_text(text)
    for line in listing:
        assert line in result.text
    assert "Contact" not in result.text


@pytest.mark.parametrize(
    "closing",
    [
        ["With additional reporting by Terry Schermerhorn"],
        [
            "___",
            "Associated Press writers Jae-soon Chang and Kelly Olsen contributed to this report.",
        ],
        ["(Reporting by Tim Large; Editing by Belinda Goldsmith)"],
        ["– Marcas Grant"],
        ["Posted by Obi Felten, Director of Consumer Marketing"],
        ["Write to Sven Grundberg at sven.grundberg@example.com"],
        ["Follow Marcas on Twitter @MarcasG"],
    ],
)
def test_zone_keeps_the_credits_that_close_the_article(
    generic_cleaner: Cleaner, closing: list[str]
) -> None:
    text = page(above=["Home", "News", "Bridge to close"], below=[*closing, "Archives", "Contact"])
    result = generic_cleaner.clean_text(text)
    dropped = {r.text for r in result.removed if r.label is Label.DROP}
    assert {"Archives", "Contact"} <= dropped and not dropped & set(closing)
    # kept in the body, or (a signature this close to the article's start) as its byline
    body = [line for line in closing if line != result.byline]
    assert result.text == "\n".join([*ARTICLE, *body])


def test_zone_ends_after_the_signature(generic_cleaner: Cleaner) -> None:
    """Below a signature the zone takes only further credits: the short sentence of a reader's
    comment headed by a byline-shaped line is not the article's."""
    comment = "Thanks for sharing this."
    text = page(above=["Bridge to close"], below=["– Anna Schmidt", "By JohnDoe", comment])
    result = generic_cleaner.clean_text(text)
    assert result.text == "\n".join([*ARTICLE, "– Anna Schmidt"])
    assert {r.text: r.rule for r in result.removed}[comment] == "generic.outside-zone"


def test_zone_is_not_applied_to_short_texts(generic_cleaner: Cleaner) -> None:
    text = "Summertime\n\nPhotos by Eirik\n\nLove and share\n"
    result = generic_cleaner.clean_text(text)
    assert "Love and share" in result.text
    assert all(r.rule != "generic.outside-zone" for r in result.removed)


SHARE_BAR = [
    "Share this story",
    *["Facebook", "Twitter", "Email", "Print", "WhatsApp", "LinkedIn", "Reddit", "Pinterest"],
    *["Follow us", "Facebook", "Instagram"],
]


def test_zone_ends_above_other_stories_below_a_share_bar(generic_cleaner: Cleaner) -> None:
    """Below a share bar, other stories' summaries, each under its headline, outweigh the bar:
    the zone still ends with the article."""
    summaries = [
        "The town library will stay open until nine in the evening on weekdays from the start"
        " of the new school year, the trustees said.",
        "The weekly farmers market is moving to the market square after traders asked for more"
        " room and better parking for their customers.",
    ]
    below = [
        *SHARE_BAR,
        "Top Stories",
        "Library extends its opening hours",
        summaries[0],
        "Farmers market moves to the square",
        summaries[1],
    ]
    result = generic_cleaner.clean_text(page(above=["Council shuts old bridge"], below=below))
    assert result.text == "\n".join(ARTICLE)
    rules = {r.text: r.rule for r in result.removed}
    assert [rules[line] for line in summaries] == ["generic.outside-zone"] * 2


BRIDGE_URL = "https://riverside.example/2019/06/04/council-shuts-old-bridge/"
BLOG_ABOUT = (
    "Riverside Notes is where a retired engineer writes about the town, its council and the"
    " bridges and parks that it keeps running for all of us."
)


def test_the_article_starts_at_the_headline_the_slug_spells(generic_cleaner: Cleaner) -> None:
    """A blog's description above the post joins the zone across a one-line sign-up box; the
    headline the URL spells, below a wall of debris, starts the article."""
    text = page(
        above=[
            BLOG_ABOUT,
            "Subscribe to our newsletter",
            "Tuesday, June 4, 2019",
            "Council shuts old bridge",
        ],
        below=[],
    )
    assert BLOG_ABOUT in generic_cleaner.clean_text(text).text  # no certain headline
    result = generic_cleaner.clean_text(text, url=BRIDGE_URL)
    assert result.title == "Council shuts old bridge"
    assert result.text.endswith("\n".join(ARTICLE))
    assert BLOG_ABOUT not in result.text
    removed = {r.text: r for r in result.removed}
    assert removed[BLOG_ABOUT].rule == "generic.outside-zone"
    assert removed[BLOG_ABOUT].reason.startswith("above the article")


def test_the_slug_spelled_headline_is_found_inside_a_zone_that_starts_too_high() -> None:
    """Ten undecided menu lines above a zone that starts at the blog's description fill
    the title's window; the headline the URL spells is found further into the zone."""
    menu = ["Home", "News", "Sport", "Weather", "Business", "Opinion", "Culture", "Travel"]
    above = [*menu, "Podcasts", "Contact", BLOG_ABOUT, "Subscribe to our newsletter"]
    text = page(above=[*above, "Tuesday, June 4, 2019", "Council shuts old bridge"], below=[])

    def one_pass(reach: int) -> CleanResult:
        options = {"generic.title": {"slug_reach": reach}}
        config = CleanConfig(site_rules=False, settle=False, heuristic_options=options)
        return Cleaner(config).clean_text(text, url=BRIDGE_URL)

    assert one_pass(0).title is None
    assert BLOG_ABOUT in one_pass(0).text
    result = one_pass(40)
    assert result.title == "Council shuts old bridge"
    assert result.text == "\n".join(["Tuesday, June 4, 2019", *ARTICLE])


def test_the_headline_leaves_the_text_that_runs_on_into_it(generic_cleaner: Cleaner) -> None:
    """Running text above the headline with no debris between (a standfirst), or above a
    subheading when another line above spells the slug too, stays; so does running text
    above the headline that outweighs the text below it."""
    standfirst = (
        "The town's oldest crossing will close next month after engineers found its supports"
        " badly corroded, the council said."
    )
    text = page(above=[standfirst, "Council shuts old bridge"], below=[])
    assert standfirst in generic_cleaner.clean_text(text, url=BRIDGE_URL).text
    # a subheading the slug spells, below the headline, an opening paragraph and an ad marker
    opening, rest = ARTICLE[0], ARTICLE[1:]
    lines = [
        "Council shuts old bridge, again",
        opening,
        "Advertisement",
        "Council shuts old bridge",
    ]
    result = generic_cleaner.clean_text("\n".join([*lines, *rest]) + "\n", url=BRIDGE_URL)
    assert opening in result.text
    # the text below the headline no longer than the text above it
    short = page(
        above=[BLOG_ABOUT, "Subscribe to our newsletter", "Council shuts old bridge"], below=[]
    )
    short = short.replace(ARTICLE[1] + "\n" + ARTICLE[2] + "\n", "")
    assert BLOG_ABOUT in generic_cleaner.clean_text(short, url=BRIDGE_URL).text


def test_paragraphs_below_a_share_bar_inside_the_article_stay(generic_cleaner: Cleaner) -> None:
    """Fewer words below the wall than above it, but paragraphs one after another: the rest
    of the article."""
    rest = [
        "Residents who rely on the bridge to reach the station will be offered a free shuttle"
        " bus, which the council expects to run every twenty minutes at peak times.",
        "Shop owners on both banks of the river have asked for help with the loss of passing"
        " trade, and the council said it would consider a cut in their rates.",
    ]
    result = generic_cleaner.clean_text(
        page(above=["Council shuts old bridge"], below=[*SHARE_BAR, *rest])
    )
    assert result.text == "\n".join([*ARTICLE, *rest])


@pytest.mark.parametrize(
    "header",
    [
        "Related stories",
        "ALSO:",
        "Popular in the Community",
        "Lesen Sie auch",
        "Auch interessant...",
        "Das könnte Sie auch interessieren!",
        "Mirá también",
        "Most Viewed Articles",
        "From around the web",
        "Editors' Picks",
        "Popular Posts",
        "Most popular stories right now",
        "Other Stories",
        "What to Read Next",
    ],
)
def test_related_block_ends_at_running_text(generic_cleaner: Cleaner, header: str) -> None:
    """Above all of the page's running text, the block's last line before the first
    paragraph is given back: it is the article's headline."""
    headline = "Council shuts old bridge"
    text = page(
        above=[header, "Bridge closures across the county", "Bus routes change", headline],
        below=[],
    )
    result = generic_cleaner.clean_text(text)
    assert result.text == "\n".join(ARTICLE)
    assert result.title == headline
    assert [r.rule for r in result.removed[:3]] == ["generic.related"] * 3


def test_related_block_above_the_article_gives_back_headline_and_byline(
    generic_cleaner: Cleaner,
) -> None:
    """A menu that runs into the article's head, byline and all: the headline and the byline
    above the first paragraph are the article's."""
    above = ["Most Popular", "Bridge closures across the county", "Bus routes change"]
    text = page(above=[*above, "Council shuts old bridge", "By Jane Roe"], below=[])
    result = generic_cleaner.clean_text(text)
    assert (result.title, result.byline) == ("Council shuts old bridge", "By Jane Roe")
    assert {r.text: r.rule for r in result.removed if r.text in above} == dict.fromkeys(
        above, "generic.related"
    )


SECTION_RULES = """\
outlet: {id: example, name: Example News, domains: [example.com]}
verified: 2026-11-01
rules:
  - id: example.sections
    match: {exact: [Latest News, World, Business, Science, Health, Travel]}
    action: drop
    reason: the site's section menu and its header
    examples:
      drop: [Latest News, Travel]
      keep: ["Travel to the island resumes in May."]
"""


def test_related_block_under_a_header_a_site_rule_took() -> None:
    """A site's rule that drops a block's header (here, with its sections menu) leaves the
    block's titles to ``generic.related``; a run of five lines the rule took ends the block,
    so the headline below the menu stays."""
    cleaner = Cleaner(CleanConfig(), rules=RuleSet([parse_rule_text(SECTION_RULES, "e.yaml")]))
    titles = ["Bridge closures across the county", "Ferry service to resume"]
    menu = ["Latest News", "World", "Business", "Science", "Health", "Travel"]
    headline = "Council shuts old bridge"
    text = page(above=[*menu, headline], below=["Latest News", *titles])
    result = cleaner.clean_text(text, url="https://example.com/2019/06/04/story")
    assert result.title == headline
    assert result.text == "\n".join(ARTICLE)
    rules = {r.text: r.rule for r in result.removed}
    assert [rules[t] for t in titles] == ["generic.related"] * 2


def test_related_block_below_the_article_keeps_its_last_title(generic_cleaner: Cleaner) -> None:
    """Below the article, the title right above a teaser's summary is the block's own."""
    summary = (
        "The harbour board says the ferry will run again once the new ramp has been tested by"
        " the engineers."
    )
    titles = ["Bridge closures across the county", "Ferry service to resume"]
    result = generic_cleaner.clean_text(page(above=[], below=["Other Stories", *titles, summary]))
    removed = {r.text: r.rule for r in result.removed}
    assert all(removed[t] == "generic.related" for t in titles)


DATED_TEASERS = [
    "Ferry service to resume after winter repairs",
    "updated 1:30 PM EST, Wed November 7, 2012",
    "The harbour board says the crossing will reopen once the new ramp is tested.",
    "Library extends its evening hours",
    "updated 9:27 AM EST, Wed November 7, 2012",
    "Readers will be able to borrow books until nine on weekdays.",
    "School roof to be replaced this summer",
    "updated 8:02 AM EST, Tue November 6, 2012",
    "Work is expected to take six weeks.",
]


def _laid_out(order: tuple[int, int, int]) -> list[str]:
    """``DATED_TEASERS`` with each teaser's title (0), date (1) and summary (2) in ``order``."""
    teasers = [DATED_TEASERS[i : i + 3] for i in range(0, len(DATED_TEASERS), 3)]
    return [teaser[part] for teaser in teasers for part in order]


@pytest.mark.parametrize(
    "order",
    [
        (0, 1, 2),  # the date right below the title
        (1, 0, 2),  # the date above the title
        (0, 2, 1),  # the date last, below the summary
    ],
)
def test_dated_teasers_below_the_article_go(
    generic_cleaner: Cleaner, order: tuple[int, int, int]
) -> None:
    teasers = _laid_out(order)
    result = generic_cleaner.clean_text(page(above=[], below=teasers))
    assert result.text == "\n".join(ARTICLE)
    assert {r.rule for r in result.removed if r.text in teasers} == {"generic.teasers"}


STAMP_RULE = """\
outlet: {id: example, name: Example News, domains: [example.com]}
verified: 2026-11-01
rules:
  - id: example.stamps
    match: {regex: "updated \\\\d+:\\\\d\\\\d [AP]M EST, .*"}
    action: drop
    reason: the site's date stamps
    examples:
      drop: ["updated 9:15 AM EST, Mon November 5, 2012"]
      keep: ["The council updated its plans."]
"""


def test_dated_teasers_go_when_a_site_rule_took_their_dates() -> None:
    """A site's rule that drops its date stamps leaves the teasers' shape to read."""
    outlet = parse_rule_text(STAMP_RULE, "example.com.yaml")
    cleaner = Cleaner(CleanConfig(), rules=RuleSet([outlet]))
    teasers = _laid_out((0, 1, 2))
    result = cleaner.clean_text(page(above=[], below=teasers), url="https://example.com/a/b")
    assert result.text == "\n".join(ARTICLE)
    rules = {r.text: r.rule for r in result.removed}
    assert {rules[line] for line in teasers[1::3]} == {"example.stamps"}
    assert {rules[line] for line in teasers[0::3] + teasers[2::3]} == {"generic.teasers"}


def test_dated_teasers_go_when_a_site_rule_took_one_of_their_lines() -> None:
    """A rule learned from a site's pages drops a teaser's summary that many of them carried;
    the line still holds its place in the list's layout."""
    summary = DATED_TEASERS[2]
    rule = f"""\
outlet: {{id: example, name: Example News, domains: [example.com]}}
verified: 2026-11-01
rules:
  - id: example.summary
    match: {{exact: "{summary}"}}
    action: drop
    reason: a summary on many of the site's pages
    examples:
      drop: ["{summary}"]
      keep: ["The harbour board met on Tuesday."]
"""
    cleaner = Cleaner(CleanConfig(), rules=RuleSet([parse_rule_text(rule, "example.com.yaml")]))
    teasers = _laid_out((0, 1, 2))
    result = cleaner.clean_text(page(above=[], below=teasers), url="https://example.com/a/b")
    assert result.text == "\n".join(ARTICLE)
    rules = {r.text: r.rule for r in result.removed}
    assert rules[summary] == "example.summary"
    assert {rules[line] for line in teasers if line != summary} == {"generic.teasers"}


# an event schedule an article gives: a date, a place, an address, the hours
SCHEDULE = [
    *("Tuesday, January 15, 2008", "St. Mary's School", "66 Main Street South", "3:30 – 8:00 pm"),
    *("Saturday, January 19, 2008", "Wellness Centre", "995 Peter Road", "10:00 am – 3:00 pm"),
    *("Monday, January 21, 2008", "Baptist Church", "9050 Dixie Road", "2:00 – 8:00 pm"),
    *("Wednesday, January 23, 2008", "Sheridan College", "7899 Trafalgar Road"),
    "11:00 am – 3:00 pm",
]


@pytest.mark.parametrize(
    "lines",
    [
        [*ARTICLE, *SCHEDULE],
        # dated entries from the top of the page: a live blog, not a list below an article
        [*DATED_TEASERS, *ARTICLE[:1]],
    ],
)
def test_dated_entries_that_are_the_article_stay(
    generic_cleaner: Cleaner, lines: list[str]
) -> None:
    result = generic_cleaner.clean_text("\n".join(lines))
    assert not [r for r in result.removed if r.rule == "generic.teasers"]
    assert ARTICLE[0] in result.text


def test_a_paragraph_below_a_schedule_stays(generic_cleaner: Cleaner) -> None:
    text = "\n".join([*ARTICLE[:2], *SCHEDULE, ARTICLE[2]])
    result = generic_cleaner.clean_text(text)
    assert result.text == text


def test_an_archive_of_months_below_the_article_is_no_schedule(generic_cleaner: Cleaner) -> None:
    months = ["November", "October", "September", "August", "July", "June", "May", "April"]
    archive = [f"► {month} ({n})" for n, month in enumerate(months, 3)]
    result = generic_cleaner.clean_text("\n".join([*ARTICLE, *archive]))
    assert result.text == "\n".join(ARTICLE)


def test_menu_run_inside_the_article_but_not_a_bulleted_list(generic_cleaner: Cleaner) -> None:
    menu = ["Article", "Stock Quotes", "Comments", "smaller", "Larger"]
    bullets = [
        "• the 07:12 to Leeds",
        "• the 08:40 to York",
        "• all evening trains",
        "• the night bus",
        "• the airport link",
    ]
    text = "\n".join([ARTICLE[0], *menu, ARTICLE[1], *bullets, ARTICLE[2]])
    result = generic_cleaner.clean_text(text)
    for line in bullets:
        assert line in result.text
    assert not any(line in result.text.splitlines() for line in menu)


def test_a_sidebar_of_categories_with_post_counts_is_a_menu(generic_cleaner: Cleaner) -> None:
    categories = ["Allotments (12)", "Bus routes (48)", "Council meetings (131)", "Libraries (7)"]
    categories += ["Parks and gardens (56)", "Street lighting (3)"]
    books = ["The Canal Towns (1986)", "A River Walk (1991)", "Lanterns (1994)"]
    books += ["The Old Mill (1994)", "Market Days (1999)"]
    text = "\n".join([ARTICLE[0], *categories, ARTICLE[1], *books, ARTICLE[2]])
    result = generic_cleaner.clean_text(text)
    assert {r.text: r.rule for r in result.removed} == dict.fromkeys(categories, "generic.menu-run")
    # a count that is a year: a list of books, kept
    assert result.text == "\n".join([ARTICLE[0], ARTICLE[1], *books, ARTICLE[2]])


def test_a_code_listing_in_the_article_is_no_menu(generic_cleaner: Cleaner) -> None:
    fields = ["int station;", "int gauge;", "float level;", "float flow;", "char *unit;"]
    listing = ["struct reading {", *fields, "};"]
    config = ["[gauges]", "upstream =", "downstream =", "alarm =", "retry = false"]
    menu = ["{rivers}", "{bridges}", "{weather}", "{archive}", "{contact}"]
    text = "\n".join([ARTICLE[0], *listing, ARTICLE[1], *config, ARTICLE[2]])
    assert generic_cleaner.clean_text(text).text == text
    # a blog's categories in braces are no code: still a menu
    result = generic_cleaner.clean_text("\n".join([ARTICLE[0], *menu, *ARTICLE[1:]]))
    assert {r.text: r.rule for r in result.removed} == dict.fromkeys(menu, "generic.menu-run")


def test_a_menu_glued_into_one_line_is_neither_headline_nor_article(
    generic_cleaner: Cleaner,
) -> None:
    menu = (
        "Home News Sport Business Markets Technology Science Health Travel Culture Books Music"
        " Film Television Radio Weather Opinion Letters Obituaries Puzzles Crosswords Jobs Cars"
    )
    result = generic_cleaner.clean_text("\n".join([menu, "Council shuts old bridge", *ARTICLE]))
    assert result.title == "Council shuts old bridge"
    assert [(r.rule, r.text) for r in result.removed] == [
        ("generic.outside-zone", menu),
        ("generic.title", "Council shuts old bridge"),
    ]
    assert result.text == "\n".join(ARTICLE)


def test_a_shorter_menu_line_and_a_blog_pager_are_no_headline(generic_cleaner: Cleaner) -> None:
    # fourteen section names: too short for a glued list, still no headline
    menu = (
        "Sections Navigation Rowing Sailing Netball Cricket Cycling Golf Tennis Hockey Racing"
        " Athletics Photos Letters"
    )
    pager = "« Autumn Soup With Leeks | Main | Lantern Walk Pictures »"
    for above in (menu, pager):
        text = "\n".join([above, "Council shuts old bridge", *ARTICLE])
        result = generic_cleaner.clean_text(text)
        assert result.title == "Council shuts old bridge"
        assert above not in result.text
    # a long headline in title case has its small words
    headline = (
        "Ministers Agree New Rules On Fishing Quotas For The North Sea After Talks Run Through"
        " The Night"
    )
    result = generic_cleaner.clean_text("\n".join([headline, *ARTICLE]))
    assert result.title == headline


def test_a_menu_run_counts_a_dropped_first_item(generic_cleaner: Cleaner) -> None:
    # "RSS" goes with the interface labels; the four section names under it make a run of five
    menu = ["RSS", "Gadgets", "Phones and tablets", "Home cinema", "Cameras"]
    result = generic_cleaner.clean_text("\n".join([ARTICLE[0], *menu, *ARTICLE[1:]]))
    assert {r.text: r.rule for r in result.removed} == {
        "RSS": "generic.interface",
        **dict.fromkeys(menu[1:], "generic.menu-run"),
    }
    assert result.text == "\n".join(ARTICLE)


def test_a_list_the_article_announces_is_kept(generic_cleaner: Cleaner) -> None:
    supplies = ["Card", "Scissors", "Glue stick", "Coloured pencils", "String"]
    announced = "\n".join([ARTICLE[0], "For the lantern you will need:", *supplies, ARTICLE[1]])
    result = generic_cleaner.clean_text(announced)
    assert all(line in result.text.splitlines() for line in supplies)
    # A label with a colon heads a menu: it announces no list of the article's.
    labelled = "\n".join([ARTICLE[0], "Follow us:", *supplies, ARTICLE[1]])
    result = generic_cleaner.clean_text(labelled)
    assert not any(line in result.text.splitlines() for line in supplies)


def test_byline_and_date_go_to_metadata(generic_cleaner: Cleaner) -> None:
    text = page(
        above=["Council shuts old bridge", "By Anna Schmidt", "October 29, 2012, 9:04 a.m. ET"],
        below=[],
    )
    result = generic_cleaner.clean_text(text)
    assert (result.byline, result.date) == ("By Anna Schmidt", "October 29, 2012, 9:04 a.m. ET")
    assert result.text == "\n".join(ARTICLE)


def test_a_date_above_the_first_paragraph_is_the_article_s(generic_cleaner: Cleaner) -> None:
    # a headline long enough to start the article zone: the date below it and the author's
    # name is still above the first paragraph
    headline = "Council votes to shut the old bridge over the river to all of its traffic in May"
    text = page(above=[headline, "Anna Schmidt", "March 20, 2017"], below=[])
    result = generic_cleaner.clean_text(text)
    assert result.date == "March 20, 2017"
    assert "March 20, 2017" not in result.text


@pytest.mark.parametrize(
    "line",
    [
        "March 20, 2017 at 9:04 am by Anna Schmidt 3 Comments",
        "Posted on March 20, 2017 by Anna Schmidt in Local News",
        "03/20/2017 9:04:12 AM, by Anna Schmidt",
    ],
)
def test_a_date_then_the_byline_is_the_byline(generic_cleaner: Cleaner, line: str) -> None:
    result = generic_cleaner.clean_text(page(above=["Council shuts old bridge", line], below=[]))
    assert result.byline == line
    assert result.text == "\n".join(ARTICLE)
    # a sentence that opens with a date and names who did something is no byline
    sentence = "By March 20, 2017 the bridge had been closed by the council."
    assert sentence in generic_cleaner.clean_text("\n".join([sentence, *ARTICLE])).text


@pytest.mark.parametrize(
    "line",
    [
        "Date: March 20, 2017 | Category: Local News | Author: Anna Schmidt",
        "March 20, 2017 · 4 min read",
        "Example Herald • March 20, 2017",
        "March 20, 2017 | 12 Comments",
        "March 20, 2017 9:04 AM PDT Follow @annaschmidt",
    ],
)
def test_a_date_with_its_particulars_is_the_date(generic_cleaner: Cleaner, line: str) -> None:
    result = generic_cleaner.clean_text(page(above=["Council shuts old bridge", line], below=[]))
    assert result.date == line
    assert result.text == "\n".join(ARTICLE)


@pytest.mark.parametrize(
    ("stamp", "byline", "date"),
    [
        ("October 29, 2012, 6:00 am", "By Anna Schmidt", "October 29, 2012, 6:00 am"),
        (
            "Anna Schmidt on October 29, 2012, 6:00 am",
            "Anna Schmidt on October 29, 2012, 6:00 am",
            None,
        ),
        ("Anna Schmidt - October 29, 2012 6:00 am", "By Anna Schmidt", None),
    ],
)
def test_the_article_s_own_time_stamp_is_its_date_or_byline(
    generic_cleaner: Cleaner, stamp: str, byline: str, date: str | None
) -> None:
    above = ["Council shuts old bridge", stamp]
    if byline.startswith("By "):
        above.append(byline)
    comments = ["Tom Ruiz October 30, 2012 at 8:12 pm", "About time too, the bridge was a danger."]
    result = generic_cleaner.clean_text(page(above=above, below=["2 Comments", *comments]))
    assert result.byline == byline
    assert result.date == (date or (stamp if byline.startswith("By ") else None))
    assert result.text == "\n".join(ARTICLE)
    # the stamp is taken as the article's, not as a reader comment's
    stamps = [s for s in result.segments if s.text == stamp]
    assert stamps[0].decision is not None and stamps[0].decision.rule == "generic.byline"


def test_a_blog_byline_whose_date_a_script_wrote_is_no_headline(generic_cleaner: Cleaner) -> None:
    result = generic_cleaner.clean_text(page(above=["Posted on by riverwatcher"], below=[]))
    assert (result.title, result.byline) == (None, "Posted on by riverwatcher")
    assert result.text == "\n".join(ARTICLE)


def test_an_item_of_a_numbered_list_above_the_article_is_no_headline(
    generic_cleaner: Cleaner,
) -> None:
    reasons = [
        "1. The supports have lost a third of their steel",
        "2. Repairs would cost more than a new crossing, the engineers found",
        "3. A temporary crossing can open in the spring",
    ]
    result = generic_cleaner.clean_text(page(above=reasons, below=[]))
    assert result.title is None
    assert result.text == "\n".join([*reasons, *ARTICLE])
    # one numbered line alone may be a headline: "1. FC Köln" is a club's name
    result = generic_cleaner.clean_text(page(above=["1. FC Köln wins the derby"], below=[]))
    assert result.title == "1. FC Köln wins the derby"


TOWNS = ["Ashford", "Bexley", "Crawley", "Dorking"]


def story(i: int) -> list[str]:
    """The story, told of the ``i``-th town: as long as ``ARTICLE``, in other words."""
    return [line.replace("council", f"{TOWNS[i]} council") for line in ARTICLE]


def stories(n: int) -> str:
    """``n`` stories, separated by long menus: no single article zone."""
    menu = [f"Section {a}{b}" for a in "ABCD" for b in "ABCDEFGHIJ"]  # 40 lines: -120
    return "\n".join(line for i in range(n) for line in [*(menu if i else []), *story(i)])


def kept_stories(result: CleanResult) -> int:
    return sum(story(i)[0] in result.text.splitlines() for i in range(len(TOWNS)))


def test_zone_guard_keeps_text_when_the_zone_would_drop_most_of_it(
    generic_cleaner: Cleaner,
) -> None:
    result = generic_cleaner.clean_text(stories(3))
    assert kept_stories(result) == 3
    assert any(w.startswith("over-removal guard: the article zone") for w in result.warnings)


def test_zone_guard_lets_a_copy_of_the_article_go(generic_cleaner: Cleaner) -> None:
    # A dump holding the article three times: dropping two copies loses no word.
    menu = [f"Section {a}{b}" for a in "ABCD" for b in "ABCDEFGHIJ"]
    result = generic_cleaner.clean_text("\n".join([*ARTICLE, *menu, *ARTICLE, *menu, *ARTICLE]))
    assert result.text == "\n".join(ARTICLE)
    assert result.warnings == ()


def test_zone_guard_keeps_text_when_more_paragraphs_lie_outside_than_in_the_zone() -> None:
    lenient = {"max_running_share": 1.0}  # only the paragraphs can set the zone aside
    cleaner = Cleaner(
        CleanConfig(site_rules=False, heuristic_options={"generic.outside-zone": lenient})
    )
    result = cleaner.clean_text(stories(2))  # as many paragraphs outside the zone as in it
    assert result.warnings == ()
    result = cleaner.clean_text(stories(3))  # twice as many
    assert kept_stories(result) == 3
    assert any("words in paragraphs outside it" in w for w in result.warnings)


# A sign-up form's messages and a column of readers' questions, each a lone sentence among
# buttons and fields: running text by its words, no article's paragraphs.
LONE_SENTENCES = [
    "We have sent a message to the address you gave us, so open it to finish joining.",
    "That user name is taken by somebody else already, so please choose another one instead.",
    "Tick the boxes below to get the morning briefing and the weekend reading list from us.",
    "Your settings were saved and you can change them at any time from the account page.",
    "Which bridge in the county would you close first if the money ran out this winter?",
    "Should the town centre be closed to cars on market days during the whole of the summer?",
    "Would you pay a small toll to keep the old crossing open for another ten years or so?",
    "Tell us what you think of the new timetable for the buses that run through the valley.",
    "Nobody from the council has answered our questions about the ferry yet, so we asked again.",
    "Send us your photos of the river in flood and we will publish the best of them next week.",
    "Readers who have lived beside the bridge for years are invited to share their memories here.",
]
FIELDS = ["Submit", "Cancel", "Email", "Password", "Sign in", "Help"]


def among_fields(sentences: list[str]) -> str:
    """The article, then ``sentences``, each below a column of buttons and fields."""
    below = [line for sentence in sentences for line in [*FIELDS, sentence]]
    return page(above=["Council shuts old bridge"], below=below)


def test_guards_let_lone_sentences_among_fields_go(generic_cleaner: Cleaner) -> None:
    # Two thirds of the running text is outside the zone, but none of it is paragraphs.
    result = generic_cleaner.clean_text(among_fields(LONE_SENTENCES))
    assert result.text == "\n".join(ARTICLE)
    assert result.warnings == ()


def test_pipeline_guard_counts_paragraphs_too() -> None:
    lenient = {"max_running_share": 1.0}  # the zone's own guard lets any zone through
    cleaner = Cleaner(
        CleanConfig(site_rules=False, heuristic_options={"generic.outside-zone": lenient})
    )
    # The body keeps under a third of the running text, yet all of its paragraphs.
    result = cleaner.clean_text(among_fields(LONE_SENTENCES))
    assert result.text == "\n".join(ARTICLE)
    assert result.warnings == ()


def test_pipeline_guard_cleans_again_with_line_rules_only() -> None:
    # No share of running text, and no paragraph, sets the zone aside.
    reckless_zone = {"max_running_share": 1.0, "paragraph_words": 10_000}
    reckless = Cleaner(
        CleanConfig(
            site_rules=False,
            heuristic_options={"generic.outside-zone": reckless_zone},
        )
    )
    result = reckless.clean_text(stories(4))  # the zone would keep a quarter of the text
    assert kept_stories(result) == 4
    assert any(
        "kept 83 of 332 words of running text (83 of 332 in paragraphs); cleaned again with"
        " line rules only" in w
        for w in result.warnings
    )
    assert all(r.rule != "generic.outside-zone" for r in result.removed)


_HTML_NOTE = (
    'You may use these HTML tags and attributes: <a href="" title=""> <abbr title="">'
    ' <acronym title=""> <b> <blockquote cite=""> <cite> <code> <del datetime=""> <em> <i>'
    ' <q cite=""> <s> <strike> <strong>'
)


def test_a_wordpress_post_s_footer_and_comment_form_go(generic_cleaner: Cleaner) -> None:
    """The classic footer gives its categories to ``tags``; the comment form's fields and its
    note on HTML go, and the note, which reads as running text by its words, does not count
    as article text that cleaning removed."""
    footer = (
        "This entry was posted on Tuesday, March 4th, 2014 at 9:12 am and is filed under"
        " Council, Transport. You can follow any responses to this entry through the RSS 2.0"
        " feed. You can leave a response, or trackback from your own site."
    )
    form = ["Leave a Reply", "Name *", "Email *", "Website", "Comment", _HTML_NOTE]
    text = "\n".join(["Bridge to close", ARTICLE[0], footer, *form, "Archives", "Contact"])
    result = generic_cleaner.clean_text(text)
    assert result.text == ARTICLE[0]
    assert result.tags == ("Council", "Transport")
    assert result.warnings == ()
    removed = {r.text: r.rule for r in result.removed}
    assert removed[_HTML_NOTE] == removed["Name *"] == "generic.comment-interface"


def test_no_warnings_on_a_clean_page(generic_cleaner: Cleaner) -> None:
    result = generic_cleaner.clean_text(page(above=["Bridge to close"], below=["Home"]))
    assert result.warnings == () and result.language == "English"


def test_related_block_in_german(generic_cleaner: Cleaner) -> None:
    text = page(
        above=[],
        below=[
            "Ähnliche Beiträge",
            "Neue Brücke für die Altstadt",
            "Busse fahren ab Montag Umwege",
        ],
    )
    result = generic_cleaner.clean_text(text)
    assert result.text == "\n".join(ARTICLE)
    assert {r.rule for r in result.removed} == {"generic.related"}


def test_related_block_takes_title_cased_headlines_that_read_as_prose(
    generic_cleaner: Cleaner,
) -> None:
    """Headlines in title case are titles even with the stopwords of prose; the block still
    ends at a sentence of running text."""
    titles = [
        "Income Disparity And Physics: Explaining Economies With The Laws Of Physics",
        "Challenging The Social Brain Hypothesis With A Very Fruity Theory",
    ]
    sentence = (
        "Readers who want to know more about the bridge can find the full engineers' report in"
        " the council's online archive."
    )
    text = page(above=[], below=["More on Science", *titles, sentence])
    result = generic_cleaner.clean_text(text)
    removed = {r.text: r.rule for r in result.removed}
    assert all(removed[t] == "generic.related" for t in titles)
    assert removed.get(sentence) != "generic.related"


def test_related_block_below_the_article_takes_titles_in_sentence_case(
    generic_cleaner: Cleaner,
) -> None:
    """Below the article, two lines in a row that read as titles (prose words, no full stop)
    are a list of links, whatever their case."""
    titles = [
        "Here is how the county decides which of its old bridges to repair first",
        "What the closure of the bridge means for the buses through the town",
    ]
    header = "Related coverage from the Transport desk:"
    result = generic_cleaner.clean_text(page(above=[], below=[header, *titles]))
    assert result.text == "\n".join(ARTICLE)
    removed = {r.text: r.rule for r in result.removed}
    assert [removed[line] for line in [header, *titles]] == ["generic.related"] * 3


def test_a_subheading_below_a_related_block_stays(generic_cleaner: Cleaner) -> None:
    """A line of prose with no full stop, followed by a paragraph, is the article's own
    subheading, not a title in the block above it."""
    subheading = "Why the council could not save the bridge in the end"
    paragraph = (
        "The engineers told the council in March that a repair would cost more than a new"
        " crossing, and the money was not in this year's budget."
    )
    result = generic_cleaner.clean_text(
        page(above=[], below=["Related stories", subheading, paragraph])
    )
    assert result.text == "\n".join([*ARTICLE, subheading, paragraph])


def test_a_read_more_button_takes_no_title_cased_line_that_reads_as_prose(
    generic_cleaner: Cleaner,
) -> None:
    """Under ``Read more`` in a list of summaries, the next teaser's headline is no link in
    a block: whether it stays is left to the article zone, not to the related block."""
    headline = "The Council Votes To Close The Old Bridge For The Rest Of The Year"
    text = page(above=[], below=["Read more", headline])
    result = generic_cleaner.clean_text(text)
    removed = {r.text: r.rule for r in result.removed}
    assert removed["Read more"] == "generic.related"
    assert removed.get(headline) != "generic.related"


@pytest.mark.parametrize(
    "line",
    [
        "Next Post A Lie That’s Good for Password Security",
        "« Previous article: Bridge closures across the county",
        "Vorheriger BeitragDie Brücke bleibt bis Dezember gesperrt",
        "Article suivant Le pont reste fermé jusqu'en décembre",
    ],
)
def test_a_link_to_the_next_or_previous_post_goes(generic_cleaner: Cleaner, line: str) -> None:
    result = generic_cleaner.clean_text(page(above=[], below=[line]))
    assert result.text == "\n".join(ARTICLE)
    assert {r.text: r.reason for r in result.removed}[line] == "link to the previous or next post"


@pytest.mark.parametrize(
    "line",
    [
        "Lesen Sie hier: Die Brücke bleibt bis Dezember gesperrt",
        "Zobacz także: Most zamknięty do grudnia",
    ],
)
def test_a_link_to_another_story_goes_in_other_languages(
    generic_cleaner: Cleaner, line: str
) -> None:
    result = generic_cleaner.clean_text(page(above=[], below=[line]))
    assert result.text == "\n".join(ARTICLE)
    assert {r.text: r.reason for r in result.removed}[line] == "link to another story"


def test_a_sentence_opening_like_a_pager_stays(generic_cleaner: Cleaner) -> None:
    sentence = "Next story time at the library is on Saturday, the council said."
    result = generic_cleaner.clean_text(page(above=[], below=[sentence]))
    assert sentence in result.text


@pytest.mark.parametrize(
    "header",
    [
        "Enviá tu comentario",
        "Laisser un commentaire :",
        "Schreibe einen Kommentar",
        "Post a Comment Cancel reply",
        "There are 27 comments. Add yours.",
        "Comments »",
        "Comments have been closed for this post.",
        "3 Comments leave one →",
        "12 Comments Post a comment",
        "Have your say",
        "Readers' Comments",
        "Add your comment on this story",
    ],
)
def test_a_comment_header_in_other_wordings_opens_the_comments(
    generic_cleaner: Cleaner, header: str
) -> None:
    comment = (
        "Los comentarios publicados son de exclusiva responsabilidad de sus autores y las"
        " consecuencias derivadas de ellos pueden ser pasibles de sanciones legales."
    )
    result = generic_cleaner.clean_text(page(above=["Bridge to close"], below=[header, comment]))
    assert result.text == "\n".join(ARTICLE)
    assert {r.text: r.rule for r in result.removed}[comment] == "generic.comment-section"


def test_a_comment_time_stamp_opens_the_comment_section(generic_cleaner: Cleaner) -> None:
    comment = (
        "I drive over that bridge every day and nobody ever told us about the corrosion, which"
        " is frankly a scandal for the whole town."
    )
    text = page(
        above=["Bridge to close"], below=["Greg Mattson October 31, 2012 at 12:58 pm", comment]
    )
    result = generic_cleaner.clean_text(text)
    assert result.text == "\n".join(ARTICLE)
    rules = {r.text: r.rule for r in result.removed}
    assert rules[comment] == "generic.comment-section"
    assert rules["Greg Mattson October 31, 2012 at 12:58 pm"] == "generic.comment-stamp"


def test_quoted_mail_in_an_article_is_not_a_comment_section(generic_cleaner: Cleaner) -> None:
    quote = (
        "Whenever a programmer thinks that skins are a cool idea, the speakers should play a"
        " loud noise, because nobody has ever asked for a music player that looks like a toaster."
    )
    result = generic_cleaner.clean_text(page(above=[], below=["Various people wrote:", quote]))
    assert quote in result.text


def test_a_blog_archive_of_months_goes_but_a_timeline_stays(generic_cleaner: Cleaner) -> None:
    archive = ["November 2012", "October 2012", "August 2012", "Dezember 2011", "juin 2011"]
    result = generic_cleaner.clean_text("\n\n".join([PROSE, *archive, PROSE_AFTER]))
    assert result.text == f"{PROSE}\n\n{PROSE_AFTER}"
    assert {r.rule for r in result.removed} == {"generic.archive-months"}
    assert result.removed[0].reason == "blog archive: November 2012 to juin 2011"

    timeline = "\n\n".join(
        ["June 2015", PROSE, "July 2015", PROSE, "August 2015", "The bridge closed."]
    )
    ascending = "\n".join(["January 2012", "February 2012", "March 2012"])
    for kept in (timeline, ascending):
        text = "\n".join([*ARTICLE, *MORE_ARTICLE, kept, ARTICLE[0]])
        assert generic_cleaner.clean_text(text).text == text


@pytest.mark.parametrize(
    "calendar",
    [
        ["August 2012", "S M T W T F S", "« Jul", "1 2 3 4", "5 6 7 8 9 10 11",
         "12 13 14 15 16 17 18", "19 20 21 22 23 24 25", "26 27 28 29 30 31"],
        ["Sun Mon Tue Wed Thu Fri Sat", "1", "2 3 4 5 6 7 8", "9 10 11 12 13 14 15",
         "16 17 18 19 20 21 22", "23 24 25 26 27 28 29", "30 31", "Dec Feb"],
        ["Mo Di Mi Do Fr Sa So", "29 30 31 1 2 3 4", "5 6 7 8 9 10 11",
         "12 13 14 15 16 17 18", "« Okt Dez »"],
        # without the weekdays: five weeks, whole ones among them
        ["1 2 3", "4 5 6 7 8 9 10", "11 12 13 14 15 16 17", "18 19 20 21 22 23 24",
         "25 26 27 28 29 30"],
    ],
)  # fmt: skip
def test_a_calendar_widget_goes(generic_cleaner: Cleaner, calendar: list[str]) -> None:
    result = generic_cleaner.clean_text("\n".join([PROSE, "", *calendar, "", PROSE_AFTER]))
    assert result.text == f"{PROSE}\n\n{PROSE_AFTER}"
    assert {r.rule for r in result.removed} == {"generic.calendar"}


def test_numbers_that_do_not_count_on_like_days_stay(generic_cleaner: Cleaner) -> None:
    results = ["Goals per round", "1 2 3 4", "2 0 1 3 1 2 0", "4 1 2 2 0 1 1", "3 3 0 1 2 2 1"]
    short = ["S M T W T F S", "1 2 3 4 5 6 7", "8 9 10 11 12 13 14"]  # two weeks only
    for kept in (results, short):
        text = "\n".join([*ARTICLE, *MORE_ARTICLE, *kept, ARTICLE[0]])
        assert generic_cleaner.clean_text(text).text == text


def test_a_pager_goes_but_numbered_steps_and_figures_stay(generic_cleaner: Cleaner) -> None:
    pager = "\n".join(["<<", "<", *(str(n) for n in range(1, 13)), ">", "Next"])
    result = generic_cleaner.clean_text(f"{PROSE}\n\n{pager}\n\n{PROSE_AFTER}\n")
    assert result.text == f"{PROSE}\n\n{PROSE_AFTER}"
    assert {r.rule for r in result.removed} == {"generic.pager"}
    assert result.removed[2].reason == "pager: pages 1 to 12"

    steps = "1\nPreheat the oven.\n2\nMix the flour and the butter.\n3\nBake for an hour."
    figures = "Votes by district\n12\n15\n9\n30\n41\n7"
    for kept in (steps, figures, "\n".join(str(n) for n in range(1, 5))):
        text = f"{PROSE}\n\n{kept}\n\n{PROSE}"
        assert generic_cleaner.clean_text(text).text == text


def test_dates_heading_the_parts_of_a_timeline_stay(cleaner: Cleaner) -> None:
    paragraphs = [p for p in MEMO_SEED.read_text("utf-8").split("\n\n") if len(p) > 150]
    months = ["June 2015", "July 2015", "August 2015", "September 2015"]
    parts = "\n\n".join(f"{m}\n\n{p}" for m, p in zip(months, paragraphs[1:], strict=False))
    document = f"Timeline of the talks\n\nMay 2015\n\n{paragraphs[0]}\n\n{parts}\n"
    result = cleaner.clean_text(document)
    # The date above the first paragraph is the article's; the later ones head its parts.
    assert result.date == "May 2015"
    assert result.text == f"{paragraphs[0]}\n\n{parts}"
    assert cleaner.clean_text(result.to_text()).to_text() == result.to_text()


TEASERS = [
    (
        "Tillerson calls for a new approach to the threat from the north",
        "TOKYO U.S. Secretary of State Rex Tillerson said on Thursday that the escalating threat"
        " from the north's nuclear programme required a new approach, as he began his first visit.",
    ),
    (
        "Trump plans a deep cut in the budget for the State Department",
        "WASHINGTON President Donald Trump's proposed budget cut for diplomacy and foreign aid"
        " next year would cut more than a quarter of the funds for the State Department, officials"
        " said.",
    ),
]


def test_a_blog_posts_footer_goes_to_tags_and_ends_the_article(generic_cleaner: Cleaner) -> None:
    footer = (
        "This entry was posted in Local news, Transport and tagged bridges, council."
        " Bookmark the permalink. Follow any comments here with the RSS feed for this post."
    )
    # Running text right below the post: without the footer, the article zone takes it in.
    below = (
        "Our town's blog has covered the council and its meetings since 2009, and all of its"
        " volunteers live nearby."
    )
    text = page(above=["Bridge to close"], below=[footer, below])
    result = generic_cleaner.clean_text(text)
    assert result.text == "\n".join(ARTICLE)
    assert result.tags == ("Local news", "Transport", "bridges", "council")
    assert {r.text: r.rule for r in result.removed}[below] == "generic.outside-zone"


def test_a_blog_posts_footer_without_categories_is_dropped(generic_cleaner: Cleaner) -> None:
    footer = "Bookmark the permalink. Trackbacks are closed, but you can post a comment."
    result = generic_cleaner.clean_text(page(above=["Bridge to close"], below=[footer]))
    assert result.text == "\n".join(ARTICLE)
    assert {r.text: r.rule for r in result.removed}[footer] == "generic.post-footer"


_POLICY = (
    "We collect personal information when you register on our website or subscribe to our"
    " newsletter. We use cookies and may share your personal data with third parties who help"
    " us operate our website and serve our users.",
    "By using this website you agree to our terms of use and privacy policy. We may update"
    " this privacy policy from time to time, and registered users will be told of any change"
    " by email to the email address they gave us on registration.",
    "You can opt out of our use of cookies at any time in the cookie settings. We do not sell"
    " your personal data to third parties, and we will delete your personal information when"
    " you close your account on this website.",
    "Our website may contain links to other websites. We are not responsible for the privacy"
    " practices of third parties, and we use session cookies only to keep registered users"
    " signed in while they browse our site.",
)


def test_a_privacy_policy_longer_than_the_article_does_not_take_the_zone(
    generic_cleaner: Cleaner,
) -> None:
    """The policy's paragraphs are running text, more of it than the article's: read as the
    site's own terms, they count neither for the zone nor for its over-removal guard."""
    below = ["Share this article", "More news", "Weather", "Contact", "Privacy policy"]
    text = page(above=["Bridge to close"], below=[*below, *_POLICY])
    result = generic_cleaner.clean_text(text)
    assert result.text == "\n".join(ARTICLE)
    assert not result.warnings
    assert {r.rule for r in result.removed if r.text in _POLICY} == {"generic.outside-zone"}


def test_a_report_on_a_privacy_policy_is_an_article(generic_cleaner: Cleaner) -> None:
    """The words of a policy in a report about one: no "our website", no "we collect", so
    the zone finds the report and drops the menus around it."""
    report = [
        "The social network said on Monday that it would change its privacy policy next"
        " month, so that the personal data of users in Europe is no longer shared with third"
        " parties for advertising.",
        "Regulators had warned the company that its use of cookies to follow users across"
        " other sites broke the law, and that it faced a fine of four per cent of its turnover.",
        "Campaigners welcomed the change but said the new terms of service still let the"
        " company keep personal information for years after users close their accounts.",
    ]
    menus = ["Home", "News", "Tech", "Weather"]
    result = generic_cleaner.clean_text("\n".join([*menus, *report, *menus]))
    assert result.text == "\n".join(report)


_TRAVEL_POSTS = (
    (
        "Ferry to the Islands",
        "The ferry left the harbour two hours late because of the wind, and most of the"
        " passengers spent the crossing on deck watching the coast fade into the mist.",
    ),
    (
        "A Market in the Rain",
        "We walked through the covered market while the rain drummed on the roof, buying"
        " cheese, bread and a bag of small sour apples from a woman who farmed the valley.",
    ),
    (
        "The Long Road North",
        "The bus north took eleven hours, stopping in every village along the way so that the"
        " driver could hand parcels and newspapers to people waiting by the road for him.",
    ),
)


def test_the_last_post_of_a_blog_page_is_kept_above_its_own_footer(
    generic_cleaner: Cleaner,
) -> None:
    """Each post closes with "Posted by ... at ...", the last one just below the zone's
    running text: the zone ends at that footer, not at the footer of the post above."""
    lines = ["Travel Notes", "Home | About | Archive", ""]
    for hour, (title, body) in enumerate(_TRAVEL_POSTS, start=5):
        lines += [title, "", body, "", f'Continue reading "{title}"', ""]
        lines += [f"Posted by wanderer at {hour}:31 PM", "View/Add Comments (2)", ""]
    lines.append("Designed & Hosted by the Example Travel Network")
    result = generic_cleaner.clean_text("\n".join(lines))
    assert all(body in result.text for _, body in _TRAVEL_POSTS)
    removed = {r.text: r.rule for r in result.removed}
    assert removed["Posted by wanderer at 7:31 PM"] == "generic.post-footer"
    assert removed["Designed & Hosted by the Example Travel Network"] == "generic.outside-zone"


@pytest.mark.parametrize(
    ("footer", "tags"),
    [
        (
            "Dieser Eintrag wurde veröffentlicht in Stadt, Verkehr und verschlagwortet mit"
            " Brücken, Rat von Ana. Permanentlink.",
            ("Stadt", "Verkehr", "Brücken", "Rat"),
        ),
        (
            "Erstellt am Montag, 6. Mai 2013 um 9:12 und abgelegt unter Stadt, verkehr.de."
            " Kommentare zu diesem Eintrag im RSS 2.0 Feed.",
            ("Stadt", "verkehr.de"),
        ),
        (
            "Der Beitrag wurde am Montag, den 6. Mai 2013 um 9:12 Uhr veröffentlicht und wurde"
            " unter Stadt, Verkehr abgelegt. Du kannst die Kommentare im RSS 2.0 Feed verfolgen.",
            ("Stadt", "Verkehr"),
        ),
    ],
)
def test_a_german_blog_posts_footer_goes_to_tags(
    generic_cleaner: Cleaner, footer: str, tags: tuple[str, ...]
) -> None:
    result = generic_cleaner.clean_text(page(above=["Bridge to close"], below=[footer]))
    assert result.text == "\n".join(ARTICLE)
    assert result.tags == tags
    assert {r.text: r.rule for r in result.removed}[footer] == "generic.post-footer"


@pytest.mark.parametrize(
    "notice",
    [
        "This work is licensed under a Creative Commons Attribution-ShareAlike 4.0 License.",
        "Content on this site is available under a Creative Commons licence unless noted.",
        "Quotes are delayed by at least 20 minutes. Market data provided by an exchange partner.",
    ],
)
def test_licence_and_quote_delay_notices_are_legal_lines(
    generic_cleaner: Cleaner, notice: str
) -> None:
    result = generic_cleaner.clean_text(page(above=["Bridge to close"], below=[notice]))
    assert result.text == "\n".join(ARTICLE)
    assert {r.text: r.rule for r in result.removed}[notice] == "generic.legal"


def test_a_closing_credit_ends_the_article_above_other_stories(generic_cleaner: Cleaner) -> None:
    """Below ``(Reporting by ...; Editing by ...)`` the teasers of other stories read as running
    text; the credit ends the article, and they go."""
    credit = "(Reporting by Emily Flitter; Editing by Howard Goller and Lisa Shumaker)"
    text = page(above=["Bridge to close"], below=[credit, "Next In Politics", *TEASERS[0]])
    result = generic_cleaner.clean_text(text)
    assert result.text == "\n".join([*ARTICLE, credit])
    rules = {r.text: r.rule for r in result.removed}
    assert rules["Next In Politics"] == "generic.related"
    assert rules[TEASERS[0][1]] == "generic.outside-zone"


def test_a_closing_credit_ends_the_article_above_more_text_than_its_own(
    generic_cleaner: Cleaner,
) -> None:
    """Other stories' headlines and summaries below a short article may weigh almost as much as
    it does; the credit that closes the article still ends it."""
    credit = "Steve Eder and Shelly Banjo contributed to this article."
    last = (
        "Residents who cross the bridge on foot will be able to use a ferry in the meantime,"
        " which the council will run every half hour."
    )
    summaries = [line for teaser in TEASERS for line in teaser]
    text = page(above=["Bridge to close"], below=[last, credit, "From the Home Page", *summaries])
    result = generic_cleaner.clean_text(text)
    assert result.text == "\n".join([*ARTICLE, last, credit])
    assert {r.text: r.rule for r in result.removed}[summaries[-1]] == "generic.outside-zone"


def test_a_round_up_keeps_every_story_that_closes_with_a_credit(
    generic_cleaner: Cleaner,
) -> None:
    credit = "Associated Press writer Nedra Pickler contributed to this report."
    second = [
        "Rail workers in the north of the county voted on Monday to strike over pay for two days"
        " next month, the union said, after talks with the operator broke down last week.",
        "The operator said it would run a reduced timetable on the strike days and urged"
        " passengers to check before they travel, as replacement buses will be limited.",
    ]
    text = page(above=["Bridge to close"], below=[credit, *second, credit, "Archives"])
    result = generic_cleaner.clean_text(text)
    assert result.text == "\n".join([*ARTICLE, credit, *second, credit])


def test_teaser_headlines_below_the_article_weigh_less_than_its_paragraphs() -> None:
    """A line of running text that stops without ending a sentence, and is not continued on
    the next line, is shaped like a teaser's headline; in a hard-wrapped text it is not."""
    from cleaner.heuristics.base import Context
    from cleaner.heuristics.zone import ArticleZone
    from cleaner.segment import split_segments

    headline = TEASERS[0][0]
    zone = ArticleZone()
    lines = split_segments("\n".join([*ARTICLE, headline]))
    scores = zone.scores(Context(lines, head_lines=6, tail_lines=6))
    assert scores[:3] == [float(len(word_tokens(p))) for p in ARTICLE]
    assert scores[3] == pytest.approx(0.7 * len(word_tokens(headline)))
    announces = "Like before, we can find the values which lie outside the range using this query:"
    lines = split_segments("\n".join([*ARTICLE, announces, "SELECT avg(n) FROM series"]))
    scores = zone.scores(Context(lines, head_lines=6, tail_lines=6))
    assert scores[3] == float(len(word_tokens(announces)))

    wrapped = [
        "The council voted on Tuesday to close the old bridge to traffic from next",
        "month, citing an engineers' report on corrosion in the main supports of the",
        "bridge, which the council was told could not be repaired within its budget",
        "this year or the next. A temporary crossing will open downstream in spring.",
    ]
    lines = split_segments("\n".join([*wrapped, headline]))
    scores = zone.scores(Context(lines, head_lines=6, tail_lines=6))
    assert scores[-1] == float(len(word_tokens(headline)))


def test_teaser_cards_below_the_article_go(generic_cleaner: Cleaner) -> None:
    """Below a share bar, other stories' cards: a headline of running text, then its author,
    date and section. Weighed down, a headline no longer pays for the three short lines
    around it, and the cards stay outside the article."""
    cards = [
        line
        for title, _ in TEASERS
        for line in (title, "Anthony Ghosn", "Wednesday November 20, 2019", "Opinion")
    ]
    text = page(above=["Bridge to close"], below=["Facebook", "Twitter", "Email", *cards])
    result = generic_cleaner.clean_text(text)
    assert result.text == "\n".join(ARTICLE)
    assert {r.text: r.rule for r in result.removed}[TEASERS[0][0]] == "generic.outside-zone"


HEADLINES = [
    "Why the new ring road will not end the queues on the high street",
    "Ten years of the farmers' market and what it has done for the town",
    "The school that taught a whole village to swim in one summer",
    "What the county's new budget means for libraries and bus routes",
    "How a retired engineer rebuilt the clock tower with spare parts",
    "Council tax is going up again and here is where the money goes",
    "The river festival returns after three years with a longer parade",
    "A mayor who cycles to work and the debate about parking it started",
]


def test_a_list_of_headlines_below_the_article_is_no_part_of_it(generic_cleaner: Cleaner) -> None:
    """Other stories' headlines, each with its author's name below. Lines that end no
    sentence, one after another with only names between them, add nothing to the zone; nor
    does the zone's guard count them as text it would drop (with them, the text outside the
    zone, the site's blurb included, would be more than half of it)."""
    pairs = [line for headline in HEADLINES[:5] for line in (headline, "Mary Walsh")]
    blurb = (
        "The Weekly Courier has covered the town and the villages around it since 1921, and"
        " it is owned by a trust that its readers set up when the last owner retired."
    )
    footer = ["Archives", "Contact", "Imprint", "Jobs", "Advertise", "Terms", "Sitemap", blurb]
    # under a label that is no related block's header, the zone alone must tell
    text = page(above=["Bridge to close"], below=["Elsewhere in the paper", *pairs, *footer])
    result = generic_cleaner.clean_text(text)
    assert result.text == "\n".join(ARTICLE)
    assert {r.text: r.rule for r in result.removed}[HEADLINES[0]] == "generic.outside-zone"
    assert not result.warnings


def test_headlines_that_ask_stay_in_the_list(generic_cleaner: Cleaner) -> None:
    """A teaser's headline may ask a question; while most headlines of the list end no
    sentence, it is one of them and does not split the list."""
    headlines = [
        HEADLINES[0],
        "Is the farmers' market the best thing to happen to the town in ten years?",
        HEADLINES[2],
        "Will the river festival return next summer with a longer parade than before?",
        HEADLINES[4],
    ]
    pairs = [line for headline in headlines for line in (headline, "Mary Walsh")]
    label = "Elsewhere in the paper"  # no related block's header: the zone alone must tell
    text = page(above=["Bridge to close"], below=[label, *pairs, "Archives", "Contact"])
    result = generic_cleaner.clean_text(text)
    assert result.text == "\n".join(ARTICLE)
    removed = {r.text: r.rule for r in result.removed}
    assert {removed[h] for h in headlines} == {"generic.outside-zone"}


def test_questions_closing_an_article_stay(generic_cleaner: Cleaner) -> None:
    """Three questions in a row are the article's own, not a list of teasers."""
    questions = [
        "Will the temporary crossing be ready before the schools go back in September?",
        "Who will pay for the buses that have to take the long way round the town?",
        "And what happens to the shops on the bridge road while the traffic is gone?",
    ]
    text = page(above=["Bridge to close"], below=[*questions, "Archives", "Contact"])
    result = generic_cleaner.clean_text(text)
    assert result.text == "\n".join([*ARTICLE, *questions])


def test_a_story_s_highlights_above_it_stay(generic_cleaner: Cleaner) -> None:
    """A few headline-shaped lines a byline above the article lead into it: its highlights."""
    highlights = [
        "Engineers found corrosion in two of the four main supports of the bridge",
        "A temporary crossing is to open downstream of the old bridge in the spring",
        "Buses will be rerouted through the town centre until the crossing opens",
    ]
    headline = "Council to close the old bridge"
    above = ["Home", "News", "Sport", headline, "Story highlights", *highlights, "By Mary Walsh"]
    result = generic_cleaner.clean_text(page(above=above, below=[]))
    # The zone starts at the highlights; the title is taken from the zone's first lines.
    assert result.text.endswith("\n".join(ARTICLE))
    assert set(highlights) <= {result.title, *result.text.splitlines()}
    removed = {r.text: r.rule for r in result.removed}
    assert removed["Story highlights"] == removed["Sport"] == "generic.outside-zone"
    assert result.byline == "By Mary Walsh"


def test_ad_code_saved_between_paragraphs_is_dropped(generic_cleaner: Cleaner) -> None:
    """Inside the article, where the zone keeps everything, an ad's or a player's code goes;
    a paragraph with a link in it stays."""
    ad = (
        '<a href="http://ads.example.com/click?zone=news&slot=3" target="_blank">'
        '<img src="http://ads.example.com/banner?slot=3" width="300" height="250"'
        ' alt="Advertisement"></a>'
    )
    player = (
        '<script type="text/javascript">document.write(\'<iframe src="https://video.example.org'
        '/embed/8812" width="600" height="340"></iframe>\');</script>'
    )
    linked = (
        "The engineers' report is on the <a href=\"https://council.example.gov/bridge\">council's"
        " website</a>, with the photographs of the corroded supports that the members were shown."
    )
    text = "\n".join([ARTICLE[0], ad, ARTICLE[1], player, linked, ARTICLE[2]])
    result = generic_cleaner.clean_text(text)
    assert result.text == "\n".join([ARTICLE[0], ARTICLE[1], linked, ARTICLE[2]])
    assert {r.text: r.rule for r in result.removed} == {
        ad: "generic.markup",
        player: "generic.markup",
    }


def test_a_row_of_site_links_goes_and_a_row_of_outlets_stays(generic_cleaner: Cleaner) -> None:
    """Both rows sit inside the article; only the one naming a site's own pages is furniture."""
    links = "Home | News | Council | Transport | Weather | About Us | Contact"
    outlets = "Reported by: The Courier | Evening Post | Radio North | The Gazette | Newsday"
    text = "\n".join([ARTICLE[0], links, ARTICLE[1], outlets, ARTICLE[2]])
    result = generic_cleaner.clean_text(text)
    assert result.text == "\n".join([ARTICLE[0], ARTICLE[1], outlets, ARTICLE[2]])
    assert [(r.text, r.rule) for r in result.removed] == [(links, "generic.link-row")]


def test_a_table_under_its_heading_closes_the_article(generic_cleaner: Cleaner) -> None:
    rows = [
        "June 9 – West Palm Beach, FL @ Coral Sky Amphitheatre",
        "June 10 – Tampa, FL @ MidFlorida Credit Union Amphitheatre",
        "June 17 – Nashville, TN @ Bridgestone Arena",
        "June 19 – Charlotte, NC @ PNC Music Pavilion",
    ]
    text = page(above=["Bridge to close"], below=["Tour Dates", *rows, "Trending", "Archives"])
    result = generic_cleaner.clean_text(text)
    assert result.text == "\n".join([*ARTICLE, "Tour Dates", *rows])


def test_headline_above_a_post_that_reads_as_prose_only_in_its_zone() -> None:
    """A short post whose paragraphs end without a full stop reads as prose alone nowhere,
    but it is the article zone's running text: the headline above it is found, not dropped
    as the page around the article."""
    text = "\n".join(
        [
            "Broken Arrows",
            "sounds — thebrainbehind @ 11:56",
            "A perfect song by a band from the coast! A big thanks to a friend of the blog for"
            " bringing this one to my attention over the weekend",
            "They recorded it in a barn in the hills with the windows open and all of the"
            " neighbours came over to listen to the band play it for them :-)",
            "Comments (0)",
            "Leave a comment",
            "Name (required)",
            "Curious thoughts from way back",
            *[f"{month} 2012" for month in ("November", "October", "September", "August")],
        ]
    )
    result = Cleaner(CleanConfig()).clean_text(text)
    assert result.title == "Broken Arrows"
    assert result.text.startswith("sounds — thebrainbehind @ 11:56\nA perfect song")
    assert "November 2012" not in result.text


def test_lines_that_open_like_notices_but_are_article_text_stay(generic_cleaner: Cleaner) -> None:
    clauses = [
        "Under the new rules the council must do three things:",
        "(a) hold its meetings in public and publish the minutes within a week;",
        "(b) answer every written question from a resident within twenty days;",
        "(c) the council must publish its accounts within six months of the year's end.",
    ]
    law = "Copyright law was changed in 1998 to extend the term of protection by twenty years."
    closing = (
        "The institute restored the film's original score in 2004, and the new print toured"
        " eleven cities before it went to the national archive in the spring. © 2006 Example"
        " Film Institute. All rights reserved."
    )
    text = "\n".join([*ARTICLE, *clauses, law, closing])
    result = generic_cleaner.clean_text(text)
    assert result.text == text
    assert not result.captions


def test_a_one_word_sentence_closing_the_article_stays(generic_cleaner: Cleaner) -> None:
    # The closing sentence scores what the one-word line costs: the zone's maximum-sum window
    # alone ends above both.
    closing = ["Unbelievable.", "Sorry drivers, the council wins again."]
    below = ["Share this:", "Facebook", "Twitter", "Email", "Leave a Reply"]
    result = generic_cleaner.clean_text(
        page(above=["Home", "News", "Local"], below=[*closing, *below])
    )
    assert result.text.splitlines() == [*ARTICLE, *closing]


def test_republication_credits_go_and_are_recorded(generic_cleaner: Cleaner) -> None:
    credits = [
        "This article was written by Jane Roe and originally published at Example Prism.",
        "This article has been contributed by Example Plan. Visit www.example.com for more.",
        "Source: http://www.example.org/2018/01/17/bridge-to-close/",
    ]
    result = generic_cleaner.clean_text(page(above=[], below=credits))
    assert result.text.splitlines() == ARTICLE
    assert {r.text: r.rule for r in result.removed} == dict.fromkeys(credits, "generic.republished")


def test_sentences_about_first_publication_stay(generic_cleaner: Cleaner) -> None:
    lines = [
        "Originally published in 1851, the novel sold poorly in its first decade.",
        "The article first appeared in a medical journal in 1998 and was later retracted.",
    ]
    text = "\n".join([ARTICLE[0], *lines, *ARTICLE[1:]])
    assert generic_cleaner.clean_text(text).text == text


def test_a_capitalised_third_clause_stays_beside_its_list(generic_cleaner: Cleaner) -> None:
    # "(c) This ..." reads like "(c) Example Films Ltd." alone; the "(b)" above makes it a clause.
    clauses = [
        "Section 9. General provisions.",
        "(a) Nothing in this order shall be read to reduce the powers of the regional boards.",
        "(b) This order shall be carried out within the funds the assembly has approved.",
        "(c) This order does not create any right that a party could enforce in a court.",
    ]
    result = generic_cleaner.clean_text("\n".join([*ARTICLE, *clauses]))
    assert clauses[3] in result.text.splitlines()
    notice = "(c) Example Films Ltd."
    result = generic_cleaner.clean_text("\n".join([*ARTICLE, notice]))
    assert {r.text: r.rule for r in result.removed}[notice] == "generic.legal"


def test_a_paragraph_in_chinese_is_no_glued_tag_list(generic_cleaner: Cleaner) -> None:
    paragraph = "OpenAI的GPT模型能够写出很长的文章，但是ExampleLab的研究人员认为它还需要更多训练。"
    text = "\n".join([ARTICLE[0], paragraph, *ARTICLE[1:]])
    result = generic_cleaner.clean_text(text)
    assert paragraph in result.text.splitlines()
    assert not result.tags


@pytest.mark.parametrize(
    "sentence",
    [
        "More from the archive will be published next week.",
        "More on the plan will follow in May.",
        "Next in line is the deputy mayor.",
        "Also on the list was a new school.",
        "Mehr zum Thema wollte der Minister nicht sagen.",
        "Copyright holders will be paid under the new scheme.",
        "Subscribe-and-save schemes are under review by the regulator.",
        "Disclaimer clauses in the contract were void, the judge said.",
        "John wrote to the council on 12 May 2011 at 10:30 am.",
    ],
)
def test_a_sentence_opening_like_a_block_header_or_prompt_stays(
    generic_cleaner: Cleaner, sentence: str
) -> None:
    text = "\n".join([ARTICLE[0], sentence, *ARTICLE[1:]])
    assert generic_cleaner.clean_text(text).text == text


@pytest.mark.parametrize(
    "lines",
    [
        [
            *("The river runs", "beneath the stone", "and carries home", "what we have known"),
            *("the bridge will fall", "the town will stay"),
        ],
        [
            *("Open the app", "Tap Settings", "Choose Privacy", "Turn off tracking"),
            "Restart the phone",
        ],
    ],
)
def test_a_poem_or_steps_between_paragraphs_are_no_menu(
    generic_cleaner: Cleaner, lines: list[str]
) -> None:
    text = "\n".join([ARTICLE[0], ARTICLE[1], *lines, ARTICLE[2]])
    assert generic_cleaner.clean_text(text).text == text
    # the same lines as a bar of section labels above the article still go
    labels = ["Comics", "Coupons", "Games", "Classified", "Weather"]
    result = generic_cleaner.clean_text("\n".join([ARTICLE[0], *labels, *ARTICLE[1:]]))
    assert result.text == "\n".join(ARTICLE)


def test_code_under_a_listing_s_line_numbers_is_no_menu(generic_cleaner: Cleaner) -> None:
    listing = ["1", "2", "3", "4", "5", "int", "start_engine(struct car * c,", "u16 speed);"]
    after = [
        "The function takes the car and its speed, and the driver calls it once the engine has"
        " warmed up and the doors are shut, as the manual for the controller explains.",
        "Older versions of the driver took the speed as a plain integer, which made it easy to"
        " pass a negative value by mistake and stall the engine on a cold morning.",
    ]
    text = "\n".join([*ARTICLE, *listing, *after])
    kept = generic_cleaner.clean_text(text).text.splitlines()
    assert "int" in kept
    assert "start_engine(struct car * c," in kept


def test_a_subheading_between_two_markers_inside_the_article_stays(
    generic_cleaner: Cleaner,
) -> None:
    lines = [ARTICLE[0], "Advertisement", "What happens next", "Advertisement", *ARTICLE[1:]]
    result = generic_cleaner.clean_text("\n".join(lines))
    assert result.text == "\n".join([ARTICLE[0], "What happens next", *ARTICLE[1:]])
    # a label inside a run of debris still goes with it
    footer = ["Share", "Facebook", "Our team", "Twitter", "Email"]
    result = generic_cleaner.clean_text("\n".join([*ARTICLE, *footer]))
    assert result.text == "\n".join(ARTICLE)


def test_a_table_of_figures_or_an_announced_list_does_not_split_the_article(
    generic_cleaner: Cleaner,
) -> None:
    results = [f"Harbour {i} Rovers {i + 2}" for i in range(12)]
    winners = ["The winners of this year's prizes for the town's gardens were:"]
    winners += ["Ann Lee", "Tom Ruiz", "Kim Park", "Joe Bloggs", "Sam Smith", "Eve Jones"]
    for middle in (results, winners):
        text = "\n".join([ARTICLE[0], *middle, *ARTICLE[1:]])
        assert generic_cleaner.clean_text(text).text == text
    # a list of other stories with their dates is no table: the zone does not reach across it
    dated = [f"Council story number {i} {i + 1} May 2021" for i in range(12)]
    text = "\n".join([ARTICLE[0], *dated, *ARTICLE[1:]])
    assert generic_cleaner.clean_text(text).text == "\n".join(ARTICLE[1:])


def test_a_list_whose_first_items_hold_quantities_goes_on_past_them(
    generic_cleaner: Cleaner,
) -> None:
    ingredients = ["2 cups flour", "1/2 cup sugar", "3 eggs"]
    ingredients += ["Salt", "Vanilla extract", "Chopped walnuts", "Dried cherries", "Icing"]
    steps = [
        "Beat the eggs with the sugar until the mixture is pale and thick, then fold in the flour"
        " a spoonful at a time so that the batter stays light.",
        "Stir in the walnuts and the cherries, pour the batter into a lined tin and bake it for"
        " forty minutes, until a skewer pushed into the middle comes out clean.",
    ]
    text = "\n".join([*ARTICLE[:2], *ingredients, *steps])
    assert generic_cleaner.clean_text(text).text == text
    # section labels under other stories' numbered headlines are still a menu
    listicles = ["10 Best Beaches in Spain", "5 Ways to Save on Rent"]
    labels = ["Comics", "Coupons", "Games", "Classified", "Weather"]
    text = "\n".join([ARTICLE[0], *listicles, *labels, *ARTICLE[1:]])
    assert not set(labels) & set(generic_cleaner.clean_text(text).text.splitlines())


def _documents_with_examples() -> list[str]:
    """The corpus inputs, and a seed with every heuristic's examples above, inside and below
    its article: each example at the top, among paragraphs and at the end of a document."""
    inputs = sorted(p for p in CORPUS.rglob("*.txt") if not p.name.endswith(".clean.txt"))
    documents = [p.read_text(encoding="utf-8") for p in inputs]
    examples = [line for cls in REGISTRY for line in (*cls.DROP_EXAMPLES, *cls.KEEP_EXAMPLES)]
    seed = MEMO_SEED.read_text(encoding="utf-8").splitlines()
    middle = len(seed) // 2
    for lines in (
        [*examples, *seed],
        [*seed[:middle], *examples, *seed[middle:]],
        [*seed, *examples],
    ):
        documents.append("\n".join(lines))
    return documents


@pytest.mark.parametrize("cls", [c for c in REGISTRY if c.TEXT_ONLY], ids=lambda c: c.ID)
def test_a_text_only_heuristic_decides_a_line_by_its_text_alone(cls: type[Heuristic]) -> None:
    """A heuristic whose decisions are remembered by text decides every line of a document
    as it decides the line standing alone: its place, neighbours and document do not count."""
    heuristic = cls()
    decided = 0
    for document in _documents_with_examples():
        ctx = Context(split_segments(document), head_lines=6, tail_lines=6)
        for seg in ctx.lines:
            alone = Context(split_segments(seg.text), head_lines=6, tail_lines=6)
            decision = heuristic.check(seg, ctx)
            assert decision == heuristic.check(alone.lines[0], alone), (cls.ID, seg.text)
            decided += decision is not None
    assert decided >= len(cls.DROP_EXAMPLES)  # the examples were decided in each document


def test_a_remembered_decision_is_the_one_check_makes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(base, "MEMO_SIZE", 3)
    prompts = Prompts()
    lines = [
        "Show Comments",
        "The council met on Tuesday.",
        "Share this article",
        "Leave a comment",
    ]
    ctx = Context(split_segments("\n".join(lines * 2)), head_lines=6, tail_lines=6)
    decisions = [prompts.decide(seg, ctx) for seg in ctx.lines]
    assert decisions == [prompts.check(seg, ctx) for seg in ctx.lines]
    assert [d is not None for d in decisions] == [True, False, True, True] * 2
    assert len(prompts._memo) <= 3  # a full memo starts again: memory stays flat


_MENU = ["Home", "News", "Sport", "Weather", "Contact", "About us", "Jobs", "Archive"]


def test_a_page_that_holds_its_article_twice_keeps_one_copy(generic_cleaner: Cleaner) -> None:
    lines = [
        *_MENU,
        "Bridge to close",
        *MORE_ARTICLE,
        *_MENU,
        "Print this story",
        *MORE_ARTICLE,
        *_MENU,
    ]
    result = generic_cleaner.clean_text("\n\n".join(lines))
    assert result.text == "\n\n".join(MORE_ARTICLE)
    copies = [r for r in result.removed if r.rule == "generic.passage-copy"]
    assert [r.text for r in copies] == MORE_ARTICLE
    first = lines.index(MORE_ARTICLE[0]) * 2 + 1  # line numbers count the blank lines between
    assert [r.reason for r in copies] == [
        f"a copy of the paragraph on line {first + 2 * k}" for k in range(3)
    ]


def test_a_paragraph_right_below_its_own_copy_goes(generic_cleaner: Cleaner) -> None:
    # The lede saved twice in a row: a summary box over the first paragraph.
    lines = ["Bridge to close", MORE_ARTICLE[0], MORE_ARTICLE[0], *MORE_ARTICLE[1:]]
    result = generic_cleaner.clean_text("\n\n".join(lines))
    assert result.text == "\n\n".join(MORE_ARTICLE)
    copies = [(r.text, r.reason) for r in result.removed if r.rule == "generic.passage-copy"]
    assert copies == [(MORE_ARTICLE[0], "a copy of the paragraph on line 3")]


def test_repeated_rows_a_refrain_and_a_pull_quote_are_no_copy(generic_cleaner: Cleaner) -> None:
    rows = [
        "1. Oatmeal with a cup of berries and a glass of almond milk, as on every other day of"
        " the plan, with a cup of tea.",
        "2. A salad of beans, tomatoes and cucumber with the olive oil and lemon dressing, and"
        " a slice of bread with it for the lunch.",
        "3. Grilled fish with rice and a bowl of steamed green vegetables, and a piece of fruit"
        " for the dessert after it.",
    ]
    quote = "The bridge is not safe for the buses that carry our children to school every day."
    lines = [
        *MORE_ARTICLE[:2],
        "Day one:",
        *rows,
        quote,
        "Day two:",
        *rows,
        MORE_ARTICLE[2],
        quote,
    ]
    result = generic_cleaner.clean_text("\n\n".join(lines))
    assert not [r for r in result.removed if r.rule == "generic.passage-copy"]
    assert result.text.count(rows[0]) == 2 and result.text.count(quote) == 2


def test_the_guard_counts_no_copy_of_kept_text_as_lost() -> None:
    """A page's second copy of its article, dropped with the debris around it, is no text
    lost: the over-removal guard does not count it."""
    ctx = Context(
        split_segments("\n\n".join([*MORE_ARTICLE, *MORE_ARTICLE])), head_lines=6, tail_lines=6
    )
    for seg in ctx.lines[3:]:
        seg.decision = Decision(Label.DROP, "generic.outside-zone", "below the article")
    words = RunningWords.of(ctx)
    assert words.kept == words.total > 0
    assert not words.over_removed()
