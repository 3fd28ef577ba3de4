"""Benchmark of the attribution stage: articles per second on one core.

    .venv/bin/python bench/attributions.py [--cases DIR ...] [--rounds N]

Articles: the seed fixture plus every *.txt under the --cases folders (default: ../shared/eval/dev
when it exists). Each is run once through the stages before attributions (clean, segment,
entities, times), so the timed loop measures only attributions.run, the way the pipeline calls it.
The first call, which loads the lexicons, is timed separately.
"""
from __future__ import annotations

import argparse
import time
from pathlib import Path

from corpus import case_paths


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--cases", type=Path, action="append")
    ap.add_argument("--rounds", type=int, default=5)
    a = ap.parse_args()
    paths = case_paths(a.cases)

    from rasd import attributions
    from rasd.pipeline import STAGES
    from rasd.read import read_path

    before = [stage for name, stage in STAGES if name in ("clean", "segment", "entities", "times")]
    articles = []
    for p in paths:
        art = read_path(p)
        for stage in before:
            art = stage(art)
        articles.append(art)

    t0 = time.perf_counter()
    attributions.run(articles[0])
    first = time.perf_counter() - t0

    count = 0
    statements = 0
    t0 = time.perf_counter()
    for _ in range(a.rounds):
        for art in articles:
            attributions.run(art)
            count += 1
            statements += len(art.attributions)
    dt = time.perf_counter() - t0
    chars = sum(len(x.text) for x in articles) * a.rounds
    print(f"articles: {len(articles)} x {a.rounds} rounds, {chars / count:.0f} characters each on average")
    print(f"first call (loads the cue lexicon and word classes): {first * 1000:.1f} ms")
    print(f"attributions.run: {count / dt:.1f} articles/s, {dt / count * 1000:.2f} ms per article, "
          f"{statements / count:.1f} statements per article")


if __name__ == "__main__":
    main()
