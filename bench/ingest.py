"""Ingest speed into a SQLite store on one core: articles per second.

Two figures: `store` times Store.add on records already extracted (the store and story layer:
fingerprints, MinHash, entity resolution, clustering, denial links, writes), and `end to end`
times `rasd ingest` work from raw text (the per-article pipeline included).
The corpus is made from the seed and the dev cases (../shared): each synthetic article joins the
first half of one case to the second half of another, so every article is distinct and of
realistic length. Run:  .venv/bin/python bench/ingest.py [--n 600] [--shared ../shared]
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from rasd.pipeline import process  # noqa: E402
from rasd.read import article_from_record  # noqa: E402
from rasd.store import Store  # noqa: E402


def corpus(shared: Path, n: int) -> list[dict]:
    texts = [(shared / "seed" / "seed.txt").read_text(encoding="utf-8")]
    texts += [p.read_text(encoding="utf-8") for p in sorted((shared / "eval" / "dev").glob("*.txt"))]
    halves = [(t[:len(t) // 2].rsplit("\n", 1)[0], t[len(t) // 2:].split("\n", 1)[-1]) for t in texts]
    out = []
    for i in range(len(texts)):
        for j in range(len(texts)):
            if i != j:
                out.append({"id": f"mix-{i}-{j}", "text": halves[i][0] + "\n" + halves[j][1]})
            if len(out) >= n:
                return out
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=600)
    ap.add_argument("--shared", default=str(Path(__file__).resolve().parents[2] / "shared"))
    args = ap.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})    # one core
    raw = corpus(Path(args.shared), args.n)

    t0 = time.perf_counter()
    extracted = [process(article_from_record(r)).to_json() for r in raw]
    t_extract = time.perf_counter() - t0

    with tempfile.TemporaryDirectory() as tmp:
        store = Store(str(Path(tmp) / "bench.db"))
        t0 = time.perf_counter()
        statuses = [store.add(rec).status for rec in extracted]
        t_store = time.perf_counter() - t0
        t0 = time.perf_counter()
        again = [store.add(rec).status for rec in extracted]
        t_again = time.perf_counter() - t0
        with store.engine.connect() as conn:
            from sqlalchemy import text
            n_stories = conn.execute(text("SELECT count(*) FROM stories")).scalar_one()
        store.close()
        size = (Path(tmp) / "bench.db").stat().st_size
    n = len(extracted)
    print(f"articles {n}  mean length {sum(len(r['text']) for r in raw) // n} chars  stories {n_stories}  "
          f"new {statuses.count('new')}  republications {statuses.count('near-duplicate')}")
    print(f"store ingest (extracted records): {n / t_store:.1f} articles/s  ({t_store:.2f}s)")
    print(f"second ingest (all already stored): {n / t_again:.1f} articles/s")
    print(f"extraction (per-article pipeline): {n / t_extract:.1f} articles/s")
    print(f"end to end (extract + store): {n / (t_extract + t_store):.1f} articles/s")
    print(f"database size {size / 1e6:.1f} MB  ({json.dumps({'again': again.count('duplicate')})})")


if __name__ == "__main__":
    main()
