"""An ordered map over articles on all cores: `rasd extract --workers N` and `rasd ingest --workers N`.

Articles are independent, so a batch is cut into small chunks that worker processes run while
this process consumes the results strictly in input order: the output is the same as with one
worker, line for line. Only a bounded number of chunks is in flight, so a batch of millions of
articles streams through in constant memory. A worker that dies (killed, out of memory) costs
only the articles it held: they are retried one by one, each in a fresh process, and the one that
kills its process again gets an error record while the rest go on.
"""
from __future__ import annotations

import multiprocessing
import os
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from itertools import islice
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")

CHUNK = 8             # articles per task: large enough to amortise pickling, small for even load
AHEAD = 3             # chunks in flight per worker: keeps every core busy without hoarding memory


def default_workers() -> int:
    """The cores this process may run on (a container or `taskset` may allow fewer than exist)."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)


def _context():
    # fork starts a worker in milliseconds and shares what is already loaded; spawn elsewhere
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else "spawn")


PARENT_POLL_S = 1.0    # how often a worker checks that the process that started it still runs


def _exit_with_parent(parent: int) -> None:
    """In a worker: end when the parent is gone. A parent killed outright (SIGKILL, out of memory)
    cannot stop its pool, and its workers would wait on the task queue for ever; a daemon thread
    that sees the parent change (the worker re-parented) ends the worker instead."""
    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(PARENT_POLL_S)
        os._exit(1)
    threading.Thread(target=watch, daemon=True, name="rasd-parent-watch").start()


def _pool(workers: int) -> ProcessPoolExecutor:
    return ProcessPoolExecutor(workers, mp_context=_context(), initializer=_exit_with_parent, initargs=(os.getpid(),))


def run_chunk(fn: Callable[[T], R], chunk: list[T]) -> list[R]:
    return [fn(x) for x in chunk]


def chunked(items: Iterable[T], size: int) -> Iterator[list[T]]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def _isolated(fn: Callable[[T], R], chunk: list[T], on_crash: Callable[[T, str], R]) -> list[R]:
    """Each article of a chunk whose worker died, alone in a fresh process."""
    out = []
    for x in chunk:
        with _pool(1) as solo:
            try:
                out.append(solo.submit(fn, x).result())
            except BrokenProcessPool:
                out.append(on_crash(x, "the worker process died on this article (out of memory?)"))
    return out


def ordered_map(fn: Callable[[T], R], items: Iterable[T], workers: int | None = None,
                on_crash: Callable[[T, str], R] | None = None, chunk: int = CHUNK) -> Iterator[R]:
    """`map(fn, items)` on `workers` processes (default: every core), results in input order.

    `fn` must be a module-level function (it is sent to the workers by name). `on_crash(item,
    reason)` makes the result of an article whose worker process died; without it such a death
    raises. With one worker everything runs here, in this process, with no pool at all."""
    workers = workers or default_workers()
    if workers <= 1:
        yield from map(fn, items)
        return
    pending: deque = deque()
    chunks = chunked(items, chunk)
    pool = _pool(workers)
    try:
        for c in islice(chunks, workers * AHEAD):
            pending.append((c, _submit(pool, fn, c)))
        while pending:
            c, future = pending.popleft()
            try:
                results = future.result()
            except BrokenProcessPool:
                if on_crash is None:
                    raise
                # every chunk in flight went down with the pool: keep what finished, redo the rest
                # one article a process, then go on with a fresh pool
                pool.shutdown(wait=False, cancel_futures=True)
                lost = [(c, future)] + list(pending)
                pending.clear()
                for lost_chunk, f in lost:
                    if f.done() and f.exception() is None:
                        yield from f.result()
                    else:
                        yield from _isolated(fn, lost_chunk, on_crash)
                pool = _pool(workers)
                for c in islice(chunks, workers * AHEAD):
                    pending.append((c, _submit(pool, fn, c)))
                continue
            nxt = next(chunks, None)
            if nxt is not None:
                pending.append((nxt, _submit(pool, fn, nxt)))
            yield from results
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _submit(pool: ProcessPoolExecutor, fn, chunk) -> Future:
    """The chunk's future; one already failed when the pool broke (handled where it is awaited)."""
    try:
        return pool.submit(run_chunk, fn, chunk)
    except BrokenProcessPool as e:
        failed: Future = Future()
        failed.set_exception(e)
        return failed
