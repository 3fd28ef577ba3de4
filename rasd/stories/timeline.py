"""A story laid out: its events in time order and its state now.

Events are ordered by their normalised time (the event's own TIMEX3 value when the event stage
linked one, else the article's date), then by article and position. The state is what a reader
asks "where does it stand?" for: each party's latest position (its last attributed statement),
the deadlines and threats still open at the story's latest date, and what is disputed (events a
denial was linked to, with the denial).
"""
from __future__ import annotations

import json
import re

from sqlalchemy import select
from sqlalchemy.engine import Connection

from rasd.store import schema as t

_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?(T[\w:]+)?$")
THREAT_TYPES = ("THREATEN",)
THREAT_STANCES = ("THREATEN", "DEMAND")


def sort_key(value: str | None) -> str:
    """A sortable form of a TIMEX3 value; durations and unknowns sort last ("~")."""
    if value and _DATE.match(value):
        return value
    return "~"


def list_stories(conn: Connection) -> list[dict]:
    s, a = t.stories.c, t.articles.c
    members: dict[int, list] = {}
    for r in conn.execute(select(a.story_id, a.id, a.outlet, a.duplicate_of, a.story_date).order_by(a.pk)):
        members.setdefault(r.story_id, []).append(r)
    out = []
    for r in conn.execute(select(s.id, s.title, s.first_date, s.last_date, s.size).order_by(s.id)):
        ms = members.get(r.id, [])
        out.append({"id": r.id, "title": r.title, "articles": [m.id for m in ms], "size": r.size,
                    "republications": [m.id for m in ms if m.duplicate_of is not None],
                    "outlets": sorted({m.outlet for m in ms if m.outlet}),
                    "first_date": r.first_date, "last_date": r.last_date})
    return out


def story_view(conn: Connection, story_id: int) -> dict | None:
    s, a, ev, at, dn, en = t.stories.c, t.articles.c, t.events.c, t.attributions.c, t.denials.c, t.entities.c
    row = conn.execute(select(s.id, s.title, s.first_date, s.last_date, s.size).where(s.id == story_id)).first()
    if row is None:
        return None
    arts = {r.pk: r for r in conn.execute(select(a.pk, a.id, a.outlet, a.url, a.published, a.story_date, a.title,
                                                 a.duplicate_of).where(a.story_id == story_id).order_by(a.pk))}
    names = dict(conn.execute(select(en.id, en.name)).all())
    pks = list(arts)

    def where(r) -> dict:
        art = arts[r.article_pk]
        return {"article": art.id, "outlet": art.outlet, "published": art.published}

    events = []
    for r in conn.execute(select(t.events).where(ev.article_pk.in_(pks))):
        art = arts[r.article_pk]
        when = r.time_value or art.story_date
        events.append({"when": when, "time_text": r.time_text, "type": r.type, "mode": r.mode,
                       "actor": names.get(r.actor_entity), "target": names.get(r.target_entity),
                       "location": names.get(r.location_entity), "status": r.story_status,
                       "status_in_article": r.status, "source": r.source_text or art.outlet,
                       "trigger": r.trigger, "context": r.context, "local_id": r.local_id,
                       "_order": (sort_key(when), art.story_date or "~", r.article_pk, r.position), **where(r)})
    events.sort(key=lambda e: e.pop("_order"))

    statements = []
    for r in conn.execute(select(t.attributions).where(at.article_pk.in_(pks))):
        art = arts[r.article_pk]
        statements.append({"speaker": names.get(r.speaker_entity) or r.speaker_text, "stance": r.stance,
                           "cue": r.cue, "content": r.content, "channel": r.channel_text, "local_id": r.local_id,
                           "when": art.story_date, "_order": (art.story_date or "~", r.article_pk, r.position),
                           **where(r)})
    statements.sort(key=lambda x: x.pop("_order"))

    latest: dict[str, dict] = {}
    for st in statements:
        if st["speaker"]:
            latest[st["speaker"]] = st
    horizon = row.last_date or ""
    open_items = [e for e in events if e["type"] in THREAT_TYPES or (e["status"] in ("planned", "conditional")
                                                                      and sort_key(e["when"]) != "~")]
    open_items = [e for e in open_items if sort_key(e["when"]) == "~" or e["when"][:10] >= horizon[:10]]
    threats = [st for st in statements if st["stance"] in THREAT_STANCES]

    by_key = {(r.article_pk, r.local_id): r for r in conn.execute(select(t.attributions).where(at.article_pk.in_(pks)))}
    disputed = []
    for r in conn.execute(select(t.denials).where(dn.deny_article_pk.in_(pks)).order_by(dn.id)):
        d = by_key.get((r.deny_article_pk, r.deny_local))
        target = next((e for e in events if e["article"] == arts[r.event_article_pk].id
                       and e["local_id"] == r.event_local), None)
        if d is None or target is None:
            continue
        disputed.append({"event": {k: target[k] for k in ("type", "mode", "trigger", "status", "source", "article")},
                         "denied_by": names.get(d.speaker_entity) or d.speaker_text, "denial": d.content,
                         "denial_cue": d.cue, "denial_article": arts[r.deny_article_pk].id, "score": round(r.score, 3)})
    return {"id": row.id, "title": row.title, "first_date": row.first_date, "last_date": row.last_date,
            "size": row.size,
            "articles": [{"id": x.id, "outlet": x.outlet, "published": x.published, "title": x.title,
                          "republication_of": arts[x.duplicate_of].id if x.duplicate_of in arts else None}
                         for x in arts.values()],
            "timeline": events, "statements": statements,
            "state": {"positions": list(latest.values()), "open": open_items, "threats": threats,
                      "disputed": disputed}}


def to_json(view: dict) -> str:
    return json.dumps(view, ensure_ascii=False, indent=1)
