"""Story clustering against the gold `story` labels: B-cubed precision, recall and F1.

Ingests the seed and every dev case (../shared) as one JSONL batch with their ids, twice, into
a fresh store (SQLite by default, or --db URL), and prints the B-cubed figures and the clusters.
  .venv/bin/python bench/stories_eval.py [--db URL] [--shared ../shared] [--clusters]
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from rasd.store import Store  # noqa: E402
from rasd.store.ingest import ingest, records  # noqa: E402
from rasd.stories.metrics import bcubed  # noqa: E402
from rasd.stories.timeline import list_stories  # noqa: E402


def gold_batch(shared: Path, out: Path) -> dict[str, str]:
    """Write the seed and the dev cases as one JSONL batch; returns id → gold story label."""
    gold = {}
    with out.open("w", encoding="utf-8") as f:
        cases = [shared / "seed" / "seed.json"] + sorted((shared / "eval" / "dev").glob("*.json"))
        for meta_path in cases:
            meta = json.loads(meta_path.read_text(encoding="utf-8"))
            text = meta_path.with_suffix(".txt").read_text(encoding="utf-8")
            cid = meta.get("id") or meta_path.stem
            gold[cid] = meta.get("story") or "douma-2018"
            f.write(json.dumps({"id": cid, "text": text, "published": meta.get("published"),
                                "outlet": meta.get("outlet"), "url": meta.get("url")}, ensure_ascii=False) + "\n")
    return gold


def evaluate(db: str, shared: Path, batch: Path) -> dict:
    gold = gold_batch(shared, batch)
    store = Store(db)
    t0 = time.perf_counter()
    first = ingest(store, records([str(batch)]))
    second = ingest(store, records([str(batch)]))
    elapsed = time.perf_counter() - t0
    with store.engine.connect() as conn:
        stories = list_stories(conn)
    store.close()
    pred = {}
    placements = 0
    for s in stories:
        for a in s["articles"]:
            pred[a] = s["id"]
            placements += 1
    p, r, f = bcubed(pred, gold)
    return {"precision": p, "recall": r, "f1": f, "stories": stories, "gold": gold, "first": first.counts,
            "second": second.counts, "placements": placements, "seconds": elapsed}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--db", help="store URL (default: a fresh SQLite file)")
    ap.add_argument("--shared", default=str(Path(__file__).resolve().parents[2] / "shared"))
    ap.add_argument("--clusters", action="store_true", help="print each story with the gold labels of its articles")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or str(Path(tmp) / "eval.db")
        res = evaluate(db, Path(args.shared), Path(tmp) / "batch.jsonl")
    print(f"articles {len(res['gold'])}  stories {len(res['stories'])}  placements {res['placements']}")
    print(f"first ingest {dict(res['first'])}  second ingest {dict(res['second'])}  ({res['seconds']:.1f}s)")
    print(f"B-cubed precision {res['precision']:.3f}  recall {res['recall']:.3f}  F1 {res['f1']:.3f}")
    if args.clusters:
        for s in res["stories"]:
            print(s["id"], s["title"][:60], [f"{a}:{res['gold'].get(a)}" for a in s["articles"]])


if __name__ == "__main__":
    main()
