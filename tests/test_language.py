from __future__ import annotations

from cleaner.language import detect_language, word_tokens

from .conftest import MEMO_SEED, ROOT


def test_english_seed() -> None:
    lang = detect_language(word_tokens(MEMO_SEED.read_text(encoding="utf-8")))
    assert lang.name == "English" and lang.coverage > 0.3


def test_german_report() -> None:
    text = (ROOT / "corpus" / "negative" / "german-report.txt").read_text(encoding="utf-8")
    assert detect_language(word_tokens(text)).name == "German"


def test_unspaced_scripts_count_characters() -> None:
    assert word_tokens("報道によると iPhone 12") == [
        "報",
        "道",
        "に",
        "よ",
        "る",
        "と",
        "iphone",
        "12",
    ]


def test_a_few_english_words_do_not_make_japanese_english() -> None:
    text = (
        "報道によると、今回販売されたのは、いわゆる「脱獄」したiPhoneで、the price was high。" * 3
    )
    assert detect_language(word_tokens(text)).name is None


def test_a_tie_goes_to_the_smaller_stoplist() -> None:
    # Uzbek's stoplist contains these English words too: equal hits, English is more specific
    tokens = [
        "the",
        "of",
        "and",
        "to",
        "in",
        "is",
        "it",
        "that",
        "was",
        "for",
        "on",
        "with",
        "as",
        "by",
        "at",
    ] * 2
    assert detect_language(tokens).name == "English"
