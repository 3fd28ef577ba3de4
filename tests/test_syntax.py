"""The shallow syntactic layer (rasd/syntax): clauses, report frames, verb voice, construct chains."""
from __future__ import annotations

import pytest

from rasd.events.lexicon import words_of
from rasd.model import Span
from rasd.syntax import affiliated_owner, analyse, clauses, is_passive, punctuated, scene_subject
from rasd.syntax.voice import damma_marked


def _norms(words, rng):
    return " ".join(w.norm for w in words[rng[0]:rng[1]])


def _frames(text):
    words = words_of(text)
    return words, analyse(words, text, [Span.of(text, 0, len(text))]).frames


# ------------------------------------------------------------------ clauses
def test_clauses_open_at_complementisers_relatives_and_punctuation():
    text = "قال الوزير إن الجنود الذين انسحبوا عادوا، ثم غادر."
    words = words_of(text)
    got = [(c.opener, _norms(words, (c.lo, c.hi))) for c in clauses(words, 0, len(words), text)]
    assert got == [("", "قال الوزير"), ("comp", "ان الجنود"), ("relative", "الذين انسحبوا عادوا"),
                   ("punct", "ثم غادر")]


def test_punctuated_clauses_cut_at_commas_only():
    text = "وصل الوفد، والتقى الرئيس؛ ثم عاد."
    assert [c.text.strip() for c in punctuated(text, Span.of(text, 0, len(text)))] == \
        ["وصل الوفد", "والتقى الرئيس", "ثم عاد."]


# ------------------------------------------------------------------ report frames
def test_report_frame_with_a_complementiser():
    words, (f,) = _frames("أعلنت هيئة الإسعاف أن خمسة عمال أصيبوا في انفجار.")
    assert _norms(words, f.reporter) == "هييه الاسعاف"
    assert _norms(words, f.content).startswith("ان خمسه عمال")
    assert f.opener == "comp"


def test_report_frame_with_a_toll_noun():
    words, (f,) = _frames("وأفاد مسعفون بسقوط قتلى في القرية.")
    assert (_norms(words, f.reporter), f.opener) == ("مسعفون", "toll")
    words, (f,) = _frames("أعلنت البلدية عن مقتل عاملين.")
    assert _norms(words, f.reporter) == "البلديه"
    assert _norms(words, f.content) == "مقتل عاملين"


def test_no_frame_for_a_quotation_or_a_toll_word_that_is_the_reporter():
    assert _frames("قال الضابط: «سنعود».")[1] == []
    words, (f,) = _frames("أعلن عدد من النواب أن الجلسة تأجلت.")
    assert _norms(words, f.reporter) == "عدد من النواب"


def test_an_empty_reporter_when_the_verb_carries_it():
    words, (f,) = _frames("وقالت إن الشرطة فرقت الحشد.")
    assert f.reporter[0] == f.reporter[1]
    assert f.holds(2) and not f.reports(2)


# ------------------------------------------------------------------ voice
@pytest.mark.parametrize("text,stem,passive", [
    ("قُتل الحارس", "قتل", True),               # damma on the first letter
    ("وأُحرق المخزن", "احرق", True),
    ("اعتُقل الطالب", "اعتقل", True),           # form VIII: damma on its ت
    ("استُهدف الموكب", "استهدف", True),         # form X
    ("اعتقل الطالب", "اعتقل", False),           # no vowels: active as written
    ("قتلُوا الحارس", "قتل", False),            # the damma of the person ending
    ("اغتيل المحامي", "اغتيل", True),           # passive in its letters
    ("قتل 4 رعاة", "قتل", True),                 # a count as subject after the bare verb
    ("اعتقل سبعة طلاب", "اعتقل", True),
    ("قتلت ثلاثة رعاة", "قتل", False),          # "she killed": the verb has its own subject
    ("قتل الحارس ثلاثة لصوص", "قتل", False),
])
def test_voice(text, stem, passive):
    assert is_passive(words_of(text), 0, text, stem) is passive


def test_a_count_before_a_plural_verb_is_its_victim():
    text = "وذكر أن 9 صيادين قتلوا"
    assert is_passive(words_of(text), 3, text, "قتل")          # digits are no words: قتلوا is the fourth
    text = "وذكر أن الصيادين قتلوا"
    assert not is_passive(words_of(text), 3, text, "قتل")     # the fishermen killed (someone)


def test_damma_marked_skips_the_proclitic():
    assert damma_marked("وقُتل", "و")
    assert not damma_marked("وقتل", "و")


def test_scene_verb_subject():
    words = words_of("وشهدت بلدة بيتا مواجهات")
    assert scene_subject(words, 1) and not scene_subject(words, 2)
    assert not scene_subject(words_of("عاشت البلدة ساعات صعبة"), 1)


# ------------------------------------------------------------------ construct chains
def test_owner_through_an_affiliation_word():
    text = "قصف المدفعية التابعة للجيش"
    assert affiliated_owner(words_of(text), 0, 3, text)
    text = "هجوم المسلحين الموالين لها"
    assert affiliated_owner(words_of(text), 0, 3, text)
    text = "قصف الكتائب الحدودية المدعومة من الجيش"
    assert affiliated_owner(words_of(text), 0, 5, text)
    text = "قصف المدفعية، التابعة للجيش"           # punctuation cuts the chain
    assert not affiliated_owner(words_of(text), 0, 3, text)
    text = "قصف المدفعية للجيش"                     # no affiliation word
    assert not affiliated_owner(words_of(text), 0, 2, text)
