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


# ---------------------------------------------------------------- constructions of fresh articles

@pytest.mark.parametrize("text, span, value", [
    # open-ended ends point to the future
    ("وقررت لجنة الأمن في طرابلس إغلاق المعبر حتى إشعار آخر.", "حتى إشعار آخر", "FUTURE_REF"),
    ("وعلقت الجامعة الدراسة إلى أجل غير مسمى بسبب القصف.", "إلى أجل غير مسمى", "FUTURE_REF"),
    # a stretch of the morning or night without a day: the day of writing
    ("ويتواصل القصف على أحياء الموصل منذ ساعات الصباح الأولى.", "منذ ساعات الصباح الأولى", "2018-03-27TMO"),
    ("وسمع دوي الانفجارات في عدن منذ الصباح الباكر.", "منذ الصباح الباكر", "2018-03-27TMO"),
    ("وبقي الأهالي في الملاجئ حتى ساعة متأخرة من الليل.", "حتى ساعة متأخرة من الليل", "2018-03-27TNI"),
    # the running count of a strike or a war, with a possessive
    ("ودخل اعتصام المعلمين في بغداد يومه الثالث.", "يومه الثالث", "P3D"),
    ("وتدخل الحرب في اليمن عامها السابع.", "عامها السابع", "P7Y"),
    # a count with a proclitic on the number
    ("واتفق الطرفان على هدنة لثلاثة أيام في الحديدة.", "لثلاثة أيام", "P3D"),
    # as from: ahead, as حتى
    ("وقال المتحدث إن القرار يسري اعتباراً من يوم الأحد.", "اعتباراً من يوم الأحد", "2018-04-01"),
    ("وأعلنت الحكومة فتح المدارس ابتداءً من السبت.", "ابتداءً من السبت", "2018-03-31"),
    # midnight of a day: that day's 00:00
    ("ودخلت الهدنة في غزة حيز التنفيذ منتصف ليل الجمعة.", "منتصف ليل الجمعة", "2018-03-23T00:00"),
    ("وبدأت التهدئة منتصف ليل السبت - الأحد.", "منتصف ليل السبت - الأحد", "2018-03-25T00:00"),
    ("وسينتهي الحظر منتصف الليلة.", "منتصف الليلة", "2018-03-28T00:00"),
    # decades
    ("وتعود جذور النزاع في دارفور إلى الثمانينيات.", "الثمانينيات", "198"),
    ("وشهدت الجزائر حرباً أهلية في تسعينيات القرن الماضي.", "في تسعينيات القرن الماضي", "199"),
    ("وتأسس الحزب في أربعينات القرن العشرين.", "في أربعينات القرن العشرين", "194"),
    # periods of the calendar around the day of writing
    ("وارتفع عدد النازحين في مأرب خلال الشهر الجاري.", "خلال الشهر الجاري", "2018-03"),
    ("ومن المقرر أن تستأنف المحادثات مطلع الأسبوع المقبل.", "مطلع الأسبوع المقبل", "2018-W14"),
    ("واندلعت الاحتجاجات في الخرطوم أواخر العام الماضي.", "أواخر العام الماضي", "2017"),
    ("وتجرى الانتخابات البرلمانية في ليبيا العام المقبل.", "العام المقبل", "2019"),
    ("وقصفت المدفعية بلدة الخيام فجر اليوم.", "فجر اليوم", "2018-03-27TMO"),
    ("واقتحمت القوات مخيم جنين ليلة أمس.", "ليلة أمس", "2018-03-26TNI"),
])
def test_constructions_of_fresh_articles(text, span, value):
    found = values(text)
    assert (span, value) in found, found


def test_clock_range_shares_the_part_of_day():
    found = values("ويسري حظر التجول في مقديشو بين الرابعة والسادسة مساءً.")
    assert found == [("بين الرابعة", "2018-03-27T16:00"), ("والسادسة مساءً", "2018-03-27T18:00")]
    found = values("وفرض الجيش حظر التجوال من الساعة الثامنة حتى العاشرة مساء.")
    assert [v for _t, v in found] == ["2018-03-27T20:00", "2018-03-27T22:00"]
    found = values("ويمتد الحظر من السادسة مساءً إلى السادسة صباحاً.")
    assert [v for _t, v in found] == ["2018-03-27T18:00", "2018-03-28T06:00"]
    # ordinals that are not hours (no الساعة, no part of the day)
    assert values("وحل الفريق في المرتبتين الرابعة والسادسة.") == []


def test_year_ranges_and_bare_years():
    assert values("وتولى رئاسة الحكومة العراقية بين عامي 2006 و2014.") == [
        ("بين عامي 2006", "2006"), ("و2014", "2014")]
    assert [v for _t, v in values("واستمرت الحرب الأهلية في لبنان من 1975 إلى 1990.")] == ["1975", "1990"]
    assert values("وتأسست حركة الشباب في الصومال عام 2006.") == [("عام 2006", "2006")]
    assert values("وانفصل جنوب السودان في 2011.") == [("في 2011", "2011")]
    assert values("وقتل 2011 شخصاً في الهجمات.") == []


@pytest.mark.parametrize("text", [
    "وتظاهر الآلاف في شارع 26 يوليو وسط القاهرة.",
    "واحتشد المعتصمون في ميدان 30 يونيو.",
    "وسقطت قذيفة على حي 7 يوليو في مدينة أم درمان.",
    "وأغلقت الشرطة جسر 6 أكتوبر أمام السيارات.",
    "وقاتلت كتيبة 17 فبراير في بنغازي.",
    "وعقد المؤتمر في جامعة 7 أكتوبر بمصراتة.",
    "وأصدرت صحيفة الصباح عدداً خاصاً.",
])
def test_dates_inside_place_and_unit_names_are_not_times(text):
    assert values(text) == []


def test_morning_noun_counts_only_after_a_preposition():
    assert values("ونشرت صحيفة الصباح اليوم تقريراً.") == [("اليوم", "2018-03-27")]
    assert values("وبقي الأهالي في الملاجئ منذ الصباح.") == [("منذ الصباح", "2018-03-27TMO")]


def test_qualifier_joins_only_a_duration():
    assert values("وأكدت مصادر عدة السبت أن الوفد وصل إلى مسقط.") == [("السبت", "2018-03-24")]
    assert values("وقتل نحو 40 شخصاً خلال عدة أيام.")[0][1] == "PXD"


def test_past_verbs_and_nouns_in_sin_are_no_future_cue():
    # سيطرت، ستة، سيارة look like سـ + verb; the Thursday is the last one
    assert values("وسيطرت قوات الحكومة على مدينة الحديدة الخميس.") == [("الخميس", "2018-03-22")]
    assert values("وانفجرت سيارة مفخخة في الصومال الخميس.") == [("الخميس", "2018-03-22")]
    assert values("وسيعقد مجلس الأمن جلسة الخميس.") == [("الخميس", "2018-03-29")]
    assert values("وينتهي الحظر الخميس.") == [("الخميس", "2018-03-29")]


def test_a_day_and_month_said_as_from_is_the_nearest_one():
    assert values("ويسري القرار اعتباراً من الأول من آذار.") == [("اعتباراً من الأول من آذار", "2018-03-01")]
    assert values("ويسري القرار اعتباراً من الأول من أيار المقبل.")[0][1] == "2018-05-01"


@pytest.mark.parametrize("text, value", [
    ("وسيطر التنظيم على الموصل في صيف 2014.", "2014-SU"),
    ("وخلال شتاء عام 2016 حوصرت حلب.", "2016-WI"),
    ("وبدأت الاحتجاجات في ربيع العام الماضي.", "2017-SP"),
    ("وقصفت الطائرات المدينة في الصيف الماضي.", "2017-SU"),
    ("وتتوقع الوزارة تحسن الوضع في الشتاء المقبل.", "2018-WI"),
    ("وتراجع الإنتاج في النصف الثاني من العام الماضي.", "2017-H2"),
    ("وارتفعت الصادرات في الربع الأول من 2018.", "2018-Q1"),
])
def test_seasons_and_parts_of_a_year(text, value):
    assert [v for _t, v in values(text)] == [value]


def test_season_words_alone_are_not_times():
    assert values("وخرجت احتجاجات الربيع العربي في تونس.") == []
    assert values("وهطلت أمطار غزيرة في ربيع عام ماطر.") == []


@pytest.mark.parametrize("text, span, value", [
    # a clock hour after midnight keeps its small hour
    ("وسمعت الانفجارات في الساعة الثانية بعد منتصف الليل.", "في الساعة الثانية بعد منتصف الليل", "2018-03-27T02:00"),
    # الـ before a day number
    ("واعتقل الصحفي في الـ15 من آذار.", "في الـ15 من آذار", "2018-03-15"),
])
def test_more_clock_and_day_forms(text, span, value):
    assert (span, value) in values(text)


def test_half_of_a_month_and_a_named_month_are_no_day_or_length():
    assert values("وتعقد القمة في النصف الأول من الشهر المقبل.") == [("الشهر المقبل", "2018-04")]
    assert values("وتصاعدت الهجمات خلال شهر رمضان.") == []


@pytest.mark.parametrize("text, value", [
    ("وتصاعدت الاغتيالات في درعا خلال الفترة الماضية.", "PAST_REF"),
    ("وقال المبعوث إن جولة جديدة ستعقد خلال الفترة المقبلة.", "FUTURE_REF"),
    ("وتعاني مدن الجنوب من انقطاع الكهرباء منذ وقت طويل.", "PAST_REF"),
    ("وقال الوزير إن الانتخابات ستجرى عما قريب.", "FUTURE_REF"),
])
def test_more_vague_references(text, value):
    assert [v for _t, v in values(text)] == [value]


def test_formerly_after_a_name_is_not_a_time():
    assert values("وسيطرت هيئة تحرير الشام (جبهة النصرة سابقاً) على المعبر.") == []


def test_clock_range_over_the_night_ends_the_next_day():
    found = values("وفرضت السلطات في عدن حظراً للتجول من السابعة مساءً حتى السادسة صباحاً.")
    assert [v for _t, v in found] == ["2018-03-27T19:00", "2018-03-28T06:00"]


def test_midnight_of_today_or_yesterday_ends_that_day():
    assert values("وينتهي الحظر في بنغازي منتصف ليل اليوم.") == [("منتصف ليل اليوم", "2018-03-28T00:00")]
    assert values("ودخل وقف إطلاق النار حيز التنفيذ منتصف ليل أمس.") == [("منتصف ليل أمس", "2018-03-27T00:00")]


def test_the_one_before_the_last():
    # 2018-03-27 is a Tuesday of ISO week 13
    assert values("وقتل ثلاثة مدنيين في الأسبوع قبل الماضي.") == [("في الأسبوع قبل الماضي", "2018-W11")]
    assert values("وجرت الانتخابات العراقية العام قبل الماضي.") == [("العام قبل الماضي", "2016")]
    assert values("وقال المتحدث الخميس قبل الماضي إن الطريق قطع.") == [("الخميس قبل الماضي", "2018-03-15")]


def test_running_count_in_digits_and_day_of_an_event():
    assert values("وتواصل القصف على خان يونس لليوم الـ45 على التوالي.") == [("لليوم الـ45 على التوالي", "P45D")]
    assert values("وفي اليوم الـ45 للحرب قصفت الطائرات المستشفى.") == []


def test_day_and_month_without_year_in_a_report_is_this_years_unless_far_ahead():
    # published 2018-03-27: 9 June is this year's only when the text looks ahead
    assert values("وكانت القوات قد دخلت المدينة في التاسع من حزيران.")[0][1] == "2017-06-09"
    assert values("وستجرى الانتخابات في التاسع من حزيران.")[0][1] == "2018-06-09"
    assert values("وتنتهي المهلة في التاسع من نيسان.")[0][1] == "2018-04-09"
    assert values("واعتقل في 15 مارس.")[0][1] == "2018-03-15"
    assert values("وسيبدأ تطبيق القرار اعتباراً من 15 كانون الثاني.")[0][1] == "2019-01-15"


def test_hours_of_a_part_of_a_named_day():
    assert values("وتتواصل الاشتباكات في الفاشر منذ ساعات صباح اليوم.") == [("منذ ساعات صباح اليوم", "2018-03-27TMO")]
    assert values("وتجددت الاشتباكات في ساعات متأخرة من مساء أمس.") == [
        ("في ساعات متأخرة من مساء أمس", "2018-03-26TEV")]


def test_running_count_with_li_needs_no_ala_attawali():
    assert values("وتتواصل الاحتجاجات في الخرطوم لليوم الثالث.") == [("لليوم الثالث", "P3D")]
    assert values("ويستمر إضراب الأطباء للأسبوع الثاني.") == [("للأسبوع الثاني", "P2W")]
    assert values("وقتل العشرات في اليوم الثالث من المعارك.") == []
