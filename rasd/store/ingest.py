"""Reading many inputs into the store: files, folders, .jsonl batches and stdin.

Each input becomes rasd.article/1 records: a JSONL line that already is one (`"schema":
"rasd.article/1"`, as `rasd extract --format jsonl` prints) is stored as it is; any other line
({"id", "text" or "html", …}) and every file go through the per-article pipeline first. One bad
article is reported and skipped; the rest go on. Articles are committed one by one, so an
interrupted run leaves whole articles only, and running it again skips what is already stored.
"""
from __future__ import annotations

import io
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.exc import InterfaceError, OperationalError

from rasd.model import SCHEMA
from rasd.pipeline import process
from rasd.read import ReadError, article_from_record, read_path
from rasd.read.batch import iter_jsonl
from rasd.store.store import Store

ARTICLE_SUFFIXES = {".txt", ".html", ".htm", ".xhtml"}


@dataclass
class Outcome:
    counts: Counter = field(default_factory=Counter)    # new / near-duplicate / duplicate / error
    errors: list[str] = field(default_factory=list)


def _extract(item: tuple) -> dict | str:
    """The record of one input, or what went wrong with it (one bad article must not stop a batch)."""
    kind, payload, where = item
    if kind != "read":
        return payload          # a record already extracted, or an error message
    try:
        article = article_from_record(payload) if isinstance(payload, dict) else read_path(payload)
        return process(article).to_json()
    except ReadError as e:
        return f"{where}: {e}"
    except Exception as e:
        return f"{where}: internal error: {type(e).__name__}: {e}"


def _from_jsonl(lines: Iterable[str], origin: str) -> Iterator[tuple]:
    for item in iter_jsonl(lines):
        where = f"{origin}:{item.line_no}"
        if item.error:
            yield ("error", f"{where}: {item.error}", where)
        elif item.record.get("schema") == SCHEMA and "error" not in item.record:
            yield ("record", item.record, where)
        else:
            yield ("read", item.record, where)


def _files(path: Path) -> Iterator[Path]:
    if path.is_dir():
        for p in sorted(path.rglob("*")):
            if p.is_file() and (p.suffix.lower() in ARTICLE_SUFFIXES or p.suffix.lower() == ".jsonl"):
                yield p
    else:
        yield path


def _inputs(paths: list[str]) -> Iterator[tuple]:
    for raw in paths:
        if raw == "-":
            yield from _from_jsonl(io.TextIOWrapper(sys.stdin.buffer, encoding="utf-8", errors="replace"), "stdin")
            continue
        path = Path(raw)
        if not path.exists():
            yield ("error", f"{raw}: no such file or folder", raw)
            continue
        for p in _files(path):
            if p.suffix.lower() == ".jsonl":
                with p.open(encoding="utf-8", errors="replace") as f:
                    yield from _from_jsonl(f, str(p))
            else:
                yield ("read", p, str(p))


def records(paths: list[str], jobs: int = 1) -> Iterator[dict | str]:
    """rasd.article/1 records from the inputs, in input order; a string is an error message.

    With jobs > 1 the per-article pipeline runs in that many worker processes (articles are
    independent); the store stays in this process, its only writer."""
    if jobs <= 1:
        yield from map(_extract, _inputs(paths))
        return
    import multiprocessing
    with multiprocessing.get_context("fork").Pool(jobs) as pool:
        yield from pool.imap(_extract, _inputs(paths), chunksize=4)


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
