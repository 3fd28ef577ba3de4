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
