"""Detecting attacks and protests in single news sentences, and not detecting them where the same
words mean something else (hard negatives): sentences written for rasd in the style of the wires."""
from __future__ import annotations

import pytest

from rasd.pipeline import process
from rasd.read import article_from_text


def types_in(sentence: str) -> set[str]:
    art = article_from_text(sentence, published="2024-03-05")
    process(art)
    return {v.type for v in art.events}


ATTACKS = [
    "أطلق مسلحون مجهولون النار على سيارة مدير المدرسة في مدينة درعا.",   # the subject between verb and object
    "أطلقت الفصائل صواريخ على مستوطنات غلاف غزة مساء الجمعة.",
    "طعن شاب جنديا عند أحد الحواجز العسكرية قرب رام الله.",
    "اعتدى مستوطنون على مزارعين في قرية بورين جنوب نابلس.",
    "لقي جنديان حتفهما في كمين نصبه مسلحون في ولاية شمال سيناء.",
    "لقي خمسة مدنيين مصرعهم جراء سقوط صاروخ على منزلهم.",
    "فأرداه قتيلا على الفور أمام منزله في مدينة عدن.",
    "أحرق مجهولون مسجدا في قرية شمال رام الله.",
    "دهس مستوطن طفلا قرب الخليل.",
    "أضرم مستوطنون النار في منزل عائلة فلسطينية شرق رام الله.",
    "ألقى شبان زجاجات حارقة على دورية للشرطة في الحي.",
    "قتل حارس في هجوم بسكين وقالت الشرطة إن المهاجم اعتقل.",            # المهاجم: no football striker here
    "اندلعت مواجهات بين شبان وقوات الاحتلال في بلدة بيتا.",
    "سقط أربعة قتلى في اشتباك بين عشيرتين جنوب البلاد.",
    "نسف مسلحون جسرا يربط بين المدينتين.",
    "ذبح مسلحون ثلاثة رعاة في ريف المدينة.",
    "تعرض صحفي للضرب على أيدي عناصر أمن.",
]

PROTESTS = [
    "وشارك الآلاف في التظاهر أمام مقر البرلمان أمس.",                # the verbal noun of تظاهر
    "أضرب عمال الميناء عن العمل احتجاجا على تأخر صرف رواتبهم.",      # not the blow ~ضرب (أضرب: I hit)
    "نظم الأهالي وقفة تضامنية مع الأسرى أمام مقر الصليب الأحمر.",
    "ردد المشاركون في المسيرة شعارات تندد بالتطبيع.",
    "رفع العمال لافتات أمام مبنى الوزارة تطالب بصرف الأجور.",
    "دخل عشرات المعتقلين في إضراب عن الطعام منذ أسبوع.",
    "أضرب موظفو البلدية في مدينة صفاقس لليوم الثاني على التوالي.",
    "تجمع عشرات الطلاب أمام الجامعة رافعين لافتات تندد بقرار رفع الرسوم.",
    "احتشد المئات أمام مقر الحكومة للمطالبة بالإفراج عن المعتقلين.",      # a gathering with its purpose
    "شارك الآلاف في مسيرة وسط المدينة تضامنا مع غزة.",
    "خرج الآلاف في مليونية جديدة بشوارع الخرطوم.",
    "شكل الآلاف سلسلة بشرية على طول الكورنيش.",
    "رشق شبان دورية للشرطة بالحجارة.",                                   # a riot (PLOVER PROTEST riot)
]

NEITHER = [
    "تظاهر الرجل بالمرض ليتغيب عن العمل.",                 # pretend, the subject between
    "اعتصم الوزير بالصمت ورفض الإجابة عن أسئلة الصحفيين.",
    "احتج المحامي بأن موكله لم يكن في المدينة وقت الحادث.",
    "ضرب الرئيس مثالا بتجارب الدول المجاورة في مكافحة الفقر.",
    "انفجر الجمهور ضاحكا عند سماع النكتة.",
    "وصف المعارض الحملة بأنها اغتيال معنوي لشخصيته.",
    "ناقش البرلمان مشروع قانون لتنظيم حق التظاهر.",
    "أصدرت الحكومة قانونا يجرم الاعتداء على الأطباء.",
    "أحيا الفلسطينيون الذكرى السنوية لمجزرة دير ياسين.",
    "اقتحم المخرج عالم السينما بفيلمه الأول.",
    "تستهدف الخطة الحكومية خفض العجز في الموازنة.",
    "سيطرت الحكومة على معدلات التضخم.",
    "قتل الوقت هو أسوأ ما يفعله الشباب في الإجازة.",
    "خاضت الشركتان معركة قضائية طويلة حول براءة الاختراع.",
    "طعن المحامي في الحكم أمام محكمة الاستئناف.",
    "تظاهر المتهم بالجنون أمام المحققين.",
    "يحذر اقتصاديون من انفجار في أسعار الخبز خلال الشتاء.",
    "تعرضت مواقع حكومية لهجوم إلكتروني عطلها ساعات.",
    "لقي عاملان حتفهما إثر انهيار منجم في الجنوب.",
    "هذه السياسات تقتل الأمل لدى الشباب.",
    "تحدث الكاتب عن مسيرته المهنية في الصحافة.",                       # no purpose: a career
    "احتشد المشجعون في الملعب لمتابعة المباراة.",
    "اشتبك النائبان كلاميا خلال جلسة البرلمان.",
    "نسف قرار الحكومة جهود الوساطة بين الطرفين.",
    "ذبح المواطنون الأضاحي في أول أيام العيد.",
    "دخل الاتفاق حيز التنفيذ بعد أكثر من 13 شهرا من المواجهات.",          # a period of clashes, no incident
    "ينهي الاتفاق سنوات من القتال داخل المدينة.",
    "يستعد الفريق لمواجهة صعبة أمام منافسه التقليدي.",
    "انخفضت جرائم القتل العمد في العاصمة خلال العام الماضي.",
    "أطلق الرئيس مبادرة للحوار الوطني.",
    "لقي ثلاثة أشخاص مصرعهم في حادث سير على طريق بغداد كركوك.",    # an accident, no attack
]


@pytest.mark.parametrize("sentence", ATTACKS)
def test_attack_is_detected(sentence):
    assert "ASSAULT" in types_in(sentence)


@pytest.mark.parametrize("sentence", PROTESTS)
def test_protest_is_detected(sentence):
    assert "PROTEST" in types_in(sentence)


@pytest.mark.parametrize("sentence", NEITHER)
def test_other_sense_is_no_attack_or_protest(sentence):
    assert not types_in(sentence) & {"ASSAULT", "PROTEST"}


def test_burning_tyres_is_a_protest_not_arson():
    assert types_in("أحرق المحتجون الإطارات في الشوارع الرئيسية.") == {"PROTEST"}


def test_release_is_no_shooting():
    """أطلق is an attack only with what is fired: أطلق سراح is a release."""
    found = types_in("أطلق الجيش سراح ثلاثة معتقلين فجر اليوم.")
    assert "ASSAULT" not in found and "RETREAT" in found


def test_chants_after_a_reported_protest_are_the_same_protest():
    art = article_from_text("خرج مئات المتظاهرين أمام السفارة في بغداد، ورفعوا شعارات تطالب بطرد السفير.",
                            published="2024-03-05")
    process(art)
    assert [v.type for v in art.events].count("PROTEST") == 1


def test_a_protest_note_is_an_accusation_and_supporters_gathering_a_rally():
    art = article_from_text("وسلمت وزارة الخارجية العراقية القائم بالأعمال الإيراني مذكرة احتجاج رسمية.", published="2024-03-05")
    process(art)
    assert [e.type for e in art.events] == ["ACCUSE"]
    art = article_from_text("وفي نيامي، تجمع آلاف من أنصار الانقلاب أمام السفارة الفرنسية أمس.", published="2024-03-05")
    process(art)
    assert [e.type for e in art.events] == ["PROTEST"]
    art = article_from_text("وتجمعت العائلة أمام المنزل لاستقبال الضيوف.", published="2024-03-05")
    process(art)
    assert art.events == []
