"""How rasd scales: cores, a Dask cluster, start-up, and store growth.

    .venv/bin/python bench/scaling.py workers [--n 800] [--rounds 2]
    .venv/bin/python bench/scaling.py startup [--runs 5]
    .venv/bin/python bench/scaling.py growth [--n 20000] [--steps 1000,2000,5000,10000,20000]

`workers`: the same batch of N articles (halves of the seed and dev cases joined, as
bench/ingest.py makes them) through the real command, `rasd extract BATCH --format jsonl`, with
--workers 1, --workers 2 and --dask (a local cluster of as many workers as cores), wall clock,
best of the rounds; the outputs are checked to be identical.
`startup`: wall clock of `rasd extract examples/seed.txt` (one article, the whole process), median
of the runs, and the slowest imports of `python -X importtime`.
`growth`: a corpus of N distinct articles in N/2 stories, dated at 8 articles a day, so that it
grows along time as an archive does: a story's first article is 10 sentences drawn from all the
cases, its second keeps 6 of them and adds 4, and the story's people and places get names of
their own (drawn from rasd's given-name and place lists), so entities and stories grow with N. The records are extracted once (on every core; cached under --cache) and then added
to a fresh SQLite store one by one; the time of each step (store ingest in all, and the story
clustering part of it) is printed against the article count, so near-linear growth shows as a
flat time per 1,000 articles.
"""
from __future__ import annotations

import argparse
import json
import random
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from corpus import cases  # noqa: E402

RASD = str(ROOT / ".venv" / "bin" / "rasd")


def mixed_batch(n: int) -> list[dict]:
    """n distinct articles: the first half of one case joined to the second half of another."""
    texts = [p.read_text(encoding="utf-8") for p, _ in cases()]
    halves = [(t[:len(t) // 2].rsplit("\n", 1)[0], t[len(t) // 2:].split("\n", 1)[-1]) for t in texts]
    pairs = [(i, j) for i in range(len(texts)) for j in range(len(texts)) if i != j]
    return [{"id": f"mix-{i}-{j}", "text": halves[i][0] + "\n" + halves[j][1]} for i, j in pairs[:n]]


def write_jsonl(rows: list[dict], path: Path) -> None:
    with path.open("w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def timed(cmd: list[str], out: Path) -> float:
    t0 = time.perf_counter()
    with out.open("wb") as f:
        subprocess.run(cmd, check=True, stdout=f, stderr=subprocess.DEVNULL)
    return time.perf_counter() - t0


def bench_workers(n: int, rounds: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        batch = Path(tmp) / "batch.jsonl"
        write_jsonl(mixed_batch(n), batch)
        runs = {"--workers 1": ["--workers", "1"], "--workers 2": ["--workers", "2"], "--dask (local cluster)": ["--dask"]}
        best, outputs = {}, {}
        for _ in range(rounds):
            for label, opts in runs.items():
                out = Path(tmp) / f"out{len(outputs)}.jsonl"
                t = timed([RASD, "extract", str(batch), "--format", "jsonl", *opts], out)
                best[label] = min(best.get(label, t), t)
                outputs.setdefault(label, out.read_bytes())
        one = best["--workers 1"]
        print(f"{n} articles, best of {rounds} rounds, wall clock of the whole command:")
        for label, t in best.items():
            same = "identical to --workers 1" if outputs[label] == outputs["--workers 1"] else "OUTPUT DIFFERS"
            print(f"  {label:22} {t:7.1f} s  {n / t:6.1f} articles/s  speed-up {one / t:4.2f}×  ({same})")


def bench_startup(runs: int) -> None:
    seed = str(ROOT / "examples" / "seed.txt")
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "out.json"
        times = [timed([RASD, "extract", seed, "--published", "2018-03-27", "--format", "json"], out) for _ in range(runs)]
        help_times = [timed([RASD, "--help"], out) for _ in range(runs)]
    print(f"rasd extract on one article: median {statistics.median(times):.2f} s (runs: "
          + ", ".join(f"{t:.2f}" for t in times) + ")")
    print(f"rasd --help: median {statistics.median(help_times):.2f} s")
    r = subprocess.run([sys.executable, "-X", "importtime", "-c", "import rasd.cli"],
                       capture_output=True, text=True, cwd=ROOT)
    rows = []
    for line in r.stderr.splitlines():
        parts = line.split("|")
        if len(parts) == 3 and parts[1].strip().isdigit():
            rows.append((int(parts[1]), parts[2].rstrip()))
    print("slowest imports of `import rasd.cli` (cumulative µs):")
    for us, name in sorted(rows, reverse=True)[:8]:
        print(f"  {us:9,}  {name}")


# --- growth -------------------------------------------------------------------------------------

def name_pools() -> tuple[list[str], list[str]]:
    """People's names (given name + family name from the given-name list) and Arab-world towns."""
    given = [w.strip() for w in (ROOT / "rasd/data/entities/given_names.tsv").read_text(encoding="utf-8").splitlines()
             if w.strip() and not w.startswith("#") and " " not in w.strip()]
    arab = {"SY", "IQ", "YE", "LB", "JO", "PS", "EG", "LY", "SD", "SA", "TN", "DZ", "MA"}
    towns = []
    for line in (ROOT / "rasd/data/geo/places.tsv").read_text(encoding="utf-8").splitlines():
        f = line.split("\t")
        if len(f) >= 7 and not line.startswith("#") and f[2] in arab and f[6].isdigit() and int(f[6]) >= 5000 \
                and " " not in f[0] and len(f[0]) >= 4:
            towns.append(f[0])
    return given, towns


def renamed(text: str, names: dict[str, str]) -> str:
    """The text with each name replaced where it stands as a word (longest names first)."""
    if not names:
        return text
    pattern = regex.compile(r"(?<!\p{L})(?:" + "|".join(map(regex.escape, sorted(names, key=len, reverse=True))) + r")(?!\p{L})")
    return pattern.sub(lambda m: names[m.group(0)], text)


def extract_record(row: dict) -> dict:
    from rasd.pipeline import process
    from rasd.read import article_from_record
    return process(article_from_record(row)).to_json()


SENTENCE_END = regex.compile(r"(?<=[.!؟?])\s+|\n+")
ARTICLES_PER_DAY = 8          # the archive grows along time, as a real one does
SENTENCES = 10                # sentences of a story's first article; its second keeps 6 and adds 4


def growth_corpus(n: int, cache: Path) -> list[dict]:
    """n articles in n/2 stories (see the module doc), extracted; cached in `cache`."""
    if cache.is_file():
        rows = [json.loads(line) for line in cache.open(encoding="utf-8")]
        if len(rows) >= n:
            return rows[:n]
    from rasd.parallel import ordered_map
    texts = [p.read_text(encoding="utf-8") for p, _ in cases()]
    records = list(ordered_map(extract_record, [{"id": f"b{i}", "text": t} for i, t in enumerate(texts)]))
    pool = [(i, x.strip()) for i, t in enumerate(texts) for x in SENTENCE_END.split(t) if len(x.split()) >= 6]
    given, towns = name_pools()
    rng = random.Random(20261206)
    raw = []
    for k in range(n // 2):
        picked = rng.sample(pool, SENTENCES + 4)
        names: dict[str, str] = {}                     # the story's own people and places
        for i in {i for i, _ in picked}:
            for e in records[i]["entities"]:
                if e["type"] == "PERSON":
                    new = f"{rng.choice(given)} ال{rng.choice(given)}"
                elif e["type"] in ("GPE", "LOC"):
                    new = rng.choice(towns)
                else:
                    continue
                for m in e["mentions"]:
                    names.setdefault(m["text"], new if " " in m["text"] or " " not in new else new.split()[-1])
        sentences = [renamed(x, names) for _, x in picked]
        day = date(2020, 1, 1) + timedelta(days=len(raw) // ARTICLES_PER_DAY)
        raw.append({"id": f"s{k}-a", "text": "\n".join(sentences[:SENTENCES]), "published": day.isoformat()})
        raw.append({"id": f"s{k}-b", "text": "\n".join(sentences[:6] + sentences[SENTENCES:]),
                    "published": (day + timedelta(days=1)).isoformat()})
    t0 = time.perf_counter()
    rows = list(ordered_map(extract_record, raw))
    print(f"(extracted {len(rows)} records on every core in {time.perf_counter() - t0:.0f} s; cached in {cache})")
    write_jsonl(rows, cache)
    return rows


def bench_growth(n: int, steps: list[int], cache: Path) -> None:
    from rasd.store import Store
    from rasd.stories import cluster
    records = growth_corpus(n, cache)
    spent = {"cluster": 0.0}
    original_best = cluster.StoryIndex.best

    def best(self, counts, day):                       # times the story clustering inside Store.add
        t0 = time.perf_counter()
        try:
            return original_best(self, counts, day)
        finally:
            spent["cluster"] += time.perf_counter() - t0
    cluster.StoryIndex.best = best
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(str(Path(tmp) / "growth.db"))
        print(f"{'articles':>9} {'store ingest, total':>20} {'per 1,000 in this step':>23} {'clustering, per 1,000':>22} {'stories':>8}")
        done, total, last_total, last_cluster, last_n = 0, 0.0, 0.0, 0.0, 0
        statuses = {}
        for step in steps:
            t0 = time.perf_counter()
            for rec in records[done:step]:
                s = store.add(rec).status
                statuses[s] = statuses.get(s, 0) + 1
            total += time.perf_counter() - t0
            done = step
            from sqlalchemy import text
            with store.engine.connect() as conn:
                stories = conn.execute(text("SELECT count(*) FROM stories")).scalar_one()
            k = (step - last_n) / 1000
            print(f"{step:9,} {total:18.1f} s {(total - last_total) / k:21.1f} s {(spent['cluster'] - last_cluster) / k:20.2f} s {stories:8,}")
            last_total, last_cluster, last_n = total, spent["cluster"], step
        store.close()
    print("statuses:", statuses)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = ap.add_subparsers(dest="what", required=True)
    w = sub.add_parser("workers")
    w.add_argument("--n", type=int, default=800)
    w.add_argument("--rounds", type=int, default=2)
    s = sub.add_parser("startup")
    s.add_argument("--runs", type=int, default=5)
    g = sub.add_parser("growth")
    g.add_argument("--n", type=int, default=20000)
    g.add_argument("--steps", default="1000,2000,5000,10000,20000")
    g.add_argument("--cache", default=str(Path(tempfile.gettempdir()) / "rasd-growth-records.jsonl"))
    args = ap.parse_args()
    if args.what == "workers":
        bench_workers(args.n, args.rounds)
    elif args.what == "startup":
        bench_startup(args.runs)
    else:
        bench_growth(args.n, [s for s in map(int, args.steps.split(",")) if s <= args.n], Path(args.cache))


if __name__ == "__main__":
    main()
