"""The per-article pipeline: an ordered list of small stages over one `Article`.

read → clean → segment → entities → times → attributions → events → geo

Reading happens before (it turns bytes, HTML or a JSONL line into an `Article`); each stage
here is a function `Article -> Article` that reads what earlier stages wrote and adds its own
annotations. A new capability is a new module and one more line in `STAGES`.
"""
from __future__ import annotations

from collections.abc import Callable

from rasd import attributions, clean, entities, events, geo, segment, times
from rasd.model import Article

Stage = Callable[[Article], Article]

STAGES: list[tuple[str, Stage]] = [
    ("clean", clean.run),
    ("segment", segment.run),
    ("entities", entities.run),
    ("times", times.run),
    ("attributions", attributions.run),
    ("events", events.run),
    ("geo", geo.run),
]


def process(article: Article, stages: list[tuple[str, Stage]] | None = None) -> Article:
    for _name, stage in stages or STAGES:
        article = stage(article)
    return article
