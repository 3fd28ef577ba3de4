"""The web pages: story list and search, a story, the map of event places, an article's annotated text.

Server-rendered (Jinja2, autoescaped); the one small script only toggles highlights and shows a
map place's events. Each page reads through the same queries as the API.
"""
from __future__ import annotations

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import HTMLResponse

from rasd.stories.timeline import list_stories, story_view
from rasd.web import highlight, queries, worldmap
from rasd.web.api import event_filter, page, store
from rasd.web.queries import EventFilter, Page

router = APIRouter(include_in_schema=False)
KINDS = [("entity", "كيانات"), ("statement", "تصريحات"), ("cue", "أفعال القول"), ("event", "أحداث"),
         ("time", "أزمنة")]
STATUS_AR = {"asserted": "مؤكَّد", "denied": "منفيّ", "disputed": "متنازع عليه", "planned": "مخطَّط",
             "conditional": "مشروط", "hypothetical": "افتراضي", "undenied": "لم يُنفَ"}
DOT_SCALE = 90.0     # a dot's radius is the view's width over this, grown with its number of events


def render(request: Request, name: str, status: int = 200, **context) -> HTMLResponse:
    env = request.app.state.templates
    return HTMLResponse(env.get_template(name).render(status_ar=STATUS_AR, **context), status_code=status)


def _safe_url(url: str | None) -> str | None:
    """Only web addresses become links (a javascript: URL in a record must not)."""
    return url if url and url.lower().startswith(("http://", "https://")) else None


@router.get("/", response_class=HTMLResponse)
def home(request: Request, q: str | None = Query(None, max_length=500), p: Page = Depends(page), st=Depends(store)):
    if q and q.strip():
        hits = st.search(q, limit=p.offset + p.size)[p.offset:]
        return render(request, "index.html", query=q, hits=hits, stories=None, page=p)
    with st.engine.connect() as conn:
        listing = p.of(list_stories(conn))
    return render(request, "index.html", query=q or "", hits=None, stories=listing, page=p)


@router.get("/story/{story_id}", response_class=HTMLResponse)
def story(request: Request, story_id: int, st=Depends(store)):
    with st.engine.connect() as conn:
        view = story_view(conn, story_id)
    if view is None:
        raise HTTPException(404, f"لا توجد قصة برقم {story_id}")
    return render(request, "story.html", story=view, claims=queries.claims_board(view))


@router.get("/map", response_class=HTMLResponse)
def event_map(request: Request, flt: EventFilter = Depends(event_filter), st=Depends(store)):
    rows = queries.events(st, flt)
    dots = worldmap.places(rows)
    box = worldmap.view_box([(d["x"], d["y"]) for d in dots])
    for d in dots:
        d["r"] = round(box[2] / DOT_SCALE * (1 + 0.5 * (len(d["events"]) - 1) ** 0.5), 3)
    return render(request, "map.html", box=box, countries=worldmap.visible(box), dots=dots,
                  unplaced=[r for r in rows if r["latitude"] is None], flt=flt, total=len(rows))


@router.get("/article/{article_id:path}", response_class=HTMLResponse)
def article(request: Request, article_id: str, st=Depends(store)):
    with st.engine.connect() as conn:
        found = queries.article(conn, article_id)
    if found is None:
        raise HTTPException(404, f"لا توجد مقالة بالمعرّف {article_id}")
    rec = found["record"]
    text = rec.get("text") or ""
    return render(request, "article.html", rec=rec, story_id=found["story"], url=_safe_url(rec.get("url")),
                  pieces=highlight.pieces(text, highlight.marks(rec)), kinds=KINDS,
                  names={e["id"]: e.get("name") for e in rec.get("entities") or []},
                  times={x["id"]: x for x in rec.get("times") or []})
