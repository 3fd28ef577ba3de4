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


def _pg_params():
    import os
    url = os.environ.get("RASD_TEST_PG_URL")
    return [pytest.param(url, id="postgresql")] if url else [
        pytest.param(None, id="postgresql", marks=pytest.mark.skip(reason="RASD_TEST_PG_URL is not set"))]


@pytest.fixture(params=[pytest.param("sqlite", id="sqlite")] + _pg_params())
def store_db(request, tmp_path):
    """A fresh, empty store URL: a SQLite file, or a new schema on the PostgreSQL test server."""
    if request.param == "sqlite":
        yield str(tmp_path / "store.db")
        return
    import uuid
    from urllib.parse import quote

    from sqlalchemy import create_engine, text
    base = request.param
    schema = "t_" + uuid.uuid4().hex[:12]
    admin = create_engine(base.replace("postgresql://", "postgresql+psycopg://", 1) if base.startswith("postgresql://") else base)
    with admin.begin() as conn:
        conn.execute(text(f"CREATE SCHEMA {schema}"))
    sep = "&" if "?" in base else "?"
    yield f"{base}{sep}options={quote(f'-csearch_path={schema}')}"
    with admin.begin() as conn:
        conn.execute(text(f"DROP SCHEMA {schema} CASCADE"))
    admin.dispose()
