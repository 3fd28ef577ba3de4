"""Writing a stream of article records as numbered partitions: DIR/part-00000.jsonl, part-00001.jsonl …
(or .parquet), each of at most `size` records, in input order, so that `cat DIR/part-*.jsonl` is
exactly what `rasd extract --format jsonl` prints. A partition is written to a temporary name and
renamed when complete: an interrupted run leaves whole partitions only.
"""
from __future__ import annotations

import json
import os
from collections.abc import Iterable
from itertools import islice
from pathlib import Path

PARQUET_COLUMNS = ("id", "error", "title", "outlet", "published", "url")   # plus the whole record as JSON


class OutputError(ValueError):
    pass


def prepare(out_dir: str | Path) -> Path:
    """The output folder, created if need be; one that already holds partitions is refused, since
    mixing two runs' partitions would silently corrupt both."""
    d = Path(out_dir)
    if d.exists() and not d.is_dir():
        raise OutputError(f"{d} is a file, not a folder")
    d.mkdir(parents=True, exist_ok=True)
    if any(d.glob("part-*")):
        raise OutputError(f"{d} already holds partitions (part-*): give an empty or new folder")
    return d


def _write_jsonl(rows: list[dict], path: Path) -> None:
    with path.open("w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def _write_parquet(rows: list[dict], path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq
    table = {c: [None if r.get(c) is None else str(r[c]) for r in rows] for c in PARQUET_COLUMNS}
    table["record"] = [json.dumps(r, ensure_ascii=False) for r in rows]
    pq.write_table(pa.table(table, schema=pa.schema([(c, pa.string()) for c in table])), path)


def write_partitions(records: Iterable[dict], out_dir: str | Path, size: int, fmt: str = "jsonl") -> list[Path]:
    """Write the records as partitions of `size` into a folder made by `prepare`; the paths written."""
    d = Path(out_dir)
    write = _write_parquet if fmt == "parquet" else _write_jsonl
    it = iter(records)
    written = []
    while rows := list(islice(it, size)):
        path = d / f"part-{len(written):05d}.{fmt}"
        tmp = path.with_name("." + path.name + ".tmp")
        write(rows, tmp)
        os.replace(tmp, path)
        written.append(path)
    return written
