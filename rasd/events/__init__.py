"""Event stage: PLOVER events with actor, target, place, time, status and source (issue 6)."""
from __future__ import annotations

from rasd.model import Article


def run(article: Article) -> Article:
    return article
