"""Fatalities and civilian targeting on events (issue 12): counts read from sentences written for these tests."""
from __future__ import annotations

import pytest

from rasd.events.fatalities import counts, tokens
from rasd.model import Span
from rasd.pipeline import process
from rasd.read import article_from_text


def dead_in(sentence: str) -> tuple[list[int], list[int]]:
    return counts(tokens(sentence, Span.of(sentence, 0, len(sentence))))


@pytest.mark.parametrize("sentence, dead, tolls", [
    ("وأسفر القصف عن مقتل 14 مدنياً في البلدة", [14], []),
    ("أدى الانفجار إلى مقتل ٧ أشخاص", [7], []),                      # Arabic-Indic digits
    ("وتحدثت مصادر محلية عن سقوط أربعة قتلى", [4], []),
    ("قتل ثمانية عناصر من الشرطة في الكمين", [8], []),
    ("وأكد المسعفون أن 9 مزارعين قتلوا أثناء عملهم", [9], []),
    ("مقتل ما لا يقل عن ستة عشر شخصاً", [16], []),                  # hedge and a compound number
    ("مقتل اثنين وثلاثين جندياً", [32], []),
    ("مقتل نحو مئتين وخمسين مسلحاً", [250], []),
    ("مقتل أربعمائة شخص", [400], []),
    ("مقتل خمسة آلاف شخص", [5000], []),
    ("وصلت حصيلة القتلى إلى 41", [], [41]),
    ("ارتفع عدد الشهداء إلى 63 شهيداً", [], [63]),
    ("مقتل 5 جنود وإصابة 12 آخرين", [5], []),                       # the wounded are not the dead
    ("مقتل وإصابة 30 شخصاً", [], []),                               # dead and wounded in one figure
    ("حصيلة القتلى والجرحى بلغت 70", [], []),
    ("مقتل عشرات المدنيين", [], []),                                # vague: no number
    ("سقط مئات القتلى", [], []),
    ("مقتل أحد قادة الفصيل", [], []),                               # أحد: one of, not a count
    ("سقوط 3 قذائف على الحي", [], []),                              # shells, not dead
    ("أصيب 6 أشخاص بجروح", [], []),
])
def test_counts_of_the_dead(sentence, dead, tolls):
    assert dead_in(sentence) == (dead, tolls)


def events_of(text: str):
    return [v for v in process(article_from_text(text)).events]


def test_fatalities_and_civilians_from_the_attack_sentence():
    [v] = [v for v in events_of("حلب - أعلن المرصد أن 13 مدنياً قتلوا جراء غارات شنتها طائرات حربية على بلدة الأتارب.\n")
           if v.type == "ASSAULT"]
    assert v.fatalities == 13 and v.civilian_targeting is True
    assert v.to_json()["fatalities"] == 13 and v.to_json()["civilian_targeting"] is True


def test_a_toll_in_the_next_sentence_updates_the_attack():
    text = ("بيروت - قصفت طائرات إسرائيلية بلدة في جنوب لبنان مما أدى إلى مقتل ستة أشخاص.\n"
            "وارتفعت حصيلة القتلى مساء اليوم إلى 19 قتيلاً بحسب مصادر طبية.\n")
    attacks = [v for v in events_of(text) if v.type == "ASSAULT"]
    assert attacks[0].fatalities == 19
    assert all(v.fatalities is None for v in attacks[1:])


def test_no_count_and_no_civilians_for_soldiers():
    text = "صنعاء - هاجم مسلحون نقطة عسكرية وقتلوا عشرات الجنود في محافظة مأرب.\n"
    attacks = [v for v in events_of(text) if v.type == "ASSAULT"]
    assert attacks and all(v.fatalities is None and v.civilian_targeting is False for v in attacks)


def test_the_civil_defence_is_no_civilian_target():
    text = "إدلب - أعلن الدفاع المدني أن قصفاً مدفعياً استهدف مواقع الفصائل المسلحة قرب المدينة.\n"
    attacks = [v for v in events_of(text) if v.type == "ASSAULT"]
    assert attacks and not any(v.civilian_targeting for v in attacks)


def test_an_attack_on_civilians_without_a_count():
    text = "الخرطوم - استهدفت قوات الدعم السريع منازل المواطنين في مدينة الفاشر بالقذائف.\n"
    attacks = [v for v in events_of(text) if v.type == "ASSAULT"]
    assert attacks[0].civilian_targeting is True and attacks[0].fatalities is None


def test_events_other_than_attacks_carry_no_count():
    text = "القاهرة - اعتقلت الشرطة 15 شخصاً بعد مقتل 3 متظاهرين في الاحتجاجات.\n"
    for v in events_of(text):
        if v.type != "ASSAULT":
            assert v.fatalities is None and v.civilian_targeting is False


@pytest.mark.parametrize("text, dead", [
    ("الرياض - اعترضت الدفاعات الجوية صاروخاً أطلق باتجاه جازان دون وقوع إصابات.\n", 0),
    ("بغداد - سقطت قذيفة هاون قرب السفارة ولم يسفر القصف عن سقوط قتلى.\n", None),   # a word between: not the phrase
    ("بغداد - انفجرت عبوة ناسفة قرب دورية للشرطة لم تسفر عن وقوع إصابات.\n", 0),
])
def test_no_casualties_count_zero(text, dead):
    attacks = [v for v in events_of(text) if v.type == "ASSAULT"]
    assert attacks and attacks[0].fatalities == dead


@pytest.mark.parametrize("sentence", [
    "قتل أكثر من 40 مدنياً في القصف",
    "وبلغت الحصيلة 30 قتيلاً مدنياً",
    "وأكد الأطباء أن أربعة أطفال قتلوا في الغارة",
])
def test_the_counted_dead_are_civilians(sentence):
    from rasd.events.fatalities import _civilian_dead
    assert _civilian_dead(tokens(sentence, Span.of(sentence, 0, len(sentence))))


def test_dead_fighters_are_no_civilians():
    from rasd.events.fatalities import _civilian_dead
    sentence = "وأعلن الجيش مقتل 12 مسلحاً قرب منازل السكان"
    assert not _civilian_dead(tokens(sentence, Span.of(sentence, 0, len(sentence))))
