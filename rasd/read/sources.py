"""Every kind of input as a stream of items, one per article: what `rasd extract` and `rasd ingest`
both read. A path may be one article (text or HTML, any encoding), a folder of them, a JSONL batch,
an RSS/Atom feed or a web archive (WARC); "-" is standard input (a JSONL batch, a feed, or one
article). A bad line or entry becomes an item with `error`, and the rest go on.
"""
from __future__ import annotations

import io
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from rasd.model import SCHEMA
from rasd.read.archives import feed_records, looks_like_feed, looks_like_warc, warc_records
from rasd.read.batch import iter_jsonl

ARTICLE_SUFFIXES = {".txt", ".html", ".htm", ".xhtml", ".shtml"}
MANY_SUFFIXES = {".jsonl", ".rss", ".atom", ".xml", ".warc", ".gz", ".arc"}


@dataclass(slots=True)
class Item:
    """One article to read: an input `record`, a `path` holding one article, raw `data` (stdin),
    an `extracted` rasd.article/1 record that needs no pipeline, or an `error`."""
    where: str
    record: dict | None = None
    path: Path | None = None
    data: bytes | None = None
    extracted: dict | None = None
    error: str | None = None

    @property
    def id(self) -> str | None:
        rec = self.record or self.extracted
        return None if not rec or rec.get("id") is None else str(rec["id"])


def holds_many(path: str) -> bool:
    """Whether `rasd extract` should treat the path as a batch (one output line per article)."""
    if path == "-":
        return False
    p = Path(path)
    if p.is_dir() or p.suffix.lower() in MANY_SUFFIXES:
        return True
    if p.is_file():
        with p.open("rb") as f:
            head = f.read(2048)
        return looks_like_feed(head, p.name) or looks_like_warc(head, p.name)
    return False


def _from_jsonl(lines: Iterable[str], origin: str) -> Iterator[Item]:
    for entry in iter_jsonl(lines):
        where = f"{origin}:{entry.line_no}"
        if entry.error:
            yield Item(where, record=entry.record, error=entry.error)
        elif entry.record.get("schema") == SCHEMA and "error" not in entry.record:
            yield Item(where, extracted=entry.record)
        else:
            yield Item(where, record=entry.record)


def _from_bytes(data: bytes, origin: str, name: str = "") -> Iterator[Item]:
    if looks_like_feed(data, name):
        try:
            for n, rec in enumerate(feed_records(data, origin), 1):
                yield Item(f"{origin}#{n}", record=rec)
        except ValueError as e:
            yield Item(origin, error=f"{origin}: {e}")
    elif data.lstrip()[:1] == b"{":
        yield from _from_jsonl(io.StringIO(data.decode("utf-8", errors="replace")), origin)
    else:
        yield Item(origin, data=data)


def _from_file(p: Path) -> Iterator[Item]:
    with p.open("rb") as f:
        head = f.read(2048)
    if looks_like_warc(head, p.name):
        try:
            for n, rec in enumerate(warc_records(p), 1):
                yield Item(f"{p}#{n}", record=rec)
        except Exception as e:   # warcio raises its own errors on a damaged archive: report, go on
            yield Item(str(p), error=f"{p}: unreadable web archive: {type(e).__name__}: {e}")
    elif p.suffix.lower() == ".jsonl":
        with p.open(encoding="utf-8", errors="replace") as f:
            yield from _from_jsonl(f, str(p))
    elif looks_like_feed(head, p.name):
        yield from _from_bytes(p.read_bytes(), str(p), p.name)
    else:
        yield Item(str(p), path=p)


def iter_items(paths: Iterable[str], stdin=None) -> Iterator[Item]:
    for raw in paths:
        if raw == "-":
            stream = stdin if stdin is not None else sys.stdin.buffer
            yield from _from_bytes(stream.read(), "stdin")
            continue
        path = Path(raw)
        if not path.exists():
            yield Item(raw, error=f"{raw}: no such file or folder")
        elif path.is_dir():
            for p in sorted(path.rglob("*")):
                if p.is_file() and (p.suffix.lower() in ARTICLE_SUFFIXES | MANY_SUFFIXES):
                    yield from _from_file(p)
        else:
            yield from _from_file(path)
