"""Entity stage: people, organisations, places, facilities and media outlets (issue 3)."""
from __future__ import annotations

from rasd.model import Article


def run(article: Article) -> Article:
    return article
