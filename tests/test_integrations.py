"""cleaner as a step in other projects: batched columns and the datatrove pipeline step."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from cleaner import clean_text
from cleaner.columns import clean_batch
from cleaner.config import CleanConfig
from cleaner.errors import CleanerError

from .conftest import MEMO_SEED, PRESSTV_SEED


def test_clean_batch_replaces_text_and_adds_metadata() -> None:
    presstv, memo = PRESSTV_SEED.read_text("utf-8"), MEMO_SEED.read_text("utf-8")
    batch = {
        "id": ["a", "b", "c"],
        "text": [presstv, memo, None],
        "lang": ["en", "en", "en"],
    }
    out = clean_batch(batch)
    assert set(out) == {"id", "text", "lang", "cleaner"}
    assert out["id"] == batch["id"] and out["lang"] == batch["lang"]
    assert out["text"][0] == clean_text(presstv, doc_id="a").text
    assert out["text"][1] == clean_text(memo, doc_id="b").text
    meta = [json.loads(m) for m in out["cleaner"]]
    assert meta[0]["outlet"]["id"] == "presstv" and meta[0]["id"] == "a"
    assert "text" not in meta[0]
    assert any(r["rule"] == "middleeastmonitor.comments-button" for r in meta[1]["removed"])
    assert out["text"][2] == "" and meta[2] == {"error": "text is NoneType, not a string"}


def test_clean_batch_other_column_names_and_config() -> None:
    batch = {"content": [PRESSTV_SEED.read_text("utf-8")], "link": ["https://www.presstv.ir/x"]}
    out = clean_batch(
        batch,
        text_column="content",
        url_column="link",
        config=CleanConfig(site_rules=False),
    )
    meta = json.loads(out["cleaner"][0])
    assert meta["outlet"] is None  # site rules off in this config
    assert "Ilhan Omar" not in out["content"][0]
    with pytest.raises(CleanerError, match='no column "text"'):
        clean_batch(batch)
    with pytest.raises(CleanerError, match='unknown outlet "nosuch"'):
        clean_batch(batch, text_column="content", config=CleanConfig(outlet="nosuch"))


def test_datatrove_step_in_a_local_pipeline(tmp_path: Path) -> None:
    pytest.importorskip("datatrove")
    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.readers import JsonlReader
    from datatrove.pipeline.writers import JsonlWriter

    from cleaner.datatrove_step import CleanerStep

    source = tmp_path / "in"
    source.mkdir()
    records = [
        {"id": "presstv-1", "text": PRESSTV_SEED.read_text("utf-8"), "url": "presstv.ir"},
        {"id": "memo-1", "text": MEMO_SEED.read_text("utf-8")},
        {"id": "only-debris", "text": "Show Comments\nShare this article"},
    ]
    (source / "part.jsonl").write_text(
        "".join(json.dumps(r) + "\n" for r in records), encoding="utf-8"
    )
    LocalPipelineExecutor(
        pipeline=[
            JsonlReader(str(source)),
            CleanerStep(exclusion_writer=JsonlWriter(str(tmp_path / "dropped"))),
            JsonlWriter(str(tmp_path / "out")),
        ],
        tasks=1,
        logging_dir=str(tmp_path / "logs"),
    ).run()

    def read(folder: str) -> list[dict]:
        rows = []
        for path in sorted((tmp_path / folder).glob("*.jsonl.gz")):
            with gzip.open(path, "rt", encoding="utf-8") as handle:
                rows += [json.loads(line) for line in handle]
        return rows

    out = {row["id"]: row for row in read("out")}
    assert set(out) == {"presstv-1", "memo-1"}
    assert out["presstv-1"]["text"] == clean_text(PRESSTV_SEED.read_text("utf-8")).text
    meta = out["presstv-1"]["metadata"]["cleaner"]
    assert meta["outlet"]["id"] == "presstv" and meta["outlet"]["detected_by"] == "domain"
    assert "Show Comments" not in out["memo-1"]["text"]
    dropped = read("dropped")
    assert [row["id"] for row in dropped] == ["only-debris"]
    assert dropped[0]["metadata"]["cleaner_error"] == "nothing left after cleaning"
    stats = json.loads((tmp_path / "logs" / "stats.json").read_text())
    step = next(s for s in stats if "cleaner" in s["name"])
    assert step["stats"]["total"] == 3 and step["stats"]["forwarded"] == 2
    assert step["stats"]["dropped_empty"] == 1
    assert step["stats"]["rule:middleeastmonitor.comments-button"] == 2
