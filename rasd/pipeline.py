"""The per-article pipeline: an ordered list of small stages over one `Article`.

read → clean → segment → entities → times → attributions → events → geo

Reading happens before (it turns bytes, HTML or a JSONL line into an `Article`); each stage
here is a function `Article -> Article` that reads what earlier stages wrote and adds its own
annotations. A new capability is a new module and one more line in `STAGES`.
"""
from __future__ import annotations

from collections.abc import Callable

from rasd import attributions, clean, entities, events, geo, segment, times
from rasd.model import SCHEMA, Article
from rasd.read import ReadError, article_from_item
from rasd.read.sources import Item

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


def record_of(item: Item) -> dict:
    """The rasd.article/1 record of one input item (rasd.read.sources), or a record with an
    "error" field: never an exception, since one bad article must not stop a batch."""
    if item.error:
        return {"schema": SCHEMA, "id": item.id, "error": item.error}
    if item.extracted is not None:
        return item.extracted
    try:
        return process(article_from_item(item)).to_json()
    except ReadError as e:
        return {"schema": SCHEMA, "id": item.id, "error": f"{item.where}: {e}"}
    except Exception as e:
        return {"schema": SCHEMA, "id": item.id, "error": f"{item.where}: internal error: {type(e).__name__}: {e}"}


def crash_record(item: Item, reason: str) -> dict:
    """The error record of an article whose worker process died on it."""
    return {"schema": SCHEMA, "id": item.id, "error": f"{item.where}: {reason}"}


def records_of(items, workers: int | None = None):
    """`record_of` over many items on `workers` processes (default: every core), in input order."""
    from rasd.parallel import ordered_map
    return ordered_map(record_of, items, workers, on_crash=crash_record)
