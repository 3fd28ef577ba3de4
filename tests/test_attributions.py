"""The attribution stage: who said what, with role, stance, channel and content."""
from __future__ import annotations

import json
import re
import sys
import unicodedata
from pathlib import Path

import pytest

from rasd import attributions, segment
from rasd.model import Article, Entity, Span
from rasd.pipeline import process
from rasd.read import article_from_text
from rasd.read import read_path

FIXTURES = Path(__file__).parent / "fixtures"
SHARED_EVAL = Path(__file__).resolve().parents[2] / "shared" / "eval"


def attribute(text: str) -> list:
    """Run only segmentation and attribution, so these tests do not depend on other stages."""
    article = Article(raw=text, text=text)
    segment.run(article)
    attributions.run(article)
    for a in article.attributions:
        assert text[a.cue.start:a.cue.end] == a.cue.text
        assert a.content is None or text[a.content.start:a.content.end] == a.content.text
    return article.attributions


def processed(text: str) -> tuple[Article, dict[str, str]]:
    """The whole pipeline over the text, and its entities' names by id (for speakers the entity stage links)."""
    art = process(Article(raw=text, text=text))
    return art, {e.id: e.name for e in art.entities}


# ---------------------------------------------------------------- matching as the scorer does
_DIAC = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي"})
_PREFIXES = ("وبال", "وكال", "وال", "بال", "كال", "فال", "لل", "ال", "و", "ف", "ب", "ل", "ك")
_STOP = {"في", "من", "علي", "عن", "الي", "مع", "ان", "او", "ثم", "قد", "ما", "لا", "لم", "لن"}


def _tokens(text: str | None) -> list[str]:
    t = _DIAC.sub("", unicodedata.normalize("NFKC", text or "")).translate(_FOLD).replace("لـ", "ل ")
    out = []
    for tok in re.sub(r"[^\w\s]", " ", t).split():
        for p in _PREFIXES:
            if tok.startswith(p) and len(tok) - len(p) >= 2:
                tok = tok[len(p):]
                break
        if tok not in _STOP:
            out.append(tok)
    return out


def _same_speaker(gold: str, names: list[str]) -> bool:
    g = set(_tokens(gold))
    for n in names:
        s = set(_tokens(n))
        if g and s and len(g & s) / max(len(g), len(s)) >= 0.34:
            return True
    return False


def _covers(gold_content: str, text: str) -> bool:
    g, s = _tokens(gold_content), set(_tokens(text))
    return bool(g) and sum(t in s for t in g) / len(g) >= 0.5


def _matched(gold: list[dict], record: dict) -> int:
    names = {e["id"]: [e["name"], *(m["text"] for m in e["mentions"])] for e in record["entities"]}
    used, hits = set(), 0
    for g in gold:
        for i, a in enumerate(record["attributions"]):
            speaker_names = names.get(a["speaker"], []) + [a["speaker_text"] or ""]
            if i not in used and _same_speaker(g["speaker"], speaker_names) and _covers(g["content"], a["content"]["text"]):
                used.add(i)
                hits += 1
                break
    return hits


# ---------------------------------------------------------------- the seed article
def test_seed_statements_found_with_their_speakers():
    gold = json.loads((FIXTURES / "seed.json").read_text(encoding="utf-8"))["attributions"]
    record = process(read_path(FIXTURES / "seed.txt")).to_json()
    assert _matched(gold, record) >= 12
    # ids in reading order, spans consistent with the text
    atts = record["attributions"]
    assert [a["id"] for a in atts] == [f"A{i + 1}" for i in range(len(atts))]
    assert [a["cue"]["start"] for a in atts] == sorted(a["cue"]["start"] for a in atts)
    for a in atts:
        assert record["text"][a["content"]["start"]:a["content"]["end"]] == a["content"]["text"]


def test_seed_details():
    atts = process(read_path(FIXTURES / "seed.txt")).attributions
    by_cue = {a.cue.text: a for a in atts}
    first = atts[0]
    assert (first.cue.text, first.stance, first.speaker_text, first.anonymous) == ("كشف", "REVEAL", "مصدر مفاوض", True)
    assert "أورينت نت" in first.channel_text
    bayraqdar = next(a for a in atts if a.speaker_text == "حمزة بيرقدار")
    assert bayraqdar.speaker_role == "الناطق الرسمي باسم هيئة أركان جيش الإسلام"
    assert "رويترز" in bayraqdar.channel_text and bayraqdar.direct
    relayed = by_cue["ونقلت"]
    assert relayed.speaker_text.startswith("مصادر ميدانية") and relayed.anonymous and relayed.stance == "CONFIRM"
    assert "سبوتينيك" in relayed.channel_text
    denial = next(a for a in atts if a.stance == "DENY")
    assert "جيش الإسلام" in denial.speaker_text and "جاهزيته لتسليم أسلحته الثقيلة" in denial.content.text
    assert by_cue["وأشار"].stance == "DENY"      # "… غير صحيح": a statement that calls a report untrue
    announced = by_cue["أعلنته"]
    assert announced.stance == "ANNOUNCE" and announced.speaker_text == "هيئة الأركان العامة الروسية"


# ---------------------------------------------------------------- constructions
def test_vso_role_after_name_channel_and_quotation():
    [a] = attribute('وقال محمد علوش المسؤول السياسي في "جيش الإسلام" لرويترز: "لن نخرج من دوما".')
    assert (a.speaker_text, a.speaker_role, a.stance, a.direct) == ("محمد علوش", "المسؤول السياسي في جيش الإسلام", "STATE", True)
    assert a.channel_text == "لرويترز" and a.content.text == "لن نخرج من دوما"


def test_role_before_name_with_medium_channel():
    [a] = attribute("قال المتحدث باسم الجيش الليبي أحمد المسماري، في مؤتمر صحفي، إن قواته سيطرت على المطار.")
    assert a.speaker_text == "أحمد المسماري" and a.speaker_role == "المتحدث باسم الجيش الليبي"
    assert a.channel_text == "في مؤتمر صحفي" and a.content.text.startswith("قواته سيطرت")
    assert not a.direct


def test_apposed_name_that_is_also_a_preposition_in_its_normal_form():
    # علي (the given name) folds to the form of على; a cue that only opens with على ("على حد قوله")
    # must not stop the apposed name
    text = "وقال المتحدث باسم الوزارة، علي الفاضل، في تصريح لوكالة الأنباء إن القوات تستهدف الأحياء السكنية."
    article = process(Article(raw=text, text=text))
    [a] = article.attributions
    assert a.speaker_text == "علي الفاضل" and a.speaker_role == "المتحدث باسم الوزارة"
    assert a.channel_text == "لوكالة الأنباء" and a.content.text.startswith("القوات تستهدف")


def test_anonymity_clause_then_channel_whose_name_holds_in():
    [a] = attribute("وصرح مسؤول أوروبي طلب عدم الكشف عن هويته لشبكة سي إن إن بأن بروكسل تدرس فرض قيود جديدة.")
    assert a.anonymous and a.speaker_text == "مسؤول أوروبي"
    assert a.channel_text == "لشبكة سي إن إن" and a.content.text.startswith("بروكسل تدرس")


def test_the_report_is_the_channel_and_its_issuer_speaks():
    [a] = attribute("وأشار التقرير الصادر عن منظمة الصحة العالمية إلى أن ثلث المستشفيات خرجت عن الخدمة.")
    assert a.speaker_text == "منظمة الصحة العالمية" and a.channel_text == "التقرير"
    assert a.content.text.startswith("ثلث المستشفيات")


def test_anonymous_source_with_agency_channel():
    [a] = attribute("وقالت مصادر طبية لوكالة الأناضول إن 12 شخصاً قتلوا في القصف.")
    assert a.anonymous and a.speaker_text == "مصادر طبية" and "الأناضول" in a.channel_text


def test_implicit_subject_takes_the_speaker_in_context_by_gender():
    atts = attribute("أعلنت وزارة الصحة في غزة ارتفاع عدد الشهداء إلى 30. وقال الطبيب خالد سعيد إن المستشفيات مكتظة. "
                     "وأضافت أن بين الشهداء أطفالاً.")
    assert [a.speaker_text for a in atts] == ["وزارة الصحة في غزة", "الطبيب خالد سعيد", "وزارة الصحة في غزة"]
    assert atts[0].stance == "ANNOUNCE" and atts[0].content.text.startswith("ارتفاع عدد الشهداء")


def test_relay_makes_the_source_the_speaker_and_the_outlet_the_channel():
    [a] = attribute("ونقلت وكالة رويترز عن مسؤول أمني قوله إن الهجوم أسفر عن مقتل جنديين.")
    assert a.speaker_text == "مسؤول أمني" and a.anonymous and a.channel_text == "رويترز"


def test_denial_and_negated_denial():
    deny, confirm = attribute("ونفى المتحدث باسم الحوثيين محمد عبد السلام، في تغريدة على تويتر، أن تكون الجماعة استهدفت "
                              "منشآت مدنية. ولم ينف مسؤول عسكري وجود مفاوضات بين الطرفين.")
    assert deny.stance == "DENY" and deny.speaker_text == "محمد عبد السلام" and deny.channel_text == "تويتر"
    assert confirm.stance == "CONFIRM" and confirm.content.text.startswith("وجود مفاوضات")


def test_source_frames():
    before, after = attribute("قتل 18 مدنياً في غارات جديدة، حسب المرصد السوري لحقوق الإنسان. "
                              "وبحسب شهود عيان، فإن الاشتباكات تجددت صباح اليوم في طرابلس.")
    assert before.speaker_text == "المرصد السوري لحقوق الإنسان" and before.content.text.startswith("قتل 18 مدنياً")
    assert after.anonymous and after.speaker_text == "شهود عيان" and after.content.text.startswith("الاشتباكات تجددت")


def test_participle_continues_the_statement():
    atts = attribute('وقال رامي عبد الرحمن إن طفلاً قتل في القصف، مشيراً إلى أن القذائف أطلقت من الغوطة.')
    assert [a.cue.text for a in atts] == ["وقال", "مشيراً"]
    assert atts[1].speaker_text == "رامي عبد الرحمن" and atts[0].content.text == "طفلاً قتل في القصف"


def test_cues_inside_reported_content_or_quotes_are_not_statements():
    atts = attribute('كشف مصدر مفاوض أن القوات الروسية هددت بإبادة المدينة. '
                     'وقال المصدر: "القادة أعلنوا رفضهم للاتفاق وأكدوا البقاء في المدينة".')
    assert [a.cue.text for a in atts] == ["كشف", "وقال"]
    assert atts[1].speaker_text == "مصدر مفاوض" and atts[1].direct


def test_non_speech_senses_are_left_out():
    assert attribute("شددت القوات قبضتها على المدينة بعد أيام من القتال.") == []
    assert attribute("ومن المتوقع أن يعلن الرئيس تحقيق النصر خلال أيام.") == []
    assert attribute("وجددت المدفعية قصف مواقع المسلحين في الريف الشمالي.") == []


def test_demand():
    [demand] = attribute("ودعا الأمين العام للأمم المتحدة أنطونيو غوتيريش إلى وقف فوري لإطلاق النار.")
    assert demand.stance == "DEMAND" and demand.speaker_text == "أنطونيو غوتيريش"
    assert demand.content.text.startswith("إلى وقف فوري")


def test_entities_link_speakers_and_bound_the_subject():
    text = "واتهمت الحكومة اليمنية الحوثيين بقصف الأحياء السكنية، وقالت لرويترز إن القصف مستمر."
    article = Article(raw=text, text=text)
    segment.run(article)

    def entity(eid, kind, name):
        start = text.index(name)
        return Entity(eid, kind, name, [Span.of(text, start, start + len(name))])
    article.entities = [entity("E1", "ORG", "الحكومة اليمنية"), entity("E2", "ORG", "الحوثيين"),
                        entity("E3", "MEDIA", "رويترز")]
    attributions.run(article)
    accuse, state = article.attributions
    assert (accuse.stance, accuse.speaker, accuse.speaker_text) == ("ACCUSE", "E1", "الحكومة اليمنية")
    assert accuse.content.text.startswith("الحوثيين بقصف")
    assert (state.speaker, state.channel, state.content.text) == ("E1", "E3", "القصف مستمر.")


def test_describing_clauses_reporters_and_opening_channels():
    atts = attribute("وذكرت وكالة سبأ التابعة للحوثيين أن غارات استهدفت مطار الحديدة. "
                     "وأشار المصدر الذي طلب عدم الكشف عن هويته إلى أن المفاوضات وصلت إلى طريق مسدود. "
                     "وأفاد مراسل الجزيرة بأن طائرات شنت غارات على مخيم النصيرات. "
                     "وفي تصريح لقناة العربية، قال وزير الخارجية المصري سامح شكري إن القاهرة تواصل اتصالاتها.")
    saba, source, reporter, minister = atts
    assert saba.speaker_text == "سبأ" and saba.content.text.startswith("غارات استهدفت")
    assert source.speaker_text == "المصدر" and source.content.text.startswith("المفاوضات وصلت")
    assert reporter.anonymous and reporter.channel_text == "الجزيرة"
    assert minister.speaker_text == "سامح شكري" and "العربية" in minister.channel_text


def test_a_second_verb_in_the_sentence_is_a_new_statement_of_the_same_speaker():
    said, warned = attribute("وقالت الأمم المتحدة إن أكثر من مليون شخص نزحوا من المدينة، وحذرت من مجاعة وشيكة.")
    assert said.content.text == "أكثر من مليون شخص نزحوا من المدينة"
    assert (warned.stance, warned.speaker_text, warned.content.text) == ("THREATEN", "الأمم المتحدة", "من مجاعة وشيكة.")


def test_nouns_that_look_like_cues():
    assert attribute("قتل طالب جامعي برصاص قوات الاحتلال في مدينة جنين صباح اليوم.") == []
    assert attribute("وحمل المتظاهرون لافتات تطالب بإنهاء الحصار.") == []


# ---------------------------------------------------------------- the dev set
@pytest.mark.skipif(not (SHARED_EVAL / "score.py").exists(), reason="the shared evaluation set is not here")
def test_dev_set_attribution_scores():
    sys.path.insert(0, str(SHARED_EVAL))
    import score
    from rasd.read import article_from_record
    results = {}
    for gpath in sorted((SHARED_EVAL / "dev").glob("*.json")):
        gold = json.loads(gpath.read_text(encoding="utf-8"))
        rec = {"id": gpath.stem, "text": gpath.with_suffix(".txt").read_text(encoding="utf-8"),
               "published": gold.get("published"), "outlet": gold.get("outlet")}
        results[gpath.stem] = score.score_case(gold, process(article_from_record(rec)).to_json())
    summary = score.aggregate(results)
    assert summary["att"]["f1"] >= 0.85
    assert summary["att_stance_acc"] >= 0.80 and summary["att_channel_acc"] >= 0.80


# ---------------------------------------------------------------- constructions of unseen articles
def attribute_with(text: str, mentions: list[tuple[str, str]]) -> list:
    """Segmentation and attribution over the entity mentions given (type, name as written)."""
    article = Article(raw=text, text=text)
    segment.run(article)
    article.entities = []
    for n, (kind, name) in enumerate(mentions, 1):
        start = text.index(name)
        article.entities.append(Entity(f"E{n}", kind, name, [Span.of(text, start, start + len(name))]))
    attributions.run(article)
    return article.attributions


def test_role_first_speaker_named_after_a_posting_or_a_naming_verb():
    [envoy] = attribute_with("أكد المبعوث الأممي إلى الصومال جيمس سوان أن الانتخابات ستجري في موعدها.",
                             [("GPE", "الصومال"), ("PERSON", "جيمس سوان")])
    assert (envoy.speaker_text, envoy.speaker_role) == ("جيمس سوان", "المبعوث الأممي إلى الصومال")
    assert envoy.content.text.startswith("الانتخابات ستجري")
    [nurse] = attribute("وقالت ممرضة في مستشفى الأقصى تدعى هالة منصور إن الجرحى يفترشون الممرات.")
    assert (nurse.speaker_text, nurse.speaker_role, nurse.anonymous) == ("هالة منصور", "ممرضة في مستشفى الأقصى", False)
    assert nurse.content.text.startswith("الجرحى يفترشون")


def test_a_surname_starting_with_ba_is_not_the_complement():
    [warned] = attribute("وحذرت وزيرة الخارجية الألمانية أنالينا بيربوك من كارثة إنسانية في الفاشر.")
    assert warned.speaker_text == "أنالينا بيربوك" and warned.content.text.startswith("من كارثة")
    [demand] = attribute("وطالبت المنظمة الدولية بتحقيق مستقل في المجزرة.")
    assert demand.speaker_text == "المنظمة الدولية" and demand.content.text.startswith("بتحقيق مستقل")
    [strongly] = attribute_with("وحذر الرئيس الكيني وليام روتو بشدة من انهيار الهدنة.", [("PERSON", "وليام روتو")])
    assert strongly.speaker_text == "وليام روتو" and "انهيار الهدنة" in strongly.content.text


def test_the_object_after_a_named_speaker_is_content():
    [urged] = attribute_with("وحث رئيس مفوضية الاتحاد الأفريقي موسى فقي محمد الفصائل على وقف القتال.",
                             [("ORG", "الاتحاد الأفريقي"), ("PERSON", "موسى فقي محمد")])
    assert (urged.stance, urged.speaker_text) == ("DEMAND", "موسى فقي محمد")
    assert urged.speaker_role == "رئيس مفوضية الاتحاد الأفريقي" and urged.content.text.startswith("الفصائل على وقف")
    [decided] = attribute("أعلن رئيس الوزراء الصومالي حمزة عبدي بري تمديد حظر التجول في مقديشو.")
    assert decided.speaker_text == "حمزة عبدي بري" and decided.content.text.startswith("تمديد حظر التجول")
    # a verbal noun inside a body's name is not its object
    [command] = attribute("وقالت قيادة عمليات تحرير الموصل إن القوات بلغت ضفة النهر.")
    assert command.speaker_text == "قيادة عمليات تحرير الموصل"


def test_condemnation_praise_and_feelings_are_statements():
    condemn, deplore, praised, concern, urged = attribute(
        "وندد البرلمان العربي بقصف مخيمات النازحين في مأرب. واستنكرت منظمة التعاون الإسلامي استهداف المساجد. "
        "وأشاد الوزير بدور الوسطاء القطريين. وأعرب الاتحاد الأوروبي عن قلقه البالغ من تدهور الوضع. "
        "وحثت الأمم المتحدة الطرفين على العودة إلى طاولة المفاوضات.")
    assert (condemn.stance, condemn.speaker_text) == ("ACCUSE", "البرلمان العربي")
    assert condemn.content.text.startswith("بقصف مخيمات")
    assert (deplore.stance, deplore.speaker_text) == ("ACCUSE", "منظمة التعاون الإسلامي")
    assert (praised.stance, praised.content.text[:7]) == ("STATE", "بدور ال")
    assert (concern.stance, concern.speaker_text) == ("STATE", "الاتحاد الأوروبي") and concern.content.text.startswith("قلقه البالغ")
    assert (urged.stance, urged.speaker_text) == ("DEMAND", "الأمم المتحدة")
    # دان is the plain form of أدان
    [plain] = attribute("ودانت الخارجية المصرية الهجوم على الموكب، داعية إلى محاسبة المسؤولين.")[:1]
    assert (plain.stance, plain.speaker_text) == ("ACCUSE", "الخارجية المصرية")


def test_via_and_passive_readings_are_not_statements():
    assert attribute("وعبر مئات النازحين الحدود إلى تشاد خلال الليل.") == []
    assert attribute("وأفادت الوزارة بإصابة ثلاثة جنود، فيما وصفت حالة أحدهم بالحرجة.")[0].stance == "ANNOUNCE"
    assert len(attribute("وأفادت الوزارة بإصابة ثلاثة جنود، فيما وصفت حالة أحدهم بالحرجة.")) == 1
    [threat] = attribute("وظهر القائد الميداني في تسجيل مصور، متوعداً بالثأر لقتلى الهجوم.")
    assert threat.stance == "THREATEN" and threat.content.text.startswith("بالثأر")


def test_a_channel_is_where_it_is_written_and_a_speech_is_a_setting():
    # the gold convention: a statement document names the channel of its own verb only
    said, added = attribute("وقالت هيئة الطيران المدني في بيان إن الرحلات ستستأنف الأحد، وأضافت أن المطار تضرر جزئياً.")
    assert said.channel_text == "في بيان" and added.channel_text is None
    assert added.speaker_text == "هيئة الطيران المدني" and added.content.text.startswith("المطار تضرر")
    # a speech is where it was said, not a channel
    [speech] = attribute("وقال زعيم التيار في خطاب أمام أنصاره إن الانسحاب من البرلمان نهائي.")
    assert speech.channel_text is None and speech.content.text.startswith("الانسحاب من البرلمان")
    [address] = attribute("وقال الملك في كلمة متلفزة إن المملكة لن تتخلى عن الفلسطينيين.")
    assert address.channel_text is None


def test_outlets_written_in_latin_letters_after_la():
    [joined] = attribute("وقال مسؤول عسكري لـCNN إن الصواريخ أطلقت من اليمن.")
    assert joined.speaker_text == "مسؤول عسكري" and "CNN" in joined.channel_text
    [apart] = attribute("وقال قائد الشرطة لـ Sky News إن المدينة هادئة.")
    assert apart.speaker_text == "قائد الشرطة" and apart.channel_text == "Sky News"


def test_a_quoted_term_inside_indirect_speech_is_not_direct():
    [call] = attribute('ودعا تجمع المهنيين إلى تنظيم "مواكب سلمية حاشدة" في كل المدن.')
    assert not call.direct
    [quoted] = attribute('وقال الناطق إن "القوات لن تسمح بأي خرق للهدنة في الجنوب".')
    assert quoted.direct and quoted.content.text.startswith("القوات لن تسمح")


def test_an_agreement_announced_is_not_a_statement():
    assert attribute("وبدأ تبادل الجثامين وفق اتفاق أعلنته الحكومة الانتقالية أمس.") == []
    assert attribute("وتنص الهدنة التي أعلن عنها الوسطاء على فتح المعابر أمام الشاحنات.") == []
    [toll] = attribute("وقتل 14 شخصاً في القصف، وفق حصيلة أعلنتها وزارة الصحة.")
    assert toll.speaker_text == "وزارة الصحة" and toll.content.text.startswith("وقتل 14 شخصاً")


def test_a_plain_statement_that_threatens_or_accuses():
    ultimatum, shields, plain = attribute(
        "وقال قائد اللواء إن على المسلحين إما تسليم أنفسهم أو مواجهة الهجوم. "
        "وقالت الوزارة إن الجماعة تستخدم سكان القرى دروعاً بشرية. "
        "وقال المتحدث إن الطريق أعيد فتحه أمام حركة السير.")
    assert ultimatum.stance == "THREATEN" and shields.stance == "ACCUSE" and plain.stance == "STATE"
    [confirmed] = attribute("وأكد الجيش أن قواته سترد بقوة على أي هجوم.")
    assert confirmed.stance == "CONFIRM"       # only a plain statement takes its stance from the content


def test_the_subject_before_qad_and_the_object_after_the_verb():
    [announced] = attribute("وكانت الكويت قد أعلنت أمس عزمها إرسال طائرة إغاثة.")
    assert announced.speaker_text == "الكويت" and announced.content.text.startswith("عزمها إرسال")
    [documented] = attribute("ووثقت الشبكة الحقوقية في بداية الأمر مقتل خمسة مدنيين.")
    assert documented.speaker_text == "الشبكة الحقوقية" and "مقتل خمسة" in documented.content.text


def test_a_given_name_that_ends_like_a_pronoun_and_a_reporter_outlet_before_its_place():
    [speaker] = attribute("وقال رئيس الكتلة النيابية نبيه الخطيب إن التصويت سيجري الخميس.")
    assert speaker.speaker_text == "نبيه الخطيب" and speaker.speaker_role == "رئيس الكتلة النيابية"
    [reporter] = attribute("وقال مراسل قناة الغد في عدن إن الاشتباكات توقفت.")
    assert reporter.channel_text == "قناة الغد" and reporter.speaker_text.startswith("مراسل")


def test_unnamed_individuals_are_anonymous_sources():
    leader, diplomat, officer, commander = attribute(
        "وقال قيادي في حزب المؤتمر إن اللجنة ستجتمع الأسبوع المقبل. وقال دبلوماسي أوروبي إن العقوبات لن ترفع قريباً. "
        "وقال ضابط في الشرطة الليبية إن الطريق الساحلي أعيد فتحه. "
        "وقال قائد ميداني في الفصيل طلب عدم الكشف عن هويته إن مقاتليه يتقدمون.")
    assert all(a.anonymous for a in (leader, diplomat, officer, commander))
    assert (leader.speaker_text, diplomat.speaker_text) == ("قيادي في حزب المؤتمر", "دبلوماسي أوروبي")
    assert commander.speaker_text == "قائد ميداني في الفصيل" and commander.content.text.startswith("مقاتليه يتقدمون")
    [office] = attribute("وقال رئيس الوزراء إن الحكومة لن تستقيل.")
    assert not office.anonymous and office.speaker_role == "رئيس الوزراء"


def test_the_object_after_a_named_body_and_a_demand_that_follows_it():
    condemned, demanded = attribute_with(
        "من جانبها، أدانت بعثة الاتحاد الأوروبي في السودان المجزرة، وطالبت بفتح تحقيق دولي.",
        [("ORG", "الاتحاد الأوروبي"), ("GPE", "السودان")])
    assert condemned.stance == "ACCUSE" and condemned.speaker_text == "بعثة الاتحاد الأوروبي في السودان"
    assert condemned.content.text == "المجزرة"
    assert demanded.speaker_text == condemned.speaker_text and demanded.content.text.startswith("بفتح تحقيق")
    [envoy] = attribute_with("وقال مندوب الصين الدائم لدى الأمم المتحدة إن بكين تدعم الحوار.",
                             [("GPE", "الصين"), ("ORG", "الأمم المتحدة")])
    assert envoy.speaker_text == "مندوب الصين الدائم لدى الأمم المتحدة"


def test_an_unlisted_name_with_a_family_article_after_a_role_and_a_quantified_object():
    [said] = attribute("وقال الناطق باسم الهلال الأحمر في ولاية الجزيرة مهند الطيب إن القوافل توقفت.")
    assert (said.speaker_text, said.speaker_role) == ("مهند الطيب", "الناطق باسم الهلال الأحمر في ولاية الجزيرة")
    [called] = attribute_with("ودعا الوسيط الأفريقي أولوسيغون أوباسانجو كافة القوى إلى طاولة الحوار.",
                              [("PERSON", "أولوسيغون أوباسانجو")])
    assert called.speaker_text == "أولوسيغون أوباسانجو" and called.content.text.startswith("كافة القوى")


def test_a_participle_belongs_to_the_subject_of_its_own_sentence():
    atts = attribute_with("وقال الناطق باسم الشرطة إن الطرق مغلقة. ووصل الوفد التركي إلى بنغازي مساء أمس، "
                          "مؤكداً أن المحادثات ستبدأ صباح الغد، ومحذراً من عرقلتها.", [("GPE", "بنغازي")])
    assert [a.speaker_text for a in atts] == ["الناطق باسم الشرطة", "الوفد التركي", "الوفد التركي"]
    assert [a.stance for a in atts] == ["STATE", "CONFIRM", "THREATEN"]


def test_hyphenated_names_and_a_name_after_the_body_a_role_names():
    [minister] = attribute("وقال وزير الخارجية البلجيكي جان-لوك كرومبيز إن بروكسل ترحب بالاتفاق.")
    assert minister.speaker_text == "جان-لوك كرومبيز" and minister.speaker_role == "وزير الخارجية البلجيكي"
    [adviser] = attribute_with('وقال مستشار قائد الحركة الشعبية الباشا أبكر لموقع "دارفور24" إن المفاوضات مجمدة.',
                               [("ORG", "الحركة الشعبية"), ("MEDIA", "دارفور24")])
    assert adviser.speaker_text.endswith("أبكر") and "دارفور24" in adviser.channel_text
    assert adviser.content.text.startswith("المفاوضات مجمدة")


def test_via_and_by_way_of_are_not_cues():
    assert attribute("وتسلل المهربون عبر الحدود عن طريق الوديان.") == []
    assert attribute("ونقل المصابون عن طريق البحر إلى مستشفيات قبرص.") == []
    [felt] = attribute("كما عبر رئيس البرلمان عن تضامنه مع أسر الضحايا.")
    assert felt.stance == "STATE" and felt.content.text.startswith("تضامنه")


def test_describing_and_estimating_take_an_object_and_a_ba_complement():
    [described] = attribute("ووصف السكان القصف بأنه الأعنف منذ بداية الحرب.")
    assert described.speaker_text == "السكان" and described.content.text.startswith("القصف بأنه")
    [estimated] = attribute("وقدرت منظمة الهجرة الدولية عدد العائدين بنحو مئتي ألف شخص.")
    assert estimated.speaker_text == "منظمة الهجرة الدولية" and estimated.content.text.startswith("عدد العائدين")
    assert attribute("وقدر حجم الأضرار بملايين الدولارات.") == []       # a passive: no source


def test_imperfect_cues_after_a_noun():
    assert attribute("ورفع المحتجون أعلاماً تندد بالتدخل الأجنبي.") == []
    [accuses] = attribute("ويذكر أن الحكومة تتهم الفصائل بخرق الهدنة.")
    assert accuses.speaker_text == "الحكومة" and accuses.content.text.startswith("الفصائل بخرق")
    [blame] = attribute("وحمّلت النقابة الحكومة المسؤولية الكاملة عن انهيار الخدمات.")
    assert blame.stance == "ACCUSE" and blame.speaker_text == "النقابة"
    assert attribute("وحمل الجنود الجرحى إلى سيارات الإسعاف.") == []


def test_a_statement_issued_by_a_body():
    [issued] = attribute("وأشار بيان صادر عن قيادة الشرطة إلى أن الموقوفين نقلوا إلى العاصمة.")
    assert issued.speaker_text == "قيادة الشرطة" and issued.channel_text == "بيان"
    assert issued.content.text.startswith("الموقوفين نقلوا")


def test_an_operation_announced_after_a_role():
    [freed] = attribute("وأعلن الناطق باسم قوات درع الوطن استعادة مدينة سنجة بالكامل.")
    assert freed.speaker_text == "الناطق باسم قوات درع الوطن" and freed.content.text.startswith("استعادة مدينة")


def test_unlisted_first_names_feminine_roles_and_a_stance_object():
    [general] = attribute("وقال رئيس أركان الجيش الكيني الجنرال تشارلز كاهاريري إن القوات ستبقى.")
    assert general.speaker_text == "تشارلز كاهاريري"
    [director] = attribute("وقالت المديرة الإقليمية لبرنامج الأغذية كورين فلايشر إن المخزون نفد.")
    assert (director.speaker_text, director.speaker_role) == ("كورين فلايشر", "المديرة الإقليمية لبرنامج الأغذية")
    [support] = attribute("وأكد الرئيس التشادي محمد إدريس ديبي دعم بلاده للمبادرة.")
    assert support.speaker_text == "محمد إدريس ديبي" and support.content.text.startswith("دعم بلاده")


def test_urging_needs_its_ala_and_estimates_in_the_present():
    assert attribute("وحث الخطى نحو المعبر آلاف الفارين من القتال.") == []
    [estimate] = attribute("وتقدر المفوضية عدد اللاجئين في تشاد بنحو ستمئة ألف.")
    assert estimate.speaker_text == "المفوضية" and estimate.content.text.startswith("عدد اللاجئين")


def test_saying_participle_and_a_quotation_before_its_cue():
    [saying] = attribute('وخرج قائد الشرطة إلى المحتجين قائلاً: "لن نطلق رصاصة واحدة على المتظاهرين".')
    assert saying.speaker_text == "قائد الشرطة" and saying.direct
    assert saying.content.text.startswith("لن نطلق رصاصة")
    [fronted] = attribute('"سنعود إلى بيوتنا مهما طال الزمن"، قالت إحدى النازحات في المخيم.')
    assert fronted.direct and fronted.anonymous and fronted.content.text.startswith("سنعود إلى بيوتنا")


def test_an_interview_with_an_outlet_and_a_companion_before_the_content():
    [call] = attribute("وأوضح المسؤول في اتصال هاتفي مع وكالة الأناضول أن القافلة عبرت المعبر.")
    assert "الأناضول" in call.channel_text and call.content.text.startswith("القافلة عبرت")
    [joint] = attribute("وقال الوزير خلال مؤتمر صحفي مع نظيره الصومالي إن البلدين وقعا الاتفاقية.")
    assert joint.content.text.startswith("البلدين وقعا")


def test_an_age_in_parentheses_is_not_part_of_the_name():
    [mother] = attribute("وقالت أم سمير (52 عاماً) إن المياه انقطعت منذ أسبوع.")
    assert mother.speaker_text == "أم سمير" and mother.content.text.startswith("المياه انقطعت")


def test_a_title_word_inside_a_compound_name_and_a_mention_that_runs_into_the_object():
    [leader] = attribute_with("وتوعد وزير الداخلية العراقي عبد الأمير الشمري بملاحقة المهربين.",
                              [("PERSON", "عبد الأمير الشمري")])
    assert (leader.speaker_text, leader.speaker_role) == ("عبد الأمير الشمري", "وزير الداخلية العراقي")
    [decree] = attribute_with("وأعلن رئيس الحكومة المكلف فتحي باشاغا تمديد حظر التجول.",
                              [("PERSON", "فتحي باشاغا تمديد")])
    assert decree.speaker_text == "فتحي باشاغا" and decree.content.text.startswith("تمديد حظر")
    [arrived] = attribute_with("ووصل وزير الخارجية المصري بدر عبد العاطي إلى بورتسودان، داعياً إلى هدنة إنسانية.",
                               [("PERSON", "بدر عبد العاطي"), ("GPE", "بورتسودان")])
    assert arrived.speaker_text == "بدر عبد العاطي"


def test_unnamed_outlets_are_anonymous_named_ones_are_not():
    unnamed, named = attribute("وقالت صحف بريطانية إن لندن تدرس إرسال سفن حربية. "
                               "وذكرت وسائل الإعلام الرسمية أن الرئيس استقبل الوفد.")
    assert unnamed.anonymous and unnamed.speaker_text == "صحف بريطانية"
    assert not named.anonymous


def test_relative_speakers_and_frames_over_a_cue_or_a_document():
    [spoke] = attribute("وجاء الموقف على لسان الناطق باسم الجيش الوطني الذي قال إن الهجوم صُد.")
    assert spoke.speaker_text == "الناطق باسم الجيش الوطني" and spoke.content.text.startswith("الهجوم صُد")
    [toll] = attribute_with("وقتل 11 مدنياً، وفقاً لما أعلنته لجنة الأطباء.", [("ORG", "لجنة الأطباء")])
    assert (toll.stance, toll.speaker_text) == ("ANNOUNCE", "لجنة الأطباء") and toll.content.text.startswith("وقتل 11")
    [figures] = attribute_with("وارتفع عدد النازحين إلى 80 ألفاً، استناداً إلى أرقام المنظمة الدولية للهجرة.",
                               [("ORG", "المنظمة الدولية للهجرة")])
    assert figures.speaker_text == "المنظمة الدولية للهجرة" and figures.content.text.startswith("وارتفع عدد")


def test_more_verbs_of_saying_admitting_and_expecting():
    noted, admitted, expected = attribute(
        "ونوّه المتحدث باسم البلدية إلى أن المياه ستعود مساءً. واعترف الجيش بأن ثلاثة من جنوده قتلوا في الكمين. "
        "ورجح مسؤول في الدفاع المدني أن يرتفع عدد الضحايا.")
    assert (noted.stance, noted.content.text[:6]) == ("STATE", "المياه")
    assert (admitted.stance, admitted.speaker_text) == ("CONFIRM", "الجيش")
    assert expected.anonymous and expected.content.text.startswith("يرتفع عدد")
    assert attribute("وأقر البرلمان قانون الموازنة العامة.") == []     # passing a law is not a statement


def test_a_threat_in_the_present_needs_a_source():
    assert attribute("والمجاعة تهدد ملايين السكان في الإقليم.") == []
    [threat] = attribute("والفصائل المسلحة تهدد باقتحام العاصمة خلال أيام.")
    assert threat.stance == "THREATEN" and threat.speaker_text == "الفصائل المسلحة"


def test_a_role_after_the_name_opens_with_an_office_head():
    [a] = attribute("وقال سامي الحلبي رئيس المجلس المحلي للمدينة إن القصف استهدف السوق.")
    assert (a.speaker_text, a.speaker_role) == ("سامي الحلبي", "رئيس المجلس المحلي للمدينة")


@pytest.mark.parametrize("text,stance,opening", [
    ("ونفت وزارة الخارجية التركية مسؤولية جيشها عن الهجوم، متهمة حزب العمال الكردستاني بتنفيذه.", "ACCUSE", "حزب العمال"),
    ("وأعلنت الوزارة استدعاء السفير، مطالبة أنقرة بسحب قواتها العسكرية.", "DEMAND", "أنقرة بسحب"),
    ("وكانت هيئة الأركان قد أعلنت تحييد 203 إرهابيين، نافية وقوع أي انتهاكات بحق المدنيين.", "DENY", "وقوع أي"),
])
def test_a_feminine_participle_after_a_comma_continues_the_statement(text, stance, opening):
    art = process(Article(raw=text, text=text))
    last = art.attributions[-1]
    assert len(art.attributions) == 2 and last.stance == stance and last.content.text.startswith(opening)


@pytest.mark.parametrize("text,opening", [
    ("وطالبت الولايات المتحدة وبريطانيا في بيان مشترك قوات الدعم السريع بوقف هجومها على الفاشر فوراً.", "قوات الدعم السريع بوقف"),
    ("ودعت وزارة الخارجية الأمم المتحدة إلى التدخل العاجل لوقف القصف.", "الأمم المتحدة إلى"),
])
def test_a_demand_may_open_with_the_party_it_is_addressed_to(text, opening):
    art = process(Article(raw=text, text=text))
    assert [(a.stance, a.content.text.startswith(opening)) for a in art.attributions] == [("DEMAND", True)]


def test_coordinated_speakers_are_linked_to_the_first():
    text = "وقالت السعودية والولايات المتحدة في بيان مشترك إن الاتفاق يتضمن آلية مراقبة."
    art, names = processed(text)
    assert [names.get(a.speaker) for a in art.attributions] == ["السعودية"]


@pytest.mark.parametrize("text,content", [
    ('ودعا مناوي المدنيين إلى "حمل السلاح لحماية ممتلكاتهم" في مواجهة الهجوم.',
     'المدنيين إلى "حمل السلاح لحماية ممتلكاتهم" في مواجهة الهجوم.'),
    ("ودعا وزير الخارجية خالد اليماني الأمم المتحدة إلى الضغط على الحوثيين.", "الأمم المتحدة إلى الضغط على الحوثيين."),
])
def test_a_call_keeps_the_one_called_on_and_its_quoted_words(text, content):
    art = process(Article(raw=text, text=text))
    assert [a.content.text for a in art.attributions] == [content]


@pytest.mark.parametrize("text,cue,speaker,opening", [
    # a call with its subject carried is made by the speaker before
    ("ورحب الأمين العام أنطونيو غوتيريش بالاتفاق، واصفاً إياه بأنه «خطوة أولى مرحب بها»، "
     "وحث الطرفين على احترام تعهداتهما.", "وحث", "أنطونيو غوتيريش", "الطرفين على"),
    # a call joined after a statement is the same speaker's, made to the one named after it
    ("واتهم وزير الخارجية سامح شكري إثيوبيا بالتعنت في المفاوضات، "
     "وطالب المبعوث الأفريقي أولوسيغون أوباسانجو بالضغط على أديس أبابا.", "وطالب", "سامح شكري", "المبعوث الأفريقي"),
])
def test_a_joined_call_is_made_by_the_speaker_before(text, cue, speaker, opening):
    art, names = processed(text)
    call = next(a for a in art.attributions if a.cue.text == cue)
    assert names.get(call.speaker) == speaker and call.content.text.startswith(opening)


@pytest.mark.parametrize("text,speaker,opening", [
    # the verb carries its plural subject: the ب phrase after it is what they threatened, not who
    ("أمهل قادة الاتحاد الأفريقي الحكومة الانتقالية شهراً لتسليم السلطة، وهددوا بتعليق عضويتها في الاتحاد.",
     "الاتحاد الأفريقي", "بتعليق عضويتها"),
    # the dateline and its outlet come before the first verb and its subject; the acronym in
    # brackets closes the subject's name, the name after it is the object
    ("جيبوتي - رويترز: استقبل قادة الهيئة الحكومية للتنمية (إيغاد) الرئيس الكيني وليام روتو أمس، "
     "وأكدوا أن المفاوضات ستستأنف الأحد.", "الهيئة الحكومية للتنمية", "المفاوضات ستستأنف"),
])
def test_a_plural_verb_joined_to_the_clause_before_takes_that_clauses_subject(text, speaker, opening):
    art, names = processed(text)
    said = [a for a in art.attributions if a.cue.text.endswith("وا")]
    assert [(names.get(a.speaker), a.content.text.startswith(opening)) for a in said] == [(speaker, True)]



def test_a_denied_account_is_the_content_not_part_of_the_speaker():
    text = "ونفى الجيش رواية الحركة جملة وتفصيلاً."
    (a,) = attribute(text)
    assert (a.speaker_text, a.stance, a.content.text.startswith("رواية الحركة")) == ("الجيش", "DENY", True)


def test_a_verbal_noun_after_adam_is_no_statement():
    text = "وكشف مصدر عسكري، طلب عدم ذكر اسمه، أن تعزيزات وصلت إلى المنطقة."
    assert [(a.speaker_text, a.cue.text) for a in attribute(text)] == [("مصدر عسكري", "وكشف")]


@pytest.mark.parametrize("text,speaker,opening", [
    ("فيما اتهمت لجان المقاومة قوات الدعم السريع بتنفيذ الهجوم.", "لجان المقاومة", "قوات الدعم السريع"),
    ("واتهم أهالي البلدة الجيش السوداني بقصف منازلهم.", "أهالي البلدة", "الجيش السوداني"),
])
def test_a_construct_subject_ends_where_a_named_object_begins(text, speaker, opening):
    art = process(Article(raw=text, text=text))
    assert [(a.speaker_text, a.content.text.startswith(opening)) for a in art.attributions] == [(speaker, True)]


def test_a_denial_of_that_denies_the_statement_before_it():
    text = ("وأكدت نقابة المحامين أن الموقوفين حرموا من الزيارة منذ أسبوع، غير أن مصدراً أمنياً نفى ذلك، "
            "مؤكداً أن الزيارات مستمرة.")
    atts = attribute(text)
    said = [(a.speaker_text, a.stance, a.content.text) for a in atts]
    assert said[0][2] == "الموقوفين حرموا من الزيارة منذ أسبوع"         # the next speaker is not in it
    assert said[1] == ("مصدراً أمنياً", "DENY", said[0][2])              # "ذلك" is that statement
    assert said[2][0] == "مصدراً أمنياً" and said[2][2].startswith("الزيارات مستمرة")


@pytest.mark.parametrize("text,denier,claim", [
    ("وقالت الجمعية إن قوات الاحتلال منعت طواقمها من الوصول إلى الجرحى، وهو ما نفاه الجيش الإسرائيلي.",
     "الجيش الإسرائيلي", "منعت طواقمها من الوصول إلى الجرحى"),
    ("واتهم المجلس العسكري فرنسا بالسعي إلى التدخل عسكرياً في النيجر، وهو ما نفته وزارة الخارجية الفرنسية صباح اليوم.",
     "وزارة الخارجية الفرنسية", "التدخل عسكرياً في النيجر"),
    # no statement before: the sentence up to the relative is the claim denied
    ("وتقدمت قوات الجيش نحو وسط المدينة، وهو ما نفته مصادر محلية.", "مصادر محلية", "نحو وسط المدينة"),
])
def test_a_denial_of_what_was_just_claimed_takes_the_claim_as_content(text, denier, claim):
    art, names = processed("عنوان\n" + text)
    denial = next(a for a in art.attributions if a.stance == "DENY")
    assert (names.get(denial.speaker) or denial.speaker_text) == denier
    assert claim in denial.content.text and "وهو ما" not in denial.content.text
    # the claim's own content ends where its denial is told
    assert all("نفا" not in a.content.text and "نفته" not in a.content.text for a in art.attributions)


def test_a_disputed_act_is_sourced_to_its_claimant_not_to_the_denier():
    art, _ = processed("عنوان\nوقالت الجمعية إن قوات الاحتلال منعت طواقمها من الوصول إلى الجرحى، وهو ما نفاه الجيش الإسرائيلي.")
    event = next(v for v in art.events if v.type == "COERCE")
    source = next(a for a in art.attributions if a.id == event.source)
    assert event.status == "disputed" and source.stance != "DENY"


@pytest.mark.parametrize("text,speaker,content", [
    # a description joined to the sentence's statement is its speaker's
    ("غير أن رئيس حكومة الإقليم مسرور بارزاني نفى وجود أي مقر في أربيل، ووصف الهجوم بأنه \"جريمة بحق الشعب الكردي\".",
     "مسرور بارزاني", "جريمة بحق الشعب الكردي"),
    # … or the subject of the verb opening the sentence, past an opening adverbial; the verb carries
    # the pronoun of what it describes
    ("في المقابل، رفض تجمع المهنيين السودانيين بيان الجيش، ووصفه بأنه \"انقلاب عسكري\"، داعياً المواطنين إلى الاعتصام.",
     "تجمع المهنيين السودانيين", "انقلاب عسكري"),
])
def test_a_joined_description_is_the_subjects_statement(text, speaker, content):
    art, names = processed("عنوان\n" + text)
    described = [a for a in art.attributions if a.cue.text.startswith("ووصف")]
    assert described and names.get(described[0].speaker) == speaker and content in described[0].content.text
    # the participle after it continues the same speaker, not the adverbial «في المقابل»
    assert all(names.get(a.speaker, a.speaker_text) != "المقابل" for a in art.attributions)


def test_a_passive_description_still_has_no_speaker():
    art, _ = processed("عنوان\nوأصيب ثلاثة جنود، ووُصفت إصابة أحدهم بالخطيرة.")
    assert not [a for a in art.attributions if "وصف" in a.cue.text]


def test_the_noun_a_relative_pronoun_refers_to_speaks_and_the_name_after_the_cue_is_its_object():
    art, names = processed("عنوان\nوقُتل أكثر من ألف مدني، بحسب المرصد السوري لحقوق الإنسان، الذي اتهم قوات الأمن "
                           "ومجموعات رديفة بتنفيذ إعدامات ميدانية.")
    charge = next(a for a in art.attributions if a.cue.text == "اتهم")
    assert names.get(charge.speaker) == "المرصد السوري لحقوق الإنسان"
    event = next(v for v in art.events if v.type == "ACCUSE")
    assert names.get(event.actor) == "المرصد السوري لحقوق الإنسان" and names.get(event.target) == "قوات الأمن"


def test_itself_continues_the_speakers_title():
    art, names = processed("عنوان\nوأوضح وزير الصحة في الحكومة نفسها عثمان عبد الجليل أن أكثر من 3 آلاف جثة دُفنت.")
    assert names.get(art.attributions[0].speaker) == "عثمان عبد الجليل"


def test_an_envoys_posting_stays_in_the_title_of_the_one_who_urges():
    art, names = processed("عنوان\nوحث المبعوث الأمريكي الخاص إلى السودان توم بيرييلو الطرفين على وقف القتال فوراً.")
    (call,) = art.attributions
    assert names.get(call.speaker) == "توم بيرييلو" and call.content.text.startswith("الطرفين")


@pytest.mark.parametrize("text,cue,stance", [
    ("وقال الرئيس في خطاب متلفز إن الحرب لن تتوقف، ملوحاً بأن أي تجاوز سيجعل التدخل شرعياً.", "ملوحاً", "THREATEN"),
    ("وتعهد الرئيس حسن شيخ محمود بإطلاق المرحلة الثانية من الحرب على الحركة.", "وتعهد", "ANNOUNCE"),
    ("واشترط وزير الخارجية التركي مولود جاووش أوغلو انسحاب القوات من سرت قبل أي وقف لإطلاق النار.", "واشترط", "DEMAND"),
    ("وقال الجيش في بيان إنه قتل عشرة مسلحين، زاعماً أن المجموعة كانت تخطط لتنفيذ هجمات.", "زاعماً", "STATE"),
])
def test_brandishing_pledging_stipulating_and_claiming_report_statements(text, cue, stance):
    art, _ = processed("عنوان\n" + text)
    assert [(a.cue.text, a.stance) for a in art.attributions if a.cue.text == cue] == [(cue, stance)]


def test_waving_a_flag_is_no_statement():
    art, _ = processed("عنوان\nوخرجت نساء إلى الساحة، ولوح بعضهن بالعلم السوري.")
    assert not art.attributions


@pytest.mark.parametrize("text,speaker", [
    ("واستقبل مهدي المشاط الوفدين في القصر الجمهوري، بحسب ما نقلت قناة المسيرة الناطقة باسم الجماعة.", "المسيرة"),
    ("وقُتل أربعة مدنيين على الأقل في القصف، وفق ما أفاد به مجلس أمن الإقليم.", "مجلس أمن"),
])
def test_by_what_a_source_reported_attributes_the_clause_before(text, speaker):
    art, names = processed("عنوان\n" + text)
    (a,) = art.attributions
    assert speaker in (names.get(a.speaker) or a.speaker_text) and a.content.end <= a.cue.start


def test_a_relay_frame_before_inna_only_names_the_channel():
    art, _ = processed("عنوان\nوقال مدير المرصد رامي عبد الرحمن، حسبما نقلت قناة سكاي نيوز عربية اليوم، إن طفلاً لقي مصرعه.")
    assert [a.cue.text for a in art.attributions] == ["وقال"]


@pytest.mark.parametrize("text,content", [
    ("وقال الوزير إنه طالب بوقف الحرب.", "طالب بوقف الحرب"),
    ("وقال الوزير إنه تعهد بمواصلة الحرب حتى النصر.", "تعهد بمواصلة الحرب"),
])
def test_a_cue_right_after_innahu_is_what_the_statement_says(text, content):
    art, names = processed("عنوان\n" + text)
    (a,) = art.attributions
    assert names.get(a.speaker, a.speaker_text) == "الوزير" and content in a.content.text


def test_illa_annahu_turns_to_a_new_statement():
    art, _ = processed("عنوان\nولم ينف المتحدث وجود مفاوضات إلا أنه قال إن الفيلق لم يعلن التوصل لأي اتفاق.")
    assert "قال" in [a.cue.text for a in art.attributions]


def test_those_close_to_a_man_are_an_unnamed_source_and_the_man_stays_in_the_phrase():
    art, _ = processed("عنوان\nوقال مقربون من رئيس الحزب لـ«الشرق الأوسط» إنه ليس طرفاً في الاتفاق.")
    (a,) = art.attributions
    assert a.anonymous and a.speaker_text == "مقربون من رئيس الحزب"


@pytest.mark.parametrize("text,content", [
    ("وأحصى المرصد السوري لحقوق الإنسان مقتل أكثر من 500 شخص منذ الأحد.", "مقتل أكثر من 500 شخص"),
    ("ووثقت الشبكة السورية لحقوق الإنسان مقتل 40 مدنياً في القصف.", "مقتل 40 مدنياً"),
])
def test_a_source_counting_or_documenting_a_toll_reports_it(text, content):
    art, _ = processed("عنوان\n" + text)
    (a,) = art.attributions
    assert content in a.content.text and a.speaker is not None


def test_documenting_needs_a_source_and_a_count():
    art, _ = processed("عنوان\nوقال الرجل إنه وثق بوعود الحكومة.")
    assert [a.cue.text for a in art.attributions] == ["وقال"]


@pytest.mark.parametrize("text,speaker,content", [
    ("وأكد ناشطون نزوح مئات العائلات من القرى خلال يومين.", "ناشطون", "نزوح مئات العائلات"),
    ("ونفى الوزير أي تأخير في تسليم الكشوف.", "الوزير", "أي تأخير في تسليم الكشوف"),
    # علي as written after a given name is the name, not the preposition على
    ("ونفى الوزير محمد علي أي تأخير في تسليم الكشوف.", "محمد علي", "أي تأخير في تسليم الكشوف"),
])
def test_the_object_of_the_cue_is_not_in_the_speaker(text, speaker, content):
    art, names = processed("عنوان\n" + text)
    (a,) = art.attributions
    assert names.get(a.speaker, a.speaker_text) == speaker and a.content.text.startswith(content)


def test_kana_and_its_subject_before_the_cue_are_the_speaker():
    art, _ = processed("عنوان\nوكانت اللجنة الدولية أعلنت أمس الجمعة نقل 318 محتجزاً بين صنعاء وعدن.")
    (a,) = art.attributions
    assert a.speaker_text == "اللجنة الدولية" and a.content.text.startswith("نقل 318")


def test_a_bodys_tie_between_the_title_and_the_name_stays_in_the_speaker():
    art, names = processed("عنوان\nواتهم رئيس لجنة الأسرى التابعة للحوثيين عبد القادر المرتضى الحكومة بالمماطلة.")
    (a,) = art.attributions
    assert names.get(a.speaker) == "عبد القادر المرتضى" and a.content.text.startswith("الحكومة")


def test_a_quoted_object_with_its_complement_after_it_is_all_the_content():
    art, _ = processed("عنوان\nونفت الوزارة تورط عناصرها، متهمة \"مجموعات خارجة عن القانون\" بخرق وقف إطلاق النار.")
    charge = next(a for a in art.attributions if a.cue.text == "متهمة")
    assert charge.content.text.endswith("بخرق وقف إطلاق النار.") and not charge.direct


@pytest.mark.parametrize("text,cue,stance,content", [
    ("وانتقد الوزير التصريحات الأخيرة للسفير.", "وانتقد", "ACCUSE", "التصريحات الأخيرة"),
    ("وقال الزعيم إن الاحتجاج انتهى، معتذراً للشعب عما جرى.", "معتذراً", "STATE", "للشعب عما جرى"),
])
def test_criticising_and_apologising_report_statements(text, cue, stance, content):
    art, _ = processed("عنوان\n" + text)
    a = next(a for a in art.attributions if a.cue.text == cue)
    assert a.stance == stance and a.content.text.startswith(content)


def test_a_crisis_cell_is_a_source_at_the_end_of_the_clause_it_reports():
    art, names = processed("عنوان\nوكانت صواريخ قد سقطت ليل الاثنين على المنطقة الخضراء، حسب خلية الإعلام الأمني.")
    (a,) = art.attributions
    assert names.get(a.speaker) == "خلية الإعلام الأمني" and a.content.end <= a.cue.start


@pytest.mark.parametrize("text,speaker", [
    # a spokesman "in its name" (باسمها) and the name after it; the name closed by إن keeps its last word
    ("وتبنت الجماعة الهجوم، إذ قال المتحدث العسكري باسمها يحيى سريع إن قواتها استهدفت المطار.", "يحيى سريع"),
    # the monarch is a title, and the king's name follows his second title
    ("وكان العاهل المغربي الملك محمد السادس قد دعا، في خطاب العرش أواخر يوليو، إلى فتح الحدود.", "محمد السادس"),
])
def test_titles_in_the_name_of_a_body_and_of_a_monarch_lead_to_the_name(text, speaker):
    art, names = processed("عنوان\n" + text)
    (a,) = art.attributions
    assert names.get(a.speaker, a.speaker_text) == speaker


def test_an_address_and_its_genitive_are_the_setting_not_the_content():
    art, _ = processed("عنوان\nودعا الملك، في خطاب العرش أمس، الرئيس إلى العمل سوياً.")
    (a,) = art.attributions
    assert a.content.text.startswith("الرئيس إلى العمل")


def test_a_body_after_an_unnamed_sources_affiliation_is_the_object():
    art, _ = processed("عنوان\nواتهم ناشطون في التيار الصدري فصائل مسلحة موالية لإيران بقنص المحتجين.")
    (a,) = art.attributions
    assert a.speaker_text == "ناشطون في التيار الصدري" and a.content.text.startswith("فصائل مسلحة")


def test_a_participle_after_a_new_subject_is_his_not_the_last_speakers_with_the_same_first_name():
    art = process(article_from_text(
        "عنوان\nوأكد وزير الخارجية القطري محمد بن عبد الرحمن آل ثاني أن بلاده تحتفظ بحق الرد. وأجرى ولي العهد "
        "السعودي محمد بن سلمان اتصالاً هاتفياً بأمير قطر الشيخ تميم بن حمد، مؤكداً أن المملكة ستسخّر كل "
        "إمكاناتها لمساندة قطر."))
    names = {e.id: e.name for e in art.entities}
    said = next(a for a in art.attributions if "لمساندة" in a.content.text)
    assert names[said.speaker] == "محمد بن سلمان"


def test_via_a_spokesman_between_the_speaker_and_an_is_no_statement_of_its_own():
    # عبر here is "via" (عبر المتحدث باسمه), not the verb عبّر: one statement, the secretary-general's, opened by عن
    (a,) = attribute("وأعرب الأمين العام للأمم المتحدة أنطونيو غوتيريس، عبر المتحدث باسمه ستيفان دوجاريك، "
                     "عن أسفه لفشل المساعي الأخيرة.")
    assert a.cue.text == "وأعرب" and "غوتيريس" in (a.speaker_text or "")
    assert a.content is not None and a.content.text.startswith("أسفه")
