"""Geocoding precision on gold cases, by the countries each article's gold names.

    .venv/bin/python eval/geo_precision.py [--cases ../shared/eval/dev] [--list]

The gold gives no coordinates, so this is a proxy: a place rasd locates at town or area precision
(1–2) counts as right when its country is one the case's gold entities name (a country, or a place
the gazetteer puts in one country) or a neighbour of one. It catches the errors that matter most
(a word read as a town abroad: Sétif for ستيف, Zanzibar for Zinjibar) and misses a wrong town in
the right country. `--list` prints the places counted wrong, to read them.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import rasd  # noqa: E402
from rasd.geo import _capitals, _country_of  # noqa: E402
from rasd.geo.gazetteer import gazetteer  # noqa: E402
from rasd.entities.lexicon import words  # noqa: E402


def gold_countries(gold: dict) -> set[str]:
    out: set[str] = set()
    gaz = gazetteer()
    for e in gold.get("entities", []):
        if e.get("type") not in ("GPE", "LOC", "FAC"):
            continue
        for name in [e["name"], *e.get("aliases", [])]:
            code = _country_of(name)
            if code:
                out.add(code)
                continue
            region = gaz.regions.get(" ".join(words(name)))
            if region and region.country:
                out.add(region.country)
                continue
            places = gaz.lookup(" ".join(words(name)))
            if places and len({p.country for p in places}) == 1:
                out.add(places[0].country)
    return out | {n for c in list(out) for n in _capitals().get(c, (0, 0, "", ()))[3]}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--cases", type=Path, default=ROOT.parent / "shared" / "eval" / "dev")
    ap.add_argument("--list", action="store_true")
    a = ap.parse_args()
    right = wrong = unlocated = coarse = 0
    for txt in sorted(a.cases.glob("*.txt")):
        gold = json.loads(txt.with_suffix(".json").read_text(encoding="utf-8"))
        countries = gold_countries(gold)
        article = rasd.analyze(txt.read_text(encoding="utf-8"), published=gold.get("published"))
        for e in article.entities:
            if e.type not in ("GPE", "LOC", "FAC") or _country_of(e.name):
                continue
            if e.geo is None:
                unlocated += 1
            elif e.geo["precision"] == 3:
                coarse += 1
            elif e.geo["country"] in countries:
                right += 1
            else:
                wrong += 1
                if a.list:
                    print(f"{txt.stem}\t{e.name}\t{e.geo['country']}\t{sorted(countries)}")
    located = right + wrong
    print(f"{a.cases}: places other than countries {located + coarse + unlocated}: located at town or area "
          f"precision {located}, in a country of the article {right} (precision {right / max(located, 1):.3f}); "
          f"province/country precision {coarse}; no coordinates {unlocated}")


if __name__ == "__main__":
    main()
