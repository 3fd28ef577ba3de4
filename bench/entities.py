"""Benchmark of the entity and geo stages: articles per second on one core, and the memory the
loaded lexicons and gazetteer hold.

    .venv/bin/python bench/entities.py [--cases DIR ...] [--rounds N]

The rate is measured in CPU time of this process (time.process_time), so it is the one-core
figure even on a machine shared with other work; the best of several rounds is reported (as timeit
does: the others are slowed by other processes), with the median round and the wall clock beside it.
Articles: the seed fixture plus every *.txt under the --cases folders (default: ../shared/eval/dev
when it exists). Each is cleaned and segmented once; the timed loop runs only entities.run and
geo.run. Memory: resident set size (RSS) before loading the resources, after the gazetteer and
after the lexicons.
"""
from __future__ import annotations

import argparse
import resource
import time
from pathlib import Path

from corpus import case_paths


def rss_mb() -> float:
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--cases", type=Path, action="append")
    ap.add_argument("--rounds", type=int, default=9)
    a = ap.parse_args()
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in case_paths(a.cases)]

    from rasd import clean, segment
    from rasd.entities.lexicon import lexicon
    from rasd.entities.recognize import recognizer
    from rasd.geo.gazetteer import gazetteer
    from rasd.model import Article

    base = rss_mb()                           # before any resource (the cleaner's datelines use the gazetteer too)
    t0 = time.perf_counter()
    gazetteer()
    with_gazetteer = rss_mb()
    lexicon()
    recognizer()
    load_s = time.perf_counter() - t0
    loaded = rss_mb()
    articles = [segment.run(clean.run(Article(raw=t))) for t in texts]

    from rasd import entities, geo
    for art in articles:                      # warm-up
        geo.run(entities.run(art))
    chars = sum(len(x.text) for x in articles)
    cpu_rounds, wall_rounds = [], []
    for _ in range(a.rounds):
        t0, c0 = time.perf_counter(), time.process_time()
        for art in articles:
            geo.run(entities.run(art))
        wall_rounds.append(time.perf_counter() - t0)
        cpu_rounds.append(time.process_time() - c0)
    best, median = min(cpu_rounds), sorted(cpu_rounds)[len(cpu_rounds) // 2]
    wall = sorted(wall_rounds)[len(wall_rounds) // 2]
    n = len(articles)
    print(f"articles            {len(articles)} (mean {chars / len(articles):.0f} characters), {a.rounds} rounds")
    print(f"resources load      {load_s:.2f} s")
    print(f"entities+geo        {n / best:.0f} articles/s on one core, CPU time, best round "
          f"({1000 * best / n:.2f} ms per article); median round {n / median:.0f}/s")
    print(f"                    {n / wall:.0f} articles/s wall clock, median round (lower when other processes share the core)")
    print(f"RSS                 {base:.0f} MB before resources; gazetteer loaded {with_gazetteer:.0f} MB "
          f"(+{with_gazetteer - base:.0f} MB); lexicons too {loaded:.0f} MB (+{loaded - base:.0f} MB)")
    print(f"RSS at end          {rss_mb():.0f} MB")


if __name__ == "__main__":
    main()
