import json

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


def test_a_dateline_stays_and_a_section_path_goes():
    art = _clean("بغداد - شفق نيوز\n" + BODY)
    assert art.text == "بغداد - شفق نيوز\n" + BODY and art.title is None
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
