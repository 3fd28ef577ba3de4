"""The event stage: PLOVER types and modes, status, arguments and source, on real Arabic sentences."""
from __future__ import annotations

import json

import pytest

from rasd import events, segment
from rasd.events.lexicon import keys, readings, trigger_index, words_of
from rasd.model import Article, Attribution, Entity, Span
from rasd.pipeline import process
from rasd.read import article_from_text
from rasd.text import normalize


def article_with(text: str, entities: list[tuple[str, str, str]] = (), attributions=()) -> Article:
    """An article over `text` with hand-placed entities (name, type, surface form(s) joined by |)."""
    art = Article(raw=text, text=text)
    segment.run(art)
    for k, (name, etype, forms) in enumerate(entities, 1):
        mentions = []
        for form in forms.split("|"):
            start = 0
            while (i := text.find(form, start)) >= 0:
                start = i + len(form)
                if start < len(text) and text[start].isalpha():      # a whole word, not إسرائيل in الإسرائيلية
                    continue
                mentions.append(Span.of(text, i, i + len(form)))
        art.entities.append(Entity(f"E{k}", etype, name, mentions))
    for k, (cue, stance, speaker, content) in enumerate(attributions, 1):
        c = text.index(cue)
        s = text.index(content)
        art.attributions.append(Attribution(f"A{k}", Span.of(text, c, c + len(cue)), stance,
                                            speaker=speaker, speaker_text=speaker,
                                            content=Span.of(text, s, s + len(content))))
    return events.run(art)


def names(art: Article, v) -> tuple:
    e = {x.id: x.name for x in art.entities}
    return v.type, e.get(v.actor), e.get(v.target), v.status


# ------------------------------------------------------------------ the word matcher
def test_readings_strip_proclitics_and_suffixes():
    assert "قصف" in keys(normalize("وبالقصف"))
    assert "قصف" in keys(normalize("قصفتها"))
    assert "~قصف" in keys(normalize("سيقصف"))
    assert any(r.future for r in readings(normalize("سيقصف")) if r.key == "~قصف")
    assert "اسلحه" in keys(normalize("أسلحته"))          # ta marbuta before a pronoun


def test_lexicon_covers_all_sixteen_plover_types():
    types = {p.type for lst in trigger_index().by_first.values() for _f, p in lst}
    assert types == {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
                     "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}


def test_words_keep_offsets():
    text = "قصفت الطائرات، بلدة دوما."
    for w in words_of(text):
        assert normalize(text[w.start:w.end]) == w.norm


# ------------------------------------------------------------------ types, modes, arguments
def test_verb_subject_object_assault():
    art = article_with("قصفت قوات النظام مدينة دوما صباح اليوم.",
                       [("قوات النظام", "ORG", "قوات النظام"), ("دوما", "GPE", "مدينة دوما")])
    assert [names(art, v) for v in art.events] == [("ASSAULT", "قوات النظام", "دوما", "asserted")]
    assert art.events[0].location == "E2"


def test_reported_subject_before_verb_and_aerial_mode():
    art = article_with("وقال المرصد إن الطائرات الروسية شنت غارات على مدينة إدلب.",
                       [("المرصد", "ORG", "المرصد"), ("روسيا", "GPE", "الطائرات الروسية"), ("إدلب", "GPE", "مدينة إدلب")])
    (v,) = art.events
    assert (v.type, v.mode) == ("ASSAULT", "aerial")
    assert names(art, v)[1:3] == ("روسيا", "إدلب")


def test_verbal_noun_with_genitive_doer_and_lam_target():
    art = article_with("تواصل قصف قوات النظام للغوطة الشرقية.",
                       [("قوات النظام", "ORG", "قوات النظام"), ("الغوطة الشرقية", "LOC", "غوطة الشرقية")])
    assert names(art, art.events[0])[:3] == ("ASSAULT", "قوات النظام", "الغوطة الشرقية")


def test_between_a_and_b():
    art = article_with("واندلعت اشتباكات عنيفة بين الجيش العراقي والبيشمركة.",
                       [("الجيش العراقي", "ORG", "الجيش العراقي"), ("البيشمركة", "ORG", "البيشمركة")])
    assert names(art, art.events[0])[:3] == ("ASSAULT", "الجيش العراقي", "البيشمركة")


def test_arrest_mode_and_one_event_per_verb_and_noun_in_a_clause():
    art = article_with("اعتقلت الشرطة ثلاثة ناشطين في حملة اعتقالات واسعة.", [("الشرطة", "ORG", "الشرطة")])
    assert [(v.type, v.mode) for v in art.events] == [("COERCE", "arrest")]
    assert names(art, art.events[0])[1] == "الشرطة"


def test_ceasefire_is_one_retreat_not_gunfire():
    art = article_with("أعلن الجيش وقف إطلاق النار في المدينة.", [("الجيش", "ORG", "الجيش")])
    assert [(v.type, v.mode, v.trigger.text) for v in art.events] == [("RETREAT", "ceasefire", "وقف إطلاق النار")]


def test_threat_governs_the_attack_it_names():
    art = article_with("هددت إسرائيل بقصف غزة إذا استمر إطلاق الصواريخ.",
                       [("إسرائيل", "GPE", "إسرائيل"), ("غزة", "GPE", "غزة")])
    assert [names(art, v) for v in art.events] == [("THREATEN", "إسرائيل", "غزة", "conditional")]


# ------------------------------------------------------------------ guards
@pytest.mark.parametrize("text", [
    "ضربت الأزمة الاقتصادية البلاد بقوة.",
    "شن الوزير هجوما إعلاميا على خصومه.",
    "بدأت الحملة الانتخابية في المحافظات.",
    "هل تنسحب القوات من المدينة؟",
    "وتقع البلدة تحت سيطرة المعارضة منذ سنوات.",
    "وقال المصدر الذي رفض الكشف عن هويته إن الوضع هادئ.",
    "وقاد المهاجم هجوما خطيرا على مرمى الفريق المنافس في الشوط الأول من المباراة.",
    "وضربت موجة حر شديدة البلاد مطلع الأسبوع.",
    "ونص الاتفاق على تشكيل لجنة مشتركة.",
    "في رأيي، المفاوضات وحدها لن تنهي الحرب.",
])
def test_figurative_and_non_event_uses_are_not_events(text):
    assert article_with(text).events == []


def test_trigger_inside_a_name_is_not_an_event():
    art = article_with("وصلت قوات الحشد الشعبي إلى المدينة.", [("الحشد الشعبي", "ORG", "الحشد الشعبي")])
    assert [v.type for v in art.events] == []


# ------------------------------------------------------------------ status
@pytest.mark.parametrize("text,etype,status", [
    ("لم تتوصل الأطراف إلى اتفاق حتى الآن.", "AGREE", "denied"),
    ("ستنسحب القوات التركية من المدينة غداً.", "RETREAT", "planned"),
    ("من المقرر أن تبدأ المفاوضات الأسبوع المقبل.", "CONSULT", "planned"),
    ("وفي حال رفضت الفصائل، سيتم قصف المدينة.", "ASSAULT", "conditional"),
    ("ربما تتوصل الأطراف إلى اتفاق قريبا.", "AGREE", "hypothetical"),
    ("لا يزال القصف مستمرا على الأحياء الشرقية.", "ASSAULT", "asserted"),
    ("وأكدت المصادر أن الاعتقالات التي تحدثت عنها التقارير غير صحيحة.", "COERCE", "denied"),
    ("وأكد المرتضى أن جولة تفاوض جديدة ستُعقد خلال أسابيع.", "CONSULT", "planned"),   # the noun, subject of a future verb
    ("ويُنتظر أن يعقد مجلس الأمن جلسة طارئة.", "CONSULT", "planned"),                 # expected
    ("وتعهد الرئيس بملاحقة المنفذين.", "COERCE", "planned"),                            # pledged
    ("وقال إن الجولة الأولى من المفاوضات عقدت أمس في جنيف.", "CONSULT", "asserted"),
    ("وانتهى اليوم الأول دون اتفاق.", "AGREE", "denied"),            # talks that end without a deal: a denied agreement
])
def test_status_from_the_words_around(text, etype, status):
    art = article_with(text)
    assert [(v.type, v.status) for v in art.events] == [(etype, status)]


def test_will_not_withdraw_is_a_refusal():
    art = article_with('وأكد أن "جيش الإسلام" لن ينسحب من دوما.',
                       [("جيش الإسلام", "ORG", "جيش الإسلام"), ("دوما", "GPE", "دوما")])
    assert [names(art, v)[:2] + (art.events[0].status,) for v in art.events] == [("REJECT", "جيش الإسلام", "asserted")]


def test_source_and_denial_from_attributions():
    text = "ونفى الجيش ما أعلنته الوزارة عن انسحاب قواته من البلدة."
    art = article_with(text, [("الجيش", "ORG", "الجيش"), ("الوزارة", "ORG", "الوزارة")],
                       attributions=[("نفى", "DENY", "E1", "ما أعلنته الوزارة عن انسحاب قواته من البلدة"),
                                     ("أعلنته", "ANNOUNCE", "E2", "انسحاب قواته من البلدة")])
    (v,) = art.events
    assert (v.type, v.status, v.source) == ("RETREAT", "disputed", "A2")


def test_outlet_statement_has_no_source():
    art = article_with("انسحبت القوات من البلدة فجر اليوم.")
    assert art.events[0].source is None


def test_event_time_is_the_nearest_time_expression():
    from rasd.model import TimeExpr
    text = "قصفت الطائرات البلدة مساء الأحد."
    art = Article(raw=text, text=text)
    segment.run(art)
    i = text.index("مساء الأحد")
    art.times.append(TimeExpr("T1", Span.of(text, i, i + len("مساء الأحد")), "TIME", None))
    events.run(art)
    assert art.events[0].time == "T1"


def test_trigger_offsets_hold():
    art = article_with("وَقَصَفَتْ الطائراتُ الحربيةُ بلدةَ سقبا، وأُصيبَ عشرات المدنيين.")
    for v in art.events:
        assert art.text[v.trigger.start:v.trigger.end] == v.trigger.text


# ------------------------------------------------------------------ the seed, through the whole pipeline
def _match(gold_name: str | None, art: Article, ref: str | None) -> bool:
    if gold_name is None:
        return True
    e = art.entity(ref)
    if e is None:
        return False
    g = normalize(gold_name)
    return any(g in normalize(n) or normalize(n) in g for n in [e.name] + [m.text for m in e.mentions])


def test_seed_events(seed_text, seed_gold):
    art = process(article_from_text(seed_text, published="2018-03-27"))
    found = {}
    for gi, g in enumerate(seed_gold["events"]):
        for v in art.events:
            if v.type == g["type"] and id(v) not in found.values() and \
                    _match(g["actor"], art, v.actor) and _match(g["target"], art, v.target):
                found[gi] = id(v)
                break
    assert len(found) >= 10, f"only {len(found)} of 16 seed events with type, actor and target"
    by_trigger = {v.trigger.text: v for v in art.events}
    threat = by_trigger["هددت"]
    assert (threat.type, threat.status) == ("THREATEN", "conditional")
    assert _match("روسيا", art, threat.actor) and _match("دوما", art, threat.target)
    handover = next(v for v in art.events if "تسليم" in v.trigger.text)
    assert (handover.type, handover.mode, handover.status) == ("RETREAT", "disarm", "disputed")
    assert _match("جيش الإسلام", art, handover.actor)
    assert art.attributions[[a.id for a in art.attributions].index(handover.source)].stance == "ANNOUNCE"
    agreement = next(v for v in art.events if v.type == "AGREE")
    assert agreement.status == "denied" and "تتوصل" in agreement.trigger.text
    # the agreement's doer is named "لجان المفاوضات": when the entity stage finds that name, it is the actor
    committee = next((e for e in art.entities if any("لجان المفاوضات" in m.text for m in e.mentions)), None)
    if committee is not None:
        assert agreement.actor == committee.id


def test_dev_events_have_valid_references(dev_dir):
    for txt in sorted(dev_dir.glob("*.txt"))[:10]:
        meta = json.loads(txt.with_suffix(".json").read_text(encoding="utf-8"))
        art = process(article_from_text(txt.read_text(encoding="utf-8"), published=meta.get("published")))
        ids = {e.id for e in art.entities}
        for v in art.events:
            assert art.text[v.trigger.start:v.trigger.end] == v.trigger.text
            assert v.actor is None or v.actor in ids
            assert v.status in ("asserted", "denied", "disputed", "planned", "conditional", "hypothetical")


# ------------------------------------------------------------------ other conflicts, other constructions
def test_coalition_air_strikes_in_yemen():
    art = article_with("شنت مقاتلات التحالف غارات جوية على مواقع الحوثيين في صنعاء.",
                       [("التحالف", "ORG", "التحالف"), ("الحوثيين", "ORG", "الحوثيين"), ("صنعاء", "GPE", "صنعاء")])
    (v,) = art.events
    assert (v.type, v.mode) == ("ASSAULT", "aerial")
    assert names(art, v)[1:3] == ("التحالف", "الحوثيين")
    assert v.location == "E3"


def test_clashes_between_two_forces_in_sudan():
    art = article_with("اندلعت اشتباكات عنيفة بين قوات الدعم السريع والجيش السوداني في الخرطوم.",
                       [("قوات الدعم السريع", "ORG", "قوات الدعم السريع"), ("الجيش السوداني", "ORG", "الجيش السوداني"),
                        ("الخرطوم", "GPE", "الخرطوم")])
    assert names(art, art.events[0])[:3] == ("ASSAULT", "قوات الدعم السريع", "الجيش السوداني")


def test_libyan_deal_and_its_ceasefire():
    art = article_with("وتوصلت حكومة الوفاق إلى اتفاق مع الجيش الوطني الليبي لوقف إطلاق النار.",
                       [("حكومة الوفاق", "ORG", "حكومة الوفاق"), ("الجيش الوطني الليبي", "ORG", "الجيش الوطني الليبي")])
    got = [names(art, v) for v in art.events]
    assert got[0] == ("AGREE", "حكومة الوفاق", "الجيش الوطني الليبي", "asserted")
    assert got[1][0] == "RETREAT" and got[1][3] == "planned"


def test_relative_clause_names_the_doer_of_a_siege():
    art = article_with("ويطالب المحتجون بإنهاء الحصار الذي تفرضه إسرائيل على قطاع غزة منذ سنوات.",
                       [("إسرائيل", "GPE", "إسرائيل"), ("قطاع غزة", "GPE", "قطاع غزة")])
    assert [v.type for v in art.events] == ["REQUEST"]
    art = article_with("وانتقد التقرير الحصار الذي تفرضه إسرائيل على قطاع غزة.",
                       [("إسرائيل", "GPE", "إسرائيل"), ("قطاع غزة", "GPE", "قطاع غزة")])
    siege = next(v for v in art.events if v.type == "COERCE")
    assert names(art, siege)[1:3] == ("إسرائيل", "قطاع غزة")


def test_undergoing_an_attack_makes_the_target():
    art = article_with("وتعرضت دورية لقوات اليونيفيل لإطلاق نار قرب الحدود.",
                       [("قوات اليونيفيل", "ORG", "قوات اليونيفيل")])
    (v,) = art.events
    assert (v.type, v.mode, names(art, v)[2]) == ("ASSAULT", "firearms", "قوات اليونيفيل")


def test_a_state_named_by_its_adjective():
    art = article_with("وهددت إسرائيل لبنان. وشنت المقاتلات الإسرائيلية غارات على بلدات في جنوب لبنان.",
                       [("إسرائيل", "GPE", "إسرائيل"), ("لبنان", "GPE", "لبنان")])
    strike = next(v for v in art.events if v.type == "ASSAULT")
    assert names(art, strike)[1] == "إسرائيل"
    assert len(art.entities[0].mentions) == 1          # the adjective is an argument, not a new mention


def test_one_source_asserts_another_denies():
    text = 'وقال مصدر إن الفصيل توصل إلى اتفاق مع الحكومة. لكن المتحدث باسم الفصيل قال إن الفصيل لم يتوصل إلى أي اتفاق.'
    art = article_with(text, [("الفصيل", "ORG", "الفصيل"), ("الحكومة", "ORG", "الحكومة")],
                       attributions=[("وقال", "STATE", None, "الفصيل توصل إلى اتفاق مع الحكومة"),
                                     ("قال إن الفصيل لم", "STATE", None, "الفصيل لم يتوصل إلى أي اتفاق")])
    art.attributions[0].speaker_text, art.attributions[1].speaker_text = "مصدر", "المتحدث باسم الفصيل"
    events.run(art)
    assert [(v.type, v.status) for v in art.events] == [("AGREE", "disputed")]


def test_drone_strike_takes_its_mode_from_the_instrument():
    art = article_with("واستهدفت جماعة الحوثي سفينة تجارية بطائرة مسيرة في البحر الأحمر.",
                       [("جماعة الحوثي", "ORG", "جماعة الحوثي"), ("البحر الأحمر", "LOC", "البحر الأحمر")])
    assert [(v.type, v.mode, names(art, v)[1]) for v in art.events] == [("ASSAULT", "drone", "جماعة الحوثي")]


def test_the_subject_of_a_clause_on_the_weapon_is_the_doer():
    art = article_with("وسقطت قذائف أطلقتها جماعة الحوثي على مدينة جازان.",
                       [("جماعة الحوثي", "ORG", "جماعة الحوثي"), ("جازان", "GPE", "مدينة جازان")])
    (v,) = art.events
    assert (v.type, v.mode) == ("ASSAULT", "heavy-weapons")
    assert names(art, v)[1:3] == ("جماعة الحوثي", "جازان")


# ------------------------------------------------------------------ fresh-article constructions (other conflicts)
def test_subject_before_the_verb_in_a_reported_clause_is_the_actor():
    text = "وقال متحدث عسكري إن المتمردين قصفوا مواقع الجيش في بلدة كادوقلي."
    art = article_with(text, [("المتمردين", "ORG", "المتمردين"), ("الجيش", "ORG", "الجيش"), ("كادوقلي", "GPE", "بلدة كادوقلي")],
                       attributions=[("وقال", "STATE", None, "المتمردين قصفوا مواقع الجيش في بلدة كادوقلي")])
    (v,) = art.events
    assert names(art, v)[:3] == ("ASSAULT", "المتمردين", "الجيش")


def test_a_name_inside_the_object_phrase_is_not_the_doer():
    text = "وأكد مصدر أن قوات الأمن اعتقلت عدداً من أعضاء حزب المؤتمر في مدينة عطبرة."
    ents = [("حزب المؤتمر", "ORG", "حزب المؤتمر"), ("عطبرة", "GPE", "مدينة عطبرة")]
    (v,) = article_with(text, ents).events
    assert v.type == "COERCE" and v.actor is None
    art = article_with(text, ents + [("قوات الأمن", "ORG", "قوات الأمن")])
    assert names(art, art.events[0])[1] == "قوات الأمن"


def test_the_speaker_is_not_the_target_of_what_he_reports():
    text = "وقال إسماعيل هنية إن المقاومة سترد بقوة على العدوان."
    art = article_with(text, [("إسماعيل هنية", "PERSON", "إسماعيل هنية"), ("المقاومة", "ORG", "المقاومة")],
                       attributions=[("وقال", "STATE", "E1", "المقاومة سترد بقوة على العدوان")])
    threat = next(v for v in art.events if v.type == "THREATEN")
    assert names(art, threat) == ("THREATEN", "المقاومة", None, "asserted")


def test_a_lam_name_after_a_prepositional_phrase_is_the_target_not_the_doer():
    art = article_with("وانفجرت عبوة ناسفة بعربة لقوات البيشمركة قرب كركوك.",
                       [("البيشمركة", "ORG", "قوات البيشمركة"), ("كركوك", "GPE", "كركوك")])
    (v,) = art.events
    assert (v.type, v.mode) == ("ASSAULT", "explosives")
    assert names(art, v)[1:3] == (None, "البيشمركة")


def test_a_sponsor_is_neither_doer_nor_other_party():
    text = "وأعلن المجلس العسكري التوصل برعاية الاتحاد الأفريقي إلى اتفاق لتقاسم السلطة."
    art = article_with(text, [("المجلس العسكري", "ORG", "المجلس العسكري"), ("الاتحاد الأفريقي", "ORG", "الاتحاد الأفريقي")],
                       attributions=[("وأعلن", "ANNOUNCE", "E1", "التوصل برعاية الاتحاد الأفريقي إلى اتفاق لتقاسم السلطة")])
    (v,) = art.events
    assert names(art, v)[:3] == ("AGREE", "المجلس العسكري", None)


@pytest.mark.parametrize("text,expected", [
    # a deal or truce named again with ال is the one already reported
    ("وقعت الحكومة والحركة الشعبية اتفاقاً للسلام في جوبا. وقال مسؤول إن الاتفاق يشمل ترتيبات أمنية.", ["AGREE"]),
    ("أعلنت الأمم المتحدة هدنة إنسانية في الحديدة. وقال سكان إن التهدئة صامدة حتى المساء.", ["RETREAT"]),
    # going out to demonstrate is a protest, not a withdrawal
    ("وخرج آلاف المحتجين إلى الشوارع في البصرة.", ["PROTEST"]),
    # the demonstrators named again, or as the object of an act, are no second protest
    ("وتظاهر المئات أمام البرلمان. واعتقلت الشرطة عشرات المتظاهرين.", ["PROTEST", "COERCE"]),
    ("وأطلقت الشرطة الغاز المسيل للدموع على المحتجين.", []),
    # the alternatives of an ultimatum are not events; the ultimatum is a threat
    ('وقال القائد للمسلحين: "إما الاستسلام أو القتل".', []),
    ('وقال القائد: "لا خيار أمامكم إلا الاستسلام".', ["THREATEN"]),
    # "any attack" is no attack
    ("وقالت الحركة إنها سترد بقوة على أي هجوم.", ["THREATEN"]),
    # a condemnation names the act it condemns
    ("وأدانت وزارة الخارجية التفجير الذي استهدف السوق.", ["ACCUSE"]),
    ("واستنكر الاتحاد الأوروبي الهجوم ووصفه بأنه عمل جبان.", ["ACCUSE"]),
    # the editor of a paper and a square named after liberation are no attacks
    ("وقال رئيس تحرير الصحيفة إن العدد صدر كاملا.", []),
    ("وتجمع المئات في ميدان التحرير.", []),
])
def test_spurious_events_are_not_coded(text, expected):
    assert [v.type for v in article_with(text).events] == expected


def test_a_trigger_inside_a_place_name_is_not_an_event():
    art = article_with("واندلعت اشتباكات في منطقة عين زارة جنوب طرابلس.",
                       [("عين زارة", "GPE", "عين زارة"), ("طرابلس", "GPE", "طرابلس")])
    assert [v.type for v in art.events] == ["ASSAULT"]


@pytest.mark.parametrize("text,etype,mode", [
    ("وأعلن الجيش العراقي تحرير قضاء القائم بالكامل.", "ASSAULT", None),
    ("وحررت القوات الحكومية بلدة الجنيد بعد معارك.", "ASSAULT", None),
    ("وأحكمت قوات الدعم السريع سيطرتها على مدينة نيالا.", "ASSAULT", None),
    ("وقتل ثلاثة جنود في تفجير سيارة مفخخة عند نقطة تفتيش.", "ASSAULT", "explosives"),
    ("وانفجر لغم أرضي بسيارة مدنية في ريف تعز.", "ASSAULT", "explosives"),
    ("وفرضت السلطات حظر التجوال في المدينة.", "COERCE", "restrict"),
    ("وقررت الحكومة إغلاق المجال الجوي أمام الرحلات.", "COERCE", "restrict"),
    ("وأفاد ناشطون بقطع خدمة الإنترنت عن الولاية.", "COERCE", "restrict"),
    ("وأرسلت قطر وفداً إلى الخرطوم.", "CONSULT", None),
    ("ووصلت معونات غذائية إلى مخيمات النازحين.", "AID", "humanitarian"),
    ("وندد البرلمان العربي بالقصف.", "ACCUSE", None),
    ("وقال قائد الفصيل إن قواته سترد بحزم.", "THREATEN", None),
])
def test_new_trigger_families(text, etype, mode):
    art = article_with(text)
    assert [(v.type, v.mode) for v in art.events][:1] == [(etype, mode)]


def test_an_aid_pledge_is_planned_and_goes_to_the_lam_country():
    art = article_with("وتعهدت الإمارات بتقديم مساعدات إنسانية للسودان.",
                       [("الإمارات", "GPE", "الإمارات"), ("السودان", "GPE", "السودان|لسودان")])
    (v,) = art.events
    assert names(art, v) == ("AID", "الإمارات", "السودان", "planned")


def test_a_delegation_sent_to_discuss_a_truce_is_one_consultation():
    art = article_with("وأرسلت مصر وفداً أمنياً إلى القطاع لبحث التهدئة.", [("مصر", "GPE", "مصر")])
    assert [(v.type, names(art, v)[1]) for v in art.events] == [("CONSULT", "مصر")]


@pytest.mark.parametrize("text,etype,status", [
    ("وقالت الأطراف إن الهدنة ستدخل حيز التنفيذ منتصف الليل.", "RETREAT", "planned"),
    ("وعززت القوات مواقعها تحسباً لهجوم جديد.", "ASSAULT", "planned"),
    ("وتوعد الوزير بملاحقة المتورطين.", "THREATEN", "asserted"),
    ("ولم تكن هناك أي انتفاضة في المدينة.", "PROTEST", "denied"),
])
def test_status_of_expected_and_vowed_events(text, etype, status):
    art = article_with(text)
    assert (etype, status) in [(v.type, v.status) for v in art.events]


def test_a_report_running_past_a_full_stop_does_not_carry_the_next_sentence():
    text = "وقال المتحدث إن الوضع هادئ. واعتقلت الشرطة خمسة أشخاص في المدينة."
    art = article_with(text, attributions=[("وقال", "STATE", None, "الوضع هادئ. واعتقلت الشرطة خمسة أشخاص في المدينة")])
    (v,) = art.events
    assert v.type == "COERCE" and v.source is None


def test_a_denial_in_the_next_sentence_makes_the_report_disputed():
    text = "وقصفت الطائرات مواقع لحركة الشباب قرب مقديشو. ونفت حركة الشباب وقوع أي قصف."
    art = article_with(text, [("حركة الشباب", "ORG", "حركة الشباب"), ("مقديشو", "GPE", "مقديشو")])
    assert [(v.type, v.status) for v in art.events] == [("ASSAULT", "disputed")]


def test_a_bare_denial_by_the_doer_disputes_the_act_before_it():
    text = "وقالت الحكومة إن مسلحي حركة الشباب هاجموا قاعدة عسكرية. ونفت الحركة ذلك."
    art = article_with(text, [("حركة الشباب", "ORG", "حركة الشباب|الحركة"), ("الحكومة", "ORG", "الحكومة")],
                       attributions=[("وقالت", "STATE", "E2", "مسلحي حركة الشباب هاجموا قاعدة عسكرية"),
                                     ("ونفت", "DENY", "E1", "ذلك")])
    (v,) = art.events
    assert names(art, v) == ("ASSAULT", "حركة الشباب", None, "disputed")


def test_a_plain_negation_by_the_outlet_disputes_nothing():
    text = "ووقع فصيل المعارضة اتفاقاً مع الحكومة. وبات جيش الثوار الوحيد الذي لم يبرم صفقة."
    art = article_with(text, [("فصيل المعارضة", "ORG", "فصيل المعارضة"), ("الحكومة", "ORG", "الحكومة"),
                              ("جيش الثوار", "ORG", "جيش الثوار")])
    assert [v.status for v in art.events] == ["asserted", "denied"]


def test_an_organisation_the_victim_belongs_to_is_the_target():
    text = "وقالت مصادر محلية إن مسلحين اغتالوا مسؤولاً في حزب الإصلاح بمدينة تعز."
    art = article_with(text, [("حزب الإصلاح", "ORG", "حزب الإصلاح"), ("تعز", "GPE", "بمدينة تعز")])
    (v,) = art.events
    assert (v.type, v.mode, names(art, v)[2]) == ("ASSAULT", "assassinate", "حزب الإصلاح")


def test_a_coordinated_subject_before_the_verb():
    text = "وقال الوسطاء إن الحكومة والمتمردين اتفقا على تبادل الأسرى."
    art = article_with(text, [("الحكومة", "ORG", "الحكومة"), ("المتمردين", "ORG", "المتمردين")])
    agree = next(v for v in art.events if v.type == "AGREE")
    assert names(art, agree)[1:3] == ("الحكومة", "المتمردين")


def test_a_body_in_the_speaker_s_title_is_not_the_target():
    text = "ودعا الأمين العام للجامعة العربية أحمد أبو الغيط إلى وقف القتال."
    art = article_with(text, [("الجامعة العربية", "ORG", "الجامعة العربية"), ("أحمد أبو الغيط", "PERSON", "أحمد أبو الغيط")],
                       attributions=[("ودعا", "DEMAND", "E2", "إلى وقف القتال")])
    request = next(v for v in art.events if v.type == "REQUEST")
    assert names(art, request)[1:3] == ("أحمد أبو الغيط", None)


@pytest.mark.parametrize("text,etype,mode", [
    ("وأغارت طائرات حربية على مواقع في جبل سنجار.", "ASSAULT", "aerial"),
    ("وأعلنت الوزارة تحييد ثلاثة مسلحين في عملية شمالي البلاد.", "ASSAULT", None),
])
def test_more_attack_words(text, etype, mode):
    assert [(v.type, v.mode) for v in article_with(text).events][:1] == [(etype, mode)]


def test_the_doers_or_victims_of_an_attack_name_no_new_attack():
    art = article_with("وتعهد الرئيس بملاحقة منفذي الهجوم. وزار المستشفى حيث يرقد ضحايا التفجير.")
    assert "ASSAULT" not in [v.type for v in art.events]
    assert ("COERCE", "planned") in [(v.type, v.status) for v in art.events]


def test_a_trigger_in_the_words_naming_a_speaker_is_no_event():
    text = "وقالت الوساطة المصرية إن الهدنة ستدخل حيز التنفيذ فجر الجمعة."
    art = article_with(text, attributions=[("وقالت", "STATE", None, "الهدنة ستدخل حيز التنفيذ فجر الجمعة")])
    assert [(v.type, v.status) for v in art.events] == [("RETREAT", "planned")]


def test_ground_operations_planned():
    art = article_with("وقالت مصادر إن الجيش يخطط لتوسيع عملياته البرية في الشمال.")
    assert [(v.type, v.status) for v in art.events] == [("ASSAULT", "planned")]


def test_an_unnamed_subject_of_a_reported_clause_is_not_replaced_by_the_speaker_s_group():
    text = "وقال المتحدث باسم الحركة الشعبية إن الطيران الحربي قصف مواقع للحركة في جنوب كردفان."
    art = article_with(text, [("الحركة الشعبية", "ORG", "الحركة الشعبية|لحركة"), ("جنوب كردفان", "GPE", "جنوب كردفان")],
                       attributions=[("وقال", "STATE", None, "الطيران الحربي قصف مواقع للحركة في جنوب كردفان")])
    (v,) = art.events
    assert names(art, v)[:3] == ("ASSAULT", None, "الحركة الشعبية")


def test_an_attack_promised_on_a_condition_is_the_speaker_s_threat():
    text = "وقال زعيم الجماعة إن مقاتليه سيقصفون الموانئ في حال استمر الحصار."
    art = article_with(text, [("الجماعة", "ORG", "الجماعة")],
                       attributions=[("وقال", "STATE", "E1", "مقاتليه سيقصفون الموانئ في حال استمر الحصار")])
    threat = next(v for v in art.events if v.type == "THREATEN")
    assert (names(art, threat)[1], threat.status) == ("الجماعة", "conditional")


@pytest.mark.parametrize("text,expected", [
    # the act a statement characterises was already reported
    ("ووصف المتحدث باسم الحكومة القصف بأنه جريمة حرب.", ["ACCUSE"]),
    ("واعتبرت وزارة الخارجية الأردنية أن الاقتحام انتهاك صارخ.", ["ACCUSE"]),
    # a call to stop attacks or to hold a summit is one request
    ("وطالبت الحكومة المتمردين بوقف الهجمات على المدنيين.", ["REQUEST"]),
    ("ودعت الجامعة العربية إلى عقد اجتماع طارئ.", ["REQUEST"]),
    # money set aside is aid
    ("وأعلنت الكويت تخصيص عشرة ملايين دولار للنازحين.", ["AID"]),
])
def test_statements_about_acts(text, expected):
    assert [v.type for v in article_with(text).events] == expected


def test_a_city_visited_is_not_the_visitor():
    art = article_with("وزار وزير الخارجية التركي طرابلس والتقى رئيس المجلس الرئاسي.",
                       [("طرابلس", "GPE", "طرابلس")])
    (v,) = art.events
    assert (v.type, v.mode, v.actor) == ("CONSULT", "visit", None)
    assert v.location == "E1"


@pytest.mark.parametrize("text,expected", [
    ("وخرجت مظاهرات حاشدة في مدن الجنوب.", [("PROTEST", None)]),
    # the act someone is charged with is a charge, not a report of it
    ("وأعلن الجيش توقيف شخصين بتهمة إطلاق صواريخ من الجنوب.", [("COERCE", "arrest")]),
    ("وأرسلت الولايات المتحدة حاملة طائرات إلى شرق المتوسط.", [("MOBILIZE", "troops")]),
])
def test_protests_charges_and_deployments(text, expected):
    assert [(v.type, v.mode) for v in article_with(text).events] == expected


def test_the_one_who_fell_is_the_victim_not_the_doer():
    art = article_with("واستشهد الشاب محمود سالم برصاص قوات الاحتلال في نابلس.",
                       [("محمود سالم", "PERSON", "محمود سالم"), ("قوات الاحتلال", "ORG", "قوات الاحتلال"), ("نابلس", "GPE", "نابلس")])
    (v,) = art.events
    assert v.type == "ASSAULT" and names(art, v)[2] == "محمود سالم"
    assert names(art, v)[1] != "محمود سالم"


def test_criticism_from_a_party_names_the_critic_and_spares_its_allies():
    text = "وتواصل إثيوبيا عمليتها العسكرية في تيغراي وسط انتقادات من كينيا وأوغندا."
    art = article_with(text, [("إثيوبيا", "GPE", "إثيوبيا"), ("تيغراي", "GPE", "تيغراي"), ("كينيا", "GPE", "كينيا"),
                              ("أوغندا", "GPE", "أوغندا")])
    accuse = next(v for v in art.events if v.type == "ACCUSE")
    assert names(art, accuse)[1] == "كينيا" and names(art, accuse)[2] != "أوغندا"


@pytest.mark.parametrize("text,expected", [
    # the attack named again with ال, nothing new named after it, is the one reported
    ("وشنت الطائرات غارات على بلدة كفرنبل. وأدت الغارات إلى دمار واسع.", ["ASSAULT"]),
    # … but a new place or party after it is news of its own
    ("وشنت الطائرات غارات على بلدة كفرنبل. وطال القصف بلدة حاس.", ["ASSAULT", "ASSAULT"]),
    # "what it called" names, it does not call
    ("وقال إن الهدف هو القضاء على ما دعاها المنظمات الإرهابية.", []),
])
def test_events_named_again(text, expected):
    ents = [("كفرنبل", "GPE", "بلدة كفرنبل"), ("حاس", "GPE", "بلدة حاس")]
    assert [v.type for v in article_with(text, ents).events] == expected


def test_soldiers_of_a_body_killed_in_an_attack_make_that_body_the_target():
    art = article_with("وقتل أربعة جنود من الجيش الصومالي بهجوم لحركة الشباب في مدينة بيدوا.",
                       [("الجيش الصومالي", "ORG", "الجيش الصومالي"), ("حركة الشباب", "ORG", "حركة الشباب"),
                        ("بيدوا", "GPE", "مدينة بيدوا")])
    (v,) = art.events
    assert names(art, v)[:3] == ("ASSAULT", "حركة الشباب", "الجيش الصومالي")


def test_a_passive_attack_on_a_body_s_headquarters():
    art = article_with("وتم استهداف مقر بعثة الاتحاد الأفريقي بقذائف هاون.",
                       [("الاتحاد الأفريقي", "ORG", "بعثة الاتحاد الأفريقي")])
    (v,) = art.events
    assert names(art, v)[1:3] == (None, "الاتحاد الأفريقي")


def test_a_pair_of_subjects_exchanging_fire():
    art = article_with("وتبادل الجيش الباكستاني وحركة طالبان إطلاق النار عبر الحدود.",
                       [("الجيش الباكستاني", "ORG", "الجيش الباكستاني"), ("حركة طالبان", "ORG", "حركة طالبان")])
    (v,) = art.events
    assert names(art, v)[:3] == ("ASSAULT", "الجيش الباكستاني", "حركة طالبان")


@pytest.mark.parametrize("text,expected", [
    ("وأسقطت الدفاعات الجوية طائرة مسيرة أطلقتها الجماعة.", [("ASSAULT", "drone")]),
    ("وطالب المحتجون بإسقاط النظام.", [("REQUEST", None)]),
    ("وقالت الشرطة إنها ألقت القبض على ثلاثة مشتبهين.", [("COERCE", "arrest")]),
    ("وأعلنت الحركة تسليم الرهائن إلى الصليب الأحمر.", [("RETREAT", "release")]),
])
def test_drones_arrests_and_hostages(text, expected):
    assert [(v.type, v.mode) for v in article_with(text).events] == expected


def test_a_state_in_adjective_form_after_the_subject_is_the_doer():
    art = article_with("وأسقطت الدفاعات الجوية الأردنية طائرة مسيرة فوق الحدود.", [("الأردن", "GPE", "الأردنية")])
    (v,) = art.events
    assert names(art, v)[1] == "الأردن"


@pytest.mark.parametrize("contrast", ["في حين", "فيما"])
def test_the_outlet_takes_over_after_a_contrast_inside_a_reported_content(contrast):
    content = f"مهاجمته موقعا عسكريا، {contrast} شنت الطائرات غارات على بلدات حدودية"
    art = article_with(f"وأعلن الحزب {content}.", attributions=[("وأعلن", "ANNOUNCE", None, content)])
    assert [(v.type, v.source) for v in art.events] == [("ASSAULT", "A1"), ("ASSAULT", None)]


def test_the_other_side_denying_the_fall_of_a_town_disputes_the_claim():
    text = "وقالت وزارة الدفاع إن قواتها سيطرت على بلدة مارينكا. لكن الجيش نفى سقوط البلدة."
    art = article_with(text, [("وزارة الدفاع", "ORG", "وزارة الدفاع"), ("مارينكا", "GPE", "بلدة مارينكا"), ("الجيش", "ORG", "الجيش")],
                       attributions=[("وقالت", "STATE", "E1", "قواتها سيطرت على بلدة مارينكا")])
    (v,) = art.events
    assert names(art, v) == ("ASSAULT", "وزارة الدفاع", "مارينكا", "disputed")     # قواتها: the speaker's forces


def test_a_denial_of_that_disputes_the_report_before_it():
    text = "وأعلنت الحركة سيطرتها على مدينة كيدال. ونفى الجيش ذلك مؤكدا أن قواته تسيطر على المدينة."
    art = article_with(text, [("الحركة", "ORG", "الحركة"), ("كيدال", "GPE", "مدينة كيدال")])
    assert [(v.type, v.status) for v in art.events][0] == ("ASSAULT", "disputed")


@pytest.mark.parametrize("text", [
    "واندلعت اشتباكات في منطقة عين زارة جنوب العاصمة.",
    "ووصلت تعزيزات إلى بلدة تل أبيض.",
])
def test_a_verb_looking_word_in_a_place_name_is_no_event(text):
    assert "CONSULT" not in [v.type for v in article_with(text).events]


def test_the_speaker_s_own_aircraft_make_the_speaker_the_doer():
    text = "وقال الجيش الأمريكي إن طائراته قصفت مواقع للجماعة في اليمن."
    art = article_with(text, [("الجيش الأمريكي", "ORG", "الجيش الأمريكي"), ("الجماعة", "ORG", "الجماعة|لجماعة")],
                       attributions=[("وقال", "STATE", "E1", "طائراته قصفت مواقع للجماعة في اليمن")])
    (v,) = art.events
    assert names(art, v)[:3] == ("ASSAULT", "الجيش الأمريكي", "الجماعة")


def test_an_accusation_targets_the_accused_not_the_place_of_the_act():
    art = article_with("واتهمت الحكومة الميليشيا بقصف مطار المدينة.",
                       [("الحكومة", "ORG", "الحكومة"), ("الميليشيا", "ORG", "الميليشيا"), ("مطار المدينة", "FAC", "مطار المدينة")])
    accuse = next(v for v in art.events if v.type == "ACCUSE")
    assert names(art, accuse)[1:3] == ("الحكومة", "الميليشيا")


def test_clashes_between_unnamed_groups_take_no_doer_from_the_sentence():
    text = "وأعلنت الحكومة حالة الطوارئ بعد اشتباكات بين جهاز الأمن واللواء السابع."
    art = article_with(text, [("الحكومة", "ORG", "الحكومة")])
    clash = next(v for v in art.events if v.type == "ASSAULT")
    assert clash.actor is None


def test_the_toll_of_clashes_named_again_is_no_new_attack():
    text = "واندلعت اشتباكات عنيفة في المدينة. وقال مسؤول إن الاشتباكات أسفرت عن مقتل 20 شخصا."
    assert [v.type for v in article_with(text).events] == ["ASSAULT"]


def test_a_teaser_line_for_another_story_has_no_events():
    art = article_with("اقرأ أيضاً: الجيش يقصف مواقع المتمردين في الشمال")
    assert art.events == []


def test_the_genitive_of_a_targeting_noun_is_the_one_targeted():
    art = article_with("وأعلنت الشرطة اعتقال الناشط علاء عبد الفتاح.",
                       [("الشرطة", "ORG", "الشرطة"), ("علاء عبد الفتاح", "PERSON", "الناشط علاء عبد الفتاح")])
    (v,) = art.events
    assert names(art, v)[:3] == ("COERCE", "الشرطة", "علاء عبد الفتاح")
    # … but with an object after لـ the genitive is the doer
    art = article_with("وتواصل قصف قوات النظام للغوطة الشرقية.",
                       [("قوات النظام", "ORG", "قوات النظام"), ("الغوطة الشرقية", "LOC", "غوطة الشرقية")])
    assert names(art, art.events[0])[1] == "قوات النظام"


def test_we_in_a_quoted_statement_is_the_speaker_s_organisation():
    text = 'وقال أبو حمزة الناطق باسم سرايا القدس: "سنواصل استهداف مواقع العدو".'
    art = article_with(text, [("أبو حمزة", "PERSON", "أبو حمزة"), ("سرايا القدس", "ORG", "سرايا القدس")],
                       attributions=[("وقال", "STATE", "E1", "سنواصل استهداف مواقع العدو")])
    (v,) = art.events
    assert names(art, v)[1] == "سرايا القدس"


def test_talks_between_the_two_sides_are_not_the_speaker_s():
    art = article_with("وأكدت القاهرة أن المفاوضات بين الطرفين مستمرة.", [("القاهرة", "GPE", "القاهرة")],
                       attributions=[("وأكدت", "CONFIRM", "E1", "المفاوضات بين الطرفين مستمرة")])
    (v,) = art.events
    assert v.type == "CONSULT" and v.actor is None


@pytest.mark.parametrize("text,expected", [
    # after إذا … فإن comes the consequence: a conditional threat, not the condition
    ('وقال زعيم الجماعة: "إذا استمر العدوان فإن أيدينا على الزناد".', [("THREATEN", "conditional")]),
    # a verb in the future right before the event noun
    ("وقال القائد إن الجيش سيحسم المعركة خلال أيام.", [("ASSAULT", "planned")]),
    ("وأكد أن الحركة ستشن هجمات جديدة.", [("ASSAULT", "planned")]),
    # … but a noun that only looks like one is no future
    ("وانفجرت سيارة مفخخة قرب السوق.", [("ASSAULT", "asserted")]),
    # an ultimatum
    ("وأمهل الجيش المسلحين 48 ساعة لتسليم أسلحتهم.", [("THREATEN", "asserted")]),
    # ما لم opens a condition, but after a pronoun ما is "which": the claim is no less asserted
    ("وسيقصف الجيش المدينة ما لم ينسحب المسلحون منها.", [("ASSAULT", "conditional")]),
    ("وقتل المسلحون 17 جندياً في الكمين، وهو ما لم يتسن التحقق منه.", [("ASSAULT", "asserted")]),
])
def test_conditions_futures_and_ultimatums(text, expected):
    assert [(v.type, v.status) for v in article_with(text).events] == expected


def test_a_hospital_that_came_under_fire_is_the_target_and_the_reporter_not_the_doer():
    text = "وقالت منظمة الصحة العالمية إن مستشفى الشفاء تعرض للقصف."
    art = article_with(text, [("منظمة الصحة العالمية", "ORG", "منظمة الصحة العالمية"), ("مستشفى الشفاء", "FAC", "مستشفى الشفاء")],
                       attributions=[("وقالت", "STATE", "E1", "مستشفى الشفاء تعرض للقصف")])
    (v,) = art.events
    assert names(art, v)[:3] == ("ASSAULT", None, "مستشفى الشفاء")


def test_efforts_to_reach_a_deal_are_no_deal():
    art = article_with("وقال إن الوسطاء يواصلون جهودهم للتوصل إلى اتفاق.")
    assert ("AGREE", "hypothetical") in [(v.type, v.status) for v in art.events]
    art = article_with('وأضاف: "نأمل في التوصل إلى تفاهم قريباً".')
    assert [(v.type, v.status) for v in art.events] == [("AGREE", "hypothetical")]


def test_a_call_to_stop_fighting_somewhere_is_not_addressed_to_the_place():
    art = article_with("ودعت فرنسا إلى وقف فوري للقتال في مدينة الفاشر.",
                       [("فرنسا", "GPE", "فرنسا"), ("الفاشر", "GPE", "مدينة الفاشر")])
    (v,) = art.events
    assert names(art, v)[:3] == ("REQUEST", "فرنسا", None)


@pytest.mark.parametrize("text,expected", [
    ("وأعلنت الشرطة القبض على ثلاثة مطلوبين.", [("COERCE", "asserted")]),
    # سابق is no future verb
    ("وكانت الحكومة قد أعلنت في وقت سابق تخصيص مساعدات للنازحين.", [("AID", "asserted")]),
])
def test_arrests_and_earlier_announcements(text, expected):
    assert [(v.type, v.status) for v in article_with(text).events] == expected


def test_background_told_in_the_pluperfect_and_dated_long_before_is_no_event():
    from rasd.model import TimeExpr
    text = "وكانت الميليشيا قد سيطرت على البلدة في يونيو الماضي. واستعاد الجيش البلدة اليوم."
    art = Article(raw=text, text=text, published="2024-11-23")
    segment.run(art)
    i = text.index("يونيو الماضي")
    art.times.append(TimeExpr("T1", Span.of(text, i, i + len("يونيو الماضي")), "DATE", "2024-06"))
    events.run(art)
    assert [v.trigger.text for v in art.events] == ["واستعاد"]


def test_our_forces_in_a_spokesman_s_words_are_his_organisation_s():
    text = 'وقال المتحدث باسم الجيش نبيل عبد الله إن "قواتنا طهرت المدينة من المتمردين".'
    art = article_with(text, [("نبيل عبد الله", "PERSON", "نبيل عبد الله"), ("الجيش", "ORG", "الجيش")],
                       attributions=[("وقال", "STATE", "E1", "قواتنا طهرت المدينة من المتمردين")])
    (v,) = art.events
    assert names(art, v)[:2] == ("ASSAULT", "الجيش")
    assert article_with("وسيواصل الجيش عملياته حتى تحرير كامل المحافظة.").events[0].status == "planned"


def test_a_truce_by_mediation_names_no_mediator_from_the_parties():
    art = article_with("وتوصلت الحكومة الصومالية وحركة الشباب إلى هدنة مؤقتة بوساطة قطرية.",
                       [("الحكومة الصومالية", "ORG", "الحكومة الصومالية"), ("حركة الشباب", "ORG", "حركة الشباب")])
    got = {v.type: names(art, v) for v in art.events}
    assert got["AGREE"][1:3] == ("الحكومة الصومالية", "حركة الشباب")
    assert got["CONSULT"][1:3] == (None, None)


def test_will_not_allow_any_attack_is_no_attack():
    art = article_with("وقال رئيس الوزراء إن حكومته لن تسمح بأي اعتداء على البعثات الدبلوماسية.")
    assert [v.type for v in art.events] == []


# ------------------------------------------------------------------ casualties: who counts them, who they are
def test_who_counts_the_dead_did_not_kill_them():
    text = "أعلنت وزارة الصحة اليمنية ارتفاع عدد الشهداء في تعز إلى 12 شهيدا."
    art = article_with(text, [("وزارة الصحة اليمنية", "ORG", "وزارة الصحة اليمنية"), ("تعز", "GPE", "تعز")],
                       [("أعلنت", "ASSERT", "E1", "ارتفاع عدد الشهداء في تعز إلى 12 شهيدا")])
    v = next(v for v in art.events if v.type == "ASSAULT")
    assert names(art, v)[1] is None


def test_the_name_after_a_casualty_noun_is_the_victim():
    text = "وأكدت مصادر محلية مقتل القيادي محمد الزبيدي في قصف جوي بمأرب."
    art = article_with(text, [("محمد الزبيدي", "PERSON", "محمد الزبيدي"), ("مأرب", "GPE", "مأرب")])
    v = next(v for v in art.events if v.type == "ASSAULT")
    assert names(art, v)[1] != "محمد الزبيدي"
    assert names(art, v)[2] == "محمد الزبيدي"


def test_a_truce_between_two_parties_names_both():
    text = "ودخلت الهدنة بين الجيش السوداني وقوات الدعم السريع حيز التنفيذ صباح الأحد."
    art = article_with(text, [("الجيش السوداني", "ORG", "الجيش السوداني"), ("قوات الدعم السريع", "ORG", "قوات الدعم السريع")])
    v = next(v for v in art.events if v.type == "RETREAT")
    assert names(art, v)[1:3] == ("الجيش السوداني", "قوات الدعم السريع")


def test_the_dead_among_the_speaker_s_own_men_make_the_speaker_the_target():
    text = "وأعلن الجيش العراقي مقتل ثلاثة من جنوده في هجوم قرب كركوك."
    art = article_with(text, [("الجيش العراقي", "ORG", "الجيش العراقي"), ("كركوك", "GPE", "كركوك")],
                       [("وأعلن", "ASSERT", "E1", "مقتل ثلاثة من جنوده في هجوم قرب كركوك")])
    v = next(v for v in art.events if v.type == "ASSAULT")
    assert names(art, v)[1:3] == (None, "الجيش العراقي")


def test_a_deal_between_each_of_two_parties_a_few_words_on():
    text = "ووقع اتفاق صباح اليوم الخميس بين كل من حكومة الوفاق والجيش الوطني الليبي في جنيف."
    art = article_with(text, [("حكومة الوفاق", "ORG", "حكومة الوفاق"), ("الجيش الوطني الليبي", "ORG", "الجيش الوطني الليبي"),
                              ("جنيف", "GPE", "جنيف")])
    v = next(v for v in art.events if v.type == "AGREE")
    assert names(art, v)[1:3] == ("حكومة الوفاق", "الجيش الوطني الليبي")


def test_no_doer_reaches_across_a_clause_summed_up_by_dhalik():
    text = "وانتشر الجيش الوطني في المدينة، وذلك بعد تسليم السلاح الثقيل."
    art = article_with(text, [("الجيش الوطني", "ORG", "الجيش الوطني")])
    v = next(v for v in art.events if v.type == "RETREAT")
    assert names(art, v)[1] != "الجيش الوطني"


def test_a_state_named_by_its_adjective_after_a_guarantee_is_no_party():
    text = "ووقعت الحكومة السودانية اتفاقا بضمانة سعودية في جدة."
    art = article_with(text, [("الحكومة السودانية", "ORG", "الحكومة السودانية"), ("السعودية", "GPE", "السعودية"),
                              ("جدة", "GPE", "جدة")])
    v = next(v for v in art.events if v.type == "AGREE")
    assert names(art, v)[1] == "الحكومة السودانية" and names(art, v)[2] != "السعودية"


def test_a_delegation_from_a_party_is_that_party_s():
    text = "وقال مسؤول أردني إن وفدا من حركة حماس يصل إلى عمان الأحد."
    art = article_with(text, [("حركة حماس", "ORG", "حركة حماس"), ("عمان", "GPE", "عمان")])
    v = next(v for v in art.events if v.type == "CONSULT")
    assert names(art, v)[1] == "حركة حماس"


def test_a_verbal_noun_with_a_pronoun_takes_the_next_name_as_its_object():
    text = "وقال الجيش إن ثلاثة من مقاتليه قتلوا أثناء قتالهم حركة الشباب قرب مقديشو."
    art = article_with(text, [("حركة الشباب", "ORG", "حركة الشباب"), ("مقديشو", "GPE", "مقديشو")])
    v = next(v for v in art.events if v.type == "ASSAULT")
    assert names(art, v)[1:3] == (None, "حركة الشباب")


def test_a_state_adjective_is_the_doer_even_where_the_state_is_once_a_place():
    text = "وتعقد لقاءات في غزة وإسرائيل. ويأتي ذلك بعد الغارات الإسرائيلية الأخيرة."
    art = article_with(text, [("إسرائيل", "GPE", "إسرائيل"), ("غزة", "GPE", "غزة")])
    v = next(v for v in art.events if v.trigger.text == "الغارات")
    assert names(art, v)[1] == "إسرائيل"


def test_the_name_before_a_relative_pronoun_is_the_subject_of_the_verb_after_it():
    text = "وهذه الدفعة الأخيرة من عناصر جبهة النصرة الذين يغادرون عرسال."
    art = article_with(text, [("جبهة النصرة", "ORG", "جبهة النصرة"), ("عرسال", "GPE", "عرسال")])
    v = next(v for v in art.events if v.type == "RETREAT")
    assert names(art, v)[1] == "جبهة النصرة"


def test_a_preposition_with_a_resumptive_pronoun_does_not_govern_the_subject_after_it():
    text = "وما زال الاتفاق صامدا منذ أسبوع، وهو اتفاق توسطت فيه قطر في الدوحة."
    art = article_with(text, [("قطر", "GPE", "قطر"), ("الدوحة", "GPE", "الدوحة")])
    v = next(v for v in art.events if v.type == "CONSULT")
    assert names(art, v)[1] == "قطر"


def test_a_minister_s_talks_are_his_state_s():
    art = process(article_from_text("وقال سيرغي لافروف وزير خارجية روسيا إن بلاده ستجري محادثات مع الحكومة السورية الأسبوع المقبل."))
    v = next(v for v in art.events if v.type == "CONSULT")
    assert names(art, v)[1] == "روسيا"


def test_a_patron_named_after_an_allegiance_word_is_no_target():
    text = "وقصفت الطائرات الحربية مواقع الفصائل التابعة لتركيا في ريف إدلب."
    art = article_with(text, [("تركيا", "GPE", "تركيا"), ("إدلب", "GPE", "إدلب")])
    v = next(v for v in art.events if v.type == "ASSAULT")
    assert names(art, v)[2] != "تركيا"


def test_a_heading_names_the_target_a_few_words_further_on():
    text = "وقصفت قوات الدعم السريع بالمدفعية الثقيلة من مواقعها شرق النيل باتجاه الجيش السوداني."
    art = article_with(text, [("قوات الدعم السريع", "ORG", "قوات الدعم السريع"), ("الجيش السوداني", "ORG", "الجيش السوداني"),
                              ("النيل", "LOC", "النيل")])
    v = next(v for v in art.events if v.type == "ASSAULT")
    assert names(art, v)[1:3] == ("قوات الدعم السريع", "الجيش السوداني")


# ------------------------------------------------------------------ the syntax layer (issue 12)
def test_the_reporter_of_a_toll_is_not_the_doer():
    art = article_with("أعلنت هيئة الإسعاف أن تسعة عمال قتلوا نتيجة قصف المدفعية التابعة للجيش على قرية العين.",
                       [("هيئة الإسعاف", "ORG", "هيئة الإسعاف"), ("الجيش", "ORG", "لجيش"), ("العين", "GPE", "قرية العين")])
    (v,) = art.events
    assert names(art, v)[:2] == ("ASSAULT", "الجيش")
    assert art.entity(v.target).name != "هيئة الإسعاف" if v.target else True


def test_the_reporter_of_a_toll_noun_is_not_the_doer():
    art = article_with("أفادت إدارة المستشفى بمقتل عاملين في قصف على المخيم.",
                       [("إدارة المستشفى", "ORG", "إدارة المستشفى")])
    assert [names(art, v)[1] for v in art.events] == [None]


def test_the_reporter_is_the_doer_of_what_its_pronoun_reports():
    art = article_with("أعلن الحرس الوطني أنه قصف مخازن العصابة.",
                       [("الحرس الوطني", "ORG", "الحرس الوطني"), ("العصابة", "ORG", "العصابة")])
    assert names(art, art.events[0])[:3] == ("ASSAULT", "الحرس الوطني", "العصابة")


def test_an_unnamed_subject_in_a_reported_clause_leaves_the_reporter_out():
    art = article_with("قالت البلدية إن مجهولين قتلوا حارسين.", [("البلدية", "ORG", "البلدية")])
    assert names(art, art.events[0])[1:3] == (None, None)


def test_the_subject_of_a_passive_verb_is_acted_upon():
    art = article_with("اعتُقل المدون سامر خليل في مدينة طرطوس.",
                       [("سامر خليل", "PERSON", "سامر خليل"), ("طرطوس", "GPE", "مدينة طرطوس")])
    (v,) = art.events
    assert names(art, v)[:3] == ("COERCE", None, "سامر خليل")
    assert v.location == "E2"


def test_a_passive_verb_takes_its_doer_from_its_agent_marker():
    art = article_with("اغتيل الناشط سامر خليل على يد مسلحي الحركة.",
                       [("سامر خليل", "PERSON", "سامر خليل"), ("الحركة", "ORG", "الحركة")])
    assert names(art, art.events[0])[:3] == ("ASSAULT", "الحركة", "سامر خليل")


def test_a_counted_subject_makes_the_verb_passive():
    art = article_with("قتل 7 رعاة في غارة شنتها الطائرات التابعة للتحالف.",
                       [("التحالف", "ORG", "لتحالف")])
    assert [names(art, v)[:3] for v in art.events] == [("ASSAULT", "التحالف", None)]


def test_a_victims_verb_with_only_the_doer_named():
    art = article_with("ذكرت الوزارة أن ستة رعاة استشهدوا برصاص الحرس الوطني.",
                       [("الوزارة", "ORG", "الوزارة"), ("الحرس الوطني", "ORG", "الحرس الوطني")])
    assert names(art, art.events[0])[:3] == ("ASSAULT", "الحرس الوطني", None)


@pytest.mark.parametrize("text,etype", [
    ("شهدت بلدة بيتا اقتحامات واسعة.", "ASSAULT"),
    ("وتشهد بلدة بيتا احتجاجات يومية.", "PROTEST"),
])
def test_the_subject_of_a_scene_verb_is_the_place(text, etype):
    art = article_with(text, [("بيتا", "GPE", "بلدة بيتا|بيتا")])
    (v,) = art.events
    assert (v.type, v.actor, v.location) == (etype, None, "E1")


@pytest.mark.parametrize("text", [
    "جنين - واصلت قوات الاحتلال عمليتها وسط اشتباكات عنيفة مع المقاومين.",
    "جنين (وفا) - اندلعت اشتباكات عنيفة مع المقاومين.",
])
def test_the_dateline_place_is_never_a_party(text):
    art = article_with(text, [("جنين", "GPE", "جنين"), ("قوات الاحتلال", "ORG", "قوات الاحتلال")])
    assert art.events
    assert all("E1" not in (v.actor, v.target) for v in art.events)


@pytest.mark.parametrize("text", [
    "طالبت البعثة بهدنة لإجلاء الجرحى من مناطق الاشتباكات.",
    "انتشر الجيش في مواقع سيطرة المعارضة.",
])
def test_an_event_noun_after_a_place_noun_names_places(text):
    art = article_with(text, [("البعثة", "ORG", "البعثة"), ("الجيش", "ORG", "الجيش")])
    assert all(v.type != "ASSAULT" for v in art.events)


@pytest.mark.parametrize("text,expected", [
    ("وقالت السلطات إنها ستسمح بدخول المساعدات الإنسانية إلى المدينة.", [("RETREAT", "access")]),
    ("واتفق الطرفان على السماح بدخول المساعدات دون عوائق.", [("AGREE", None), ("RETREAT", "access")]),
    ("وبدأ دخول قوافل الإغاثة إلى المدينة صباح اليوم.", [("AID", "humanitarian")]),
])
def test_allowing_aid_in_is_access_and_the_aid_that_enters_is_aid(text, expected):
    art = article_with(text, [("السلطات", "ORG", "السلطات")])
    assert [(v.type, v.mode) for v in art.events] == expected


def test_a_participle_continuing_a_statement_is_the_speakers_act():
    text = "ونفت الوزارة مسؤولية جيشها عن الهجوم، متهمة الحزب بتنفيذه."
    art = article_with(text, [("الوزارة", "ORG", "الوزارة"), ("الحزب", "ORG", "الحزب")],
                       [("ونفت", "DENY", "E1", "مسؤولية جيشها عن الهجوم، متهمة الحزب بتنفيذه")])
    assert ("ACCUSE", "الوزارة", "الحزب", "asserted") in [names(art, v) for v in art.events]


def test_a_call_to_god_is_a_prayer():
    art = article_with("ونعت القوات المسلحة الضحايا، داعية الله أن يتغمدهم برحمته.")
    assert [v.type for v in art.events if v.type == "REQUEST"] == []


def test_the_terms_a_deal_lists_share_its_planned_status():
    art = article_with("وأعلن الفيلق التوصل لاتفاق يقضي بوقف إطلاق النار في المنطقة، وخروج المقاتلين إلى الشمال.",
                       [("الفيلق", "ORG", "الفيلق")])
    statuses = {(v.type, v.mode): v.status for v in art.events}
    assert statuses[("RETREAT", "ceasefire")] == statuses[("RETREAT", "withdraw")] == "planned"


@pytest.mark.parametrize("text", [
    "وأوضح البيان أن الطرفين تعهدا بتسهيل إيصال المساعدات الإنسانية.",
    "وقالت الحركة إن المفاوضات نصت على الخروج الآمن للمقاتلين.",
])
def test_what_parties_pledge_or_a_text_stipulates_is_planned(text):
    art = article_with(text)
    assert [v.status for v in art.events if v.type == "RETREAT"] == ["planned"]


@pytest.mark.parametrize("text,body", [
    ("اتهمت المنظمة، اليوم الثلاثاء، الجيش وعناصر أجنبية بإعدام نحو 300 مدني في بلدة مورا، خلال عملية عسكرية استمرت خمسة أيام.",
     "المنظمة"),
    ("وكانت البعثة قد طالبت بهدنة، فيما قال المبعوث إن الهجوم على المطار انتهاك خطير.", "البعثة"),
])
def test_a_body_that_reports_or_mediates_is_no_attacker(text, body):
    art = article_with(text, [(body, "ORG", body), ("الجيش", "ORG", "الجيش")])
    assert all(v.actor != "E1" for v in art.events if v.type == "ASSAULT")


def test_a_conditional_threat_is_against_the_one_whose_act_would_set_it_off():
    art = article_with('وهدد نتنياهو بأن إسرائيل "ستضرب بقوة" إذا خرق حزب الله الاتفاق.',
                       [("نتنياهو", "PERSON", "نتنياهو"), ("إسرائيل", "GPE", "إسرائيل"), ("حزب الله", "ORG", "حزب الله")])
    threats = [names(art, v) for v in art.events if v.type == "THREATEN"]
    assert threats and all(th[2] == "حزب الله" for th in threats)


def coded(text: str) -> tuple[Article, dict[str, str]]:
    """The article the whole pipeline makes of the text, and its entities' names by id."""
    art = article_from_text(text, published="2024-03-05")
    process(art)
    return art, {e.id: e.name for e in art.entities}


def first_coded(text: str, etype: str) -> tuple[str | None, str | None]:
    """(actor name, target name) of the first event of the type the whole pipeline codes in the text."""
    art, entity_names = coded(text)
    event = next(v for v in art.events if v.type == etype)
    return entity_names.get(event.actor), entity_names.get(event.target)


def test_a_state_adjective_in_a_persons_title_is_no_party():
    """الرئيس الصومالي حسن شيخ محمود: the adjective is the person's title; he acts, not the state."""
    actor, _ = first_coded("وفي العراق أعلن رئيس الوزراء العراقي عادل عبد المهدي فرض حظر تجول شامل في بغداد.", "COERCE")
    assert actor == "عادل عبد المهدي"


def test_a_lam_object_after_the_genitives_adjective_makes_the_genitive_the_doer():
    """استهداف روسيا المتواصل للمنشآت: the one hit is after لـ, so روسيا does it (not: is hit)."""
    actor, target = first_coded("وقال المسؤول إن استهداف روسيا المتواصل للمنشآت المدنية في أوكرانيا يهدد حياة السكان.",
                                "ASSAULT")
    assert actor == "روسيا" and target != "روسيا"


def test_a_time_with_lam_is_no_object():
    """استهداف حماس للمرة الثانية: للمرة says when; the genitive stays the one hit."""
    actor, target = first_coded("وتواصل استهداف حماس للمرة الثانية خلال يومين في مدينة غزة.", "ASSAULT")
    assert "حماس" in (target or "") and actor is None


def test_the_city_a_summit_met_in_is_no_party():
    """قمة أبوجا: Abuja is where the summit met; the sanction's doer is not the city."""
    actor, target = first_coded("وفرضت قمة أبوجا عقوبات على النيجر أمس.", "SANCTION")
    assert actor is None and target == "النيجر"
    actor, _ = first_coded("وفرض الاتحاد الأوروبي في ختام قمة بروكسل عقوبات على روسيا.", "SANCTION")
    assert actor == "الاتحاد الأوروبي"


def test_suspending_membership_and_trade_are_sanctions():
    actor, target = first_coded("وأعلن الاتحاد الأفريقي تعليق عضوية مالي.", "SANCTION")
    assert actor == "الاتحاد الأفريقي" and target == "مالي"
    art = article_from_text("وقررت المجموعة تعليق جميع المعاملات التجارية والمالية مع النيجر.", published="2024-03-05")
    process(art)
    assert [e.type for e in art.events] == ["SANCTION"]


@pytest.mark.parametrize("text,actor,target", [
    # the dateline is where the report was filed, not what the threat is against
    ("عدن - رويترز: أمهل قائد القوات الحكومية المسلحين في البلدة يومين لتسليم أسلحتهم وهدد باقتحامها.",
     None, None),
    # an office holder left unnamed threatens for the body in his title; the threat is against the
    # first place the threatened act names, not the last of the list
    ("وتوعد قائد الحرس الثوري الإيراني باستهداف تل أبيب وحيفا إذا تعرضت إيران لأي هجوم.",
     "الحرس الثوري الإيراني", "تل أبيب"),
])
def test_a_threat_is_made_by_the_speakers_body_against_what_the_threatened_act_names(text, actor, target):
    art, e = coded("عنوان\n" + text)
    threat = next(v for v in art.events if v.type == "THREATEN")
    assert (e.get(threat.actor) if actor else None, e.get(threat.target)) == (actor, target)


def test_the_two_ends_of_a_road_are_places_not_the_parties_of_an_ambush():
    text = "عنوان\nونصب مسلحون كميناً لرتل عسكري على الطريق بين عدن ولحج."
    art, e = coded(text)
    attack = next(v for v in art.events if v.type == "ASSAULT")
    assert e.get(attack.actor) is None and e.get(attack.target) != "لحج"


def test_an_ally_fighting_alongside_is_not_the_target():
    text = "عنوان\nونفذ الجيش الصومالي عملية عسكرية بمساندة قوات الاتحاد الأفريقي في محيط مدينة جوهر."
    art, e = coded(text)
    attack = next(v for v in art.events if v.type == "ASSAULT")
    assert e.get(attack.actor) == "الجيش الصومالي" and "الاتحاد" not in (e.get(attack.target) or "")


@pytest.mark.parametrize("reporter,actor", [
    ("الجيش الصومالي", "الجيش الصومالي"),     # a force counting the enemy's dead reports its own act
    ("وزارة الصحة", None),                    # a ministry counting the dead killed no one
])
def test_a_force_announcing_the_enemys_dead_is_the_doer(reporter, actor):
    text = f"عنوان\nأعلن {reporter} مقتل 30 من عناصر حركة الشباب في منطقة جوهر أمس."
    art, e = coded(text)
    attack = next(v for v in art.events if v.type == "ASSAULT")
    assert e.get(attack.actor) == actor


@pytest.mark.parametrize("text,actor,target", [
    # a light verb with a dual object pronoun after two coordinated attack nouns names their doer
    ("قتل مدنيان جراء قصف مدفعي وهجوم بطائرة مسيرة شنتهما جماعة الحوثي على أحياء مدينة تعز.",
     "جماعة الحوثي", None),
    # a relative clause after a name is on that name, not on the attack before it
    ("وواصلت هيئة تحرير الشام هجومها على مقاتلي الجيش الوطني السوري الذين تدعمهم تركيا في ريف حلب.",
     "هيئة تحرير الشام", "الجيش الوطني السوري"),
])
def test_a_clause_on_the_attack_noun_names_its_doer(text, actor, target):
    art, e = coded("عنوان\n" + text)
    attack = next(v for v in art.events if v.type == "ASSAULT")
    assert e.get(attack.actor) == actor and (target is None or e.get(attack.target) == target)


def test_a_verb_after_a_bare_an_has_its_subject_after_it():
    # بعد أن داهمت وحدات أمنية: the one arrested before is not the one who raided
    text = "عنوان\nاعتُقل المعارض البارز أحمد الخالدي مساء أمس، بعد أن داهمت وحدات أمنية منزله في العاصمة."
    art, e = coded(text)
    raid = next(v for v in art.events if v.trigger.text == "داهمت")
    assert e.get(raid.actor) is None


@pytest.mark.parametrize("earlier,actor", [
    ("وأعلنت القوات الصومالية اعتقال ثلاثة مسلحين في مقديشو.", "القوات الصومالية"),   # the force named before
    ("وداهم محمد عيديد منزل الصحفي في مقديشو.", "قوات الأمن"),                     # itself, not whoever acted last
])
def test_a_security_force_is_the_force_named_before_or_itself(earlier, actor):
    text = f"عنوان\n{earlier}\nوفي وقت لاحق، أغلقت قوات الأمن الطرق المؤدية إلى الميناء."
    art, e = coded(text)
    closing = next(v for v in art.events if v.trigger.text.startswith("أغلقت"))
    assert e.get(closing.actor) == actor


def test_two_coordinated_verbs_of_one_type_are_two_acts():
    text = "عنوان\nوقال الجيش إن قواته دمرت ثلاث قواعد لحركة الشباب واستعادت السيطرة على بلدة جوهر."
    art, _ = coded(text)
    assert [v.trigger.text.split()[0] for v in art.events if v.type == "ASSAULT"] == ["دمرت", "واستعادت"]


def test_mourning_the_dead_reports_no_new_killing():
    text = "عنوان\nوعم الإضراب الشامل مدينة جنين اليوم حداداً على الشهداء."
    art, _ = coded(text)
    assert [v.type for v in art.events] == ["PROTEST"]


def test_the_ultimatum_named_again_is_the_same_threat():
    text = ("عنوان\nأمهلت الحكومة المهاجرين غير النظاميين حتى نهاية الشهر لمغادرة البلاد.\n"
            "وقال متحدث باسم اللاجئين إن المهلة غير كافية.")
    art, _ = coded(text)
    assert [v.trigger.text for v in art.events if v.type == "THREATEN"] == ["أمهلت"]


def test_a_name_opening_with_waw_is_no_conjunction():
    # وزارة: the و is the name's, so the ministry is the subject and the state after it the accused
    text = "عنوان\nاتهمت وزارة الخارجية الإثيوبية مصر بتحريف الحقائق."
    art, e = coded(text)
    accusation = next(v for v in art.events if v.type == "ACCUSE")
    assert (e.get(accusation.actor), e.get(accusation.target)) == ("وزارة الخارجية الإثيوبية", "مصر")


def test_a_province_is_a_place_not_a_party():
    text = "عنوان\nوسيطر الجيش على مقر الفرقة الأولى في مدينة ود مدني عاصمة ولاية الجزيرة."
    art, e = coded(text)
    assert all("الجزيرة" not in (e.get(v.actor) or "") for v in art.events)


def test_the_prisoners_club_is_no_sports_report():
    # نادي is a club of any kind: نادي الأسير reports arrests, its sentence is no game
    text = "عنوان\nوقال نادي الأسير الفلسطيني إن قوات الاحتلال اعتقلت 20 شاباً من مخيم نور شمس."
    art, _ = coded(text)
    assert [v.type for v in art.events] == ["COERCE"]


def test_the_men_a_force_lost_in_another_clause_leave_its_attack_its_own():
    text = ("عنوان\nوقال الجيش السوداني في بيان إن قواته قتلت عشرة مسلحين خلال العملية، "
            "مشيراً إلى إصابة ثلاثة من جنوده.")
    art, e = coded(text)
    attack = next(v for v in art.events if v.type == "ASSAULT")
    assert e.get(attack.actor) == "الجيش السوداني"


@pytest.mark.parametrize("text,etype,status", [
    # the call is made now; the later day is the protest's
    ("ودعا زعيم المعارضة أنصاره إلى التظاهر وسط العاصمة السبت المقبل.", "REQUEST", "asserted"),
    ("وأمهلت الحكومة المهاجرين حتى نهاية الشهر المقبل لمغادرة البلاد.", "THREATEN", "asserted"),
    # a visit dated after the report is yet to happen
    ("ويزور وزير الخارجية بغداد الأسبوع المقبل.", "CONSULT", "planned"),
    # a frame that makes its whole clause future, however far the event stands after it
    ("ومن المقرر أن يعقد مجلس الأمن الدولي المؤلف من خمسة عشر عضواً جلسة طارئة.", "CONSULT", "planned"),
    ("وقال مصدر عسكري إن القوات ستبدأ خلال ساعات عملية تمشيط واسعة في أحياء المدينة.", "COERCE", "planned"),
])
def test_a_later_date_makes_an_act_planned_but_not_a_call_or_an_ultimatum(text, etype, status):
    art, _ = coded("عنوان\n" + text)
    assert [(v.type, v.status) for v in art.events if v.type == etype][:1] == [(etype, status)]


def test_asking_someone_is_a_request():
    art, e = coded("عنوان\nوالتقى السفير الأفغاني مسؤولين في وزارة الخارجية الباكستانية، وطلب منهم تمديد المهلة.")
    assert "REQUEST" in [v.type for v in art.events]


def test_at_someones_request_names_who_asked_and_is_no_party_to_the_act():
    text = ("عنوان\nوأعلنت القيادة الأمريكية في أفريقيا أنها نفذت غارة جوية قرب مقديشو "
            "بناءً على طلب الحكومة الفيدرالية الصومالية.")
    art, e = coded(text)
    request = next(v for v in art.events if v.type == "REQUEST")
    attack = next(v for v in art.events if v.type == "ASSAULT")
    assert e.get(request.actor) == "الحكومة الفيدرالية الصومالية"
    assert e.get(attack.target) != "الحكومة الفيدرالية الصومالية"


@pytest.mark.parametrize("text,etype", [
    ("وقالت الجمعية إن قوات الاحتلال منعت طواقمها من الوصول إلى الجرحى.", "COERCE"),
    ("وحمّل المتحدث باسم الرئاسة نبيل أبو ردينة إسرائيل المسؤولية الكاملة عن التصعيد.", "ACCUSE"),
    ("وقالت الوزارة إن العراق يحتفظ بحقه الكامل بالرد على الاعتداءات.", "THREATEN"),
])
def test_prevention_blame_and_the_right_to_respond_are_events(text, etype):
    art, _ = coded("عنوان\n" + text)
    assert etype in [v.type for v in art.events]


@pytest.mark.parametrize("text", [
    "وأشارت إلى جهود بذلت منذ بداية التصعيد لاحتوائه ومنع ارتقائه إلى حرب.",
    "وقال إن الجيش يعمل لمنع وقوع أي حادث.",
    "وحمل المتظاهرون الأعلام في الساحة.",
])
def test_the_verbal_noun_of_prevention_and_carrying_are_no_events(text):
    art, _ = coded("عنوان\n" + text)
    assert not [v.type for v in art.events if v.type in ("COERCE", "ACCUSE")]


def test_a_final_hamza_seated_before_a_suffix_is_read_as_the_noun():
    # لقاء + ه is written لقائه: the trigger is the noun
    art, _ = coded("عنوان\nوقال الوزير خلال لقائه سفراء أجانب في طهران إن بلاده لا تريد التصعيد.")
    assert "CONSULT" in [v.type for v in art.events]


def test_rejecting_as_a_participle_after_a_statement_is_the_speakers_rejection():
    art, e = coded("عنوان\nوقال رئيس المجلس العسكري عبد الرحمن تياني في خطاب متلفز، رافضاً العقوبات الجديدة.")
    reject = next(v for v in art.events if v.type == "REJECT")
    assert e.get(reject.actor) == "عبد الرحمن تياني"


def test_a_name_in_the_title_of_the_subject_is_no_party():
    art, e = coded("عنوان\nوزار الأمين العام للأمم المتحدة أنطونيو غوتيريش معبر رفح أمس.")
    visit = next(v for v in art.events if v.type == "CONSULT")
    assert e.get(visit.actor) == "أنطونيو غوتيريش" and e.get(visit.target) != "الأمم المتحدة"


@pytest.mark.parametrize("text,target", [
    # the one accused stands after the titled speaker, with no title of its own: the party accused
    ("واتهم قائد الجيش السوداني عبد الفتاح البرهان قوات الدعم السريع بارتكاب مجازر.", "قوات الدعم السريع"),
    # the outlet between the speaker and the accused is the channel, never the accused
    ("واتهمت قوات الدعم السريع في بيان على منصة إكس الجيش السوداني بقصف مواقعها.", "الجيش السوداني"),
])
def test_the_object_after_a_named_accuser_is_the_accused(text, target):
    art, e = coded("عنوان\n" + text)
    accusation = next(v for v in art.events if v.type == "ACCUSE")
    assert e.get(accusation.target) == target


@pytest.mark.parametrize("text,etype,status", [
    # what a party agrees to is yet to be done
    ("وبحسب تقارير، وافقت جماعة فيلق الرحمن على إجلاء سبعة آلاف من مقاتليها.", "RETREAT", "planned"),
    # a deal the sides are nearing, and the truce it would bring
    ("وكشف مصدر مطلع أن الطرفين يقتربان من اتفاق على هدنة لستة أشهر.", "AGREE", "planned"),
    ("وكشف مصدر مطلع أن الطرفين يقتربان من اتفاق على هدنة لستة أشهر.", "RETREAT", "planned"),
    # a ceasefire agreed holds from the agreement on; a withdrawal told by a verb happened
    ("وأعلنت الجماعة التوصل إلى اتفاق على وقف إطلاق النار في المنطقة.", "RETREAT", "asserted"),
    ("وبعد التوصل إلى اتفاق، انسحب المقاتلون من البلدة فجراً.", "RETREAT", "asserted"),
])
def test_the_terms_of_a_deal_are_planned(text, etype, status):
    art, _ = coded("عنوان\n" + text)
    assert [v.status for v in art.events if v.type == etype][:1] == [status]


@pytest.mark.parametrize("text,etype", [
    ("وأعلنت البحرية الهندية إنقاذ 21 من أفراد الطاقم.", "AID"),
    # a longer trigger outranks the guard it opens with (البحث عن: searching, not discussing)
    ("وتواصل فرق الدفاع المدني البحث عن ناجين تحت الأنقاض.", "AID"),
])
def test_rescue_is_aid(text, etype):
    art, _ = coded("عنوان\n" + text)
    assert [v.type for v in art.events] == [etype]


def test_searching_for_something_else_is_no_event():
    art, _ = coded("عنوان\nوقال الوزير إن الحكومة تبحث عن حلول للأزمة الاقتصادية.")
    assert not art.events


def test_the_body_in_a_charge_d_affaires_title_is_no_party():
    text = ("عنوان\nوكشف مصدر أن القائم بأعمال السفارة الأفغانية سردار أحمد شكيب التقى، صباح اليوم، "
            "مسؤولين في وزارة الخارجية الباكستانية.")
    art, e = coded(text)
    meeting = next(v for v in art.events if v.type == "CONSULT")
    assert e.get(meeting.target) == "وزارة الخارجية الباكستانية"


def test_a_town_is_where_not_who():
    # a town that is neither a state nor a capital does not act (a capital may stand for its state)
    art, e = coded("عنوان\nتعز - شنت جماعة الحوثي قصفاً مدفعياً على أحياء المدينة. وقصفت كفركلا مواقع قرب الحدود.")
    assert all(e.get(v.actor) not in ("تعز", "كفركلا") for v in art.events)


def test_no_other_party_is_sought_across_a_clause_of_another_scene():
    text = ("عنوان\nومن المقرر أن يعقد مجلس الأمن الدولي جلسة طارئة مساء اليوم بطلب من إسرائيل، "
            "فيما يجتمع مجلس الحرب الإسرائيلي بعد ظهر اليوم.")
    art, e = coded(text)
    session, request = (next(v for v in art.events if v.type == k) for k in ("CONSULT", "REQUEST"))
    assert e.get(session.target) is None
    assert e.get(request.actor) == "إسرائيل" and e.get(request.target) == "مجلس الأمن الدولي"


def test_dispersal_is_coercion_and_a_later_clause_keeps_its_own_parties():
    text = ("عنوان\nوفي نيامي، تجمع آلاف من أنصار الانقلاب أمام السفارة الفرنسية أمس، وأضرم بعضهم النار في بوابتها "
            "قبل أن تفرقهم قوات الأمن بالغاز المسيل للدموع.")
    art, e = coded(text)
    dispersal = next(v for v in art.events if v.type == "COERCE")
    arson = next(v for v in art.events if v.type == "ASSAULT")
    assert e.get(dispersal.actor) == "قوات الأمن"
    # the embassy in front of which they gathered is where, and the police of the next clause no target
    assert e.get(arson.actor) != "السفارة الفرنسية" and e.get(arson.target) != "قوات الأمن"


def test_early_warnings_are_no_threat_and_an_embassy_posting_is_no_party():
    art, e = coded("عنوان\nوقال الأمين العام إن الوفيات كان يمكن تجنبها لو أُصدرت إنذارات مبكرة في الوقت المناسب.")
    assert "THREATEN" not in [v.type for v in art.events]
    art, e = coded("عنوان\nوكانت السفارة البريطانية لدى اليمن أول من أعلن مقتل بحارين اثنين في الهجوم.")
    assert all(e.get(v.actor) != "اليمن" for v in art.events)


def test_a_ministrys_own_forces_are_its_states_army_when_the_article_names_it():
    text = ("عنوان\nوأعلنت وزارة الدفاع التركية أن قواتها سيطرت على أربع قرى قرب تل أبيض. "
            "وقال الجيش التركي إن العملية مستمرة.")
    art, e = coded(text)
    assert e.get(next(v for v in art.events if v.type == "ASSAULT").actor) == "الجيش التركي"
    # with no army named, the ministry stays the doer
    art, e = coded("عنوان\nوأعلنت وزارة الدفاع التركية أن قواتها سيطرت على أربع قرى قرب تل أبيض.")
    assert e.get(next(v for v in art.events if v.type == "ASSAULT").actor) == "وزارة الدفاع التركية"


@pytest.mark.parametrize("text,expected", [
    ("وأعلنت الحكومة إرسال طائرة تقل 87 طبيباً و14 طناً من الأدوية إلى بنغازي.", ["AID"]),
    ("وقالت مصادر إن السلطات قصرت الدخول إلى المدينة على فرق الإغاثة.", ["COERCE"]),
    # a message or reinforcements sent are no relief; relief teams are who acts, not an act
    ("وأرسل الرئيس رسالة إلى نظيره.", []),
    ("ووصلت فرق الإغاثة إلى المدينة.", []),
])
def test_relief_sent_and_entry_restricted(text, expected):
    art, _ = coded("عنوان\n" + text)
    assert [v.type for v in art.events] == expected


@pytest.mark.parametrize("text,types,actor", [
    # a state's aircraft are the state when the article names no army of it, else that army
    ("عنوان\nشنت طائرات إسرائيلية غارات على مبنى الأركان وسط دمشق، وقالت إسرائيل إنها ستواصل.", ("ASSAULT",), "إسرائيل"),
    ("عنوان\nوقال الجيش الإسرائيلي إن الطائرات الإسرائيلية قصفت مقر الوزارة.", ("ASSAULT",), "الجيش الإسرائيلي"),
    # forces named by an indefinite nationality are an actor as the definite ones are
    ("عنوان\nاقتحمت قوات إسرائيلية بلدة قباطية فجر اليوم.", ("ASSAULT",), "قوات إسرائيلية"),
    # a verb carrying its object as a pronoun has its subject next, also as part of a body
    ("عنوان\nوتجمع أنصار الحزب أمام البرلمان، حيث منعتهم وحدات من الجيش من دخول المبنى.", ("ASSAULT", "COERCE"), "الجيش"),
    # the police named by its head alone is the state's own, an actor of its own
    ("عنوان\nوداهمت الشرطة صباح اليوم مكتب قناة «الجزيرة» بالعاصمة.", ("ASSAULT", "COERCE"), "الشرطة"),
    # the leader in «X بقيادة Y» is not the doer
    ("عنوان\nوبعد ساعات، شن التحالف بقيادة السعودية غارات جوية على مواقع للحوثيين في صنعاء.", ("ASSAULT", "COERCE"), "التحالف"),
])
def test_the_doer_of_an_attack_or_coercion(text, types, actor):
    art = process(article_from_text(text))
    event = next(v for v in art.events if v.type in types)
    assert names(art, event)[1] == actor


def test_the_town_a_clash_is_fought_in_is_not_its_target_nor_does_a_strike_lend_it_sides():
    text = ("عنوان\nقصفت القوات التركية بلدة تل تمر صباح اليوم.\n\n"
            "وفي مدينة السويداء اندلعت اشتباكات عنيفة مساء اليوم.")
    art = process(article_from_text(text))
    clash = next(v for v in art.events if v.trigger.text == "اشتباكات")
    assert names(art, clash)[1:3] == (None, None)


def test_a_call_to_be_made_is_a_planned_consultation():
    art = process(article_from_text("عنوان\nوأفادت مصادر دبلوماسية بأن وزير الخارجية الأميركي أنتوني بلينكن "
                                    "سيجري اتصالاً بالرئيس التونسي خلال 48 ساعة."))
    call = next(v for v in art.events if v.type == "CONSULT")
    assert call.status == "planned" and names(art, call)[1] == "أنتوني بلينكن"


@pytest.mark.parametrize("text,status", [
    ("عنوان\nوهدد رئيس الحكومة، في كلمة متلفزة، بإعلان خلو منصبه \"إذا استمرت الفوضى\".", "conditional"),
    # a condition in a clause of its own belongs to that clause
    ("عنوان\nوهدد رئيس الحكومة بالاستقالة، وقال إن البلاد ستنهار إذا استمرت الفوضى.", "asserted"),
])
def test_a_threats_condition_at_the_end_of_its_sentence(text, status):
    art = process(article_from_text(text))
    threat = next(v for v in art.events if v.type == "THREATEN")
    assert threat.status == status


def test_the_sources_of_a_threat_are_no_threat():
    art = process(article_from_text("عنوان\nوقال المتحدث إن العمليات مستمرة ضد مصادر التهديد."))
    assert not [v for v in art.events if v.type == "THREATEN"]


def test_cutting_ties_with_its_pronoun_is_a_sanction():
    art = process(article_from_text("عنوان\nأعلنت الجزائر، مساء أمس، قطع علاقاتها الدبلوماسية مع المملكة المغربية."))
    (cut,) = [v for v in art.events if v.type == "SANCTION"]
    assert names(art, cut)[1:3] == ("الجزائر", "المغرب")


def test_the_party_whose_followers_act_is_the_doer():
    art = process(article_from_text("عنوان\nوتظاهر آلاف من أنصار حركة النهضة أمام مقر البرلمان."))
    protest = next(v for v in art.events if v.type == "PROTEST")
    assert names(art, protest)[1] == "حركة النهضة"


def test_a_patron_after_an_indefinite_plural_of_allegiance_is_not_the_target():
    art = process(article_from_text("عنوان\nوأطلق مسلحون موالون لحزب الله النار على المحتجين."))
    attack = next(v for v in art.events if v.type == "ASSAULT")
    assert names(art, attack)[2] != "حزب الله"


def test_his_country_in_a_reported_clause_is_the_state_his_title_names():
    art = process(article_from_text("عنوان\nأدانت قطر الغارة. وأكد وزير الخارجية القطري محمد بن عبد الرحمن آل ثاني أن بلاده "
                                    "تحتفظ بحق الرد على الهجوم الإسرائيلي."))
    threat = next(v for v in art.events if v.type == "THREATEN")
    assert names(art, threat)[1] == "قطر"


def test_a_meeting_told_in_the_imperfect_for_the_day_of_the_report_is_planned():
    art = article_from_text("عنوان\nويجتمع مجلس الحرب الإسرائيلي بعد ظهر اليوم لبحث الرد.", published="2024-04-14")
    process(art)
    meeting = next(v for v in art.events if v.type == "CONSULT")
    assert meeting.status == "planned"
    art = article_from_text("عنوان\nواجتمع مجلس الحرب الإسرائيلي بعد ظهر اليوم لبحث الرد.", published="2024-04-14")
    process(art)
    assert next(v for v in art.events if v.type == "CONSULT").status == "asserted"


def test_a_time_set_off_by_commas_does_not_cut_the_planned_clause():
    art = process(article_from_text("عنوان\nومن المقرر أن يرسل الهلال الأحمر التونسي، اليوم الجمعة، قافلة مساعدات إلى "
                                    "المنطقة الحدودية."))
    aid = next(v for v in art.events if v.type == "AID")
    assert aid.status == "planned"


def test_a_condemnation_names_the_act_however_long_the_name_of_who_condemns_it():
    # the words naming the speaker after the cue are not counted in the governing reach
    art = process(article_from_text("عنوان\nودان الأمين العام للأمم المتحدة أنطونيو غوتيريس الغارات على المدينة.",
                                    published="2024-03-05"))
    assert [v.type for v in art.events] == ["ACCUSE"]


def _events_of(text: str):
    art = process(article_from_text("عنوان\n" + text, published="2024-10-24"))
    name = {e.id: e.name for e in art.entities}
    return [(v.type, art.text[v.trigger.start:v.trigger.end], name.get(v.actor), name.get(v.target)) for v in art.events]


def test_the_act_answered_is_not_done_by_the_one_who_answers():
    # رداً على الهجوم: the attack answered is another party's; no doer is read or carried onto it
    events = _events_of("وقصف الجيش التركي مواقع حزب العمال الكردستاني شمالي العراق، رداً على الهجوم الذي "
                        "استهدف مقر شركة للصناعات الجوية قرب أنقرة.")
    answered = [e for e in events if e[1] in ("الهجوم", "استهدف")]
    assert answered and all(e[2] is None for e in answered)
    assert events[0][2] == "الجيش التركي"


def test_a_defence_ministry_reporting_force_makes_its_army_the_doer():
    events = _events_of("أعلنت وزارة الدفاع التركية تحييد 59 مسلحاً في غارات جوية شمالي العراق. "
                        "وقال الجيش التركي إن العمليات مستمرة.")
    assert events[0][0] == "ASSAULT" and events[0][2] == "الجيش التركي"


def test_a_defence_ministry_with_no_army_named_acts_for_its_state():
    events = _events_of("وفي المقابل، قالت وزارة الدفاع التركية إن مقاتلاتها دمرت 32 هدفاً لحزب العمال الكردستاني "
                        "في شمال العراق. وتتهم تركيا الحزب بالهجوم.")
    assert ("ASSAULT", "دمرت", "تركيا", "حزب العمال الكردستاني") in events


def test_a_titled_person_after_a_time_is_the_subject_of_a_clause_on_the_noun():
    # دعوة أطلقها الثلاثاء زعيم الحزب فلان لزعيم حزب آخر فلان: the caller, and the called on (not his party)
    events = _events_of("ويأتي ذلك بعد دعوة أطلقها الثلاثاء زعيم حزب الحركة القومية دولت بهتشلي لزعيم حزب "
                        "العمال الكردستاني عبد الله أوجلان إلى إعلان حل الحزب.")
    assert ("REQUEST", "دعوة", "دولت بهتشلي", "عبد الله أوجلان") in events


@pytest.mark.parametrize("text,expected", [
    ("وتقدمت قوات الجيش نحو المدينة من ثلاثة محاور.", ["ASSAULT"]),
    ("وقال مصدر عسكري إن القوات ستواصل تقدمها باتجاه العاصمة.", ["ASSAULT"]),
    # to lodge a complaint, progress in talks: no advance of forces
    ("وأكدت الوزارة أنها ستتقدم بشكوى إلى مجلس الأمن.", []),
    ("وقال الوسيط إن المفاوضات تشهد تقدماً ملموساً.", ["CONSULT"]),
])
def test_an_advance_of_forces_is_taking_ground(text, expected):
    assert [v.type for v in article_with(text).events] == expected


def test_the_first_of_a_list_of_forces_is_the_doer_and_none_of_them_the_target():
    events = _events_of("وبدأت قوات الجيش العراقي وجهاز مكافحة الإرهاب وقوات الحشد الشعبي التقدم نحو القضاء.")
    assert events[0][0] == "ASSAULT" and events[0][2] == "الجيش العراقي" and events[0][3] is None


@pytest.mark.parametrize("text, expected", [
    # a group's spokesman: the threat and the call he voices are the group's
    ("وأعلن المتحدث العسكري باسم جماعة الحوثي يحيى سريع، في بيان متلفز، أن قوات الجماعة نفذت عملية، متوعداً "
     "إسرائيل بمزيد من الضربات، وداعياً الدول إلى سحب رعاياها.",
     {("THREATEN", "متوعداً", "جماعة الحوثي", "إسرائيل"), ("REQUEST", "وداعياً", "جماعة الحوثي", None)}),
    # a foreign ministry's spokesman speaks as a diplomat, in his own name
    ("وقال المتحدث باسم وزارة الخارجية الإيرانية ناصر كنعاني إن الضربات خطأ استراتيجي، متهماً واشنطن بزعزعة "
     "استقرار المنطقة.",
     {("ACCUSE", "متهماً", "ناصر كنعاني", "واشنطن")}),
])
def test_a_groups_spokesman_voices_its_threats_and_calls(text, expected):
    assert expected <= set(_events_of(text))


def test_a_verbs_object_that_belongs_to_a_party_makes_that_party_the_target():
    # مواقع تابعة لحركة الشباب after قصفت is what was hit; الطائرات التابعة للنظام after it is who hit
    assert ("ASSAULT", "قصفت", "الجيش", "حركة الشباب") in _events_of(
        "وقال الجيش إن طائراته قصفت مواقع تابعة لحركة الشباب في إقليم شبيلي.")
    assert ("ASSAULT", "وهاجمت", "إيران", "عين الأسد") in _events_of(
        "وهاجمت الميليشيات الموالية لإيران قاعدة عين الأسد.")


@pytest.mark.parametrize("text, expected", [
    ("وقال إن عناصر النظام فروا باتجاه بلدة مورك تاركين أسلحتهم.", {("RETREAT", "فروا")}),   # fighters fled
    ("وذكرت مصادر محلية أن المسلحين فرّوا باتجاه الغابات المحيطة.", {("RETREAT", "فرّوا")}),
    ("ووفرت الحكومة الخيام والغذاء للعائلات.", set()),                                   # وفّرت: provided
    ("وشنت الطائرات غارات على بلدات ميس الجبل وكفرا ومجدل زون.", {("ASSAULT", "غارات")}),   # كفرا: a village, no كـ + فرّ
    ("وقال إن طاقم السفينة رفض الاستجابة للرسائل التحذيرية.", {("REJECT", "رفض")}),          # التحذيرية: an adjective
    ("ونظم الأهالي وقفة احتجاجية أمام مقر البلدية.", {("PROTEST", "وقفة احتجاجية")}),           # … in a longer form it stays
    ("وبدأ منتصف الليل وقف فوري للعمليات العسكرية في المدينة.", {("RETREAT", "وقف فوري للعمليات العسكرية")}),   # no attack
    ("وأعلن الرئيس أن العمليات العسكرية قد انتهت في المدينة.", {("RETREAT", "العمليات العسكرية")}),   # the fighting is over
])
def test_fleeing_fighters_retreat_and_a_trigger_needs_its_own_word_shape(text, expected):
    art = article_from_text(text, published="2024-03-05")
    process(art)
    assert {(v.type, v.trigger.text) for v in art.events} == expected


@pytest.mark.parametrize("text", [
    "وعزز الجيش انتشار وحداته في المنطقة، متوعداً بإطلاق النار على أي مسلح يظهر على الطرقات.",   # any one who …
    "أمهلت الحكومة المهاجرين حتى الأول من نوفمبر لمغادرة البلاد طوعاً، وإلا فستقوم بترحيلهم.",       # or else
    "وهدد رئيس الوزراء الإسرائيلي، في تغريدة على منصة إكس، بأن «من يؤذينا سنؤذيه».",                # whoever …
])
def test_a_threat_against_any_offender_or_with_an_else_is_conditional(text):
    threat = next(v for v in article_with(text).events if v.type == "THREATEN")
    assert threat.status == "conditional"


@pytest.mark.parametrize("text, kept", [
    ("وصل وفد سعودي إلى صنعاء أمس. وقال مصدر إن الوفد التقى قيادة الجماعة.", {"وفد", "التقى"}),   # الوفد: the one reported
    ("اتهمت القوات الحكومية الجماعة بخرق الهدنة، فيما تبادل الطرفان الاتهامات بشأن القصف.", {"اتهمت", "القصف"}),
])
def test_a_delegation_referred_back_and_a_mutual_recrimination_are_no_new_events(text, kept):
    art = article_from_text(text, published="2024-03-05")
    process(art)
    triggers = {v.trigger.text for v in art.events}
    assert kept <= triggers and not {"الوفد", "الاتهامات"} & triggers


def test_a_purpose_nouns_doer_is_the_subject_before_it_and_its_genitive_the_object():
    # يصل X إلى دمشق للقاء Y: X meets Y (not Y meets X, as a plain genitive would read)
    assert ("CONSULT", "للقاء", "عباس عراقجي", "بشار الأسد") in _events_of(
        "يصل وزير الخارجية الإيراني عباس عراقجي إلى دمشق مساء اليوم للقاء بشار الأسد.")


@pytest.mark.parametrize("text, expected", [
    ("وقال رئيس الأركان إن إيران سترد بشكل أقوى بكثير إذا ردت إسرائيل.", ("THREATEN", "سترد", "conditional")),
    ("وقال المتحدث إن القوات سترد على أي خرق للهدنة.", ("THREATEN", "سترد", "conditional")),
    ("وأعلنت السعودية دعمها للخطوة المغربية.", ("SUPPORT", "دعمها", "asserted")),
])
def test_a_promised_response_is_a_threat_and_voiced_support_a_support(text, expected):
    art = article_from_text(text, published="2024-03-05")
    process(art)
    assert expected in {(v.type, v.trigger.text, v.status) for v in art.events}


def test_a_plain_imperfect_of_responding_is_no_threat():
    art = article_from_text("ويرد في التقرير أن القوات انسحبت من المدينة.", published="2024-03-05")
    process(art)
    assert "THREATEN" not in {v.type for v in art.events}


def test_an_unnamed_member_speaks_for_the_body_he_is_described_by():
    # نفى قيادي في الإطار التنسيقي …، متهماً سرايا السلام: the charge is the bloc's
    assert ("ACCUSE", "متهماً", "الإطار التنسيقي", "سرايا السلام") in _events_of(
        'ونفى قيادي في الإطار التنسيقي، طلب عدم ذكر اسمه، مشاركة فصائل منضوية في الإطار بالاشتباكات، '
        'متهماً "سرايا السلام" باستخدام أسلحة متوسطة ضد القوات الأمنية.')


@pytest.mark.parametrize("text, expected", [
    ("وقالت الصحيفة إن موسكو ترسل مدربين عسكريين إلى مالي.", ("AID", "ترسل", "موسكو", "مالي")),
    ("وأرسلت إيران أسلحة وذخائر إلى الحوثيين.", ("AID", "وأرسلت", "إيران", "جماعة الحوثي")),
])
def test_trainers_and_arms_sent_are_military_aid_to_the_recipient(text, expected):
    assert expected in _events_of(text)


def test_troops_sent_stay_a_mobilisation():
    assert [e[0] for e in _events_of("وأرسل الجيش تعزيزات إلى المدينة.")] == ["MOBILIZE"]


def test_a_relative_clause_in_a_speakers_words_is_an_event_of_the_speaker():
    # غوتيريش، الذي زار المعبر أمس، أن …: the visit is reported, and he made it
    events = _events_of('وأكد الأمين العام للأمم المتحدة أنطونيو غوتيريش، الذي زار الجانب المصري من المعبر أمس '
                        'الجمعة، أن غزة تحتاج إلى "تدفق مستمر" للمساعدات.')
    assert any(e[0] == "CONSULT" and e[1] == "زار" and e[2] == "أنطونيو غوتيريش" for e in events)


def test_the_titled_name_right_after_a_carried_cue_is_its_object():
    # …، وطالب المبعوث الأممي فلان بـ: the speaker was named before; the envoy is the one asked
    assert ("REQUEST", "وطالب", "معمر الإرياني", "هانس غروندبرغ") in _events_of(
        "واتهم وزير الإعلام معمر الإرياني الحوثيين بالتصعيد ضد المدنيين، وطالب المبعوث الأممي هانس غروندبرغ "
        "بإدانة الهجمات.")


def test_a_titled_person_joined_by_wa_to_the_first_party_acts_with_him():
    # وقّع الشرع، وقائد قسد مظلوم عبدي، … اتفاقاً: the first signatory is the actor, the second the other party
    assert ("AGREE", "اتفاقاً", "أحمد الشرع", "مظلوم عبدي") in _events_of(
        'وقّع الرئيس السوري في المرحلة الانتقالية أحمد الشرع، وقائد "قوات سوريا الديمقراطية" (قسد) مظلوم عبدي، '
        'مساء أمس الاثنين في دمشق، اتفاقاً يقضي بدمج جميع المؤسسات.')
