"""`rasd serve`: the REST API and the pages over a real SQLite store filled by `rasd ingest`'s code
from the fixtures (the seed article with its metadata, an article full of markup-like strings,
examples/seed.txt again as a file), through FastAPI's TestClient. A server error fails a test."""
from __future__ import annotations

import json
import subprocess
import sys
import warnings
from pathlib import Path

import pytest

from rasd.store import Store
from rasd.store.ingest import ingest, records
from rasd.web import highlight, worldmap
from rasd.web.app import create_app

with warnings.catch_warnings():          # starlette suggests httpx2 over httpx; httpx works the same
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures"
SCRIPT = "<script>alert(1)</script>"
ATTR = '" onerror="x'
XSS_TEXT = ("قال المتحدث باسم الدفاع المدني في حلب إن القصف استهدف أحياء سكنية صباح الثلاثاء. ورفع متظاهرون "
            f"لافتة كتب عليها {SCRIPT} وأخرى كتب عليها {ATTR} في ساحة المدينة. وأضاف المتحدث أن فرق الإنقاذ "
            "انتشلت ثلاثة مصابين من تحت الأنقاض.")
XSS = {"id": "xss", "text": XSS_TEXT, "title": f"لافتة {SCRIPT} في ساحة حلب {ATTR} بعد القصف على الأحياء",
       "published": "2021-03-16", "outlet": "<b>منفذ</b>", "url": "javascript:alert(1)"}


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> str:
    folder = tmp_path_factory.mktemp("web")
    batch = folder / "batch.jsonl"
    seed = {"id": "seed", "text": (FIXTURES / "seed.txt").read_text(encoding="utf-8"), "published": "2018-03-27",
            "outlet": "Orient News", "url": "https://example.org/douma"}
    batch.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in (seed, XSS)) + "\n", encoding="utf-8")
    path = str(folder / "store.db")
    with Store(path) as store:
        out = ingest(store, records([str(batch), str(ROOT / "examples" / "seed.txt")]))
    assert out.counts["new"] == 2 and out.counts["duplicate"] == 1, out
    return path


@pytest.fixture(scope="module")
def client(db):
    with TestClient(create_app(db)) as c:       # raise_server_exceptions: a 500 fails the test
        yield c


def story_of(client, article_id: str) -> int:
    return client.get(f"/api/articles/{article_id}").json()["story"]


# ---- pages -----------------------------------------------------------------------------------
@pytest.mark.parametrize("path", ["/", "/map", "/article/seed", "/?q=المفاوضات"])
def test_every_page_is_arabic_right_to_left(client, path):
    r = client.get(path)
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    assert '<html lang="ar" dir="rtl">' in r.text
    assert "script-src 'self'" in r.headers["content-security-policy"]


def test_story_page_has_timeline_state_and_claims_board(client):
    sid = story_of(client, "seed")
    r = client.get(f"/story/{sid}")
    assert r.status_code == 200 and '<html lang="ar" dir="rtl">' in r.text
    assert r.text.count('class="timeline-item') >= 5
    assert "أين وصلت الآن" in r.text and "حمزة بيرقدار" in r.text
    board = r.text.split('class="claims-board"')[1]
    assert "لتسليم أسلحته" in board and "هيئة الأركان العامة الروسية" in board and "جيش الإسلام" in board


def test_map_draws_countries_and_a_dot_per_place(client):
    r = client.get("/map")
    assert r.text.count('<path class="country"') > 5
    assert r.text.count('<circle class="event-dot"') >= 2          # دوما and حلب at least
    assert "حلب" in r.text.split('class="place-list"')[1]
    one = client.get(f"/map?story={story_of(client, 'xss')}")
    assert one.text.count('<circle class="event-dot"') == 1


def test_article_view_highlights_every_kind_of_span(client):
    r = client.get("/article/seed")
    for kind in ("entity", "statement", "cue", "event", "time"):
        assert f"hl-{kind} " in r.text, kind
    assert 'title="PERSON حمزة بيرقدار' in r.text or "PERSON حمزة بيرقدار" in r.text
    assert 'href="https://example.org/douma"' in r.text


def _assert_shown_as_text(html: str) -> None:
    assert SCRIPT not in html and ATTR not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&#34; onerror=&#34;x" in html


def test_article_markup_is_shown_as_text_never_run(client):
    page = client.get("/article/xss").text
    _assert_shown_as_text(page)
    assert "<b>منفذ</b>" not in page and "&lt;b&gt;منفذ&lt;/b&gt;" in page
    assert "javascript:" not in page                      # the record's URL is no link
    sid = story_of(client, "xss")
    for path in ("/", f"/story/{sid}", "/?q=لافتة"):          # the title and texts on the other pages
        _assert_shown_as_text(client.get(path).text)
    api = client.get("/api/articles/xss")                 # the API gives the text as it is, as JSON
    assert api.headers["content-type"] == "application/json" and SCRIPT in api.json()["record"]["text"]
    assert api.headers["x-content-type-options"] == "nosniff"


def test_missing_pages_are_404_pages(client):
    for path in ("/story/9999", "/article/no-such-article"):
        r = client.get(path)
        assert r.status_code == 404 and '<html lang="ar" dir="rtl">' in r.text
    assert client.get("/story/abc").status_code == 422


# ---- API -------------------------------------------------------------------------------------
def test_articles_are_paged(client):
    first = client.get("/api/articles?per_page=1").json()
    second = client.get("/api/articles?per_page=1&page=2").json()
    assert first["total"] == second["total"] == 2
    assert [first["items"][0]["id"], second["items"][0]["id"]] == ["seed", "xss"]
    assert client.get("/api/articles?page=3&per_page=1").json()["items"] == []
    assert client.get("/api/articles/seed").json()["record"]["schema"] == "rasd.article/1"


def test_story_json_has_timeline_state_and_claims(client):
    stories = client.get("/api/stories").json()
    assert stories["total"] == 2
    view = client.get(f"/api/stories/{story_of(client, 'seed')}").json()
    assert any(e["type"] == "DEADLINE" and e["when"] == "2018-03-28T09:00" for e in view["timeline"])
    assert view["state"]["disputed"]
    [claim] = [c for c in view["claims"] if c["trigger"] == "لتسليم أسلحته"]
    assert claim["claimed_by"] == "هيئة الأركان العامة الروسية" and claim["denied_by"] == "جيش الإسلام"
    assert claim["denied_when"] == "2018-03-27"


def test_event_filters(client):
    everything = client.get("/api/events?per_page=200").json()
    assert everything["total"] == len(everything["items"]) > 5
    assault = client.get("/api/events?type=assault&per_page=200").json()["items"]
    assert assault and all(e["type"] == "ASSAULT" for e in assault)
    disputed = client.get("/api/events?status=disputed").json()["items"]
    assert disputed and all(e["status"] == "disputed" for e in disputed)
    # Arabic-normalised: no hamza in the query, hamza in the name
    actor = client.get("/api/events", params={"actor": "جيش الاسلام", "per_page": 200}).json()["items"]
    assert actor and all("جيش الإسلام" in (e["actor"] or "") + (e["target"] or "") for e in actor)
    aleppo = client.get("/api/events", params={"place": "حلب"}).json()["items"]
    assert aleppo and {e["article"] for e in aleppo} == {"xss"}
    in_2021 = client.get("/api/events?from=2021-01-01&to=2021-12-31&per_page=200").json()["items"]
    assert in_2021 and {e["article"] for e in in_2021} == {"xss"}
    assert client.get("/api/events?from=2030-01-01").json()["total"] == 0
    # the database's pre-selection of articles keeps every row the full scan keeps
    story = assault[0]["story"]
    for query, keeps in ((f"type=ASSAULT&story={story}", lambda e: e["type"] == "ASSAULT" and e["story"] == story),
                         ("status=disputed", lambda e: e["status"] == "disputed")):
        got = client.get(f"/api/events?{query}&per_page=200").json()["items"]
        assert got == [e for e in everything["items"] if keeps(e)]


def test_events_as_geojson(client):
    r = client.get("/api/events.geojson?type=ASSAULT")
    assert r.headers["content-type"] == "application/geo+json"
    features = r.json()["features"]
    assert features and all(f["geometry"]["type"] == "Point" and f["properties"]["type"] == "ASSAULT" for f in features)
    lon, lat = next(f for f in features if f["properties"]["article"] == "xss")["geometry"]["coordinates"]
    assert 36 < lon < 38 and 35 < lat < 37                            # Aleppo


def test_search_is_arabic_normalised_and_paged(client):
    hits = client.get("/api/search", params={"q": "الاسلام"}).json()["items"]
    assert [h["id"] for h in hits] == ["seed"]
    assert client.get("/api/search", params={"q": "الاسلام", "page": 2, "per_page": 1}).json()["items"] == []
    assert client.get("/api/search", params={"q": '" OR * NEAR('}).status_code == 200   # no query syntax leaks


def test_exports(client):
    jsonl = client.get("/api/export/jsonl")
    assert len(jsonl.text.splitlines()) == 2 and json.loads(jsonl.text.splitlines()[0])["id"] == "seed"
    csv = client.get("/api/export/acled-csv")
    assert csv.text.startswith("event_id_cnty,event_date") and "attachment" in csv.headers["content-disposition"]
    assert client.get("/api/export/geojson").json()["type"] == "FeatureCollection"
    assert client.get("/api/export/parquet").content[:4] == b"PAR1"
    assert client.get("/api/export/xml").status_code == 422


def test_openapi_and_offline_docs(client):
    spec = client.get("/openapi.json").json()
    assert {"/api/stories/{story_id}", "/api/events", "/api/extract", "/api/search"} <= set(spec["paths"])
    docs = client.get("/docs").text
    assert "/docs-static/swagger-ui-bundle.js" in docs and "cdn." not in docs
    assert client.get("/docs-static/swagger-ui-bundle.js").status_code == 200


@pytest.mark.parametrize("path, part", [
    ("/api/articles?page=-1", "page"), ("/api/articles?page=0", "page"), ("/api/articles?per_page=0", "per_page"),
    ("/api/articles?per_page=100000", "per_page"), ("/api/events?from=2018-02-30", "from"),
    ("/api/events?from=yesterday", "from"), ("/api/events?from=2018-05-01&to=2018-04-01", "after"),
    ("/api/events?status=rumoured", "status"), ("/api/events?story=abc", "story"),
    ("/api/events?type=<x>", "type"), ("/api/stories/abc", "story_id"), ("/api/search?q=", "q"),
])
def test_bad_parameters_are_422_with_a_message(client, path, part):
    r = client.get(path)
    assert r.status_code == 422 and r.json()["error"].startswith("bad parameter") and part in r.json()["error"]


def test_unknown_ids_are_404(client):
    assert client.get("/api/stories/9999").json() == {"error": "no story 9999"}
    r = client.get("/api/articles/sha1:0000000000000000")
    assert r.status_code == 404 and "no article" in r.json()["error"]
    assert client.get("/api/no-such-thing").status_code == 404


# ---- extract and ingest --------------------------------------------------------------------
def test_extract_analyses_text_html_and_json_and_stores_nothing(client):
    before = client.get("/api/articles").json()["total"]
    seed = (FIXTURES / "seed.txt").read_text(encoding="utf-8")
    rec = client.post("/api/extract?published=2018-03-27", content=seed.encode(),
                      headers={"content-type": "text/plain; charset=utf-8"}).json()
    assert rec["schema"] == "rasd.article/1" and rec["published"] == "2018-03-27"
    assert any(e["name"] == "حمزة بيرقدار" for e in rec["entities"]) and rec["events"]
    page = f"<html><body><article><h1>قصف على حلب</h1><p>{XSS_TEXT}</p></article></body></html>"
    rec = client.post("/api/extract", content=page.encode(), headers={"content-type": "text/html"}).json()
    assert "انتشلت ثلاثة مصابين" in rec["text"]
    rec = client.post("/api/extract", json={"id": "j", "text": XSS_TEXT, "published": "2021-03-16"}).json()
    assert rec["id"] == "j" and rec["published"] == "2021-03-16"
    many = client.post("/api/extract", json=[{"id": "a", "text": XSS_TEXT}, {"id": "b", "text": "English only here."}]).json()
    assert many[0]["id"] == "a" and "error" in many[1]
    assert client.get("/api/articles").json()["total"] == before


@pytest.mark.parametrize("body, headers, status, part", [
    (b"x" * (2 * 1024 * 1024 + 1), {"content-type": "text/plain"}, 413, "limit"),
    (b"", {"content-type": "text/plain"}, 422, "empty"),
    (b"Only English words in this article, nothing Arabic at all.", {"content-type": "text/plain"}, 422, "not Arabic"),
    (b"{not json", {"content-type": "application/json"}, 422, "not JSON"),
    (b'{"title": "no body"}', {"content-type": "application/json"}, 422, '"text"'),
    (b"\x00\x01\x02\xff" * 100, {"content-type": "application/octet-stream"}, 422, "cannot read"),
])
def test_extract_refuses_bad_bodies_with_a_message(client, body, headers, status, part):
    r = client.post("/api/extract", content=body, headers=headers)
    assert r.status_code == status and part in r.json()["error"]


def test_extract_refuses_a_bad_publication_date(client):
    r = client.post("/api/extract?published=27/03/2018", content=XSS_TEXT.encode(), headers={"content-type": "text/plain"})
    assert r.status_code == 422 and "published" in r.json()["error"]


def test_ingest_is_off_without_a_token(client):
    r = client.post("/api/ingest", json={"id": "new", "text": XSS_TEXT})
    assert r.status_code == 403 and "--token" in r.json()["error"]


def test_ingest_with_the_token(tmp_path):
    path = str(tmp_path / "w.db")
    Store(path).close()
    with TestClient(create_app(path, token="s3cret")) as c:
        assert c.post("/api/ingest", json={"id": "n", "text": XSS_TEXT}).status_code == 401
        wrong = c.post("/api/ingest", json={"id": "n", "text": XSS_TEXT}, headers={"Authorization": "Bearer nope"})
        assert wrong.status_code == 401 and wrong.headers["www-authenticate"] == "Bearer"
        auth = {"Authorization": "Bearer s3cret"}
        r = c.post("/api/ingest", json=[{"id": "n", "text": XSS_TEXT}, {"id": "bad", "text": "English."}], headers=auth)
        assert r.status_code == 200 and r.json()["counts"] == {"new": 1, "error": 1}
        assert c.post("/api/ingest", json={"id": "n", "text": XSS_TEXT}, headers=auth).json()["counts"] == {"duplicate": 1}
        assert c.get("/api/articles/n").json()["record"]["id"] == "n"


# ---- pieces ---------------------------------------------------------------------------------
def test_highlight_pieces_cover_the_text_once_with_overlaps():
    text = "قال الوزير إن القصف بدأ أمس"
    spans = [highlight.Mark("statement", 14, len(text), "STATE", "A1"), highlight.Mark("event", 14, 19, "ASSAULT", "V1"),
             highlight.Mark("time", 24, len(text), "DATE", "T1"), highlight.Mark("entity", 4, 10, "PERSON", "E1")]
    pieces = highlight.pieces(text, spans)
    assert "".join(p.text for p in pieces) == text
    assert [(p.text, p.kinds) for p in pieces if p.kinds] == [
        ("الوزير", ["entity"]), ("القصف", ["event", "statement"]), (" بدأ ", ["statement"]), ("أمس", ["statement", "time"])]


def test_highlight_skips_spans_outside_the_text():
    rec = {"text": "نص قصير", "entities": [{"id": "E1", "type": "GPE", "name": "x",
                                            "mentions": [{"start": 3, "end": 99}, {"start": 0, "end": 2}]}],
           "times": [{"id": "T1", "start": -1, "end": 2}], "events": [{"id": "V1", "trigger": None}]}
    assert [(m.start, m.end) for m in highlight.marks(rec)] == [(0, 2)]


def test_world_map_is_small_and_views_fit_their_places():
    assert worldmap.WORLD.stat().st_size < 1_000_000 and len(worldmap.countries()) > 150
    damascus = worldmap.xy(36.3, 33.5)
    box = worldmap.view_box([damascus])
    assert box[0] < damascus[0] < box[0] + box[2] and box[1] < damascus[1] < box[1] + box[3]
    assert abs(box[2] / box[3] - worldmap.ASPECT) < 0.01
    assert "Syria" in {c.name for c in worldmap.visible(box)} and len(worldmap.visible(box)) < 60
    assert worldmap.view_box([]) == worldmap.WHOLE_WORLD


# ---- the command ----------------------------------------------------------------------------
def rasd(*args):
    return subprocess.run([sys.executable, "-m", "rasd.cli", *args], capture_output=True, cwd=ROOT, timeout=60)


def test_serve_without_a_store_is_one_line_error(tmp_path):
    p = rasd("serve", "--db", str(tmp_path / "none.db"))
    assert p.returncode == 1 and p.stderr.decode().count("\n") == 1 and "rasd ingest" in p.stderr.decode()
    assert not (tmp_path / "none.db").exists()


def test_serve_on_a_taken_port_is_one_line_error(db):
    import socket
    with socket.create_server(("127.0.0.1", 0)) as taken:
        p = rasd("serve", "--db", db, "--port", str(taken.getsockname()[1]))
    err = p.stderr.decode()
    assert p.returncode == 1 and err.startswith("rasd: cannot listen on 127.0.0.1:") and err.count("\n") == 1
