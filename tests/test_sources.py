"""Inputs holding many articles: folders, feeds (RSS/Atom) and web archives (WARC), via the CLI."""
import io
import json
import subprocess
import sys
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from rasd.read.sources import holds_many, iter_items

ROOT = Path(__file__).resolve().parents[1]
BODY = ("قال المتحدث باسم الجيش اللبناني إن وحدات من الجيش انتشرت في بلدات الجنوب صباح اليوم، "
        "وأضاف أن الانتشار سيستكمل خلال الأيام المقبلة بالتنسيق مع قوات اليونيفيل.")

RSS = f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
<title>موقع الأخبار</title><link>https://example.org/</link>
<item><title>الجيش ينتشر في الجنوب</title><link>https://example.org/a/1</link><guid>a-1</guid>
<pubDate>Wed, 27 Nov 2024 08:30:00 GMT</pubDate>
<content:encoded><![CDATA[<p>{BODY}</p><p>{BODY}</p>]]></content:encoded></item>
<item><title>Weather</title><link>https://example.org/a/2</link><guid>a-2</guid>
<description>Sunny all week in the capital, with mild winds and no rain expected at all.</description></item>
</channel></rss>"""


def rasd(*args, stdin=None):
    return subprocess.run([sys.executable, "-m", "rasd.cli", *args], input=stdin, capture_output=True, cwd=ROOT)


def _warc(path: Path) -> None:
    page = f"<html><head><meta charset='windows-1256'><title>الجيش ينتشر</title></head><body><article>" \
           f"<h1>الجيش ينتشر في الجنوب</h1><p>{BODY}</p><p>{BODY}</p></article></body></html>".encode("cp1256")
    with path.open("wb") as f:
        writer = WARCWriter(f, gzip=True)
        for uri, status, ctype, payload in [("https://example.org/a/1", "200 OK", "text/html", page),
                                            ("https://example.org/logo.png", "200 OK", "image/png", b"\x89PNG"),
                                            ("https://example.org/gone", "404 Not Found", "text/html", b"<p>no</p>")]:
            headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(uri, "response", payload=io.BytesIO(payload), http_headers=headers))


def test_feed_gives_one_record_per_entry_with_its_metadata(tmp_path):
    feed = tmp_path / "news.xml"
    feed.write_text(RSS, encoding="utf-8")
    assert holds_many(str(feed))
    p = rasd("extract", str(feed), "--format", "jsonl")
    assert p.returncode == 0, p.stderr
    first, second = [json.loads(x) for x in p.stdout.decode().splitlines()]
    assert (first["id"], first["url"], first["outlet"], first["title"]) == \
        ("a-1", "https://example.org/a/1", "موقع الأخبار", "الجيش ينتشر في الجنوب")
    assert first["published"].startswith("2024-11-27") and "قوات اليونيفيل" in first["text"]
    assert second["id"] == "a-2" and "not Arabic" in second["error"]


def test_web_archive_gives_the_html_pages_decoded(tmp_path):
    archive = tmp_path / "crawl.warc.gz"
    _warc(archive)
    items = list(iter_items([str(archive)]))
    assert len(items) == 1 and items[0].record["url"] == "https://example.org/a/1"
    p = rasd("extract", str(archive), "--format", "jsonl")
    assert p.returncode == 0, p.stderr
    [rec] = [json.loads(x) for x in p.stdout.decode().splitlines()]
    assert "قوات اليونيفيل" in rec["text"] and rec["url"] == "https://example.org/a/1"
    assert any("cp1256" in w or "1256" in w for w in rec["warnings"])


def test_folder_and_stdin_feed(tmp_path):
    (tmp_path / "one.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "two.txt").write_bytes(BODY.encode("cp1256"))
    (tmp_path / "skip.png").write_bytes(b"\x89PNG")
    p = rasd("extract", str(tmp_path), "--format", "jsonl")
    assert p.returncode == 0, p.stderr
    out = [json.loads(x) for x in p.stdout.decode().splitlines()]
    assert len(out) == 2 and all("error" not in o for o in out)
    p = rasd("extract", "-", "--format", "jsonl", stdin=RSS.encode("utf-8"))
    assert len(p.stdout.decode().splitlines()) == 2


def test_damaged_feed_is_an_error_line_not_a_crash(tmp_path):
    bad = tmp_path / "bad.rss"
    bad.write_text("<rss><channel><item><title>x", encoding="utf-8")
    p = rasd("extract", str(bad), "--format", "jsonl")
    assert p.returncode == 0
    [rec] = [json.loads(x) for x in p.stdout.decode().splitlines()]
    assert "error" in rec
