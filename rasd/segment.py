"""Segment stage: sentences, words and the normalised view of the cleaned text (analysis layers,
not serialised)."""
from __future__ import annotations

from rasd.model import Article
from rasd.text import NormalizedText, split_sentences, tokenize


def run(article: Article) -> Article:
    article.norm = NormalizedText(article.text)
    article.sentences = split_sentences(article.text)
    article.words = tokenize(article.text, split_clitics=False)
    return article
