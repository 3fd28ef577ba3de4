"""The same ordered map over articles on a Dask cluster: `--dask` (a local cluster) or `--scheduler`.

The input is cut into partitions of PARTITION articles as it streams in; each partition is one
Dask task (dask.distributed futures), and only a few partitions per worker are in flight, so an
archive of millions of articles never sits in memory. Results come back in input order, as with
`rasd.parallel.ordered_map`, so whatever consumes them (the JSONL writer, the store's one writer)
cannot tell one engine from the other. A partition whose worker keeps dying (Dask retries it on
others first) is redone one article a task; an article that still kills its worker gets an error
record. Workers of a remote cluster must see the input files at the same paths (records from
JSONL, feeds and web archives travel with the task).
"""
from __future__ import annotations

import logging
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from itertools import islice

from rasd.parallel import chunked, run_chunk, default_workers

PARTITION = 200       # articles per Dask task: a task costs milliseconds of scheduling, an article ~10 ms
AHEAD = 2             # partitions in flight per worker thread
INSTALL = "pip install 'rasd[dask]'"


class DaskUnavailable(RuntimeError):
    pass


def _distributed():
    try:
        import distributed
    except ImportError:
        raise DaskUnavailable(f"--dask and --scheduler need Dask: {INSTALL}") from None
    return distributed


@contextmanager
def dask_client(scheduler: str | None = None, workers: int | None = None):
    """A client of the cluster at `scheduler` (tcp://host:8786), else of a local cluster of
    `workers` single-threaded processes (default: every core), closed on exit."""
    distributed = _distributed()
    if scheduler:
        client = distributed.Client(scheduler, timeout="20s")
        cluster = None
    else:
        cluster = distributed.LocalCluster(n_workers=workers or default_workers(), threads_per_worker=1,
                                           processes=True, dashboard_address=None, silence_logs=logging.ERROR)
        client = distributed.Client(cluster)
    try:
        yield client
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _threads(client) -> int:
    return max(1, sum(client.nthreads().values()))


def _isolated(client, fn, chunk, on_crash, killed) -> list:
    futures = [client.submit(fn, x, pure=False) for x in chunk]
    out = []
    for x, f in zip(chunk, futures):
        try:
            out.append(f.result())
        except killed:
            out.append(on_crash(x, "the worker process died on this article (out of memory?)"))
    return out


def dask_map(client, fn: Callable, items: Iterable, on_crash: Callable | None = None,
             partition: int = PARTITION) -> Iterator:
    """`map(fn, items)` on the Dask cluster of `client`, results in input order (see the module doc)."""
    killed = _distributed().KilledWorker
    window = _threads(client) * AHEAD
    parts = chunked(items, partition)
    pending: deque = deque()
    for c in islice(parts, window):
        pending.append((c, client.submit(run_chunk, fn, c, pure=False)))
    while pending:
        c, future = pending.popleft()
        nxt = next(parts, None)
        if nxt is not None:
            pending.append((nxt, client.submit(run_chunk, fn, nxt, pure=False)))
        try:
            results = future.result()
        except killed:
            if on_crash is None:
                raise
            results = _isolated(client, fn, c, on_crash, killed)
        future.release()
        yield from results
