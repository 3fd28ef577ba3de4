"""Many cores and Dask: the same records, in the same order, as one process; a bad article (or one
that kills its worker) gets its error record and the rest go on; the store keeps one writer."""
from __future__ import annotations

import json
import os

import pytest
from typer.testing import CliRunner

from rasd.cli import app
from rasd.parallel import ordered_map
from rasd.pipeline import crash_record, record_of
from rasd.read.sources import iter_items

runner = CliRunner()
GAZA = ("قال المتحدث باسم وزارة الصحة في غزة أشرف القدرة إن ثلاثة فلسطينيين قتلوا في غارة إسرائيلية "
        "استهدفت منزلا في خان يونس صباح اليوم الثلاثاء.")
YEMEN = ("أعلن التحالف بقيادة السعودية أمس الاثنين أنه اعترض صاروخا باليستيا أطلقه الحوثيون باتجاه "
         "مدينة جازان، وفق ما نقلت وكالة الأنباء السعودية.")


def _square_or_die(x: int) -> int:
    if x == 13:
        os._exit(3)                 # a worker killed outright, as by the kernel's OOM killer
    return x * x


def _square(x: int) -> int:
    return x * x


@pytest.fixture
def batch(tmp_path, seed_text):
    """A JSONL batch of real articles with a bad line, a line that is no article, and an English one."""
    lines = [json.dumps({"id": f"a{i}", "text": t}, ensure_ascii=False)
             for i, t in enumerate([seed_text, GAZA, YEMEN] * 4)]
    lines[4:4] = ["{not json", json.dumps({"id": "no-text"}), json.dumps({"id": "en", "text": "plain English words"})]
    path = tmp_path / "batch.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_ordered_map_keeps_the_input_order_across_chunks():
    items = list(range(200))
    assert list(ordered_map(_square, iter(items), workers=2, chunk=3)) == [x * x for x in items]
    assert list(ordered_map(_square, [], workers=2)) == []


def test_a_worker_that_dies_costs_only_its_article():
    got = list(ordered_map(_square_or_die, range(40), workers=2, chunk=4, on_crash=lambda x, why: ("lost", x, why)))
    assert got[13][:2] == ("lost", 13) and "died" in got[13][2]
    assert got[:13] + got[14:] == [x * x for x in range(40) if x != 13]


def test_a_worker_that_dies_without_a_fallback_is_an_error():
    from concurrent.futures.process import BrokenProcessPool
    with pytest.raises(BrokenProcessPool):
        list(ordered_map(_square_or_die, range(20), workers=2, chunk=4))


def test_extract_on_two_workers_prints_what_one_prints(batch):
    one = runner.invoke(app, ["extract", str(batch), "--format", "jsonl", "--workers", "1"])
    two = runner.invoke(app, ["extract", str(batch), "--format", "jsonl", "--workers", "2"])
    assert one.exit_code == two.exit_code == 0
    assert two.stdout == one.stdout
    rows = [json.loads(x) for x in one.stdout.splitlines()]
    assert len(rows) == 15 and ["error" in r for r in rows].count(True) == 3
    assert rows[0]["id"] == "a0" and rows[5]["id"] == "no-text" and "error" in rows[6]
    assert rows[7]["id"] == "a4" and rows[7]["entities"]


def test_output_partitions_hold_the_stdout_records(batch, tmp_path):
    whole = runner.invoke(app, ["extract", str(batch), "--format", "jsonl", "-w", "1"]).stdout
    out = tmp_path / "parts"
    res = runner.invoke(app, ["extract", str(batch), "--output", str(out), "--partition-size", "4", "-w", "2"])
    assert res.exit_code == 0, res.output
    parts = sorted(out.glob("part-*.jsonl"))
    assert [p.name for p in parts] == [f"part-{i:05d}.jsonl" for i in range(4)]
    assert "".join(p.read_text(encoding="utf-8") for p in parts) == whole
    again = runner.invoke(app, ["extract", str(batch), "--output", str(out)])
    assert again.exit_code == 1 and "already holds partitions" in again.stderr


def test_parquet_partitions(batch, tmp_path):
    import pyarrow.parquet as pq
    out = tmp_path / "pq"
    res = runner.invoke(app, ["extract", str(batch), "--output", str(out), "--format", "parquet", "-w", "2"])
    assert res.exit_code == 0, res.output
    table = pq.read_table(out / "part-00000.parquet")
    assert table.num_rows == 15
    records = [json.loads(x) for x in table.column("record").to_pylist()]
    assert records[0]["id"] == table.column("id").to_pylist()[0] == "a0"
    assert table.column("error").to_pylist()[4] is not None
    no_dir = runner.invoke(app, ["extract", str(batch), "--format", "parquet"])
    assert no_dir.exit_code == 1 and no_dir.stderr.startswith("rasd: parquet is binary")


def _stories(db):
    res = runner.invoke(app, ["stories", "--db", db, "--format", "json"])
    return [(s["title"], [a["id"] if isinstance(a, dict) else a for a in s["articles"]])
            for s in json.loads(res.stdout)]


def test_ingest_on_two_workers_stores_what_one_stores(batch, tmp_path):
    one, two = str(tmp_path / "one.db"), str(tmp_path / "two.db")
    r1 = runner.invoke(app, ["ingest", str(batch), "--db", one, "--workers", "1"])
    r2 = runner.invoke(app, ["ingest", str(batch), "--db", two, "--workers", "2"])
    assert r1.exit_code == r2.exit_code == 0
    assert r1.stderr == r2.stderr and "3 errors" in r1.stderr
    assert _stories(two) == _stories(one)


@pytest.fixture(scope="module")
def dask_client():
    distributed = pytest.importorskip("distributed")
    import logging
    with distributed.LocalCluster(n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None,
                                  silence_logs=logging.ERROR) as cluster, distributed.Client(cluster) as client:
        yield client


def test_dask_local_cluster_gives_the_single_process_records(batch, dask_client):
    from distributed import get_task_stream

    from rasd.on_dask import dask_map
    assert len(dask_client.nthreads()) == 2
    single = [record_of(x) for x in iter_items([str(batch)])]
    with get_task_stream(dask_client) as stream:
        on_dask = list(dask_map(dask_client, record_of, iter_items([str(batch)]), crash_record, partition=2))
    assert on_dask == single
    assert len(stream.data) == 8 and len({t["worker"] for t in stream.data}) == 2    # both workers took partitions


def test_ingest_from_dask_keeps_one_writer(batch, tmp_path, dask_client):
    from rasd.store import Store
    from rasd.store.ingest import ingest, records
    with Store(str(tmp_path / "one.db")) as store:
        one = ingest(store, records([str(batch)], workers=1))
    with Store(str(tmp_path / "dask.db")) as store:
        on_dask = ingest(store, records([str(batch)], client=dask_client, partition=5))
        again = ingest(store, records([str(batch)], client=dask_client, partition=5))
        assert store.count() == one.counts["new"] + one.counts["near-duplicate"]
    assert on_dask.counts == one.counts and on_dask.errors == one.errors
    stored = sum(one.counts[k] for k in ("new", "near-duplicate", "duplicate"))
    assert one.counts["new"] >= 3 and again.counts == {"duplicate": stored, "error": 3}
    assert _stories(str(tmp_path / "dask.db")) == _stories(str(tmp_path / "one.db"))
