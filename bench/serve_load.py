"""Load on `rasd serve`: N concurrent clients against the API and pages on loopback, for a bounded time.

    .venv/bin/python bench/serve_load.py [--clients 50] [--seconds 20] [--db FILE]

Without --db, a fresh SQLite store is filled with the seed and the dev cases (../shared, when it is
there; the seed alone otherwise). The server is the real command (`rasd serve`, uvicorn, one
process) in a child process; the clients are httpx.AsyncClient connections in this process, each
looping over a mix of the read endpoints a user's browser and scripts hit (lists, one story, one
article, filtered events as JSON and GeoJSON, search, the HTML pages). Reported: requests/s over the
run, errors (a status >= 500, a refused or timed-out request; a 4xx is an error here too, since every
request in the mix is valid), latency median and 95th percentile, per endpoint and overall.
The clients share the machine with the server: on 2 cores the figure is a floor for the server.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from urllib.parse import quote

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from corpus import cases  # noqa: E402


def fill_store(db: Path) -> None:
    batch = db.with_suffix(".jsonl")
    with batch.open("w", encoding="utf-8") as f:
        for path, published in cases():
            f.write(json.dumps({"id": path.stem, "text": path.read_text(encoding="utf-8"),
                                "published": published}, ensure_ascii=False) + "\n")
    subprocess.run([str(ROOT / ".venv" / "bin" / "rasd"), "ingest", str(batch), "--db", str(db)],
                   check=True, stdout=subprocess.DEVNULL)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


async def wait_up(base: str, timeout: float = 30) -> None:
    async with httpx.AsyncClient() as c:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                if (await c.get(base + "/api/stories?per_page=1")).status_code == 200:
                    return
            except httpx.TransportError:
                pass
            await asyncio.sleep(0.2)
    raise SystemExit("the server did not come up")


async def request_mix(base: str) -> list[tuple[str, str]]:
    """(label, path) pairs over the store's own ids, so every request is a valid one."""
    async with httpx.AsyncClient(base_url=base) as c:
        arts = (await c.get("/api/articles", params={"per_page": 10})).json()["items"]
        stories = (await c.get("/api/stories", params={"per_page": 10})).json()["items"]
    art_ids = [a["id"] for a in arts][:5]
    story_ids = [s["id"] for s in stories][:5]
    mix = [("articles", "/api/articles?per_page=20"), ("stories", "/api/stories"),
           ("events", "/api/events?type=ASSAULT"), ("events", "/api/events?status=denied"),
           ("events.geojson", "/api/events.geojson"), ("search", "/api/search?q=" + "دوما"),
           ("search", "/api/search?q=" + "وقف إطلاق النار"), ("page /", "/"), ("page map", "/map")]
    mix += [("story", f"/api/stories/{i}") for i in story_ids]
    mix += [("page story", f"/story/{i}") for i in story_ids]
    mix += [("article", f"/api/articles/{quote(str(i))}") for i in art_ids]
    mix += [("page article", f"/article/{quote(str(i))}") for i in art_ids]
    return mix


async def client(base: str, mix, offset: int, stop_at: float, lat: dict, errors: dict) -> None:
    async with httpx.AsyncClient(base_url=base, timeout=30) as c:
        i = offset
        while time.monotonic() < stop_at:
            label, path = mix[i % len(mix)]
            i += 1
            t0 = time.perf_counter()
            try:
                r = await c.get(path)
                await r.aread()
                ok = r.status_code < 400
            except httpx.HTTPError:
                ok = False
            (lat[label] if ok else errors[label]).append(time.perf_counter() - t0)


def pct(xs: list[float], q: float) -> float:
    return statistics.quantiles(xs, n=100)[q - 1] * 1000 if len(xs) > 1 else (xs[0] * 1000 if xs else 0.0)


async def run(base: str, clients: int, seconds: float) -> None:
    mix = await request_mix(base)
    lat, errors = defaultdict(list), defaultdict(list)
    t0 = time.monotonic()
    await asyncio.gather(*(client(base, mix, k, t0 + seconds, lat, errors) for k in range(clients)))
    wall = time.monotonic() - t0
    done = sum(map(len, lat.values()))
    failed = sum(map(len, errors.values()))
    every = [x for xs in lat.values() for x in xs]
    print(f"{clients} clients, {wall:.1f} s: {done + failed} requests, {(done + failed) / wall:.0f} requests/s, "
          f"errors {failed}, latency median {pct(every, 50):.0f} ms, p95 {pct(every, 95):.0f} ms")
    for label in sorted(set(lat) | set(errors)):
        xs = lat[label]
        print(f"  {label:15} {len(xs):6} ok  {len(errors[label]):4} errors  median {pct(xs, 50):6.0f} ms  p95 {pct(xs, 95):6.0f} ms")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--clients", type=int, default=50)
    ap.add_argument("--seconds", type=float, default=20)
    ap.add_argument("--db", help="an existing store (default: a fresh one over the seed and dev cases)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(args.db) if args.db else Path(tmp) / "load.db"
        if not args.db:
            fill_store(db)
        port = free_port()
        server = subprocess.Popen([str(ROOT / ".venv" / "bin" / "rasd"), "serve", "--db", str(db),
                                   "--port", str(port)], stderr=subprocess.DEVNULL)
        base = f"http://127.0.0.1:{port}"
        try:
            asyncio.run(wait_up(base))
            asyncio.run(run(base, args.clients, args.seconds))
        finally:
            server.terminate()
            server.wait(10)


if __name__ == "__main__":
    main()
