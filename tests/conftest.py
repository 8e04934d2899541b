from __future__ import annotations

from pathlib import Path

import pytest

from cleaner import CleanConfig, Cleaner, RuleSet, load_rules

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
PRESSTV_SEED = CORPUS / "presstv" / "iraq-welcomes-russian-strikes.txt"
MEMO_SEED = CORPUS / "middleeastmonitor" / "iraq-may-ask-russia.txt"


@pytest.fixture(scope="session")
def rules() -> RuleSet:
    return load_rules()


@pytest.fixture(scope="session")
def cleaner(rules: RuleSet) -> Cleaner:
    return Cleaner(CleanConfig(), rules=rules)


@pytest.fixture(scope="session")
def generic_cleaner() -> Cleaner:
    return Cleaner(CleanConfig(site_rules=False))
