"""The store's tables (SQLAlchemy Core), the same on SQLite and PostgreSQL.

One row per article keeps the whole rasd.article/1 record as JSON; the tables beside it hold
what cross-article work queries: canonical entities and their aliases, each article's entity
mentions, attributions, events and times, stories, claim–denial links, MinHash bands for
near-duplicate search and document frequencies for term weighting. docs/stories.md describes
every table. The schema is created and changed only by the alembic migrations next to this file.
"""
from __future__ import annotations

from sqlalchemy import (Boolean, Column, Float, ForeignKey, Index, Integer, LargeBinary, MetaData,
                        Table, Text, UniqueConstraint)

metadata = MetaData()

stories = Table(
    "stories", metadata,
    Column("id", Integer, primary_key=True),
    Column("title", Text),
    Column("first_date", Text),          # earliest known date of its articles (YYYY-MM-DD)
    Column("last_date", Text),
    Column("size", Integer, nullable=False, default=0),   # distinct articles (republications not counted)
    Column("created_at", Float, nullable=False),
    Column("updated_at", Float, nullable=False),
)

articles = Table(
    "articles", metadata,
    Column("pk", Integer, primary_key=True),
    Column("id", Text, nullable=False, unique=True),   # the caller's id or the stable content id
    Column("content_id", Text, nullable=False),
    Column("fingerprint", Text, nullable=False, unique=True),  # hash of the normalised text
    Column("url", Text),
    Column("outlet", Text),
    Column("published", Text),
    Column("story_date", Text),          # published, else the article's own dominant date
    Column("title", Text),
    Column("record", Text, nullable=False),   # the rasd.article/1 record as JSON
    Column("vector", Text, nullable=False),   # JSON {feature: count}: what story matching weighs
    Column("search_text", Text, nullable=False),  # normalised, stemmed words for full-text search
    Column("duplicate_of", Integer, ForeignKey("articles.pk")),   # near-duplicate: the first copy
    Column("similarity", Float),               # MinHash Jaccard estimate with duplicate_of
    Column("story_id", Integer, ForeignKey("stories.id")),
    Column("story_score", Float),
    Column("ingested_at", Float, nullable=False),
    Index("ix_articles_url", "url"),
    Index("ix_articles_story", "story_id"),
)

minhash_bands = Table(
    "minhash_bands", metadata,
    Column("band", Integer, nullable=False),
    Column("hash", Text, nullable=False),
    Column("article_pk", Integer, ForeignKey("articles.pk", ondelete="CASCADE"), nullable=False),
    Column("signature", LargeBinary),          # the full signature, kept on band 0 only
    Index("ix_minhash_bands_band_hash", "band", "hash"),
)

term_df = Table(
    "term_df", metadata,
    Column("term", Text, primary_key=True),
    Column("df", Integer, nullable=False),
)

entities = Table(
    "entities", metadata,
    Column("id", Integer, primary_key=True),
    Column("type", Text, nullable=False),
    Column("name", Text, nullable=False),       # the most complete form seen
    Column("key", Text, nullable=False),  # normalised matching key of `name`
    Column("mentions", Integer, nullable=False, default=0),
    Column("lat", Float),
    Column("lon", Float),
    Column("country", Text),
)

entity_aliases = Table(
    "entity_aliases", metadata,
    Column("key", Text, primary_key=True),   # normalised alias key: one entity per key
    Column("entity_id", Integer, ForeignKey("entities.id"), nullable=False),
    Column("alias", Text, nullable=False),          # as first written
    Index("ix_entity_aliases_entity", "entity_id"),
)

article_entities = Table(
    "article_entities", metadata,
    Column("article_pk", Integer, ForeignKey("articles.pk", ondelete="CASCADE"), nullable=False),
    Column("local_id", Text, nullable=False),   # E1 … in the article record
    Column("entity_id", Integer, ForeignKey("entities.id"), nullable=False),
    Column("name", Text, nullable=False),
    Column("type", Text, nullable=False),
    Column("count", Integer, nullable=False),
    UniqueConstraint("article_pk", "local_id"),
    Index("ix_article_entities_entity", "entity_id"),
)

attributions = Table(
    "attributions", metadata,
    Column("article_pk", Integer, ForeignKey("articles.pk", ondelete="CASCADE"), nullable=False),
    Column("local_id", Text, nullable=False),
    Column("speaker_entity", Integer, ForeignKey("entities.id")),
    Column("speaker_text", Text),
    Column("anonymous", Boolean, nullable=False, default=False),
    Column("stance", Text, nullable=False),
    Column("cue", Text, nullable=False),
    Column("channel_text", Text),
    Column("direct", Boolean, nullable=False, default=False),
    Column("content", Text),
    Column("content_start", Integer),
    Column("content_end", Integer),
    Column("position", Integer, nullable=False),     # offset of the cue in the text
    UniqueConstraint("article_pk", "local_id"),
    Index("ix_attributions_stance", "stance"),
)

events = Table(
    "events", metadata,
    Column("article_pk", Integer, ForeignKey("articles.pk", ondelete="CASCADE"), nullable=False),
    Column("local_id", Text, nullable=False),
    Column("type", Text, nullable=False),
    Column("mode", Text),
    Column("actor_entity", Integer, ForeignKey("entities.id")),
    Column("target_entity", Integer, ForeignKey("entities.id")),
    Column("location_entity", Integer, ForeignKey("entities.id")),
    Column("time_value", Text),
    Column("time_text", Text),
    Column("status", Text, nullable=False),        # as the article states it
    Column("story_status", Text, nullable=False),  # after cross-article denial linking
    Column("source_local", Text),                  # attribution id in the same article
    Column("source_text", Text),
    Column("trigger", Text, nullable=False),
    Column("context", Text, nullable=False),             # what reports it: its source's content, else its sentence
    Column("position", Integer, nullable=False),
    UniqueConstraint("article_pk", "local_id"),
)

times = Table(
    "times", metadata,
    Column("article_pk", Integer, ForeignKey("articles.pk", ondelete="CASCADE"), nullable=False),
    Column("local_id", Text, nullable=False),
    Column("type", Text, nullable=False),
    Column("value", Text),
    Column("text", Text, nullable=False),
    Column("position", Integer, nullable=False),
    UniqueConstraint("article_pk", "local_id"),
)

denials = Table(
    "denials", metadata,
    Column("id", Integer, primary_key=True),
    Column("deny_article_pk", Integer, ForeignKey("articles.pk", ondelete="CASCADE"), nullable=False),
    Column("deny_local", Text, nullable=False),       # the DENY attribution
    Column("event_article_pk", Integer, ForeignKey("articles.pk", ondelete="CASCADE"), nullable=False),
    Column("event_local", Text, nullable=False),      # the event it denies
    Column("score", Float, nullable=False),
    UniqueConstraint("deny_article_pk", "deny_local", "event_article_pk", "event_local"),
)
