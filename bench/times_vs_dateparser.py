"""rasd's time stage side by side with dateparser's search_dates on the same dev texts.

    .venv/bin/python bench/times_vs_dateparser.py [--rounds N]

For every case of ../shared/eval/dev (and the seed) the text is read, cleaned and segmented once
(as in the pipeline, the segment stage makes the normalised view the time stage reads); then
both systems run over the same cleaned text with the same publication date:
  rasd       rasd.times.run(article)
  dateparser dateparser.search.search_dates(text, languages=['ar'],
             settings={'RELATIVE_BASE': published})   (published absent: dateparser's own 'now')
Each system's expressions are scored against the gold with the matching of score.py (gold
tokens covered ≥ 0.5, one to one) and its value check; a dateparser hit gets the value
YYYY-MM-DD, or YYYY-MM-DDTHH:MM when it found a time of day. "values right" is counted over the
gold expressions and, as score.py's time_value_acc, over the matched ones. Time per article is
the median over the cases of the best of N rounds, the two systems taking turns on each article;
the stage alone (reading, cleaning and segmenting not counted).
Skips (exit 0) when ../shared is not there or dateparser is not installed.
"""
from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def load_score():
    spec = importlib.util.spec_from_file_location("rasd_bench_score", SHARED / "eval" / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def cases():
    from rasd import clean, segment
    from rasd.model import Article
    from rasd.read.dates import parse_published
    paths = sorted((SHARED / "eval" / "dev").glob("*.json")) + [SHARED / "seed" / "seed.json"]
    for path in paths:
        gold = json.loads(path.read_text(encoding="utf-8"))
        article = Article(raw=path.with_suffix(".txt").read_text(encoding="utf-8"))
        article.published = parse_published(gold.get("published"))
        yield gold, segment.run(clean.run(article))


def run_rasd(article):
    from rasd import times
    article.times = []
    article.warnings = []
    return [{"text": t.span.text, "value": t.value} for t in times.run(article).times]


def run_dateparser(article):
    from dateparser.search import search_dates
    from rasd.read.dates import published_datetime
    settings = {}
    base = published_datetime(article.published)
    if base is not None:
        settings["RELATIVE_BASE"] = base.replace(tzinfo=None)
    found = search_dates(article.text, languages=["ar"], settings=settings) or []
    out = []
    for text, when in found:
        value = when.date().isoformat() if when.time() == dt.time(0, 0) else when.strftime("%Y-%m-%dT%H:%M")
        out.append({"text": text, "value": value})
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=3)
    a = ap.parse_args()
    if not (SHARED / "eval" / "dev").is_dir():
        print("skipped: ../shared/eval/dev is not here")
        return 0
    try:
        import dateparser.search  # noqa: F401
    except ImportError:
        print("skipped: dateparser is not installed (pip install dateparser)")
        return 0
    score = load_score()
    data = list(cases())
    systems = {"rasd": run_rasd, "dateparser": run_dateparser}
    for fn in systems.values():            # warm up: lexicons, regexes, language data
        fn(data[0][1])
    outputs: dict[str, list] = {name: [] for name in systems}
    seconds: dict[str, list] = {name: [] for name in systems}
    for _gold, article in data:
        # the two systems take turns on each article, so both see the same machine load
        best = {name: float("inf") for name in systems}
        last = {}
        for _ in range(a.rounds):
            for name, fn in systems.items():
                t0 = time.perf_counter()
                last[name] = fn(article)
                best[name] = min(best[name], time.perf_counter() - t0)
        for name in systems:
            outputs[name].append(last[name])
            seconds[name].append(best[name])
    print(f"{len(data)} articles, {sum(len(g.get('times') or []) for g, _ in data)} gold time expressions")
    print(f"{'system':12s} {'found':>6s} {'matched':>8s} {'P':>6s} {'R':>6s} {'F1':>6s} "
          f"{'values right':>14s} {'of matched':>11s} {'ms/article':>11s}")
    for name in systems:
        tp = gold_n = sys_n = right = 0
        for (gold, _article), out in zip(data, outputs[name]):
            r = score.score_case(gold, {"times": [dict(o, id=f"T{i}") for i, o in enumerate(out)]})
            tp, gold_n, sys_n = tp + r["time"][0], gold_n + r["time"][1], sys_n + r["time"][2]
            right += r["time_value"]
        p, rc, f1 = score.prf(tp, gold_n, sys_n)
        print(f"{name:12s} {sys_n:6d} {tp:8d} {p:6.3f} {rc:6.3f} {f1:6.3f} {right:6d} ({right / gold_n:.3f}) "
              f"{right / tp if tp else 0:11.3f} {statistics.median(seconds[name]) * 1000:11.2f}")
    ratio = statistics.median(seconds["dateparser"]) / statistics.median(seconds["rasd"])
    print(f"rasd is {ratio:.1f}x faster per article (median of the per-article best of {a.rounds} rounds)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
