"""The first store schema: articles, stories, entities, attributions, events, times, denials,
MinHash bands, term frequencies, and the full-text index (FTS5 on SQLite, a GIN index over
to_tsvector on PostgreSQL).

Revision ID: 0001
Revises:
"""
from alembic import op

from rasd.store.schema import metadata

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

# The tables as they were at this revision (later revisions alter them with op.* calls).
TABLES = ["stories", "articles", "minhash_bands", "term_df", "entities", "entity_aliases",
          "article_entities", "attributions", "events", "times", "denials"]


def upgrade() -> None:
    bind = op.get_bind()
    metadata.create_all(bind, tables=[metadata.tables[t] for t in TABLES])
    if bind.dialect.name == "sqlite":
        # the rowid of the FTS row is the article's pk; rasd.store.search keeps it in step
        op.execute("CREATE VIRTUAL TABLE articles_fts USING fts5(search_text, tokenize='unicode61')")
    elif bind.dialect.name == "postgresql":
        op.execute("CREATE INDEX ix_articles_search ON articles USING gin (to_tsvector('simple', search_text))")


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        op.execute("DROP TABLE articles_fts")
    metadata.drop_all(bind, tables=[metadata.tables[t] for t in reversed(TABLES)])
