"""ACLED type mapping and the fatalities / civilian targeting columns of `acled-csv` (issue 12)."""
from __future__ import annotations

import csv
import io

import pytest

from rasd.export.store_export import acled_codes, write_parquet, write_text
from rasd.pipeline import process
from rasd.read import article_from_record
from rasd.store import Store


@pytest.mark.parametrize("ptype, mode, civilians, trigger, event_type, sub", [
    ("ASSAULT", "aerial", False, "غارات", "Explosions/Remote violence", "Air/drone strike"),
    ("ASSAULT", "drone", True, "طائرة مسيرة", "Explosions/Remote violence", "Air/drone strike"),
    ("ASSAULT", "heavy-weapons", False, "قذائف", "Explosions/Remote violence", "Shelling/artillery/missile attack"),
    ("ASSAULT", None, False, "وقصفت", "Explosions/Remote violence", "Shelling/artillery/missile attack"),
    ("ASSAULT", None, True, "بالقصف", "Explosions/Remote violence", "Shelling/artillery/missile attack"),
    ("ASSAULT", "explosives", True, "عبوة ناسفة", "Explosions/Remote violence", "Remote explosive/landmine/IED"),
    ("ASSAULT", None, True, "هاجم", "Violence against civilians", "Attack"),
    ("ASSAULT", "firearms", True, "إطلاق النار", "Violence against civilians", "Attack"),
    ("ASSAULT", "abduct", False, "خطف", "Violence against civilians", "Abduction/forced disappearance"),
    ("ASSAULT", None, False, "اشتباكات", "Battles", "Armed clash"),
    ("ASSAULT", "firearms", False, "إطلاق النار", "Battles", "Armed clash"),
    ("PROTEST", None, False, "تظاهرات", "Protests", "Peaceful protest"),
    ("PROTEST", "riot", False, "أعمال شغب", "Riots", "Violent demonstration"),
    ("COERCE", "arrest", False, "اعتقال", "Strategic developments", "Arrests"),
    ("SANCTION", None, False, "عقوبات", "Strategic developments", "Other"),
])
def test_acled_types(ptype, mode, civilians, trigger, event_type, sub):
    assert acled_codes(ptype, mode, civilians, trigger)[:2] == (event_type, sub)


def test_acled_csv_exports_fatalities_and_civilian_targeting(store_db, tmp_path):
    text = ("حمص - قتل 12 مدنياً في قصف مدفعي استهدف سوق المدينة صباح اليوم.\n"
            "وفي حادث آخر اعتقلت قوات الأمن ناشطين اثنين.\n")
    rec = process(article_from_record({"id": "h1", "text": text, "published": "2019-05-02"})).to_json()
    with Store(store_db) as store:
        store.add(rec)
        buf = io.StringIO()
        write_text(store, "acled-csv", buf)
        write_parquet(store, str(tmp_path / "events.parquet"))
    import pyarrow.parquet as pq
    table = pq.read_table(tmp_path / "events.parquet").to_pylist()
    assert [(r["fatalities"], r["civilian_targeting"]) for r in table if r["type"] == "ASSAULT"][0] == (12, True)
    rows = list(csv.DictReader(io.StringIO(buf.getvalue())))
    attack = next(r for r in rows if r["rasd_plover_type"] == "ASSAULT")
    assert attack["event_type"] == "Explosions/Remote violence"
    assert attack["fatalities"] == "12" and attack["civilian_targeting"] == "Civilian targeting"
    others = [r for r in rows if r["rasd_plover_type"] != "ASSAULT"]
    assert others and all(r["fatalities"] == "" and r["civilian_targeting"] == "" for r in others)
