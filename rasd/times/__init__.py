"""Time stage: time expressions normalised against the publication date (issue 5)."""
from __future__ import annotations

from rasd.model import Article


def run(article: Article) -> Article:
    return article
