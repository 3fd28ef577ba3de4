"""Throughput of the whole `rasd extract` pipeline on one core, and each stage's share.

    .venv/bin/python bench/pipeline.py [--rounds N]

Texts: the seed plus ../shared/eval/dev when it is there (with their publication dates). Each
round reads every text from its bytes and runs every stage (clean, segment, entities, times,
attributions, events, geo) and the JSON record, in this one process; nothing is parallel.
"""
from __future__ import annotations

import argparse
import time

from corpus import cases
from rasd.pipeline import STAGES
from rasd.read import read_bytes


def corpus() -> list[tuple[bytes, str | None]]:
    return [(p.read_bytes(), published) for p, published in cases()]


def run_all(texts, per_stage: dict[str, float] | None = None) -> None:
    for data, published in texts:
        article = read_bytes(data, published=published)
        for name, stage in STAGES:
            if per_stage is None:
                article = stage(article)
            else:
                t0 = time.perf_counter()
                article = stage(article)
                per_stage[name] = per_stage.get(name, 0.0) + time.perf_counter() - t0
        article.to_json()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=10)
    a = ap.parse_args()
    texts = corpus()
    run_all(texts)                                  # warm the caches (lexicons, gazetteer, regexes)
    t0 = time.perf_counter()
    for _ in range(a.rounds):
        run_all(texts)
    dt = time.perf_counter() - t0
    n = a.rounds * len(texts)
    kb = sum(len(t) for t, _p in texts) / len(texts) / 1024
    print(f"whole extract: {n} articles ({kb:.1f} KB mean) in {dt:.2f}s = {n / dt:.0f} articles/s on one core")
    shares: dict[str, float] = {}
    run_all(texts, shares)
    total = sum(shares.values()) or 1.0
    print("per stage (ms/article): " + ", ".join(
        f"{k} {v / len(texts) * 1000:.2f} ({v / total:.0%})" for k, v in shares.items()))


if __name__ == "__main__":
    main()
