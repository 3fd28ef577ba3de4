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

from rasd.resources import load_list
from rasd.store import schema as t
from rasd.stories.terms import words

_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?(T[\w:]+)?$")
THREAT_TYPES = ("THREATEN",)
THREAT_STANCES = ("THREATEN", "DEMAND")
CUE_WINDOW = 60          # characters before a time expression searched for a deadline cue
_SENTENCE_END = re.compile(r"[.!?؟\n]")


def _deadline_cues() -> frozenset[str]:
    from rasd.text import normalize
    return frozenset(normalize(w) for w in load_list("deadline_cues.txt"))


def deadlines(record: dict) -> list[dict]:
    """Times of one article that set a deadline or a term, with what they bound and who said so."""
    text = record.get("text") or ""
    cues = _deadline_cues()
    out = []
    for tm in record.get("times", []):
        value = tm.get("value")
        if tm.get("type") not in ("DATE", "TIME") or not value or not _DATE.match(value):
            continue
        begin = max((m.end() for m in _SENTENCE_END.finditer(text, 0, tm["start"])), default=0)
        before = text[max(begin, tm["start"] - CUE_WINDOW):tm["start"]]
        if not any(w in cues or w[1:] in cues for w in words(before + " " + tm["text"])):
            continue
        m = _SENTENCE_END.search(text, tm["end"])
        sentence = text[begin:m.start() if m else len(text)].strip()
        source = next((x for x in record.get("attributions", []) if x.get("content")
                       and x["content"]["start"] <= tm["start"] < x["content"]["end"]), None)
        out.append({"when": value, "time_text": tm["text"], "context": sentence, "position": tm["start"],
                    "source": source.get("speaker_text") if source else None})
    return out


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
        events.append({"kind": "event", "when": when, "time_text": r.time_text, "type": r.type, "mode": r.mode,
                       "actor": names.get(r.actor_entity), "target": names.get(r.target_entity),
                       "location": names.get(r.location_entity), "status": r.story_status,
                       "status_in_article": r.status, "source": r.source_text or art.outlet,
                       "trigger": r.trigger, "context": r.context, "local_id": r.local_id,
                       "_order": (sort_key(when), art.story_date or "~", r.article_pk, r.position), **where(r)})
    for r in conn.execute(select(a.pk, a.record).where(a.pk.in_(pks) & a.duplicate_of.is_(None))):
        art = arts[r.pk]
        for d in deadlines(json.loads(r.record)):
            events.append({"kind": "deadline", "when": d["when"], "time_text": d["time_text"], "type": "DEADLINE",
                           "mode": None, "actor": None, "target": None, "location": None, "status": "planned",
                           "status_in_article": "planned", "source": d["source"] or art.outlet,
                           "trigger": d["time_text"], "context": d["context"], "local_id": None,
                           "article": art.id, "outlet": art.outlet, "published": art.published,
                           "_order": (sort_key(d["when"]), art.story_date or "~", r.pk, d["position"])})
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
    # open: deadlines later than the story's latest article, and threats not yet past
    open_items = [e for e in events if (e["type"] == "DEADLINE" and e["when"] > horizon)
                  or (e["type"] in THREAT_TYPES and (sort_key(e["when"]) == "~" or e["when"][:10] >= horizon[:10]))]
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
    linked = {(d["event"]["article"], d["event"]["trigger"]) for d in disputed}
    for e in (e for e in events if e["kind"] == "event"):   # disputed within one article by the event stage, with no denial to link
        if e["status"] == "disputed" and (e["article"], e["trigger"]) not in linked:
            disputed.append({"event": {k: e[k] for k in ("type", "mode", "trigger", "status", "source", "article")},
                             "denied_by": None, "denial": e["context"], "denial_cue": None,
                             "denial_article": e["article"], "score": None})
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
