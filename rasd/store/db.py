"""Opening a store: a SQLite file by default, PostgreSQL when given a postgresql:// URL.

`open_store("rasd.db")` and `open_store("postgresql://…")` give the same `Store`; the schema is
brought up to date with the alembic migrations in rasd/store/migrations on every open.
"""
from __future__ import annotations

import os
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine

MIGRATIONS = Path(__file__).with_name("migrations")
DEFAULT_DB = "rasd.db"


def store_url(db: str | None) -> str:
    """A SQLAlchemy URL from what the user typed: a file path, sqlite:///…, or postgresql://…"""
    db = db or os.environ.get("RASD_DB") or DEFAULT_DB
    if db.startswith("postgresql://") or db.startswith("postgres://"):
        return "postgresql+psycopg://" + db.split("://", 1)[1]
    if "://" in db:
        return db
    return "sqlite:///" + str(Path(db).expanduser())


def _alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def _sqlite_pragmas(dbapi_conn, _record) -> None:
    cur = dbapi_conn.cursor()
    # WAL + NORMAL: a commit is durable against a process crash and cheap; foreign keys on
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.close()


def make_engine(db: str | None) -> Engine:
    url = store_url(db)
    if url.startswith("sqlite"):
        engine = create_engine(url)
        event.listen(engine, "connect", _sqlite_pragmas)
    else:
        engine = create_engine(url, pool_pre_ping=True)
    return engine


def upgrade(engine: Engine) -> None:
    """Run the migrations the database has not had yet."""
    cfg = _alembic_config()
    head = ScriptDirectory.from_config(cfg).get_current_head()
    with engine.begin() as conn:
        if MigrationContext.configure(conn).get_current_revision() == head:
            return
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
