"""Status cues and figures of speech of issue 12, on sentences written for these tests."""
from __future__ import annotations

import pytest

from rasd.pipeline import process
from rasd.read import article_from_text


def events_of(text: str) -> list[tuple[str, str, str]]:
    """(type, trigger text, status) of every event of a one-line article."""
    return [(v.type, v.trigger.text, v.status) for v in process(article_from_text(text + "\n")).events]


def status_of(text: str, trigger: str) -> str:
    found = [s for t, tr, s in events_of(text) if trigger in (t, tr) or trigger in tr]
    assert found, (trigger, events_of(text))
    return found[0]


@pytest.mark.parametrize("text, trigger, status", [
    # continuation in the future, intent and plans
    ("خان يونس - قال متحدث عسكري إن الضربات الجوية ستتواصل على مواقع الحركة حتى نهاية الشهر.", "الضربات الجوية", "planned"),
    ("جنين - أكد الجيش أن الاقتحامات ستستمر في المخيم.", "الاقتحامات", "planned"),
    ("موسكو - أعلنت الحكومة نيتها الانسحاب من المعاهدة.", "الانسحاب", "planned"),
    ("أنقرة - أكدت تركيا عزمها شن عملية عسكرية في شمال سوريا.", "عملية عسكرية", "planned"),
    ("طرابلس - تعتزم حكومة الوحدة اعتقال المتورطين في الهجوم على المصرف.", "اعتقال", "planned"),
    ("الخرطوم - ينوي الجيش اقتحام المدينة خلال أيام.", "اقتحام", "planned"),
    # the same words in the present or the past stay asserted
    ("جنين - تتواصل الاقتحامات في المخيم منذ الفجر.", "الاقتحامات", "asserted"),
    ("جنين - استمرت الاشتباكات في المخيم حتى ساعات الفجر.", "الاشتباكات", "asserted"),
    # a claim that another source denies right after it
    ("عدن - قالت الحكومة إن الحوثيين قصفوا ميناء المخا، وهو ما ينفيه الحوثيون.", "قصفوا", "disputed"),
    ("بغداد - ذكرت مصادر أمنية أن مسلحين اختطفوا صحفياً في البصرة، الأمر الذي نفته الشرطة المحلية.", "اختطفوا", "disputed"),
    ("بغداد - ذكرت مصادر أمنية أن مسلحين اختطفوا صحفياً في البصرة.", "اختطفوا", "asserted"),
    # a proposal is not an agreement
    ("الدوحة - اقترحت الوساطة هدنة إنسانية لمدة ثلاثة أيام.", "هدنة", "planned"),
    ("القاهرة - طرحت مصر مبادرة لوقف إطلاق النار في القطاع.", "وقف إطلاق النار", "planned"),
    ("جنيف - عرضت الولايات المتحدة اتفاقاً لتبادل الأسرى بين الجانبين.", "AGREE", "planned"),
    ("الدوحة - توصل الطرفان إلى اتفاق لتبادل الأسرى.", "AGREE", "asserted"),
])
def test_status_cues(text, trigger, status):
    assert status_of(text, trigger) == status


def test_showing_pictures_is_no_proposal():
    assert status_of("دمشق - عرض التلفزيون الرسمي صوراً للقصف على الحي.", "قصف") == "asserted"


@pytest.mark.parametrize("text", [
    "لندن - قال محافظ البنك إن السيطرة على التوقعات التضخمية أولوية هذا العام.",
    "الرياض - تمكن رجال الإطفاء من السيطرة على الحريق في المستودع.",
    "بيروت - قالت عائلات المفقودين إنها أصيبت بصدمة من القرار.",
    "عمان - أعلنت الوزارة أن الوزير أصيب بفيروس كورونا.",
    "القاهرة - فاز طالب جامعي بجائزة الرواية العربية.",
    "تونس - حصلت طالبة في كلية الهندسة على منحة دراسية.",
])
def test_figures_of_speech_and_homographs_are_no_events(text):
    assert events_of(text) == []


def test_a_student_arrested_is_one_arrest_and_no_demand():
    assert [t for t, _tr, _s in events_of("الجزائر - اعتقلت الشرطة طالباً جامعياً أمام مبنى البرلمان.")] == ["COERCE"]


def test_a_demand_stays_a_demand():
    assert ("REQUEST", "asserted") in [(t, s) for t, _tr, s in events_of(
        "الخرطوم - طالب المحتجون في بيان بالإفراج عن المعتقلين.")]


@pytest.mark.parametrize("text", [
    "الدوحة - أعلن الوسطاء التوصل إلى وقف دائم لإطلاق النار في القطاع.",
    "القاهرة - وافق الطرفان على وقف شامل لإطلاق النار.",
])
def test_a_lasting_ceasefire_is_a_ceasefire_not_an_assault(text):
    found = events_of(text)
    assert not any(t == "ASSAULT" for t, _tr, _s in found)
    assert any(t == "RETREAT" and "وقف" in tr for t, tr, _s in found)


def test_a_call_for_a_ceasefire_is_a_call_not_an_assault():
    found = [t for t, _tr, _s in events_of("نيويورك - دعا مجلس الأمن إلى وقف فوري لإطلاق النار في السودان.")]
    assert "REQUEST" in found and "ASSAULT" not in found


def test_a_real_attack_and_real_wounds_stay_events():
    assert [t for t, _tr, _s in events_of("غزة - أصيب خمسة أشخاص بجروح في قصف على الحي.")] == ["ASSAULT"]
    assert [t for t, _tr, _s in events_of("حماة - سيطرت الفصائل على بلدة كفرنبودة بعد معارك عنيفة.")][:1] == ["ASSAULT"]
