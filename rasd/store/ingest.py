"""Reading many inputs into the store: files, folders, .jsonl batches, feeds, web archives, stdin
(rasd.read.sources reads them all, as for `rasd extract`).

Each input becomes rasd.article/1 records: a JSONL line that already is one (`"schema":
"rasd.article/1"`, as `rasd extract --format jsonl` prints) is stored as it is; any other line
({"id", "text" or "html", …}) and every file go through the per-article pipeline first. One bad
article is reported and skipped; the rest go on. Articles are committed one by one, so an
interrupted run leaves whole articles only, and running it again skips what is already stored.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from sqlalchemy.exc import InterfaceError, OperationalError

from rasd.pipeline import record_of
from rasd.read.sources import Item, iter_items
from rasd.store.store import Store


@dataclass
class Outcome:
    counts: Counter = field(default_factory=Counter)    # new / near-duplicate / duplicate / error
    errors: list[str] = field(default_factory=list)


def _extract(item: Item) -> dict | str:
    """The record of one input, or what went wrong with it (one bad article must not stop a batch)."""
    record = record_of(item)
    return record["error"] if "error" in record else record


def _crash(item: Item, reason: str) -> str:
    return f"{item.where}: {reason}"


def records(paths: list[str], workers: int | None = 1, client=None, partition: int = 200) -> Iterator[dict | str]:
    """rasd.article/1 records from the inputs, in input order; a string is an error message.

    The per-article pipeline runs on `workers` processes (None: every core; articles are
    independent), or on the Dask cluster of `client` in partitions of `partition` articles. Either
    way the results come back here in input order: the store stays in this process, its only
    writer, so nothing is stored twice or lost, and stories form as with one process."""
    if client is not None:
        from rasd.on_dask import dask_map
        yield from dask_map(client, _extract, iter_items(paths), _crash, partition)
        return
    from rasd.parallel import ordered_map
    yield from ordered_map(_extract, iter_items(paths), workers, on_crash=_crash)


def ingest(store: Store, items: Iterable[dict | str], progress=None) -> Outcome:
    """Add every record to the store; `progress(n)` is called after each input."""
    out = Outcome()
    for item in items:
        if isinstance(item, str):
            out.counts["error"] += 1
            out.errors.append(item)
        else:
            try:
                out.counts[store.add(item).status] += 1
            except (OperationalError, InterfaceError):
                raise                   # the database itself failed: stop, the run can resume
            except Exception as e:      # this record could not be stored; its transaction rolled back
                out.counts["error"] += 1
                out.errors.append(f"{item.get('id')}: not stored: {type(e).__name__}: {e}")
        if progress:
            progress(1)
    return out
