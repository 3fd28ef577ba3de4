"""The store on SQLite and on a real PostgreSQL server (RASD_TEST_PG_URL): ingest, idempotence,
near-duplicates, crash consistency, search, migrations and exports."""
from __future__ import annotations

import csv
import io
import json

import pytest
from sqlalchemy import func, select
from typer.testing import CliRunner

from rasd.cli import app
from rasd.pipeline import process
from rasd.read import article_from_record
from rasd.store import Store
from rasd.store import schema as t
from rasd.store.ingest import ingest, records

GAZA = ("أعلنت مصر التوصل إلى اتفاق لوقف إطلاق النار في قطاع غزة يبدأ سريانه مساء اليوم، بعد ثلاثة أيام من "
        "القصف المتبادل بين الفصائل الفلسطينية وإسرائيل. وقال مسؤول مصري إن القاهرة أجرت اتصالات مكثفة مع الطرفين.")
YEMEN = ("أعلن التحالف بقيادة السعودية اعتراض صاروخ باليستي أطلقته جماعة الحوثي باتجاه مدينة جازان، "
         "وقال المتحدث باسم التحالف إن الدفاعات الجوية دمرت الصاروخ قبل وصوله إلى هدفه دون وقوع إصابات.")


def record(text: str, id: str, **kw) -> dict:
    return process(article_from_record({"id": id, "text": text, **kw})).to_json()


def count(store: Store, table) -> int:
    with store.engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(table)).scalar_one()


def test_ingest_is_idempotent_by_id_url_and_normalised_text(store_db, seed_text):
    with Store(store_db) as store:
        first = store.add(record(seed_text, "seed", url="https://example.org/douma"))
        assert first.status == "new"
        assert store.add(record(seed_text, "seed")).status == "duplicate"
        assert store.add(record(GAZA, "other-id", url="https://example.org/douma")).status == "duplicate"
        # the same text with diacritics and another hamza spelling is the same article
        variant = seed_text.replace("المفاوضات", "المُفاوضات").replace("الإسلام", "الاسلام")
        again = store.add(record(variant, "seed-copy"))
        assert again.status == "duplicate" and again.article_id == "seed"
        assert store.count() == 1
        assert count(store, t.stories) == 1


def test_republication_is_linked_not_double_counted(store_db, seed_text):
    with Store(store_db) as store:
        store.add(record(seed_text, "orient"))
        body = seed_text.split("\n", 2)[2]
        copy = "نقلاً عن أورينت نت:\n" + body + "\nاقرأ أيضاً: أخبار سوريا اليوم"
        added = store.add(record(copy, "mirror", outlet="Mirror site"))
        assert added.status == "near-duplicate" and added.duplicate_of == "orient"
        other = store.add(record(GAZA, "gaza"))
        assert other.status == "new" and other.story_id != added.story_id
        with store.engine.connect() as conn:
            size = conn.execute(select(t.stories.c.size).where(t.stories.c.id == added.story_id)).scalar_one()
            n_docs = conn.execute(select(t.term_df.c.df).where(t.term_df.c.term == "دوما")).scalar_one()
        assert size == 1          # the story counts the agency story once
        assert n_docs == 1        # and term statistics do not see it twice


def test_a_failure_mid_article_leaves_whole_articles_and_resumes(store_db, seed_text):
    good = record(GAZA, "gaza")
    broken = record(seed_text, "seed")
    broken["events"] = [{"id": "V1", "type": "THREATEN", "status": "asserted"}]   # no trigger: fails on write
    with Store(store_db) as store:
        store.add(good)
        with pytest.raises(KeyError):
            store.add(broken)
        # nothing of the failed article is left behind
        assert store.count() == 1
        for table in (t.minhash_bands, t.article_entities, t.attributions, t.events, t.times):
            with store.engine.connect() as conn:
                orphans = conn.execute(select(func.count()).select_from(table).where(
                    table.c.article_pk.notin_(select(t.articles.c.pk)))).scalar_one()
            assert orphans == 0
        assert count(store, t.stories) == 1
        # the run resumes: the repaired article goes in, the stored one is skipped
        assert store.add(record(seed_text, "seed")).status == "new"
        assert store.add(good).status == "duplicate"
    with Store(store_db) as reopened:       # a new process sees the same state
        assert reopened.count() == 2
        assert reopened.add(record(YEMEN, "yemen")).status == "new"
        assert count(reopened, t.stories) == 3


def test_search_folds_hamza_ta_marbuta_and_clitics_and_ranks(store_db, seed_text):
    with Store(store_db) as store:
        for rid, text in (("seed", seed_text), ("gaza", GAZA), ("yemen", YEMEN)):
            store.add(record(text, rid))
        hits = store.search("بالمفاوضات مع روسيا")
        assert hits and hits[0]["id"] == "seed"
        assert store.search("الاسلام")[0]["id"] == "seed"            # written الإسلام in the text
        assert [h["id"] for h in store.search("الحوثى")] == ["yemen"]   # ى for ي
        assert store.search("وللصاروخ")[0]["id"] == "yemen"           # clitics و + لل
        ranked = store.search("وقف إطلاق النار غزة")
        assert ranked[0]["id"] == "gaza" and ranked[0]["score"] >= ranked[-1]["score"]
        assert store.search("كلمةغيرموجودة") == []


def test_migrations_bring_a_store_to_head_once(store_db):
    from alembic.runtime.migration import MigrationContext
    Store(store_db).close()
    with Store(store_db) as store, store.engine.connect() as conn:
        assert MigrationContext.configure(conn).get_current_revision() == "0001"


def test_exports(store_db, seed_text, tmp_path):
    rec = record(seed_text, "seed", outlet="Orient News", published="2018-03-27")
    rec["entities"] = [{"id": "E9", "type": "GPE", "name": "دوما",
                        "mentions": [{"start": rec["text"].index("دوما"), "end": rec["text"].index("دوما") + 4, "text": "دوما"}],
                        "geo": {"lat": 33.57, "lon": 36.40, "country": "SY", "admin1": "ريف دمشق", "source": "test"}}]
    start = rec["text"].index("هددت")
    rec["events"] = [{"id": "V1", "type": "THREATEN", "mode": None, "actor": None, "target": None, "location": "E9",
                      "time": None, "status": "asserted", "source": None,
                      "trigger": {"start": start, "end": start + 4, "text": "هددت"}},
                     {"id": "V2", "type": "ASSAULT", "mode": "aerial", "actor": None, "target": None, "location": None,
                      "time": None, "status": "asserted", "source": None,
                      "trigger": {"start": start, "end": start + 4, "text": "هددت"}}]
    with Store(store_db) as store:
        store.add(rec)
        from rasd.export.store_export import write_parquet, write_text
        buf = io.StringIO()
        assert write_text(store, "jsonl", buf) == 1
        assert json.loads(buf.getvalue())["id"] == "seed"
        buf = io.StringIO()
        assert write_text(store, "acled-csv", buf) == 2
        rows = list(csv.DictReader(io.StringIO(buf.getvalue())))
        assert rows[0]["event_date"] == "2018-03-27" and rows[0]["year"] == "2018"
        assert rows[0]["event_type"] == "Strategic developments" and rows[0]["location"] == "دوما"
        assert rows[1]["event_type"] == "Explosions/Remote violence" and rows[1]["sub_event_type"] == "Air/drone strike"
        buf = io.StringIO()
        assert write_text(store, "geojson", buf) == 1
        feature = json.loads(buf.getvalue())["features"][0]
        assert feature["geometry"]["coordinates"] == [36.40, 33.57]
        assert feature["properties"]["type"] == "THREATEN"
        import pyarrow.parquet as pq
        assert write_parquet(store, str(tmp_path / "events.parquet")) == 2
        table = pq.read_table(tmp_path / "events.parquet")
        assert table.column("type").to_pylist() == ["THREATEN", "ASSAULT"]


def test_cli_ingest_stories_search_export(store_db, seed_text, tmp_path):
    batch = tmp_path / "batch.jsonl"
    batch.write_text("\n".join(json.dumps({"id": i, "text": x}, ensure_ascii=False)
                               for i, x in (("a1", seed_text), ("a2", GAZA), ("a3", YEMEN))) + "\n{broken\n",
                     encoding="utf-8")
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "gaza.txt").write_text(GAZA, encoding="utf-8")
    runner = CliRunner()
    res = runner.invoke(app, ["ingest", str(batch), str(folder), "--db", store_db])
    assert res.exit_code == 0, res.output
    assert "3 new" in res.output and "1 already stored" in res.output and "1 errors" in res.output
    res = runner.invoke(app, ["ingest", str(batch), "--db", store_db])
    assert "0 new" in res.output and "3 already stored" in res.output
    res = runner.invoke(app, ["stories", "--db", store_db, "--format", "json"])
    stories = json.loads(res.stdout)
    placed = sorted(a for s in stories for a in s["articles"])
    assert placed == ["a1", "a2", "a3"]
    assert all(s["title"] for s in stories)
    res = runner.invoke(app, ["search", "دوما", "--db", store_db, "--format", "json"])
    assert json.loads(res.stdout)[0]["id"] == "a1"
    res = runner.invoke(app, ["export", "--format", "jsonl", "--db", store_db])
    assert [json.loads(x)["id"] for x in res.stdout.splitlines()] == ["a1", "a2", "a3"]
    res = runner.invoke(app, ["export", "--format", "parquet", "--db", store_db])
    assert res.exit_code == 1
    sid = stories[0]["id"]
    res = runner.invoke(app, ["story", str(sid), "--db", store_db, "--format", "json"])
    assert json.loads(res.stdout)["id"] == sid
    assert runner.invoke(app, ["story", "999", "--db", store_db]).exit_code == 1


def test_records_reads_files_folders_and_extracted_jsonl(tmp_path, seed_text):
    extracted = record(seed_text, "pre")
    extracted["title"] = "عنوان كما حفظه المستخرج"
    batch = tmp_path / "x.jsonl"
    batch.write_text(json.dumps(extracted, ensure_ascii=False) + "\n", encoding="utf-8")
    got = list(records([str(batch), str(tmp_path / "missing.txt")]))
    assert got[0]["title"] == "عنوان كما حفظه المستخرج"     # an extracted record is stored as it is
    assert isinstance(got[1], str) and "no such file" in got[1]


def test_one_bad_record_does_not_stop_a_batch(store_db, seed_text):
    broken = record(seed_text, "seed")
    broken["events"] = [{"id": "V1", "type": "THREATEN", "status": "asserted"}]   # no trigger
    with Store(store_db) as store:
        out = ingest(store, [record(GAZA, "gaza"), broken, "x.txt: not Arabic text", record(YEMEN, "yemen")])
        assert out.counts == {"new": 2, "error": 2}
        assert out.errors[0].startswith("seed: not stored: KeyError") and out.errors[1] == "x.txt: not Arabic text"
        assert store.count() == 2


def test_parallel_extraction_gives_the_same_store(tmp_path, seed_text):
    batch = tmp_path / "b.jsonl"
    batch.write_text("\n".join(json.dumps({"id": i, "text": x}, ensure_ascii=False)
                               for i, x in (("s", seed_text), ("g", GAZA), ("y", YEMEN))) + "\n", encoding="utf-8")
    one = list(records([str(batch)]))
    two = list(records([str(batch)], workers=2))
    assert [r["id"] for r in two] == ["s", "g", "y"]
    assert two == one


def _children(pid: int) -> list[int]:
    """The processes `pid` started (Linux /proc; none elsewhere)."""
    import glob
    out = []
    for path in glob.glob(f"/proc/{pid}/task/*/children"):
        with open(path) as f:
            out += [int(x) for x in f.read().split()]
    return out


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().split(")")[-1].split()[0] != "Z"      # a zombie has ended
    except OSError:
        return False


def test_killed_ingest_resumes_to_the_same_store(tmp_path, seed_text):
    """A real crash: `rasd ingest` killed mid-run, then run again, stores every article once."""
    import os
    import random
    import signal
    import sqlite3
    import subprocess
    import sys
    import time
    from contextlib import closing
    sentences = [s.strip() for s in (seed_text + "\n" + GAZA + "\n" + YEMEN).replace("،", ".").split(".") if len(s.split()) > 4]
    lines = []
    for i in range(80):
        pick = random.Random(i).sample(sentences, 6)
        lines.append(json.dumps({"id": f"a{i}", "text": ". ".join(pick) + "."}, ensure_ascii=False))
    batch = tmp_path / "batch.jsonl"
    batch.write_text("\n".join(lines) + "\n", encoding="utf-8")
    db = str(tmp_path / "crash.db")
    cmd = [sys.executable, "-m", "rasd.cli", "ingest", str(batch), "--db", db, "-q"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 60
    stored = 0
    workers: list[int] = []
    while time.time() < deadline and proc.poll() is None:
        time.sleep(0.05)
        if os.path.exists(db):
            try:   # a plain read-only look: opening a Store would run migrations beside the writer
                with closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)) as conn:
                    stored = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
            except sqlite3.Error:
                continue
            if stored >= 5:
                workers = _children(proc.pid)
                proc.send_signal(signal.SIGKILL)
                break
    proc.wait()
    # the killed run's workers notice their parent is gone and end (they would wait for tasks for ever)
    gone_by = time.time() + 10
    while workers and time.time() < gone_by:
        workers = [w for w in workers if _alive(w)]
        time.sleep(0.2)
    assert not workers, f"workers {workers} outlived the killed ingest"
    assert proc.returncode == -signal.SIGKILL and 5 <= stored < 80, "the run was not interrupted mid-way"
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    with Store(db) as store, store.engine.connect() as conn:
        ids = [r[0] for r in conn.execute(select(t.articles.c.id))]
        assert sorted(ids) == sorted(f"a{i}" for i in range(80))
        assert conn.execute(select(func.count()).select_from(t.articles)
                            .where(t.articles.c.story_id.is_(None))).scalar_one() == 0
        sizes = conn.execute(select(func.sum(t.stories.c.size))).scalar_one()
        originals = conn.execute(select(func.count()).select_from(t.articles)
                                 .where(t.articles.c.duplicate_of.is_(None))).scalar_one()
        assert sizes == originals
        fts = conn.exec_driver_sql("SELECT count(*) FROM articles_fts").scalar_one()
        assert fts == 80
