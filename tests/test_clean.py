import json

import pytest

from rasd import clean
from rasd.model import Article


def _clean(raw: str, title: str | None = None) -> Article:
    return clean.run(Article(raw=raw, title=title))


def test_seed_headline_once_and_no_furniture(seed_text, seed_gold):
    art = _clean(seed_text)
    assert art.title == seed_gold["clean_title"]
    assert seed_gold["clean_title"] not in art.text
    for line in seed_gold["boilerplate"]:
        assert line not in art.text.split("\n")
    dropped = [w for w in art.warnings if w.startswith("dropped page furniture")]
    assert len(dropped) == len(seed_gold["boilerplate"])
    assert art.text.startswith("كشف مصدر مفاوض")
    assert art.text.endswith("وفق تعبيره.")


BODY = ("قال وزير الخارجية إن المحادثات بين الطرفين ستستأنف الأسبوع المقبل في العاصمة.\n"
        "وأضاف أن الوفد سيضم ممثلين عن الحكومة والمعارضة، وأن الأمم المتحدة سترعى الجولة.")


def test_generic_furniture_shapes_are_dropped_and_reported():
    raw = "\n".join([
        "1. تخطي إلى المحتوى",
        "الرئيسية - سياسة",
        "المحادثات تستأنف الأسبوع المقبل برعاية أممية",
        "آخر تحديث: 12/03/2020 10:45",
        "وزير الخارجية خلال مؤتمر صحفي (رويترز)",
        BODY,
        "شارك",
        "تابعونا على تويتر",
        "اقرأ أيضاً:",
        "انفجار في ميناء المدينة يوقع عشرات الضحايا",
        "الحكومة تعلن خطة جديدة للطاقة",
        "🔥 الأكثر مشاهدة",
        "We use cookies to improve your experience",
        "12",
    ])
    art = _clean(raw)
    assert art.title == "المحادثات تستأنف الأسبوع المقبل برعاية أممية"
    assert art.text == BODY
    assert sum(w.startswith("dropped page furniture") for w in art.warnings) == 12


def test_one_line_teaser_of_another_article_is_dropped():
    teaser = "اقرأ أيضاً: وزير الخارجية يبحث مع نظيره التركي ملف اللاجئين والحدود المشتركة بين البلدين"
    art = _clean(BODY + "\n" + teaser + "\nأبرز العناوين: الحكومة تقر الموازنة العامة للعام المقبل بعد جلسة طويلة")
    assert art.text == BODY
    kept = _clean("ملاحظة: قال وزير الخارجية إن المحادثات ستستأنف الأسبوع المقبل.\n" + BODY)
    assert kept.text.startswith("ملاحظة:")


def test_dateline_of_digits_is_kept_and_editor_initials_dropped():
    art = _clean("07/10/2018\n" + BODY + "\nع.ج.م/ ح.ز (د ب أ)")
    assert art.text == "07/10/2018\n" + BODY


@pytest.mark.parametrize("dateline", ["بغداد - شفق نيوز", "بغداد/ السومرية نيوز"])
def test_a_dateline_stays_and_a_section_path_goes(dateline):
    art = _clean(dateline + "\n" + BODY)
    assert art.text == dateline + "\n" + BODY and art.title is None
    art = _clean("الرئيسية - سياسة\n" + BODY)
    assert art.text == BODY


def test_given_headline_repeated_in_body_is_dropped():
    art = _clean("عنوان الخبر هنا اليوم\n\n" + BODY, title="عنوان الخبر هنا اليوم")
    assert art.text == BODY
    assert any("repeated headline" in w for w in art.warnings)


def test_a_single_unpunctuated_line_is_body_not_headline():
    art = _clean("وصل الوفد المفاوض إلى العاصمة صباح اليوم")
    assert art.title is None and art.text == "وصل الوفد المفاوض إلى العاصمة صباح اليوم"


def test_body_without_headline_keeps_first_paragraph():
    art = _clean(BODY)
    assert art.title is None
    assert art.text == BODY


def test_dev_boilerplate_never_survives(dev_dir):
    from rasd.read import article_from_text
    for gold_path in sorted(dev_dir.glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        art = clean.run(article_from_text(gold_path.with_suffix(".txt").read_text(encoding="utf-8")))
        for line in gold["boilerplate"]:
            if len(line.strip()) > 3:
                assert line.strip() not in art.text, (gold_path.name, line)


def _dropped(art: Article) -> list[str]:
    return [w for w in art.warnings if w.startswith("dropped page furniture")]


def test_inline_teasers_after_any_separator_are_dropped():
    teasers = ["تابع أيضاً: مجلس الأمن يعقد جلسة طارئة لبحث التصعيد على الحدود",
               "اقرأ أيضاً | الرئيس يستقبل وفداً برلمانياً لبحث قانون الانتخابات الجديد",
               "طالع أيضا - ارتفاع أسعار الوقود في الأسواق المحلية للمرة الثالثة",
               "شاهد أيضاً» لحظة انهيار مبنى سكني بعد الزلزال"]
    for teaser in teasers:
        art = _clean(BODY + "\n" + teaser)
        assert art.text == BODY, teaser
        assert len(_dropped(art)) == 1 and teaser in _dropped(art)[0]


def test_source_and_byline_lines_are_dropped_but_sentences_on_sources_stay():
    for line in ["المصدر: وكالات", "المصدر : الجزيرة + وكالات", "المصدر - وكالة الأنباء الرسمية",
                 "مصدر الخبر: رويترز", "كتب: خالد العمر", "ترجمة: فريق التحرير"]:
        art = _clean(BODY + "\n" + line)
        assert art.text == BODY, line
    sentence = "المصدر: قال مسؤول أمني إن التحقيقات ما زالت جارية لمعرفة ملابسات الحادث ومن يقف وراءه."
    assert _clean(BODY + "\n" + sentence).text == BODY + "\n" + sentence


def test_follow_us_lines_are_dropped_but_a_speaker_on_social_media_stays():
    for line in ["تابعوا آخر الأخبار عبر قناتنا على تلغرام", "انضموا إلى قناتنا على واتساب",
                 "لمتابعة أخبارنا أولاً بأول عبر واتساب اضغط هنا", "اشترك في قناة الموقع على يوتيوب",
                 "صفحتنا على فيسبوك"]:
        art = _clean(BODY + "\n" + line)
        assert art.text == BODY, line
    speech = "وقال المتحدث في تغريدة على تويتر إن القوات انسحبت من المدينة"
    assert _clean(BODY + "\n" + speech).text == BODY + "\n" + speech


def test_photo_captions_with_credits_are_dropped_and_their_dates_date_nothing():
    from rasd import pipeline
    from rasd.model import Article as A
    captions = ["عناصر من الدفاع المدني في موقع الانفجار (تصوير: سامر الأحمد)",
                "الصورة: آثار القصف على حي سكني في 3 أيار 2019/ رويترز",
                "مشيعون خلال جنازة الضحايا يوم 12 آذار [عدسة: محمود حسن]",
                "بعدسة: ليلى يوسف"]
    for caption in captions:
        art = _clean(BODY + "\n" + caption)
        assert art.text == BODY, caption
    record = pipeline.process(A(raw=BODY + "\n" + captions[1], published="2020-03-12")).to_json()
    assert not any("2019" in (t["value"] or "") for t in record["times"])


def test_bare_clock_and_age_stamps_are_dropped_but_a_full_dateline_stays():
    for stamp in ["10:45 ص", "08:43 م", "منذ 3 ساعات", "قبل 25 دقيقة", "الساعة 10:45 صباحاً"]:
        art = _clean(BODY + "\n" + stamp)
        assert art.text == BODY, stamp
    for dateline in ["الثلاثاء 16 مارس 2021 - 10:45", "الخميس 15/ديسمبر/2016 - 07:17 م"]:
        assert _clean(dateline + "\n" + BODY).text == dateline + "\n" + BODY
    sentence = "وقال إن القصف بدأ منذ 3 ساعات على الأقل."
    assert _clean(BODY + "\n" + sentence).text.endswith(sentence)


def test_a_dateline_on_its_own_line_is_kept_and_a_photo_credit_is_not():
    raw = ("مقتل عشرات المسلحين في هجوم للجيش\nمقديشو / الأناضول\nتونس - (أ ف ب)\n"
           "قتل عشرات المسلحين اليوم في هجوم شنه الجيش على مواقعهم وسط البلاد.\nجنود في الميدان - رويترز\n")
    art = _clean(raw)
    assert art.text.splitlines()[:2] == ["مقديشو / الأناضول", "تونس - (أ ف ب)"]
    assert "جنود في الميدان" not in art.text


def test_a_related_headline_that_asks_a_question_is_dropped_with_its_list():
    raw = ("عنوان الخبر\nوقالت مصادر محلية إن السلطات قصرت الدخول إلى المدينة على فرق الإغاثة.\n"
           "اقرأ أيضا\nليبيا.. ماذا نعرف عن سدي درنة اللذين انهارا؟\nشارك عبر")
    art = _clean(raw)
    assert "ماذا نعرف" not in art.text and "قصرت الدخول" in art.text
    # a question in the body, outside a list, stays
    art = _clean("عنوان الخبر\nفهل تصمد الهدنة؟\nوقالت مصادر إن الهدوء عاد.")
    assert "فهل تصمد الهدنة؟" in art.text
