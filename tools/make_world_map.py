"""Build rasd/web/static/world.geojson, the country outlines of `rasd serve`'s offline map.

Source: Natural Earth 1:110m Admin 0 countries (public domain, naturalearthdata.com), as shipped
inside the geopandas 0.14.4 wheel on PyPI (geopandas/datasets/naturalearth_lowres). Coordinates
are rounded to 0.1° and repeated points dropped, which keeps the file small (the map is a
backdrop for event dots, not a survey). A one-off tool, not part of rasd; run it with pyshp:

    pip download geopandas==0.14.4 --no-deps -d /tmp/ne && cd /tmp/ne && unzip -q geopandas-*.whl
    pip install pyshp && python tools/make_world_map.py /tmp/ne/geopandas/datasets/naturalearth_lowres
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

import shapefile  # pyshp

OUT = Path(__file__).resolve().parents[1] / "rasd" / "web" / "static" / "world.geojson"
DIGITS = 1


def _ring(points: list) -> list | None:
    out: list[list[float]] = []
    for lon, lat in points:
        p = [round(lon, DIGITS), round(lat, DIGITS)]
        if not out or p != out[-1]:
            out.append(p)
    return out if len(out) >= 4 else None      # a closed ring needs 3 distinct points and the closing one


def polygons(shape) -> list[list[list]]:
    """The shape's parts as polygons of rings (outer ring first, holes after it)."""
    bounds = list(shape.parts) + [len(shape.points)]
    polys: list[list[list]] = []
    for a, b in zip(bounds, bounds[1:]):
        ring = _ring(shape.points[a:b])
        if ring is None:
            continue
        clockwise = sum((x2 - x1) * (y2 + y1) for (x1, y1), (x2, y2) in zip(ring, ring[1:])) > 0
        if clockwise or not polys:     # shapefile outer rings run clockwise, holes anticlockwise
            polys.append([ring])
        else:
            polys[-1].append(ring)
    return polys


def main(folder: str) -> None:
    reader = shapefile.Reader(str(Path(folder) / "naturalearth_lowres.shp"))
    features = []
    for sr in reader.iterShapeRecords():
        polys = polygons(sr.shape)
        if not polys:
            continue
        features.append({"type": "Feature", "properties": {"name": sr.record["name"], "iso_a3": sr.record["iso_a3"]},
                         "geometry": {"type": "MultiPolygon", "coordinates": polys}})
    collection = {"type": "FeatureCollection",
                  "source": "Natural Earth 1:110m Admin 0 countries (public domain), via geopandas 0.14.4",
                  "features": features}
    OUT.write_text(json.dumps(collection, separators=(",", ":"), ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{len(features)} countries, {OUT.stat().st_size:,} bytes → {OUT}")


if __name__ == "__main__":
    main(sys.argv[1])
