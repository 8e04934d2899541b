"""Write each corpus case's expected files from cleaner's current output, for human review.

    python scripts/regenerate_corpus.py            # every case
    python scripts/regenerate_corpus.py presstv    # cases whose name contains "presstv"

Review the diff (git diff corpus/) line by line before committing: a regenerated expectation
is a claim that the new output is right, never a way to make a failing test pass.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from cleaner import load_rules
from cleaner.corpus import iter_cases, observed_meta, run_case

ROOT = Path(__file__).resolve().parent.parent / "corpus"


def main(argv: list[str]) -> None:
    rules = load_rules()
    for case in iter_cases(ROOT):
        if argv and not any(a in case.name for a in argv):
            continue
        result = run_case(case, rules)
        case.clean.write_text(result.to_text(), encoding="utf-8")
        meta = observed_meta(result)
        options = case.expected_meta().get("options")
        if options:
            meta = {"options": options, **meta}
        case.meta.write_text(
            json.dumps(meta, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
        print(f"wrote {case.clean.relative_to(ROOT.parent)} and {case.meta.name}")


if __name__ == "__main__":
    main(sys.argv[1:])
