from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings

from cleaner import CleanConfig, Cleaner, RuleSet, load_rules

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
PRESSTV_SEED = CORPUS / "presstv" / "iraq-welcomes-russian-strikes.txt"
MEMO_SEED = CORPUS / "middleeastmonitor" / "iraq-may-ask-russia.txt"

# Under CI (``.ci/run`` sets CI) the property tests draw the same examples on every run, so a
# red build is the change's and reproduces; elsewhere each run draws new ones.
settings.register_profile("reproducible", derandomize=True, database=None, print_blob=True)
if os.environ.get("CI"):
    settings.load_profile("reproducible")


@pytest.fixture(scope="session")
def rules() -> RuleSet:
    return load_rules()


@pytest.fixture(scope="session")
def cleaner(rules: RuleSet) -> Cleaner:
    return Cleaner(CleanConfig(), rules=rules)


@pytest.fixture(scope="session")
def generic_cleaner() -> Cleaner:
    return Cleaner(CleanConfig(site_rules=False))
