"""Attribution stage: who said what, with role, stance, channel and content (issue 4)."""
from __future__ import annotations

from rasd.model import Article


def run(article: Article) -> Article:
    return article
