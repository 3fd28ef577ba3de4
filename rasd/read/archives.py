"""Inputs that hold many articles: RSS/Atom feeds (feedparser) and web archives (WARC, warcio).

Each yields plain input records, {"id", "html" or "text", "title", "published", "outlet", "url"},
that go through the same reading and pipeline as a JSONL batch line.
"""
from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import regex

_FEED_START = regex.compile(rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:rss|feed|rdf:RDF)\b", regex.S | regex.I)
WARC_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")


def looks_like_feed(head: bytes, name: str = "") -> bool:
    return name.lower().endswith((".rss", ".atom")) or bool(_FEED_START.match(head[:2048]))


def looks_like_warc(head: bytes, name: str = "") -> bool:
    return name.lower().endswith(WARC_SUFFIXES) or head.startswith(b"WARC/")


def _iso(parsed: time.struct_time | None) -> str | None:
    return time.strftime("%Y-%m-%dT%H:%M:%S+00:00", parsed) if parsed else None


def feed_records(data: bytes, origin: str) -> Iterator[dict]:
    """One record per feed entry: the full content when the feed carries it, else the summary."""
    import feedparser

    feed = feedparser.parse(data)
    if not feed.entries:
        problem = f": {feed.bozo_exception}" if feed.get("bozo") else ""
        raise ValueError(f"no entries in the feed{problem}")
    outlet = feed.feed.get("title") or None
    for n, entry in enumerate(feed.entries, 1):
        contents = [c.get("value") for c in entry.get("content", []) if c.get("value")]
        body = max(contents, key=len) if contents else entry.get("summary") or ""
        yield {"id": entry.get("id") or entry.get("link") or f"{origin}#{n}",
               "html": f"<html><body><article>{body}</article></body></html>",
               "title": entry.get("title") or None, "url": entry.get("link") or None, "outlet": outlet,
               "published": _iso(entry.get("published_parsed") or entry.get("updated_parsed"))}


def warc_records(path: Path) -> Iterator[dict]:
    """One record per archived HTML page (HTTP 200 responses), bytes kept for encoding detection."""
    from warcio.archiveiterator import ArchiveIterator

    with path.open("rb") as f:
        for rec in ArchiveIterator(f):
            if rec.rec_type != "response" or rec.http_headers is None:
                continue
            if rec.http_headers.get_statuscode() != "200":
                continue
            ctype = (rec.http_headers.get_header("Content-Type") or "").lower()
            if "html" not in ctype:
                continue
            yield {"id": rec.rec_headers.get_header("WARC-Record-ID") or None,
                   "html_bytes": rec.content_stream().read(),
                   "url": rec.rec_headers.get_header("WARC-Target-URI") or None,
                   "published": None, "outlet": None}
