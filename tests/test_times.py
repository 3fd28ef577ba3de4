"""The time stage: finding time expressions and normalising them against the publication date."""
from __future__ import annotations

import importlib.util
import json

import pytest

from rasd import clean, times
from rasd.model import Article
from rasd.read.dates import parse_published


def extract(text: str, published: str | None = "2018-03-27") -> Article:
    article = Article(raw=text, text=text, published=published)
    return times.run(article)


def values(text: str, published: str | None = "2018-03-27") -> list[tuple[str, str | None]]:
    return [(t.span.text, t.value) for t in extract(text, published).times]


# ---------------------------------------------------------------- the seed

def test_seed_gold_values_all_right(seed_text, seed_gold):
    article = extract(seed_text, seed_gold["published"])
    found = [(t.span.text, t.value) for t in article.times]
    for gold in seed_gold["times"]:
        hits = [value for text, value in found if gold["text"] in text]
        assert hits, f"not found: {gold['text']}"
        assert hits[0] == gold["value"], (gold["text"], hits[0], gold["value"])
    assert len(found) == len(seed_gold["times"])


def test_seed_spans_are_whole_expressions_in_text_order(seed_text):
    article = extract(seed_text)
    texts = [t.span.text for t in article.times]
    assert "غداً (الأربعاء) الساعة 9 صباحاً" in texts
    assert any(t.endswith("يوم (الخميس) القادم في الساعة 11 ظهراً") for t in texts)
    assert [t.id for t in article.times] == [f"T{i}" for i in range(1, len(texts) + 1)]
    assert [t.span.start for t in article.times] == sorted(t.span.start for t in article.times)
    for t in article.times:
        assert article.text[t.span.start:t.span.end] == t.span.text


# ---------------------------------------------------------------- dates

@pytest.mark.parametrize("text, value", [
    ("وعقد الاجتماع في 3 كانون الثاني 2018 في بغداد.", "2018-01-03"),
    ("وعقد الاجتماع في 5 جانفي 2017 بالجزائر.", "2017-01-05"),
    ("وعقد الاجتماع في 20 يناير 2016 بالقاهرة.", "2016-01-20"),
    ("صدر البيان في ١٥ ديسمبر ٢٠١٦ عن الوزارة.", "2016-12-15"),
    ("صباح الخميس (15 ديسمبر/ كانون الأول 2016) خرجت القافلة.", "2016-12-15TMO"),
    ("الخميس 15/ديسمبر/2016 - 07:17 م", "2016-12-15T19:17"),
    ("نشر بتاريخ 07/10/2018 على الموقع.", "2018-10-07"),
    ("تشرين الأول 10, 2019", "2019-10-10"),
    ("وصل الوفد إلى عدن في 15 رجب 1439 هـ.", "2018-04-01"),
    ("اندلعت الثورة في يونيو / حزيران 2013.", "2013-06"),
    ("وقال الجمعة (الرابع من آب/أغسطس) إن القوات تقدمت.", "2017-08-04"),
])
def test_absolute_dates_in_all_month_systems(text, value):
    assert value in [v for _t, v in values(text, "2017-08-05")]


def test_absolute_dates_resolve_without_publication_date():
    assert values("وكان المكتب أعلن، الاثنين (16 تشرين الأول 2017)، أن القوات دخلت.", None) == [
        ("الاثنين (16 تشرين الأول 2017)", "2017-10-16")]
    assert ("منذ عام 2013", "2013") in values("تعاني المنطقة من حصار منذ عام 2013، ما أدى الى نقص.", None)


def test_month_without_year_takes_the_year_from_the_publication_date_or_xxxx():
    assert values("توصلتا الى اتفاق في 17 من سبتمبر الماضي.", "2018-10-18")[0][1] == "2018-09-17"
    assert values("توصلتا الى اتفاق في 17 من سبتمبر الماضي.", None)[0][1] == "XXXX-09-17"
    assert values("وقع في أيار (مايو) الماضي في آستانة.", None)[0][1] == "XXXX-05"
    assert values("سيعقد المؤتمر في مارس المقبل.", "2018-07-01")[0][1] == "2019-03"


# ---------------------------------------------------------------- relative days and weekdays

def test_relative_days_against_publication_date():
    found = dict(values("وصل الوفد أمس وسيغادر غداً، أما بعد غد فتبدأ الجلسة، وكان قد وصل أول من أمس."))
    assert found["أمس"] == "2018-03-26"
    assert found["غداً"] == "2018-03-28"
    assert found["بعد غد"] == "2018-03-29"
    assert found["أول من أمس"] == "2018-03-25"


def test_parts_of_day():
    assert values("أعلن الجيش مساء أمس سيطرته على البلدة.") == [("مساء أمس", "2018-03-26TEV")]
    assert values("قتل ثلاثة مدنيين فجر اليوم الثلاثاء في غارة.") == [("فجر اليوم الثلاثاء", "2018-03-27TMO")]
    assert values("ما حدث ليلة أمس في كركوك.") == [("ليلة أمس", "2018-03-26TNI")]


def test_weekday_in_reports_is_the_last_one_and_ahead_with_future_cues():
    assert values("قتل 18 مدنياً، الخميس، في غارات جديدة.") == [("الخميس", "2018-03-22")]
    assert values("سيعقد مجلس الأمن جلسة طارئة الخميس لبحث الوضع.") == [("الخميس", "2018-03-29")]
    assert values("اندلعت الاشتباكات يوم الأحد الماضي.") == [("يوم الأحد الماضي", "2018-03-25")]
    assert values("تنتهي المهلة الجمعة المقبلة.")[0][1] == "2018-03-30"
    # the publication day itself
    assert values("أعلن الجيش، الثلاثاء، مقتل خمسة جنود.") == [("الثلاثاء", "2018-03-27")]


def test_weekday_in_parentheses_cross_checks_the_relative_day():
    article = extract("قتل 19 مدنياً اليوم (الأحد) في قصف.")
    assert [(t.span.text, t.value) for t in article.times] == [("اليوم (الأحد)", "2018-03-27")]
    assert any("الأحد" in w for w in article.warnings)
    assert not extract("قتل 19 مدنياً اليوم (الثلاثاء) في قصف.").warnings


def test_relative_expressions_are_null_without_publication_date():
    found = values("قتل 19 مدنياً اليوم (الأحد)، وكان المرصد قد وثق أمس مقتل تسعة، حتى الآن.", None)
    assert found == [("اليوم (الأحد)", None), ("أمس", None), ("حتى الآن", None)]


def test_anaphoric_day_takes_the_day_last_mentioned():
    found = values('قال المبعوث الجمعة (الرابع من آب/أغسطس) إنه "حتى هذا اليوم، استعادت القوات نصف المدينة".',
                   "2017-08-05")
    assert found[-1] == ("حتى هذا اليوم", "2017-08-04")


# ---------------------------------------------------------------- clock times

@pytest.mark.parametrize("text, value", [
    ("وقع الانفجار الساعة الثالثة والنصف فجرا بالتوقيت المحلي.", "2018-03-27T03:30"),
    ("وفي تمام الساعة الرابعة وتسع وأربعين دقيقة رصدت الدفاعات صاروخا.", "2018-03-27T04:49"),
    ("تبدأ الهدنة الساعة 12 ظهرا بتوقيت دمشق.", "2018-03-27T12:00"),
    ("وصل الرتل الساعة ٨ مساءً.", "2018-03-27T20:00"),
    ("تنتهي المهلة غداً الساعة السابعة إلا ربعاً صباحاً.", "2018-03-28T06:45"),
])
def test_clock_times(text, value):
    assert values(text)[0][1] == value


# ---------------------------------------------------------------- durations, vague and recurring times

@pytest.mark.parametrize("text, value", [
    ("هدد بإبادة المدينة خلال 48 ساعة.", "PT48H"),
    ("بعد معارك استمرت تسعة أيام.", "P9D"),
    ("غداة يومين دمويين في الغوطة.", "P2D"),
    ("واستمرت المعارك ثلاثة أسابيع.", "P3W"),
    ("وتحاصرها القوات منذ أكثر من أربعة أعوام.", "P4Y"),
    ("قتلوا خلال الساعات ال24 الماضية.", "PT24H"),
    ("ولليوم الثاني على التوالي تجمعت الحافلات.", "P2D"),
    ("وبعد ساعات من القصف أعلنت الوزارة.", "PTXH"),
    ("سقط بعد حصار استمر لمدة خمسة أشهر.", "P5M"),
])
def test_durations(text, value):
    assert values(text)[0][1] == value


def test_vague_and_recurring_references():
    assert values("تستعد القوات لدخول المدينة خلال الساعات القادمة.")[0][1] == "FUTURE_REF"
    assert values("سيطرت عليها القوات مؤخرا.")[0][1] == "PAST_REF"
    assert values("يشارك الفلسطينيون في المسيرة الأسبوعية.")[0] == ("الأسبوعية", "P1W")
    assert values("الأسبوع الماضي")[0][1] == "2018-W12"
    assert values("وانتهت صلاحيته العام الماضي.")[0][1] == "2017"
    assert values("قتل قبل يومين.")[0][1] == "2018-03-25"


# ---------------------------------------------------------------- what is not a time expression

@pytest.mark.parametrize("text", [
    "قتل الطفل محمد (12 عاما) برصاص قناص.",
    "الشهداء هم إبراهيم العر 20 عاما وأسامة خميس قديح.",
    "قالت روسيا اليوم إن الجيش تقدم.",
    "الأمين العام للأمم المتحدة أنطونيو غوتيريش.",
    "أصيب 922 مواطنا منهم 8 اناث و 40 طفلا.",
    "مارس الجيش ضغوطا على الفصائل وفجر انتحاري نفسه.",
    "يبلغ من العمر 17 عاما.",
])
def test_no_time_expression(text):
    assert values(text) == []


# ---------------------------------------------------------------- the dev set, scored like score.py

def test_dev_set_time_f1_and_values(dev_dir):
    score_py = dev_dir.parent / "score.py"
    spec = importlib.util.spec_from_file_location("rasd_dev_score", score_py)
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    tp = gold_n = sys_n = right = 0
    for gold_path in sorted(dev_dir.glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        article = Article(raw=gold_path.with_suffix(".txt").read_text(encoding="utf-8"))
        article.published = parse_published(gold.get("published"))
        article = times.run(clean.run(article))
        result = score.score_case(gold, {"times": [t.to_json() for t in article.times]})
        tp, gold_n, sys_n = tp + result["time"][0], gold_n + result["time"][1], sys_n + result["time"][2]
        right += result["time_value"]
    precision, recall = tp / sys_n, tp / gold_n
    assert 2 * precision * recall / (precision + recall) >= 0.90
    assert right / tp >= 0.90


# ---------------------------------------------------------------- composite and contextual readings

def test_month_and_weekday_placed_by_a_following_period():
    found = values("وكان الاتفاق وقع في مايو من العام الماضي، ثم التقى الطرفان الخميس من الأسبوع الماضي.")
    assert found == [("في مايو من العام الماضي", "2017-05"), ("الخميس من الأسبوع الماضي", "2018-03-22")]


def test_day_of_the_current_or_last_month():
    found = values("وكان الاجتماع عقد في الـ15 من الشهر الجاري في جنيف، والخامس من الشهر الماضي.")
    assert [v for _t, v in found] == ["2018-03-15", "2018-02-05"]


def test_compound_duration_and_ages():
    assert values("وقد مضى على حصارها 3 سنوات و4 أشهر.") == [("3 سنوات و4 أشهر", "P3Y4M")]
    assert values("وتعيش العائلة في المخيم منذ 20 عاما.") == [("منذ 20 عاما", "P20Y")]


def test_yearless_date_takes_the_year_its_weekday_fits():
    article = extract("قتل 4 جنود في هجوم في العريش، الخميس 15 فبراير.", "2019-06-12")
    assert [(t.span.text, t.value) for t in article.times] == [("الخميس 15 فبراير", "2018-02-15")]
    assert not article.warnings


def test_dates_inside_names_are_not_times():
    assert values("خرج المتظاهرون في الذكرى السابعة لثورة 25 يناير.") == []
    assert values("في اليوم الأول من الهدنة قتل شخصان.") == []


def test_part_of_day_noun_sets_the_clock_hour():
    found = values("تنتهي الهدنة عند الساعة الخامسة من مساء الخميس المقبل.", "2019-06-12")
    assert found == [("الساعة الخامسة من مساء الخميس المقبل", "2019-06-13T17:00")]


def test_edges_and_hedges_belong_to_the_span():
    assert values("تتواصل المعارك منذ بداية العام في الحديدة.") == [("منذ بداية العام", "2018")]
    assert values("تخرج آخر الحافلات مساء اليوم أو غدا كحد أقصى.")[-1] == ("غدا كحد أقصى", "2018-03-28")
