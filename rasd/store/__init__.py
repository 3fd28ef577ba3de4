"""Persistence: the article store on SQLite (default, a file) or PostgreSQL, with migrations."""
from rasd.store.store import Added, Store

__all__ = ["Store", "Added"]
