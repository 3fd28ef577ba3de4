"""The offset invariant over the whole pipeline, on the seed and on generated Arabic-like text."""
from hypothesis import HealthCheck, example, given, settings, strategies as st

import rasd
from rasd.pipeline import STAGES

WORDS = ["قال", "وقالت", "أكد", "نفى", "مصدر", "مفاوض", "جيش", "الإسلام", "روسيا", "دوما", "مدينة", "غداً",
         "(الأربعاء)", "الساعة", "9", "صباحاً", "إن", "أن", "«", "»", '"', "،", ".", "\n", "لرويترز", "في", "بيان",
         "هدد", "بإبادة", "المفاوضات", "وقف", "إطلاق", "النار", "الثلاثاء", "خلال", "48", "ساعة", "حمزة", "بيرقدار",
         "ميليشيات", "النظام", "قصف", "على", "إدلب", "وكالة", "سبوتنيك", "لـ", "ـ", "٤٨", "َ", "ّ", "أمس", "اليوم"]


def assert_spans_consistent(article):
    text = article.text
    for span in article.all_spans():
        assert 0 <= span.start <= span.end <= len(text)
        assert text[span.start:span.end] == span.text
    rec = article.to_json()
    ids = [x["id"] for k in ("entities", "attributions", "events", "times") for x in rec[k]]
    assert len(ids) == len(set(ids))
    entity_ids = {e["id"] for e in rec["entities"]}
    time_ids = {t["id"] for t in rec["times"]}
    att_ids = {a["id"] for a in rec["attributions"]}
    for a in rec["attributions"]:
        assert a["speaker"] is None or a["speaker"] in entity_ids
        assert a["channel"] is None or a["channel"] in entity_ids
    for v in rec["events"]:
        for arg in ("actor", "target", "location"):
            assert v[arg] is None or v[arg] in entity_ids
        assert v["time"] is None or v["time"] in time_ids
        assert v["source"] is None or v["source"] in att_ids


def test_stage_order_is_the_designed_pipeline():
    assert [name for name, _ in STAGES] == ["clean", "segment", "entities", "times", "attributions", "events", "geo"]


def test_seed_spans_are_consistent(seed_text):
    assert_spans_consistent(rasd.analyze(seed_text, published="2018-03-27"))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=60), st.booleans())
@example(["قال", "قال", "قال", "مصدر", "،"], False)     # a speaker phrase ending at a final comma
def test_generated_text_spans_are_consistent(words, with_date):
    text = " ".join(words)
    assert_spans_consistent(rasd.analyze(text, published="2018-03-27" if with_date else None))
