"""Exports from the store: article records (JSONL), PLOVER events, ACLED-style CSV, GeoJSON, Parquet.

Field names and codes are documented in docs/stories.md ("Export"). Events are the unit of the
PLOVER, ACLED, GeoJSON and Parquet exports: one row per event of every stored article that is
not a republication of another (republications would double-count), with the event's status as
settled at story level (a denied claim shows as disputed).
"""
from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from functools import lru_cache
from typing import TextIO

from sqlalchemy import select

from rasd.events.lexicon import readings
from rasd.export.plover import to_plover
from rasd.resources import load_rows
from rasd.store import schema as t
from rasd.text.normalize import normalize

ACLED_COLUMNS = ["event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
                 "sub_event_type", "civilian_targeting", "actor1", "actor2", "country", "admin1", "location",
                 "latitude", "longitude",
                 "geo_precision", "source", "source_scale", "notes", "fatalities", "timestamp",
                 "rasd_story", "rasd_article", "rasd_event", "rasd_plover_type", "rasd_plover_mode", "rasd_status"]


@lru_cache(maxsize=1)
def _acled_map() -> tuple[tuple[str, str, str, tuple[str, str, str]], ...]:
    return tuple((p, normalize(m), c, (e, s, d)) for p, m, c, e, s, d in load_rows("acled_map.tsv"))


def _trigger_holds(trigger: str, word: str) -> bool:
    return any(r.key.lstrip("~") == word for w in normalize(trigger).split() for r in readings(w))


def acled_codes(plover_type: str, mode: str | None, civilians: bool = False,
                trigger: str | None = None) -> tuple[str, str, str]:
    """(event_type, sub_event_type, disorder_type) for a PLOVER type and mode, whether civilians
    were targeted, and (for an event with no mode) the trigger's words: the first row that fits."""
    for p, m, c, codes in _acled_map():
        if p not in (plover_type, "*") or c not in ("*", "civilians" if civilians else "*"):
            continue
        if m == "*" or m == (mode or "") or (m.startswith("=") and not mode and trigger
                                              and _trigger_holds(trigger, m[1:])):
            return codes
    raise ValueError("acled_map.tsv has no default row (* * *)")


def event_rows(store, articles=None) -> Iterator[dict]:
    """Every event of every original (non-republished) article, flat, with names and places resolved.
    `articles`, a select of article pks, limits the rows to those articles (a filter's candidates)."""
    a, ev, ae, en = t.articles.c, t.events.c, t.article_entities.c, t.entities.c

    def only(q, pk):
        return q if articles is None else q.where(pk.in_(articles))
    with store.engine.connect() as conn:
        # actors and places by their canonical names, so "الروس" in one article is روسيا in all
        canonical = {(r.article_pk, r.local_id): r for r in conn.execute(only(
            select(ae.article_pk, ae.local_id, en.name, en.lat, en.lon, en.country)
            .join(t.entities, en.id == ae.entity_id), ae.article_pk))}
        story_status = {(r.article_pk, r.local_id): r.story_status
                        for r in conn.execute(only(select(ev.article_pk, ev.local_id, ev.story_status), ev.article_pk))}
        rows = conn.execute(only(select(a.pk, a.id, a.story_id, a.outlet, a.url, a.published, a.story_date, a.record)
                                 .where(a.duplicate_of.is_(None)).order_by(a.pk), a.pk))
        for r in rows:
            rec = json.loads(r.record)
            by_id = {e["id"]: e for e in rec.get("entities", [])}
            times = {x["id"]: x for x in rec.get("times", [])}
            speakers = {x["id"]: x.get("speaker_text") for x in rec.get("attributions", [])}
            def name(local: str | None) -> str | None:
                c = canonical.get((r.pk, local))
                return c.name if c else (by_id.get(local) or {}).get("name")

            for v in rec.get("events", []):
                place = by_id.get(v.get("location")) or {}
                stored = canonical.get((r.pk, v.get("location")))
                geo = place.get("geo") or ({"lat": stored.lat, "lon": stored.lon, "country": stored.country}
                                           if stored is not None and stored.lat is not None else {})
                when = (times.get(v.get("time")) or {}).get("value")
                yield {"story": r.story_id, "article": r.id, "event": v["id"], "outlet": r.outlet, "url": r.url,
                       "published": r.published, "date": (when if when and when[:1].isdigit() else None) or r.story_date,
                       "type": v["type"], "mode": v.get("mode"),
                       "status": story_status.get((r.pk, v["id"]), v.get("status")),
                       "actor": name(v.get("actor")), "target": name(v.get("target")),
                       "location": name(v.get("location")), "latitude": geo.get("lat"), "longitude": geo.get("lon"),
                       "country": geo.get("country"), "admin1": geo.get("admin1"),
                       "source": speakers.get(v.get("source")), "trigger": v["trigger"]["text"],
                       "fatalities": v.get("fatalities"), "civilian_targeting": bool(v.get("civilian_targeting")),
                       "record": rec}


def _acled(row: dict) -> dict:
    etype, sub, disorder = acled_codes(row["type"], row["mode"], row["civilian_targeting"], row["trigger"])
    date = row["date"] or ""
    precision = 1 if len(date) >= 10 else (2 if len(date) >= 7 else 3)
    return {"event_id_cnty": f"RASD{row['story'] or 0}-{row['article']}-{row['event']}", "event_date": date[:10],
            "year": date[:4], "time_precision": precision, "disorder_type": disorder, "event_type": etype,
            "sub_event_type": sub, "civilian_targeting": "Civilian targeting" if row["civilian_targeting"] else "",
            "actor1": row["actor"] or "", "actor2": row["target"] or "",
            "country": row["country"] or "", "admin1": row["admin1"] or "", "location": row["location"] or "",
            "latitude": row["latitude"] if row["latitude"] is not None else "",
            "longitude": row["longitude"] if row["longitude"] is not None else "",
            "geo_precision": 1 if row["latitude"] is not None else "", "source": row["outlet"] or "",
            "source_scale": "", "notes": row["trigger"],
            "fatalities": row["fatalities"] if row["fatalities"] is not None else "", "timestamp": "",
            "rasd_story": row["story"], "rasd_article": row["article"], "rasd_event": row["event"],
            "rasd_plover_type": row["type"], "rasd_plover_mode": row["mode"] or "", "rasd_status": row["status"]}


def _feature(row: dict) -> dict:
    props = {k: row[k] for k in ("story", "article", "event", "type", "mode", "status", "date", "actor", "target",
                                 "location", "country", "admin1", "source", "outlet", "trigger", "fatalities",
                                 "civilian_targeting")}
    return {"type": "Feature", "geometry": {"type": "Point", "coordinates": [row["longitude"], row["latitude"]]},
            "properties": props}


def write_text(store, fmt: str, out: TextIO) -> int:
    """Write a text export to `out`; returns the number of records written."""
    n = 0
    if fmt == "jsonl":
        for rec in store.records():
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")
            n += 1
    elif fmt == "plover":
        for rec in store.records():
            for row in to_plover(rec):
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
                n += 1
    elif fmt == "acled-csv":
        w = csv.DictWriter(out, fieldnames=ACLED_COLUMNS)
        w.writeheader()
        for row in event_rows(store):
            w.writerow(_acled(row))
            n += 1
    elif fmt == "geojson":
        feats = [_feature(r) for r in event_rows(store) if r["latitude"] is not None and r["longitude"] is not None]
        out.write(json.dumps({"type": "FeatureCollection", "features": feats}, ensure_ascii=False) + "\n")
        n = len(feats)
    else:
        raise ValueError(f"unknown export format {fmt}")
    return n


PARQUET_COLUMNS = ["story", "article", "event", "outlet", "url", "published", "date", "type", "mode", "status",
                   "actor", "target", "location", "latitude", "longitude", "country", "admin1", "source", "trigger",
                   "fatalities", "civilian_targeting"]


def write_parquet(store, path: str) -> int:
    """The event rows as a Parquet table (pyarrow)."""
    import pyarrow as pa
    import pyarrow.parquet as pq
    rows = [{k: r[k] for k in PARQUET_COLUMNS} for r in event_rows(store)]
    types = {"story": pa.int64(), "latitude": pa.float64(), "longitude": pa.float64(), "fatalities": pa.int64(),
             "civilian_targeting": pa.bool_()}
    schema = pa.schema([(c, types.get(c, pa.string())) for c in PARQUET_COLUMNS])
    table = pa.Table.from_pylist(rows, schema=schema)
    pq.write_table(table, path)
    return table.num_rows
