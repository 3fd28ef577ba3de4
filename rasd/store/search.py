"""Full-text search over the store, one interface over SQLite FTS5 and PostgreSQL text search.

Both engines index the same thing: `articles.search_text`, the article's words normalised and
light-stemmed by rasd/stories/terms.py (hamza, ta marbuta, diacritics, clitics folded), so Arabic
normalisation is rasd's and identical on both; the engine does the matching and the ranking
(FTS5's bm25, PostgreSQL's ts_rank). A query matches articles that contain every query word in
some reading (with or without its proclitics); when none does, any query word will do.
"""
from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.engine import Connection

from rasd.stories.terms import query_alternatives


def index_article(conn: Connection, pk: int, search_text: str) -> None:
    if conn.dialect.name == "sqlite":
        conn.execute(text("INSERT INTO articles_fts(rowid, search_text) VALUES (:pk, :t)"), {"pk": pk, "t": search_text})
    # PostgreSQL indexes articles.search_text itself (a GIN expression index)


def _fts5(groups: list[list[str]], joiner: str) -> str:
    return f" {joiner} ".join("(" + " OR ".join(f'"{a}"' for a in alts) + ")" for alts in groups)


def _tsquery(groups: list[list[str]], joiner: str) -> str:
    op = " & " if joiner == "AND" else " | "
    return op.join("(" + " | ".join(a.replace("'", "") for a in alts) + ")" for alts in groups)


def search(conn: Connection, query: str, limit: int = 20) -> list[tuple[int, float]]:
    """(article pk, score) best first; a higher score is a better match on both engines."""
    groups = query_alternatives(query)
    if not groups:
        return []
    for joiner in ("AND", "OR"):
        if conn.dialect.name == "sqlite":
            rows = conn.execute(text(
                "SELECT rowid, bm25(articles_fts) AS r FROM articles_fts WHERE articles_fts MATCH :q "
                "ORDER BY r LIMIT :n"), {"q": _fts5(groups, joiner), "n": limit}).all()
            hits = [(int(pk), -float(r)) for pk, r in rows]
        else:
            rows = conn.execute(text(
                "SELECT pk, ts_rank(to_tsvector('simple', search_text), to_tsquery('simple', :q)) AS r "
                "FROM articles WHERE to_tsvector('simple', search_text) @@ to_tsquery('simple', :q) "
                "ORDER BY r DESC, pk LIMIT :n"), {"q": _tsquery(groups, joiner), "n": limit}).all()
            hits = [(int(pk), float(r)) for pk, r in rows]
        if hits or len(groups) == 1:
            return hits
    return []
