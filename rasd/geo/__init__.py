"""Geo stage: coordinates for places from the gazetteer (issue 3)."""
from __future__ import annotations

from rasd.model import Article


def run(article: Article) -> Article:
    return article
