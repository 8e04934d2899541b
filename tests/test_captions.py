"""Caption detection on many real styles, look-alikes that are not captions, and the verdict."""

from __future__ import annotations

import pytest

from cleaner import CleanConfig, Cleaner
from cleaner.captions import caption_entities, detect_caption, judge_caption


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("Iraqi Prime Minister Haider al-Abadi (AFP Photo)", "AFP Photo"),
        (
            "President Barack Obama speaks in Reno (Official White House Photo by Pete Souza)",
            "Official White House Photo by Pete Souza",
        ),
        ("A boy plays in the rubble. (AP Photo/Hussein Malla)", "AP Photo/Hussein Malla"),
        (
            "Mitt Romney makes his concession speech. Photograph: Getty Images",
            "Photograph: Getty Images",
        ),
        (
            "Rescue workers search the rubble in Idlib. REUTERS/Khalil Ashawi",
            "REUTERS/Khalil Ashawi",
        ),
        (
            "Protesters outside the party headquarters in Seoul. Ezra Acayan / Getty Images",
            "Ezra Acayan / Getty Images",
        ),
        ("Susan Walsh / AP", "Susan Walsh / AP"),
        ("(Image credit: All About Space)", "Image credit: All About Space"),
        ("Photo: Tim Clayton", "Photo: Tim Clayton"),
        ("File photo: a tanker in the Strait of Hormuz", "File photo"),
        ("© Regan", "© Regan"),
    ],
)
def test_credit_markers(line: str, credit: str) -> None:
    found = detect_caption(line)
    assert found is not None and found.credit == credit


def test_getty_formula_caption_without_credit() -> None:
    line = (
        "US Rep. Ilhan Omar (D-MN) (L) talks with Speaker of the House Nancy Pelosi (D-CA) "
        "during a rally on the East Steps of the US Capitol on March 08, 2019 in Washington, DC."
    )
    found = detect_caption(line)
    assert found is not None and found.credit is None and "(L)" in found.reason


@pytest.mark.parametrize(
    "line",
    [
        "The head of the committee said Baghdad could ask for Russian strikes, Reuters reported.",
        "LONDON (Reuters) - British factory output fell for a third month in October.",
        "SEATTLE Jan 14, 2008 (AP)",
        '"We will not accept this," he said.',
        "- the 07:12 from Leeds to Manchester, which is cancelled",
        "Getty Images said on Tuesday it had lent 40 prints to the exhibition.",
        "The photo, taken by a local resident in 1944, shows a convoy entering the town.",
        "The president signed the bill on March 8, 2019 in Washington.",
        "Photography was banned inside the court.",
    ],
)
def test_lines_that_are_not_captions(line: str) -> None:
    assert detect_caption(line) is None


def test_entities_drop_titles_parentheticals_and_agencies() -> None:
    names = [
        name
        for name, _ in caption_entities(
            "Iraqi Prime Minister Haider al-Abadi (AFP Photo) meets Speaker Nancy Pelosi (D-CA)"
        )
    ]
    assert names == ["Iraqi Prime Minister Haider al-Abadi", "Speaker Nancy Pelosi"]


def test_verdict_uses_entities_and_years() -> None:
    article = (
        "Iraqi Prime Minister Haider al-Abadi said in 2015 that Baghdad would welcome strikes."
    )
    fits, score, evidence = judge_caption("Haider al-Abadi in Baghdad (AFP Photo)", article)
    assert fits and score == 1.0 and evidence.shared == ("Haider al-Abadi", "Baghdad")
    fits, score, evidence = judge_caption(
        "Nancy Pelosi speaks in Washington on March 8, 2019 (AFP photo)", article
    )
    assert not fits and score == 0.0 and evidence.date_conflict
    assert evidence.unshared == ("Nancy Pelosi", "Washington")


def test_caption_without_names_is_not_condemned() -> None:
    fits, _, evidence = judge_caption("Smoke rises over the city (File photo)", "Fighting went on.")
    assert fits and evidence.shared == () and evidence.unshared == ()


def test_captions_inline_keeps_only_fitting_captions(rules) -> None:
    text = (
        "Iraq welcomes strikes\n\n"
        "Iraqi Prime Minister Haider al-Abadi (AFP Photo)\n\n"
        "Iraqi Prime Minister Haider al-Abadi said in 2015 that he would welcome strikes.\n\n"
        "Nancy Pelosi speaks in Washington on March 8, 2019 (AFP photo)\n"
    )
    inline = Cleaner(CleanConfig(captions_inline=True), rules=rules).clean_text(text)
    assert "Haider al-Abadi (AFP Photo)" in inline.text
    assert "Pelosi" not in inline.text
    assert [c.fits_article for c in inline.captions] == [True, False]
    assert [r.field.value for r in inline.removed if r.field] == ["title", "caption"]
    default = Cleaner(CleanConfig(), rules=rules).clean_text(text)
    assert "(AFP Photo)" not in default.text and len(default.captions) == 2
