from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from cleaner import Cleaner
from cleaner.cli import main
from cleaner.evaluate import score, score_snippets, summarize

from .conftest import MEMO_SEED


def test_score_counts_token_multisets() -> None:
    s = score("the cat sat on the mat", "The cat sat, the end")
    # overlap: the x2, cat, sat = 4 of 6 output tokens and of 5 gold tokens
    assert (round(s.precision, 3), round(s.recall, 3)) == (round(4 / 6, 3), 0.8)
    assert s.f1 == pytest.approx(2 * (4 / 6) * 0.8 / (4 / 6 + 0.8))
    assert not s.body_loss


def test_empty_edges() -> None:
    assert score("", "").f1 == 1.0
    assert score("text", "").f1 == 0.0 and score("", "gold").body_loss


def test_summary_is_a_macro_average() -> None:
    summary = summarize([score("a b", "a b"), score("a", "a b c d")])
    assert summary.documents == 2 and summary.recall == pytest.approx((1 + 0.25) / 2)
    assert summary.body_loss == 0.5


def test_snippets_only_count_what_the_input_holds() -> None:
    s = score_snippets(
        "Keep  this line.",
        source="Keep this line.\nShare this\nOther",
        keep=["keep this LINE.", "not in the input"],
        drop=["Share this", "Other", "absent"],
    )
    assert (s.kept, s.keep_total, s.removed, s.drop_total) == (1, 1, 2, 2)


def test_soft_hyphens_in_the_gold_or_a_snippet_match_the_cleaned_text() -> None:
    # Cleaning drops soft hyphens; a hyphenated gold word is still the output's one word.
    source = "Die Ab\u00adstim\u00admung im Stadt\u00adrat fiel knapp aus, wie erwartet."
    output = Cleaner().clean_text(source).text
    assert "\u00ad" not in output
    assert score(output, source).f1 == 1.0
    snippets = score_snippets(output, source, ["Ab\u00adstim\u00admung im Stadt\u00adrat"], [])
    assert (snippets.kept, snippets.keep_total) == (1, 1)


def test_eval_command(tmp_path: Path) -> None:
    dump = MEMO_SEED.read_text(encoding="utf-8")
    gold = "\n\n".join(line for line in dump.splitlines()[4:23] if line.strip())
    corpus = tmp_path / "gold.jsonl"
    corpus.write_text(
        json.dumps({"id": "memo", "dump": dump, "gold_text": gold, "source": "seed"})
        + "\n"
        + json.dumps({"id": "no-gold", "dump": "x"})
        + "\n",
        encoding="utf-8",
    )
    runner = CliRunner()
    result = runner.invoke(
        main,
        [
            "eval",
            str(corpus),
            "--text-field",
            "dump",
            "--by",
            "source",
            "--per-doc",
            str(tmp_path / "rows.jsonl"),
        ],
    )
    assert result.exit_code == 0, result.output
    assert "| seed | 1 | 1.000 | 1.000 | 1.000 | 0.0% |" in result.stdout
    raw = runner.invoke(main, ["eval", str(corpus), "--text-field", "dump", "--no-clean", "--json"])
    unclean = json.loads(raw.stdout)["all"]
    assert unclean["recall"] == 1.0 and unclean["precision"] < 1.0  # the debris is still in
    rows = [json.loads(x) for x in (tmp_path / "rows.jsonl").read_text().splitlines()]
    assert rows == [
        {
            "id": "memo",
            "group": "seed",
            "precision": 1.0,
            "recall": 1.0,
            "f1": 1.0,
            "body_loss": False,
        }
    ]
