"""Posted articles: the body read under a size limit, then read as `rasd extract` reads standard input.

A JSON body (one input record, or a list of them) becomes JSONL lines; any other body (plain
text, an HTML page, an RSS/Atom feed, JSONL) goes to rasd.read.sources as it is. So the API
accepts exactly what the command line does, through the same readers and the same pipeline.
"""
from __future__ import annotations

import io
import json

from fastapi import HTTPException, Request

from rasd.pipeline import process, record_of
from rasd.read import ReadError, read_bytes
from rasd.read.sources import Item, iter_items

MAX_BODY = 2 * 1024 * 1024      # bytes; a news page is far smaller, a batch goes through `rasd ingest`


async def read_body(request: Request, limit: int = MAX_BODY) -> bytes:
    """The request body, refused with 413 as soon as it is known to be over `limit`."""
    too_big = HTTPException(413, f"body over the {limit:,}-byte limit: post one article or a small batch")
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limit:
        raise too_big
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise too_big
        chunks.append(chunk)
    body = b"".join(chunks)
    if not body.strip():
        raise HTTPException(422, "empty body: post an article's text or HTML, or JSON {\"text\": …}")
    return body


def items_of(body: bytes, content_type: str) -> list[Item]:
    if content_type.split(";")[0].strip().lower() == "application/json":
        try:
            data = json.loads(body)
        except (ValueError, UnicodeDecodeError) as e:
            raise HTTPException(422, f"the body is not JSON: {e}") from None
        records = data if isinstance(data, list) else [data]
        if not records or not all(isinstance(r, dict) and (isinstance(r.get("text"), str) or isinstance(r.get("html"), str)
                                                           or r.get("schema") == "rasd.article/1") for r in records):
            raise HTTPException(422, 'each JSON record needs a "text" or an "html" string '
                                     '(or is a rasd.article/1 record)')
        body = "\n".join(json.dumps(r, ensure_ascii=False) for r in records).encode("utf-8")
    return list(iter_items(["-"], stdin=io.BytesIO(body)))


def analyse(items: list[Item], url: str | None, outlet: str | None, published: str | None) -> dict | list[dict]:
    """One record for one posted article (422 when it cannot be read), else a record per item."""
    if len(items) == 1 and items[0].data is not None:
        try:
            return process(read_bytes(items[0].data, url=url, outlet=outlet, published=published)).to_json()
        except ReadError as e:
            raise HTTPException(422, f"cannot read the article: {e}") from None
    records = [record_of(item) for item in items]
    if len(records) == 1 and "error" in records[0]:
        raise HTTPException(422, f"cannot read the article: {records[0]['error']}")
    return records[0] if len(records) == 1 else records


def to_store(items: list[Item]):
    """Records for rasd.store.ingest.ingest: a record, or the error message of an item that failed."""
    for item in items:
        record = record_of(item)
        yield record["error"] if "error" in record else record
