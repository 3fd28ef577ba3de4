"""What the API and the pages read from the store, on top of the store's own queries.

Stories, story views and search come from rasd.stories.timeline and Store.search; event rows from
rasd.export.store_export.event_rows (the rows `rasd export` writes), filtered here. What is new
here is only what no command needed: a page of articles, one article's record, the claims board.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.engine import Connection

from rasd.export.store_export import event_rows
from rasd.store import schema as t
from rasd.text import normalize

CLAIM_STANCES = ("ANNOUNCE", "ACCUSE", "REVEAL", "CONFIRM", "THREATEN", "DEMAND")


@dataclass(frozen=True, slots=True)
class Page:
    number: int        # 1-based
    size: int

    @property
    def offset(self) -> int:
        return (self.number - 1) * self.size

    def of(self, items: list) -> dict:
        """One page of a list already in memory, with the total."""
        return {"page": self.number, "per_page": self.size, "total": len(items),
                "items": items[self.offset:self.offset + self.size]}


def article_page(conn: Connection, page: Page, story: int | None = None, outlet: str | None = None) -> dict:
    a = t.articles.c
    where = []
    if story is not None:
        where.append(a.story_id == story)
    if outlet:
        where.append(a.outlet == outlet)
    total = conn.execute(select(func.count()).select_from(t.articles).where(*where)).scalar_one()
    rows = conn.execute(select(a.pk, a.id, a.title, a.outlet, a.url, a.published, a.story_id, a.duplicate_of)
                        .where(*where).order_by(a.pk).limit(page.size).offset(page.offset)).all()
    originals = dict(conn.execute(select(a.pk, a.id).where(a.pk.in_([r.duplicate_of for r in rows if r.duplicate_of]))).all())
    items = [{"id": r.id, "title": r.title, "outlet": r.outlet, "url": r.url, "published": r.published,
              "story": r.story_id, "republication_of": originals.get(r.duplicate_of)} for r in rows]
    return {"page": page.number, "per_page": page.size, "total": total, "items": items}


def article(conn: Connection, article_id: str) -> dict | None:
    """{"story", "record"} of one stored article, or None."""
    a = t.articles.c
    row = conn.execute(select(a.record, a.story_id).where(a.id == article_id)).first()
    if row is None:
        return None
    return {"story": row.story_id, "record": json.loads(row.record)}


@dataclass(frozen=True, slots=True)
class EventFilter:
    type: str | None = None
    status: str | None = None
    actor: str | None = None         # part of the actor's or target's name, Arabic-normalised
    place: str | None = None         # part of the place's name or its country code
    story: int | None = None
    date_from: date | None = None
    date_to: date | None = None

    def keeps(self, row: dict) -> bool:
        if self.type and row["type"] != self.type.upper():
            return False
        if self.status and row["status"] != self.status:
            return False
        if self.story is not None and row["story"] != self.story:
            return False
        if self.actor and not any(_contains(row[k], self.actor) for k in ("actor", "target")):
            return False
        if self.place and not (_contains(row["location"], self.place)
                               or (row["country"] or "").upper() == self.place.upper()):
            return False
        day = (row["date"] or "")[:10]
        if self.date_from and not (day and day >= self.date_from.isoformat()[:len(day)]):
            return False
        if self.date_to and not (day and day[:10] <= self.date_to.isoformat()):
            return False
        return True


def _contains(value: str | None, part: str) -> bool:
    return bool(value) and normalize(part.strip()) in normalize(value)


def _candidates(flt: EventFilter):
    """The articles that can hold a matching event, chosen by the database from what it indexes
    (type, status, story), so a filtered request reads those articles and not the whole store;
    None when the filter names none of these. `EventFilter.keeps` still decides each row."""
    ev, a = t.events.c, t.articles.c
    q = select(ev.article_pk)
    if flt.type:
        q = q.where(ev.type == flt.type.upper())
    if flt.status:
        q = q.where(ev.story_status == flt.status)
    if flt.story is not None:
        q = q.where(ev.article_pk.in_(select(a.pk).where(a.story_id == flt.story)))
    return q if (flt.type or flt.status or flt.story is not None) else None


def events(store, flt: EventFilter) -> list[dict]:
    """The export's event rows that pass the filter, without the article record each row carries."""
    return [{k: v for k, v in r.items() if k != "record"}
            for r in event_rows(store, _candidates(flt)) if flt.keeps(r)]


def claims_board(view: dict) -> list[dict]:
    """A story's claims: each claim linked to a denial (who made it, who denied it, when), then
    the sourced statements no denial answers. From the story view, so it says what `rasd story` says."""
    dates = {a["id"]: a["published"] for a in view["articles"]}
    board = []
    for d in view["state"]["disputed"]:
        ev = d["event"]
        report = next((e for e in view["timeline"] if e["article"] == ev["article"] and e["trigger"] == ev["trigger"]), {})
        # an event reported inside the denial itself ("what is rumoured about … is untrue") has no
        # named claimant: its source is the one who denies it
        own = ev["article"] == d["denial_article"] and ev["source"] == d["denied_by"]
        board.append({"claim": report.get("context") or ev["trigger"], "what": ev["type"], "trigger": ev["trigger"],
                      "claimed_by": None if own else ev["source"], "claim_article": ev["article"], "claimed_when": report.get("when")
                      or dates.get(ev["article"]), "denied_by": d["denied_by"], "denial": d["denial"],
                      "denial_article": d["denial_article"], "denied_when": dates.get(d["denial_article"]),
                      "status": ev["status"]})
    answered = {(row["claim_article"], row["trigger"]) for row in board}
    for s in view["statements"]:
        if any(art == s["article"] and trig in s["content"] for art, trig in answered if s["content"]):
            continue                    # the claim of a row above, already shown with its denial
        if s["stance"] in CLAIM_STANCES and s["content"]:
            board.append({"claim": s["content"], "what": s["stance"], "trigger": s["cue"], "claimed_by": s["speaker"],
                          "claim_article": s["article"], "claimed_when": s["when"] or dates.get(s["article"]),
                          "denied_by": None, "denial": None, "denial_article": None, "denied_when": None,
                          "status": "undenied"})
    return board
