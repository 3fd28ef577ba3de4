"""PLOVER-style event records from a rasd.article/1 record (`rasd extract --format plover`).

One record per event, in the shape event-data tools (POLECAT, PLOVER coders) use: the event
type and mode, the actor and the recipient, the place with its coordinates, the date, the
words that express the event and where the report came from (cite_info).

Two mappings follow the PLOVER manual, as GOLD_FORMAT.md describes:
- a RETREAT that is only planned or conditional (a declared, not yet implemented ceasefire or
  withdrawal) is exported as CONCEDE;
- a denied event did not happen, so it is not an event record; a disputed one is kept, with
  its status, since one source says it happened.
"""
from __future__ import annotations

from rasd.model import Span
from rasd.text import split_sentences

DECLARED_ONLY = ("planned", "conditional")


def _entity(record: dict, ref: str | None) -> dict | None:
    if ref is None:
        return None
    for e in record.get("entities") or []:
        if e.get("id") == ref:
            return {"id": e["id"], "name": e.get("name"), "type": e.get("type")}
    return None


def _place(record: dict, ref: str | None) -> dict | None:
    if ref is None:
        return None
    for e in record.get("entities") or []:
        if e.get("id") == ref:
            geo = e.get("geo") or {}
            return {"id": e["id"], "name": e.get("name"), "lat": geo.get("lat"), "lon": geo.get("lon"),
                    "country": geo.get("country"), "admin1": geo.get("admin1")}
    return None


def _date(record: dict, time_ref: str | None) -> str | None:
    """The event's own time when it resolves to a date, else the article's publication date."""
    for t in record.get("times") or []:
        if t.get("id") == time_ref and t.get("value") and t["value"][:4].isdigit():
            return t["value"]
    published = record.get("published")
    return published[:10] if published else None


def _context(text: str, sentences: list[Span], start: int) -> str | None:
    for s in sentences:
        if s.start <= start < s.end:
            return s.text
    return None


def to_plover(record: dict) -> list[dict]:
    """One PLOVER-style record per event of the article (denied events left out)."""
    text = record.get("text") or ""
    sentences = split_sentences(text)
    attributions = {a.get("id"): a for a in record.get("attributions") or []}
    rows = []
    for v in record.get("events") or []:
        status = v.get("status") or "asserted"
        if status == "denied":
            continue
        event_type, mode = v.get("type"), v.get("mode")
        if event_type == "RETREAT" and status in DECLARED_ONLY:
            event_type = "CONCEDE"        # declared but not implemented: PLOVER's CONCEDE
        trigger = v.get("trigger") or {}
        source = attributions.get(v.get("source"))
        rows.append({
            "id": f"{record.get('id')}-{v.get('id')}",
            "event": event_type,
            "mode": mode,
            "status": status,
            "actor": _entity(record, v.get("actor")),
            "recipient": _entity(record, v.get("target")),
            "event_loc": _place(record, v.get("location")),
            "date": _date(record, v.get("time")),
            "event_text": trigger.get("text"),
            "context": _context(text, sentences, trigger.get("start", -1)),
            "cite_info": {
                "article_id": record.get("id"),
                "url": record.get("url"),
                "outlet": record.get("outlet"),
                "published": record.get("published"),
                "source": (source.get("speaker_text") if source else None) or record.get("outlet"),
                "source_stance": source.get("stance") if source else None,
                "attribution": v.get("source"),
            },
        })
    return rows
