"""PLOVER-style event records from a rasd.article/1 record (filled by the event stage's work, issue 6)."""
from __future__ import annotations


def to_plover(record: dict) -> list[dict]:
    """One PLOVER-style record per event of the article."""
    return []
