"""PLOVER-style export of event records (`rasd extract --format plover`)."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from rasd.export.plover import to_plover

ROOT = Path(__file__).resolve().parents[1]

TEXT = "قصفت قوات النظام مدينة دوما مساء الأحد. وقال مصدر إن القوات ستنسحب من حرستا. ونفى الجيش التوصل إلى اتفاق."


def record() -> dict:
    def span(s: str) -> dict:
        i = TEXT.index(s)
        return {"start": i, "end": i + len(s), "text": s}
    return {
        "schema": "rasd.article/1", "id": "a1", "url": "https://example.org/a1", "outlet": "وكالة",
        "published": "2018-03-25", "text": TEXT,
        "entities": [
            {"id": "E1", "type": "ORG", "name": "قوات النظام", "mentions": [span("قوات النظام")], "geo": None},
            {"id": "E2", "type": "GPE", "name": "دوما", "mentions": [span("دوما")],
             "geo": {"lat": 33.57, "lon": 36.40, "country": "SY", "admin1": "ريف دمشق", "source": "test"}},
            {"id": "E3", "type": "GPE", "name": "حرستا", "mentions": [span("حرستا")], "geo": None},
        ],
        "attributions": [
            {"id": "A1", "speaker": None, "speaker_text": "مصدر", "anonymous": True, "speaker_role": None,
             "cue": span("وقال"), "stance": "STATE", "channel": None, "channel_text": None, "direct": False,
             "content": span("القوات ستنسحب من حرستا")},
        ],
        "times": [{"id": "T1", **span("مساء الأحد"), "type": "TIME", "value": "2018-03-25TEV"}],
        "events": [
            {"id": "V1", "type": "ASSAULT", "mode": None, "actor": "E1", "target": "E2", "location": "E2",
             "time": "T1", "status": "asserted", "source": None, "trigger": span("قصفت")},
            {"id": "V2", "type": "RETREAT", "mode": "withdraw", "actor": None, "target": None, "location": "E3",
             "time": None, "status": "planned", "source": "A1", "trigger": span("ستنسحب")},
            {"id": "V3", "type": "AGREE", "mode": None, "actor": None, "target": None, "location": None,
             "time": None, "status": "denied", "source": None, "trigger": span("التوصل")},
        ],
    }


def test_fields_coordinates_date_and_citation():
    rows = to_plover(record())
    first = rows[0]
    assert first["event"] == "ASSAULT"
    assert first["actor"] == {"id": "E1", "name": "قوات النظام", "type": "ORG"}
    assert first["recipient"]["name"] == "دوما"
    assert (first["event_loc"]["lat"], first["event_loc"]["lon"], first["event_loc"]["country"]) == (33.57, 36.40, "SY")
    assert first["date"] == "2018-03-25TEV"
    assert first["event_text"] == "قصفت"
    assert first["context"].startswith("قصفت قوات النظام")
    assert first["cite_info"]["url"] == "https://example.org/a1"
    assert first["cite_info"]["source"] == "وكالة"          # the outlet states it itself


def test_planned_retreat_is_concede_and_denied_events_are_dropped():
    rows = to_plover(record())
    assert [r["event"] for r in rows] == ["ASSAULT", "CONCEDE"]
    retreat = rows[1]
    assert (retreat["status"], retreat["mode"]) == ("planned", "withdraw")
    assert retreat["date"] == "2018-03-25"                  # no time of its own: the publication date
    assert retreat["cite_info"]["source"] == "مصدر" and retreat["cite_info"]["attribution"] == "A1"
    assert retreat["event_loc"]["name"] == "حرستا" and retreat["event_loc"]["lat"] is None


def test_asserted_retreat_stays_retreat():
    rec = record()
    rec["events"][1]["status"] = "asserted"
    assert [r["event"] for r in to_plover(rec)] == ["ASSAULT", "RETREAT"]


def test_cli_plover_format_on_the_seed():
    seed = ROOT / "tests" / "fixtures" / "seed.txt"
    p = subprocess.run([sys.executable, "-m", "rasd.cli", "extract", str(seed), "--published", "2018-03-27",
                        "--format", "plover"], capture_output=True, cwd=ROOT)
    assert p.returncode == 0, p.stderr
    rows = [json.loads(line) for line in p.stdout.decode().splitlines()]
    assert len(rows) >= 8
    for r in rows:
        assert set(r) >= {"event", "mode", "actor", "recipient", "event_loc", "date", "event_text", "cite_info"}
        assert r["event"] in ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
                              "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")
        assert r["status"] != "denied"
        assert r["date"].startswith("2018-03")
    threat = next(r for r in rows if r["event"] == "THREATEN")
    assert threat["actor"]["name"] == "روسيا" and threat["cite_info"]["source"] == "مصدر مفاوض"
