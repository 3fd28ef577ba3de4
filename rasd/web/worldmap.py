"""The offline map: country outlines from the shipped GeoJSON drawn as SVG paths, event places as dots.

Plate carrée (x = longitude + 180, y = 90 − latitude, in degrees): for dots over country outlines
at news scale the distortion does not matter, and it needs no projection library. The view fits
the events' places with a margin; only the countries inside the view are sent.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

WORLD = Path(__file__).with_name("static") / "world.geojson"
MARGIN = 6.0          # degrees around the events' bounding box
MIN_SPAN = 24.0       # the narrowest view, in degrees, so one place still shows its region
ASPECT = 2.0          # width : height of the drawn map
WHOLE_WORLD = (0.0, 0.0, 360.0, 180.0)


@dataclass(frozen=True, slots=True)
class Country:
    name: str
    code: str
    path: str                                   # SVG path data
    box: tuple[float, float, float, float]      # min x, min y, max x, max y


def xy(lon: float, lat: float) -> tuple[float, float]:
    return round(lon + 180.0, 2), round(90.0 - lat, 2)


@lru_cache(maxsize=1)
def countries() -> tuple[Country, ...]:
    data = json.loads(WORLD.read_text(encoding="utf-8"))
    out = []
    for f in data["features"]:
        geom = f["geometry"]
        polys = geom["coordinates"] if geom["type"] == "MultiPolygon" else [geom["coordinates"]]
        parts, xs, ys = [], [], []
        for poly in polys:
            for ring in poly:
                pts = [xy(lon, lat) for lon, lat in ring]
                xs += [p[0] for p in pts]
                ys += [p[1] for p in pts]
                parts.append("M" + "L".join(f"{x:g} {y:g}" for x, y in pts) + "Z")
        props = f.get("properties") or {}
        out.append(Country(props.get("name") or "", props.get("iso_a3") or "", "".join(parts),
                           (min(xs), min(ys), max(xs), max(ys))))
    return tuple(out)


def view_box(points: list[tuple[float, float]]) -> tuple[float, float, float, float]:
    """(x, y, width, height) around these projected points, at the map's aspect ratio."""
    if not points:
        return WHOLE_WORLD
    x0, x1 = min(p[0] for p in points), max(p[0] for p in points)
    y0, y1 = min(p[1] for p in points), max(p[1] for p in points)
    w = max(x1 - x0 + 2 * MARGIN, MIN_SPAN)
    h = max(y1 - y0 + 2 * MARGIN, MIN_SPAN / ASPECT)
    w, h = max(w, h * ASPECT), max(h, w / ASPECT)
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    x = min(max(cx - w / 2, 0.0), max(360.0 - w, 0.0))
    y = min(max(cy - h / 2, 0.0), max(180.0 - h, 0.0))
    return round(x, 2), round(y, 2), round(min(w, 360.0), 2), round(min(h, 180.0), 2)


def visible(box: tuple[float, float, float, float]) -> list[Country]:
    x, y, w, h = box
    return [c for c in countries() if c.box[0] <= x + w and c.box[2] >= x and c.box[1] <= y + h and c.box[3] >= y]


def places(rows: list[dict]) -> list[dict]:
    """Event rows with coordinates grouped by place: one dot per place, with its events."""
    by_place: dict[tuple[float, float], dict] = {}
    for r in rows:
        if r.get("latitude") is None or r.get("longitude") is None:
            continue
        x, y = xy(r["longitude"], r["latitude"])
        dot = by_place.setdefault((x, y), {"x": x, "y": y, "name": r.get("location") or "", "events": []})
        dot["events"].append(r)
    # the busiest places first, so a smaller dot drawn later stays on top and clickable
    return sorted(by_place.values(), key=lambda d: -len(d["events"]))
