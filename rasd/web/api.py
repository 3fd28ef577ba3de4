"""The REST API: articles, stories, events (JSON and GeoJSON), search, exports, extract, ingest.

Lists are paged (`page` from 1, `per_page` up to MAX_PER_PAGE) and answer {"page", "per_page",
"total", "items"}. Parameters are checked by their declared types; what they cannot say (a date
range the wrong way round, an unknown id) is a 4xx with {"error": message} (see app.py).
"""
from __future__ import annotations

import hmac
import io
import json
import os
import tempfile
from datetime import date
from enum import Enum

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import Response

from rasd.commands_store import ExportFormat
from rasd.export import store_export
from rasd.read.dates import parse_published
from rasd.stories.timeline import list_stories, story_view
from rasd.web import intake, queries
from rasd.web.queries import EventFilter, Page

router = APIRouter(prefix="/api")
MAX_PER_PAGE = 200
STATUSES = ("asserted", "denied", "disputed", "planned", "conditional", "hypothetical")
Status = Enum("Status", {s: s for s in STATUSES}, type=str)


EXPORT_TYPES = {"jsonl": ("application/x-ndjson", "rasd-articles.jsonl"),
                "plover": ("application/x-ndjson", "rasd-plover.jsonl"),
                "acled-csv": ("text/csv; charset=utf-8", "rasd-events.csv"),
                "geojson": ("application/geo+json", "rasd-events.geojson"),
                "parquet": ("application/vnd.apache.parquet", "rasd-events.parquet")}


def store(request: Request):
    return request.app.state.store


def page(page: int = Query(1, ge=1, le=100_000, description="page number, from 1"),
         per_page: int = Query(50, ge=1, le=MAX_PER_PAGE, description="items per page")) -> Page:
    return Page(page, per_page)


def event_filter(type: str | None = Query(None, pattern=r"^[A-Za-z_]{2,20}$", description="PLOVER type, e.g. ASSAULT"),
                 status: Status | None = Query(None, description="story-level status"),
                 actor: str | None = Query(None, min_length=1, max_length=200, description="part of the actor's or target's name"),
                 place: str | None = Query(None, min_length=1, max_length=200, description="part of the place's name, or its ISO country code"),
                 story: int | None = Query(None, ge=1),
                 date_from: date | None = Query(None, alias="from", description="YYYY-MM-DD, inclusive"),
                 date_to: date | None = Query(None, alias="to", description="YYYY-MM-DD, inclusive")) -> EventFilter:
    if date_from and date_to and date_from > date_to:
        raise HTTPException(422, f"bad parameter: from {date_from} is after to {date_to}")
    return EventFilter(type, status.value if status else None, actor, place, story, date_from, date_to)


@router.get("/articles", summary="Stored articles, in ingest order")
def articles(p: Page = Depends(page), story: int | None = Query(None, ge=1),
             outlet: str | None = Query(None, max_length=200), st=Depends(store)) -> dict:
    with st.engine.connect() as conn:
        return queries.article_page(conn, p, story, outlet)


@router.get("/articles/{article_id:path}", summary="One article: its rasd.article/1 record and its story")
def article(article_id: str, st=Depends(store)) -> dict:
    with st.engine.connect() as conn:
        found = queries.article(conn, article_id)
    if found is None:
        raise HTTPException(404, f"no article {article_id}")
    return found


@router.get("/stories", summary="Stories with their articles")
def stories(p: Page = Depends(page), st=Depends(store)) -> dict:
    with st.engine.connect() as conn:
        return p.of(list_stories(conn))


@router.get("/stories/{story_id}", summary="One story: timeline, where it stands now, claims and denials")
def story(story_id: int, st=Depends(store)) -> dict:
    with st.engine.connect() as conn:
        view = story_view(conn, story_id)
    if view is None:
        raise HTTPException(404, f"no story {story_id}")
    return {**view, "claims": queries.claims_board(view)}


@router.get("/events", summary="Events, filtered (the rows of `rasd export`)")
def events(p: Page = Depends(page), flt: EventFilter = Depends(event_filter), st=Depends(store)) -> dict:
    return p.of(queries.events(st, flt))


@router.get("/events.geojson", summary="Events with a mapped place, as a GeoJSON FeatureCollection")
def events_geojson(flt: EventFilter = Depends(event_filter), st=Depends(store)) -> Response:
    feats = [store_export._feature(r) for r in queries.events(st, flt)
             if r["latitude"] is not None and r["longitude"] is not None]
    body = json.dumps({"type": "FeatureCollection", "features": feats}, ensure_ascii=False)
    return Response(body, media_type="application/geo+json")


@router.get("/search", summary="Full-text search, Arabic-normalised (hamza, ta marbuta, clitics folded)")
def search(q: str = Query(..., min_length=1, max_length=500), p: Page = Depends(page), st=Depends(store)) -> dict:
    hits = st.search(q, limit=p.offset + p.size)
    return {"query": q, "page": p.number, "per_page": p.size, "items": hits[p.offset:]}


@router.get("/export/{fmt}", summary="The whole store as `rasd export --format FMT` writes it")
def export(fmt: ExportFormat, st=Depends(store)) -> Response:
    media, name = EXPORT_TYPES[fmt.value]
    headers = {"Content-Disposition": f'attachment; filename="{name}"'}
    if fmt is ExportFormat.parquet:
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, name)
            store_export.write_parquet(st, path)
            with open(path, "rb") as f:
                return Response(f.read(), media_type=media, headers=headers)
    out = io.StringIO()
    store_export.write_text(st, fmt.value, out)
    return Response(out.getvalue(), media_type=media, headers=headers)


@router.post("/extract", summary="Analyse a posted article (text, HTML, JSON record, JSONL or feed); stores nothing",
             description=f"Body: the article as text/plain or text/html, or application/json "
                         f'{{"text"|"html", "published", "outlet", "url", "title"}} (or a list of such). '
                         f"At most {intake.MAX_BODY:,} bytes. Answers the rasd.article/1 record "
                         f"(a list of records for several articles).")
async def extract(request: Request, published: str | None = Query(None, max_length=40, description="ISO 8601"),
                  outlet: str | None = Query(None, max_length=200), url: str | None = Query(None, max_length=2000)):
    if published and parse_published(published) is None:
        raise HTTPException(422, f"bad parameter: published {published!r} is not an ISO 8601 date or date-time")
    body = await intake.read_body(request)
    items = intake.items_of(body, request.headers.get("content-type", ""))
    return await run_in_threadpool(intake.analyse, items, url, outlet, published)


def require_token(request: Request) -> None:
    token = request.app.state.token
    if not token:
        raise HTTPException(403, "writing is off: start rasd serve with --token to accept POST /api/ingest")
    given = request.headers.get("authorization", "")
    scheme, _, value = given.partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(value.strip().encode(), token.encode()):
        raise HTTPException(401, "missing or wrong token: send Authorization: Bearer TOKEN",
                            headers={"WWW-Authenticate": "Bearer"})


@router.post("/ingest", summary="Add posted articles to the store (needs the server's --token)",
             dependencies=[Depends(require_token)])
async def ingest(request: Request) -> dict:
    from rasd.store.ingest import ingest as ingest_all
    body = await intake.read_body(request)
    items = intake.items_of(body, request.headers.get("content-type", ""))

    def write() -> dict:
        with request.app.state.write_lock:
            outcome = ingest_all(request.app.state.store, intake.to_store(items))
        return {"counts": dict(outcome.counts), "errors": outcome.errors}
    return await run_in_threadpool(write)
