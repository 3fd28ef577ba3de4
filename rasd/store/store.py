"""The store: articles in, stories out, on SQLite or PostgreSQL through the same code.

`Store.add(record)` takes one rasd.article/1 record and, in one transaction, (1) skips it when
the store already has it (same id, URL or normalised text), (2) links it to the copy it
republishes when MinHash says so, (3) resolves its entities to canonical ones, (4) places it in a
story, (5) writes its attributions, events and times, and (6) links denials to what they deny.
A crash between articles leaves whole articles only; running the same input again resumes.
The in-memory indexes (entities, stories, term frequencies) are rebuilt from the tables on open
and after any failed transaction, so the tables are the only truth.
"""
from __future__ import annotations

import json
import re
import time
from collections import Counter
from dataclasses import dataclass

from sqlalchemy import bindparam, func, insert, select, update
from sqlalchemy import text as sql_text
from sqlalchemy.engine import Connection

from rasd.model import content_id
from rasd.store import fingerprint as fp
from rasd.store import schema as t
from rasd.store.db import make_engine, upgrade
from rasd.store.search import index_article, search
from rasd.stories import claims
from rasd.stories.cluster import STORED_FEATURES, StoryIndex, features, parse_day, story_date
from rasd.stories.entities import EntityIndex, candidate_keys, surname_key
from rasd.stories.terms import search_terms

_BAND_QUERY = sql_text("SELECT DISTINCT article_pk FROM minhash_bands WHERE "
                   + " OR ".join(f"(band = {i} AND hash = :h{i})" for i in range(fp.BANDS)))
TITLE_WORDS = 12        # a story title made from a lead sentence keeps this many words
HEADLINE_MIN_WORDS = 4  # fewer Arabic words than this is a page label, not a headline
LEAD_MIN_WORDS = 6      # a lead sentence shorter than this is a dateline or a fragment
_DATELINE = re.compile(r"^.{0,60}?(?:—|--)\s*")   # "عمان - 24 - 3 (كونا) -- " / "السيمر / … 2017 — "
_ARABIC_WORD = re.compile(r"[\u0621-\u064A]{2,}")
_SENTENCE_END = re.compile(r"[.!?؟\n]")


@dataclass(slots=True)
class Added:
    status: str              # "new", "near-duplicate" or "duplicate"
    article_id: str
    story_id: int | None
    duplicate_of: str | None = None


def _context(text: str, start: int, end: int) -> str:
    """The sentence around a span, for matching a denial to what it denies."""
    left = max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0)
    m = _SENTENCE_END.search(text, end)
    return text[left:m.start() if m else len(text)].strip()


def _headline(record: dict) -> str | None:
    """The article's headline when it reads as one (a few words, not a page label or a dateline)."""
    title = (record.get("title") or "").strip()
    return title if len(_ARABIC_WORD.findall(title)) >= HEADLINE_MIN_WORDS else None


def _lead_title(record: dict) -> str:
    """The headline, else the first real sentence of the body without its dateline, shortened."""
    headline = _headline(record)
    if headline:
        return headline
    text = (record.get("text") or "").strip()
    sentences = [x.strip() for x in _SENTENCE_END.split(text) if x.strip()]
    first = next((x for x in sentences if len(_ARABIC_WORD.findall(x)) >= LEAD_MIN_WORDS), sentences[0] if sentences else "")
    m = _DATELINE.match(first)
    if m and len(_ARABIC_WORD.findall(first[m.end():])) >= HEADLINE_MIN_WORDS:
        first = first[m.end():]
    ws = first.split()
    return " ".join(ws[:TITLE_WORDS]) + (" …" if len(ws) > TITLE_WORDS else "")


class Store:
    def __init__(self, db: str | None = None):
        self.engine = make_engine(db)
        upgrade(self.engine)
        self._loaded = False

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # ---- in-memory indexes, rebuilt from the tables -------------------------------------------
    def _load(self) -> None:
        self.entity_index = EntityIndex()
        self.story_index = StoryIndex()
        self.story_titles: dict[int, tuple[float, str]] = {}
        with self.engine.connect() as conn:
            for eid, etype in conn.execute(select(t.entities.c.id, t.entities.c.type)):
                self.entity_index.type_of[eid] = etype
            for key, eid in conn.execute(select(t.entity_aliases.c.key, t.entity_aliases.c.entity_id)):
                self.entity_index.add_alias(key, eid)
            weights = self.story_index.weights
            weights.df = dict(conn.execute(select(t.term_df.c.term, t.term_df.c.df)).all())
            weights.n_docs = conn.execute(select(func.count()).select_from(t.articles)
                                          .where(t.articles.c.duplicate_of.is_(None))).scalar_one()
            rows = conn.execute(select(t.articles.c.story_id, t.articles.c.vector, t.articles.c.story_date)
                                .where(t.articles.c.duplicate_of.is_(None)).order_by(t.articles.c.pk))
            for sid, vector, day in rows:
                if sid is not None:
                    self.story_index.add(sid, json.loads(vector), parse_day(day))
            for sid, title in conn.execute(select(t.stories.c.id, t.stories.c.title)):
                self.story_titles[sid] = (0.0, title or "")
        self._loaded = True

    # ---- ingest -----------------------------------------------------------------------------
    def add(self, record: dict) -> Added:
        """Store one rasd.article/1 record (see the module doc for what happens)."""
        if not self._loaded:
            self._load()
        body = (record.get("title") or "") + "\n" + (record.get("text") or "")
        finger = fp.exact_fingerprint(body)
        with self.engine.connect() as conn:
            known = self._known(conn, record, finger)
        if known:
            return Added("duplicate", known[0], known[1])
        mh = fp.minhash(body)
        try:
            with self.engine.begin() as conn:
                return self._insert(conn, record, finger, mh)
        except Exception:
            self._loaded = False       # memory may be ahead of the rolled-back tables
            raise

    def _known(self, conn: Connection, record: dict, finger: str) -> tuple[str, int | None] | None:
        a = t.articles.c
        cond = (a.id == record["id"]) | (a.fingerprint == finger)
        if record.get("url"):
            cond = cond | (a.url == record["url"])
        row = conn.execute(select(a.id, a.story_id).where(cond).limit(1)).first()
        return (row[0], row[1]) if row else None

    def _near_duplicate(self, conn: Connection, mh) -> tuple[int, str, int, float] | None:
        bands = fp.band_hashes(mh)
        params = {f"h{i}": h for i, h in enumerate(bands)}
        pks = {pk for (pk,) in conn.execute(_BAND_QUERY, params)}
        b = t.minhash_bands.c
        if not pks:
            return None
        best = None
        rows = conn.execute(select(b.article_pk, b.signature).where((b.band == 0) & b.article_pk.in_(pks)))
        for pk, sig in rows:
            j = fp.jaccard(mh, sig)
            if j >= fp.NEAR_DUPLICATE and (best is None or j > best[1]):
                best = (pk, j)
        if best is None:
            return None
        a = t.articles.c
        row = conn.execute(select(a.pk, a.id, a.story_id, a.duplicate_of).where(a.pk == best[0])).one()
        root = row.duplicate_of or row.pk      # link to the first copy, not to another republication
        if root != row.pk:
            row = conn.execute(select(a.pk, a.id, a.story_id).where(a.pk == root)).one()
        return row.pk, row.id, row.story_id, best[1]

    def _insert(self, conn: Connection, record: dict, finger: str, mh) -> Added:
        now = time.time()
        dup = self._near_duplicate(conn, mh)
        entity_ids = self._resolve_entities(conn, record)
        day = story_date(record)
        counts = dict(Counter(features(record, entity_ids)).most_common(STORED_FEATURES))
        weights = self.story_index.weights
        if dup is None:
            self._upsert_df(conn, counts)
            # statistics include the article itself while it is matched (rolled back on failure)
            for term in counts:
                weights.df[term] = weights.df.get(term, 0) + 1
            weights.n_docs += 1

        title_candidate = _lead_title(record)
        if dup is not None:
            story_id, score = dup[2], dup[3]
        else:
            story_id, score = self.story_index.best(counts, parse_day(day))
            if story_id is None:
                story_id = conn.execute(insert(t.stories), dict(
                    title=title_candidate, first_date=day, last_date=day, size=0,
                    created_at=now, updated_at=now)).inserted_primary_key[0]
        pk = conn.execute(insert(t.articles), dict(
            id=record["id"], content_id=content_id(record.get("title"), record.get("text")), fingerprint=finger,
            url=record.get("url"), outlet=record.get("outlet"), published=record.get("published"),
            story_date=day, title=record.get("title"), record=json.dumps(record, ensure_ascii=False),
            vector=json.dumps(counts, ensure_ascii=False),
            search_text=" ".join(search_terms(body_of(record))),
            duplicate_of=dup[0] if dup else None, similarity=dup[3] if dup else None,
            story_id=story_id, story_score=score if dup is None else None, ingested_at=now,
        )).inserted_primary_key[0]
        conn.execute(insert(t.minhash_bands), [
            {"band": i, "hash": h, "article_pk": pk, "signature": fp.signature_bytes(mh) if i == 0 else None}
            for i, h in enumerate(fp.band_hashes(mh))])
        index_article(conn, pk, " ".join(search_terms(body_of(record))))
        self._write_annotations(conn, pk, record, entity_ids)
        title = self._update_story(conn, story_id, day, dup is None, title_candidate, score, now,
                                   has_headline=_headline(record) is not None)
        claims.link_story(conn, story_id, pk)

        # the transaction commits when this returns; memory follows only then
        if dup is None:
            self.story_index.add(story_id, counts, parse_day(day))
        self.story_titles[story_id] = title
        return Added("near-duplicate" if dup else "new", record["id"], story_id, dup[1] if dup else None)

    def _upsert_df(self, conn: Connection, new_df: dict[str, int]) -> None:
        """One more document for each of these features."""
        if not new_df:
            return
        if self.dialect == "sqlite":
            from sqlalchemy.dialects.sqlite import insert as upsert
        else:
            from sqlalchemy.dialects.postgresql import insert as upsert
        stmt = upsert(t.term_df)
        stmt = stmt.on_conflict_do_update(index_elements=["term"], set_={"df": t.term_df.c.df + 1})
        conn.execute(stmt, [{"term": term, "df": 1} for term in new_df])

    def _resolve_entities(self, conn: Connection, record: dict) -> dict[str, int]:
        """Local entity id (E1…) → canonical entity id, creating entities and aliases as needed."""
        out: dict[str, int] = {}
        idx = self.entity_index
        pending: dict[str, int] = {}
        mentions: dict[int, int] = {}
        places: dict[int, dict] = {}
        for e in record.get("entities", []):
            name, keys = candidate_keys(e)
            if not keys:
                continue
            eid = idx.find(e["type"], keys)
            geo = e.get("geo") or {}
            if eid is None:
                eid = conn.execute(insert(t.entities), dict(
                    type=e["type"], name=name, key=keys[0], mentions=0, lat=geo.get("lat"), lon=geo.get("lon"),
                    country=geo.get("country"))).inserted_primary_key[0]
                idx.type_of[eid] = e["type"]
            elif geo.get("lat") is not None:
                places[eid] = geo
            mentions[eid] = mentions.get(eid, 0) + len(e.get("mentions") or [1])
            surname = surname_key(e["type"], keys[0])
            for k in keys + ([surname] if surname else []):
                if k not in idx.by_key and k not in pending:
                    pending[k] = eid
            out[e["id"]] = eid
        c = t.entities.c
        if mentions:
            conn.execute(update(t.entities).where(c.id == bindparam("eid")).values(mentions=c.mentions + bindparam("n")),
                         [{"eid": eid, "n": n} for eid, n in mentions.items()])
        if places:                          # the first coordinates a place gets stay
            conn.execute(update(t.entities).where((c.id == bindparam("eid")) & c.lat.is_(None))
                         .values(lat=bindparam("lat"), lon=bindparam("lon"), country=bindparam("country")),
                         [{"eid": eid, "lat": g.get("lat"), "lon": g.get("lon"), "country": g.get("country")}
                          for eid, g in places.items()])
        if pending:
            conn.execute(insert(t.entity_aliases), [{"key": k, "entity_id": eid, "alias": k}
                                                    for k, eid in pending.items()])
        for k, eid in pending.items():
            idx.add_alias(k, eid)
        return out

    def _write_annotations(self, conn: Connection, pk: int, record: dict, entity_ids: dict[str, int]) -> None:
        text = record.get("text") or ""
        rows = [{"article_pk": pk, "local_id": e["id"], "entity_id": entity_ids[e["id"]], "name": e["name"],
                 "type": e["type"], "count": len(e.get("mentions") or [1])}
                for e in record.get("entities", []) if e["id"] in entity_ids]
        if rows:
            conn.execute(insert(t.article_entities), rows)
        rows = [{"article_pk": pk, "local_id": x["id"], "speaker_entity": entity_ids.get(x.get("speaker")),
                 "speaker_text": x.get("speaker_text"), "anonymous": bool(x.get("anonymous")), "stance": x["stance"],
                 "cue": x["cue"]["text"], "channel_text": x.get("channel_text"), "direct": bool(x.get("direct")),
                 "content": (x.get("content") or {}).get("text"), "content_start": (x.get("content") or {}).get("start"),
                 "content_end": (x.get("content") or {}).get("end"), "position": x["cue"]["start"]}
                for x in record.get("attributions", [])]
        if rows:
            conn.execute(insert(t.attributions), rows)
        times = {x["id"]: x for x in record.get("times", [])}
        speakers = {x["id"]: x.get("speaker_text") for x in record.get("attributions", [])}
        contents = {x["id"]: (x.get("content") or {}).get("text") for x in record.get("attributions", [])}
        rows = []
        for v in record.get("events", []):
            tm = times.get(v.get("time")) or {}
            trig = v["trigger"]
            rows.append({"article_pk": pk, "local_id": v["id"], "type": v["type"], "mode": v.get("mode"),
                         "actor_entity": entity_ids.get(v.get("actor")), "target_entity": entity_ids.get(v.get("target")),
                         "location_entity": entity_ids.get(v.get("location")), "time_value": tm.get("value"),
                         "time_text": tm.get("text"), "status": v.get("status") or "asserted",
                         "story_status": v.get("status") or "asserted", "source_local": v.get("source"),
                         "source_text": speakers.get(v.get("source")), "trigger": trig["text"],
                         "context": contents.get(v.get("source")) or _context(text, trig["start"], trig["end"]),
                         "position": trig["start"]})
        if rows:
            conn.execute(insert(t.events), rows)
        rows = [{"article_pk": pk, "local_id": x["id"], "type": x["type"], "value": x.get("value"),
                 "text": x["text"], "position": x["start"]} for x in record.get("times", [])]
        if rows:
            conn.execute(insert(t.times), rows)

    def _update_story(self, conn: Connection, story_id: int, day: str | None, counts: bool, title_candidate: str,
                      score: float, now: float, has_headline: bool) -> tuple[float, str]:
        """Size, date range and title of a story after an article joined it."""
        s = t.stories.c
        row = conn.execute(select(s.first_date, s.last_date, s.size, s.title).where(s.id == story_id)).one()
        first = min(filter(None, [row.first_date, day]), default=None)
        last = max(filter(None, [row.last_date, day]), default=None)
        # the title comes from the article closest to the story's centre, headlines preferred
        current = self.story_titles.get(story_id, (0.0, row.title or ""))
        mine = (score + (1.0 if has_headline else 0.0), title_candidate) if counts else current
        if row.size == 0:
            mine = (0.5 + (1.0 if has_headline else 0.0), title_candidate)
        title = mine if mine[0] > current[0] or not current[1] else current
        conn.execute(update(t.stories).where(s.id == story_id).values(
            first_date=first, last_date=last, size=row.size + (1 if counts else 0), title=title[1], updated_at=now))
        return title

    # ---- reading ----------------------------------------------------------------------------
    def search(self, query: str, limit: int = 20) -> list[dict]:
        with self.engine.connect() as conn:
            hits = search(conn, query, limit)
            if not hits:
                return []
            a = t.articles.c
            rows = {r.pk: r for r in conn.execute(select(a.pk, a.id, a.title, a.outlet, a.published, a.story_id,
                                                         a.record).where(a.pk.in_([pk for pk, _ in hits])))}
        out = []
        for pk, score in hits:
            r = rows[pk]
            rec = json.loads(r.record)
            out.append({"id": r.id, "score": round(score, 4), "title": r.title or _lead_title(rec),
                        "outlet": r.outlet, "published": r.published, "story": r.story_id})
        return out

    def records(self):
        """Every stored rasd.article/1 record, in ingest order."""
        with self.engine.connect() as conn:
            for (rec,) in conn.execute(select(t.articles.c.record).order_by(t.articles.c.pk)):
                yield json.loads(rec)

    def count(self) -> int:
        with self.engine.connect() as conn:
            return conn.execute(select(func.count()).select_from(t.articles)).scalar_one()


def body_of(record: dict) -> str:
    return (record.get("title") or "") + "\n" + (record.get("text") or "")


__all__ = ["Store", "Added"]
