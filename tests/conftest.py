from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"
SHARED = Path(__file__).resolve().parents[1].parent / "shared"


@pytest.fixture(scope="session")
def seed_text() -> str:
    return (FIXTURES / "seed.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_gold() -> dict:
    import json
    return json.loads((FIXTURES / "seed.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def dev_dir() -> Path:
    d = SHARED / "eval" / "dev"
    if not d.is_dir():
        pytest.skip("../shared/eval/dev is not here")
    return d
