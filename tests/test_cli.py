import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "examples" / "seed.txt"


def rasd(*args, stdin: bytes | None = None):
    return subprocess.run([sys.executable, "-m", "rasd.cli", *args], input=stdin, capture_output=True, cwd=ROOT)


def test_extract_seed_json_record():
    p = rasd("extract", str(SEED), "--published", "2018-03-27", "--format", "json")
    assert p.returncode == 0, p.stderr
    rec = json.loads(p.stdout)
    assert rec["schema"] == "rasd.article/1"
    assert rec["published"] == "2018-03-27"
    assert rec["title"] == 'أين وصلت المفاوضات بين "جيش الإسلام" وروسيا؟'
    assert rec["text"].count("كشف مصدر مفاوض") == 1
    assert "الأكثر قراءة" not in rec["text"]
    for key in ("id", "url", "outlet", "language", "warnings", "entities", "attributions", "events", "times"):
        assert key in rec


def test_jsonl_batch_one_line_per_input_in_order_with_errors(tmp_path):
    seed = SEED.read_text(encoding="utf-8")
    lines = [json.dumps({"id": "first", "text": seed, "published": "2018-03-27"}, ensure_ascii=False),
             "{broken",
             json.dumps({"id": "english", "text": "Nothing Arabic here at all, only English words. " * 5}),
             json.dumps({"id": "last", "text": seed})]
    batch = tmp_path / "in.jsonl"
    batch.write_text("\n".join(lines) + "\n", encoding="utf-8")
    p = rasd("extract", str(batch), "--format", "jsonl")
    assert p.returncode == 0, p.stderr
    out = [json.loads(x) for x in p.stdout.decode().splitlines()]
    assert [o.get("id") for o in out] == ["first", None, "english", "last"]
    assert "error" in out[1] and "not JSON" in out[1]["error"]
    assert "not Arabic" in out[2]["error"]
    assert out[3]["title"] == out[0]["title"]


def test_stdin_and_table_view():
    p = rasd("extract", "-", "--format", "table", stdin=SEED.read_bytes())
    assert p.returncode == 0, p.stderr
    assert "أين وصلت المفاوضات" in p.stdout.decode()


@pytest.mark.parametrize("content,message", [(b"", "empty"), (b"\x00\x01\x02\xff" * 500, "binary"),
                                             (b"English only text, nothing else. " * 10, "not Arabic")])
def test_bad_single_file_is_one_line_error_and_nonzero_exit(tmp_path, content, message):
    f = tmp_path / "bad.txt"
    f.write_bytes(content)
    p = rasd("extract", str(f))
    assert p.returncode == 1
    err = p.stderr.decode().strip()
    assert message in err and "Traceback" not in err and len(err.splitlines()) == 1
    assert p.stdout == b""


def test_windows_1256_file_is_read_and_reported(tmp_path):
    f = tmp_path / "cp.txt"
    f.write_bytes(SEED.read_text(encoding="utf-8").replace("💡", "").replace("✨", "").encode("cp1256"))
    p = rasd("extract", str(f), "--format", "json")
    assert p.returncode == 0, p.stderr
    rec = json.loads(p.stdout)
    assert any("cp1256" in w or "windows-1256" in w.lower() for w in rec["warnings"])
    assert rec["title"].startswith("أين وصلت")


@pytest.mark.parametrize("args,message", [
    ((), None),                                                   # a bare `rasd` shows its help
    (("extract",), "Missing argument"),
    (("no-such-command",), "No such command"),
    (("extract", str(SEED), "--format", "nonsense"), "--format"),
    (("extract", "/no/such/file.txt"), "no such file"),
    (("story", "not-a-number"), "story_id"),
])
def test_usage_errors_are_one_line_never_a_traceback(args, message):
    p = rasd(*args)
    err = p.stderr.decode().strip()
    assert "Traceback" not in err
    if message is None:
        assert "Usage" in p.stdout.decode()
        return
    assert p.returncode != 0
    assert len(err.splitlines()) == 1 and err.startswith("rasd: ") and message in err


def test_an_unexpected_failure_is_one_line_and_debug_shows_the_traceback(tmp_path):
    db = str(tmp_path / "s.db")
    assert rasd("ingest", str(SEED), "--db", db, "-q").returncode == 0
    out = str(tmp_path / "missing-folder" / "events.jsonl")        # the folder does not exist
    p = rasd("export", "--format", "jsonl", "--out", out, "--db", db)
    err = p.stderr.decode().strip()
    assert p.returncode == 1 and len(err.splitlines()) == 1
    assert err.startswith("rasd: FileNotFoundError") and "Traceback" not in err
    p = rasd("export", "--format", "jsonl", "--out", out, "--db", db, "--debug")
    assert p.returncode == 1 and "Traceback" in p.stderr.decode()
