"""Throughput of read + clean + segment on one core.

    .venv/bin/python bench/read_clean.py [--rounds N]

Texts: the seed plus ../shared/eval/dev when it is there. Each round reads every text from its
bytes (encoding detection included), cleans it and segments it, in this one process.
"""
from __future__ import annotations

import argparse
import time

from corpus import case_paths
from rasd import clean, segment
from rasd.read import read_bytes


def corpus() -> list[bytes]:
    return [p.read_bytes() for p in case_paths()]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=20)
    a = ap.parse_args()
    texts = corpus()
    for data in texts:                      # warm the caches (lexicons, regexes)
        segment.run(clean.run(read_bytes(data)))
    t0 = time.perf_counter()
    for _ in range(a.rounds):
        for data in texts:
            segment.run(clean.run(read_bytes(data)))
    dt = time.perf_counter() - t0
    n = a.rounds * len(texts)
    kb = sum(len(t) for t in texts) / len(texts) / 1024
    print(f"read+clean+segment: {n} articles ({kb:.1f} KB mean) in {dt:.2f}s = {n / dt:.0f} articles/s on one core")


if __name__ == "__main__":
    main()
