"""Entity stage: people, organisations, places, facilities and media outlets (issue 3).

`run` finds the mentions (rasd.entities.recognize), merges them into one entity per real-world
referent within the article (rasd.entities.merge) and numbers the entities E1, E2 … in order of
first mention. Knowledge lives in rasd/data/entities/ and rasd/data/geo/ (see docs/entities.md).
"""
from __future__ import annotations

from collections.abc import Callable

from rasd.entities.lexicon import lexicon
from rasd.entities.merge import build_entities
from rasd.entities.recognize import read_words, recognizer
from rasd.entities.tagger import tag as crf_tag
from rasd.model import Article, Entity


# Statistical taggers: functions (text, words) -> [(start, end, type)]. Their spans join the
# rule-based candidates (rasd.entities.recognize decides between them); merging and geocoding treat
# them like any other mention. The shipped CRF (rasd.entities.tagger, trained on FANE) is the default;
# another model (a spaCy or transformers wrapper) is one more `register_tagger` call.
Tagger = Callable[[str, list], list[tuple[int, int, str]]]
TAGGERS: list[Tagger] = [crf_tag]


def register_tagger(tagger: Tagger) -> None:
    TAGGERS.append(tagger)


def run(article: Article) -> Article:
    words = article.words or read_words(article.text)
    tagged = [span for tagger in TAGGERS for span in tagger(article.text, words)]
    ws, mentions = recognizer().mentions(article.text, tagged, article.words or None)
    article.entities = build_entities(article.text, ws, mentions, lexicon())
    return article


def entity_at(article: Article, start: int, end: int) -> Entity | None:
    """The entity with a mention overlapping [start, end) — the one overlapping most; for an empty
    range, the mention containing `start`. None when no mention is there."""
    best, best_overlap = None, 0
    for e in article.entities:
        for m in e.mentions:
            if start == end:
                if m.start <= start < m.end:
                    return e
                continue
            overlap = min(end, m.end) - max(start, m.start)
            if overlap > best_overlap:
                best, best_overlap = e, overlap
    return best
