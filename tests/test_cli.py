"""The command line: stdin to stdout, files, folders, JSONL, explain, rules commands, errors."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

from click.testing import CliRunner

from cleaner.cli import main

from .conftest import MEMO_SEED, PRESSTV_SEED


def run(*args: str, input: bytes | str | None = None, env: dict[str, str] | None = None):
    return CliRunner().invoke(main, list(args), input=input, env=env, catch_exceptions=False)


def test_stdin_to_stdout_text() -> None:
    result = run("clean", input=PRESSTV_SEED.read_bytes())
    assert result.exit_code == 0
    expected = (PRESSTV_SEED.parent / "iraq-welcomes-russian-strikes.clean.txt").read_text("utf-8")
    assert result.stdout == expected


def test_file_to_json_record() -> None:
    result = run("clean", str(MEMO_SEED), "--format", "json")
    assert result.exit_code == 0
    record = json.loads(result.stdout)
    assert record["outlet"]["id"] == "middleeastmonitor"
    assert record["outlet"]["detected_by"] == "signature"
    assert record["tags"] == ["Europe & Russia", "Iraq", "Middle East", "News", "Russia"]
    assert set(record) >= {
        "id",
        "outlet",
        "title",
        "text",
        "section",
        "tags",
        "captions",
        "removed",
        "stats",
    }
    removed = {r["text"]: r["rule"] for r in record["removed"]}
    assert removed["Show Comments"] == "middleeastmonitor.comments-button"
    assert all(r["reason"] for r in record["removed"])
    assert record["stats"]["lines_in"] == 15 and record["stats"]["lines_out"] == 9


def test_no_site_rules_flag() -> None:
    result = run("clean", str(PRESSTV_SEED), "--no-site-rules", "--format", "json")
    record = json.loads(result.stdout)
    assert record["outlet"] is None
    assert {r["rule"] for r in record["removed"]} == {
        "generic.breadcrumb",
        "generic.title",
        "generic.caption",
    }


def test_jsonl_n_in_n_out_in_order_with_passthrough(tmp_path: Path) -> None:
    records = [
        {
            "id": "a",
            "url": "https://www.presstv.ir/x",
            "text": PRESSTV_SEED.read_text("utf-8"),
            "lang": "en",
            "extra": {"k": [1, 2]},
        },
        {
            "id": "b",
            "content": MEMO_SEED.read_text("utf-8"),
            "title": "Baghdad may ask Russia to carry out airstrikes in Iraq | MEMO",
        },
        {"id": "c", "text": ""},
        {
            "id": "d",
            "text": "How do you know a bridge is about to fail?\n\nEngineers look for rust first.",
            "title": "Bridge inspections explained",
        },
    ]
    corpus = tmp_path / "in.jsonl.gz"
    with gzip.open(corpus, "wt", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps(record) + "\n")
    result = run("clean", str(corpus), "-o", str(tmp_path / "out.jsonl"), "-q")
    assert result.exit_code == 0, result.output
    out = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text("utf-8").splitlines()]
    assert [r["id"] for r in out] == ["a", "b", "c", "d"]
    assert out[0]["lang"] == "en" and out[0]["extra"] == {"k": [1, 2]}
    assert out[0]["outlet"]["detected_by"] == "url"
    assert "content" not in out[1] and out[1]["text"].startswith("The head of Iraq")
    # the record's title picks the headline line; its own differing value is kept aside
    assert out[1]["title"] == "Baghdad may ask Russia to carry out airstrikes in Iraq"
    assert out[1]["input"] == {
        "title": "Baghdad may ask Russia to carry out airstrikes in Iraq | MEMO"
    }
    assert out[2]["text"] == ""
    # a body saved without its headline keeps its first line; the record's title stands
    assert out[3]["text"].startswith("How do you know a bridge is about to fail?")
    assert out[3]["title"] == "Bridge inspections explained" and "input" not in out[3]


def test_bad_jsonl_line_is_reported_and_counted(tmp_path: Path) -> None:
    corpus = tmp_path / "in.jsonl"
    corpus.write_text(
        '{"id": 1, "text": "Show Comments"}\n{not json\n["a list"]\n{"id": 4, "body": "A line."}\n',
        encoding="utf-8",
    )
    result = run("clean", str(corpus))
    assert result.exit_code == 1
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(out) == 4
    assert out[0]["text"] == "" and out[3]["text"] == "A line."
    assert "invalid JSON" in out[1]["error"]["message"] and out[1]["error"]["where"].endswith(":2")
    assert "must be a JSON object" in out[2]["error"]["message"]
    assert "in.jsonl:2: invalid JSON" in result.stderr
    assert "4 documents in, 2 written, 2 failed" in result.stderr


def test_record_without_text_field(tmp_path: Path) -> None:
    corpus = tmp_path / "in.jsonl"
    corpus.write_text('{"id": 1, "markup": "<p>x</p>"}\n', encoding="utf-8")
    result = run("clean", str(corpus))
    assert result.exit_code == 1
    assert (
        "no text field (looked for text, content, maintext, body, html, raw_html, content_html)"
        in result.stderr
    )
    custom = run("clean", str(corpus), "--text-field", "missing")
    assert 'no field "missing"' in custom.stderr


def test_folder_is_mirrored_and_bad_files_are_skipped(tmp_path: Path) -> None:
    src = tmp_path / "dumps"
    (src / "nested").mkdir(parents=True)
    (src / "memo.txt").write_bytes(MEMO_SEED.read_bytes())
    (src / "nested" / "presstv.txt").write_bytes(PRESSTV_SEED.read_bytes())
    (src / "image.bin").write_bytes(b"\x89PNG\x00\x00\x00binary")
    (src / "latin1.txt").write_bytes("Caf\xe9 society".encode("latin-1"))
    out = tmp_path / "clean"
    result = run("clean", str(src), "-o", str(out), "--format", "text")
    assert result.exit_code == 1
    assert (out / "memo.txt").read_text("utf-8").startswith("Baghdad may ask Russia")
    assert "Roku" not in (out / "nested" / "presstv.txt").read_text("utf-8")
    assert not (out / "image.bin").exists() and not (out / "latin1.txt").exists()
    assert "image.bin: binary data" in result.stderr
    assert "latin1.txt: not valid utf-8 (bad byte 0xe9 at offset 3)" in result.stderr
    assert "--encoding" in result.stderr
    recoded = run("clean", str(src / "latin1.txt"), "--encoding", "latin-1")
    assert recoded.stdout == "Café society\n"


def test_several_text_documents_need_a_folder_or_jsonl(tmp_path: Path) -> None:
    result = run("clean", str(MEMO_SEED), str(PRESSTV_SEED), "--format", "text")
    assert result.exit_code == 1 and "give -o FOLDER" in result.stderr
    jsonl = run("clean", str(MEMO_SEED), str(PRESSTV_SEED), "-q")
    assert [json.loads(x)["outlet"]["id"] for x in jsonl.stdout.splitlines()] == [
        "middleeastmonitor",
        "presstv",
    ]


def test_jsonl_on_stdin_is_detected() -> None:
    result = run("clean", input='{"id": "x", "text": "Show Comments\\n\\nThe minister spoke."}\n')
    assert json.loads(result.stdout)["text"] == "The minister spoke."


def test_explain_lists_every_line() -> None:
    result = run("explain", str(PRESSTV_SEED))
    assert result.exit_code == 0
    assert result.stdout.startswith("outlet: Press TV (presstv), found by signature")
    lines = result.stdout.splitlines()
    assert any(" 1  META:section  presstv.breadcrumb" in line for line in lines)
    assert any("DROP" in line and "presstv.app-promo" in line and "Roku" in line for line in lines)
    assert sum(" KEEP " in line for line in lines) == 16
    rows = json.loads(run("explain", str(PRESSTV_SEED), "--json").stdout)["lines"]
    assert [r["line"] for r in rows if r["label"] == "META:caption"] == [5, 6, 32]


def test_rules_list_check_and_test() -> None:
    listed = run("rules", "list")
    assert "presstv.alternate-addresses" in listed.stdout and "generic.caption" in listed.stdout
    checked = run("rules", "check")
    assert checked.exit_code == 0 and "presstv.ir.yaml (presstv: 4 rules)" in checked.stdout
    tested = run("rules", "test", "--corpus", str(PRESSTV_SEED.parent.parent))
    assert tested.exit_code == 0 and "all passed" in tested.stdout


def test_rules_test_reports_a_failing_example(tmp_path: Path) -> None:
    (tmp_path / "example.com.yaml").write_text(
        "outlet: {id: example, name: Example}\nverified: 2026-11-01\nrules:\n"
        "  - id: example.more\n    match: {exact: Read more}\n    action: drop\n"
        "    reason: link to more stories\n    examples: {drop: [Read more], keep: [read more]}\n",
        encoding="utf-8",
    )
    result = run("rules", "test", "--rules", str(tmp_path), "--corpus", str(tmp_path))
    assert result.exit_code == 1
    assert "example to keep is matched: 'read more'" in result.stdout


def test_malformed_rule_file_gives_one_clear_error(tmp_path: Path) -> None:
    (tmp_path / "bad.yaml").write_text(
        "outlet: {id: example, name: Example}\nverified: 2026-11-01\nrules:\n"
        "  - id: example.more\n    match: {patern: Read more}\n    action: drop\n"
        "    reason: link to more stories\n    examples: {drop: [Read more]}\n",
        encoding="utf-8",
    )
    for args in (
        ["rules", "check", str(tmp_path / "bad.yaml")],
        ["clean", "--rules", str(tmp_path), str(MEMO_SEED)],
    ):
        result = run(*args)
        assert result.exit_code == 2
        assert result.stderr.strip().count("\n") == 0
        assert 'bad.yaml:5: rule "example.more": key "match": unknown key "patern"' in result.stderr
        assert "Traceback" not in result.output


def test_rules_from_environment_variable(tmp_path: Path) -> None:
    (tmp_path / "example.com.yaml").write_text(
        "outlet: {id: example, name: Example, domains: [example.com]}\nverified: 2026-11-01\n"
        "rules:\n  - id: example.kicker\n    match: {exact: Exclusive}\n    action: drop\n"
        "    reason: kicker above the headline\n    examples: {drop: [Exclusive]}\n",
        encoding="utf-8",
    )
    text = "Exclusive\n\nMayor quits after audit\n\nThe mayor resigned on Monday after an audit.\n"
    result = run(
        "clean",
        "--url",
        "example.com",
        "--format",
        "json",
        input=text,
        env={"CLEANER_RULES": str(tmp_path)},
    )
    record = json.loads(result.stdout)
    assert record["outlet"]["detected_by"] == "domain"
    assert record["removed"][0]["rule"] == "example.kicker"


def test_unknown_outlet_and_heuristic() -> None:
    result = run("clean", "--outlet", "nope", input="x")
    assert result.exit_code == 2 and 'unknown outlet "nope"' in result.stderr
    result = run("clean", "--disable", "generic.nope", input="x")
    assert result.exit_code == 2 and 'unknown heuristic "generic.nope"' in result.stderr


def test_empty_input_gives_empty_output() -> None:
    result = run("clean", input="")
    assert result.exit_code == 0 and result.stdout == ""
