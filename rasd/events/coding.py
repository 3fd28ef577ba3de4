"""One trigger coded as an event: dropped when it is background, a condition, a possibility or a word
the article refers back to; else its status, its arguments (with the source's side and the victim
of a casualty verb put right) and its time."""
from __future__ import annotations

import re
from datetime import date

from rasd.entities.lexicon import army_country, bare
from rasd.entities.lexicon import lexicon as entity_lexicon
from rasd.events.arguments import assign, nearest_time
from rasd.events.doers import answered_from, unnamed_force_after
from rasd.events.document import _Doc
from rasd.events.lexicon import argument_markers, readings, unarmed
from rasd.events.mentions import is_place
from rasd.events.parties import mediation, parties_follow
from rasd.events.search import ACTOR_TYPES, AFTER_REACH
from rasd.events.speakers import (SPEAKER_IS_PARTY, _carrier, _cue_of, _first_person, _homeland, _own_dead, _pronoun_complement,
                                  _report_frame, _speaker_side, _voiced_body)
from rasd.events.status import (absent, alternative, background, characterized, condition_after, denial_before,
                                ended, in_condition, narrated_between, possibility, status_of)
from rasd.events.triggers import Trigger
from rasd.model import Event, Span
from rasd.syntax import after_b_noun, after_place_noun, after_span
from rasd.text import normalize

# "اتفاق" / "مفاوضات" again from the same source is the same agreement or talks, even without ال
REFERRED_BACK = ("AGREE", "CONSULT")
# الاتفاق، الهدنة، التهدئة، المهلة written with ال after a deal, truce or ultimatum of that kind was reported: the same one,
# whoever speaks of it and in whatever word; any other event noun with ال (القصف، الغارات) after one of
# its type from the same source, when no party or place is named right after it
ANAPHORIC_KINDS = (("AGREE", None), ("RETREAT", "ceasefire"), ("THREATEN", None))
# acts done by saying them: a later date beside one (أمهلت … حتى الأول من نوفمبر، دعا إلى التظاهر السبت
# المقبل) is the deadline or the day of what is asked, the threat or the call is made now
SPOKEN_ACTS = ("THREATEN", "REQUEST", "ACCUSE", "REJECT")
# done by forces: not by the person who speaks of them, nor by a body that only reports or mediates
FORCE_TYPES = ("ASSAULT", "COERCE", "MOBILIZE")


_WEEK = re.compile(r"^(\d{4})-W(\d{2})")
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}")


def _first_day(value: str) -> str | None:
    """The first day (ISO) of a TIMEX3 date, day or week value: 2018-04-04, 2018-W14 → 2018-04-02."""
    if _DAY.match(value):
        return value[:10]
    m = _WEEK.match(value)
    if m:
        try:
            return date.fromisocalendar(int(m.group(1)), int(m.group(2)), 1).isoformat()
        except ValueError:
            return None
    return None


_MONTH = re.compile(r"^(\d{4})-(\d{2})(?:$|-)")
BACKGROUND_DAYS = 30     # a pluperfect event dated this long before publication is background


def _long_before(times, sentence: Span, published: str | None) -> bool:
    """A time in the sentence that resolves to a month or day well before the publication date."""
    if not published or not _DAY.match(published):
        return False
    pub = date.fromisoformat(published[:10])
    for tx in times:
        if not (sentence.start <= tx.span.start < sentence.end) or not tx.value:
            continue
        m = _MONTH.match(tx.value)
        if not m:
            continue
        try:
            day = date.fromisoformat(tx.value[:10]) if _DAY.match(tx.value) else date(int(m.group(1)), int(m.group(2)), 28)
        except ValueError:
            continue
        if (pub - day).days > BACKGROUND_DAYS:
            return True
    return False


# meetings and deals told in the imperfect for the day of the report are still to come
# (يجتمع مجلس الحرب بعد ظهر اليوم، يزور الرئيس القاهرة اليوم)
SCHEDULED = ("CONSULT", "AGREE", "COOPERATE")


def _after_publication(when, published: str | None, same_day: bool = False) -> bool:
    """The event's time resolves to a day (or a week) after the article's publication date (or to
    that day itself, with `same_day`)."""
    if when is None or not when.value or not published or not _DAY.match(published):
        return False
    day = _first_day(when.value)
    return day is not None and (day > published[:10] or same_day and day == published[:10])


def _of_defence(body) -> bool:
    """A ministry of war by its name (وزارة الدفاع التركية; arguments.tsv role defence)."""
    return not argument_markers().defence.isdisjoint(normalize(body.name).split())


def _army_of(entities, body):
    """The national army the article names for the state a body's name gives by its adjective
    (وزارة الدفاع التركية → الجيش التركي), else None: a ministry's forces are its army. A ministry of
    war whose army goes unnamed acts for its state, when the article names that (تركيا)."""
    lex = entity_lexicon()
    words = normalize(body.name).split()
    codes = {lex.adjective_of[w] for w in words if w in lex.adjective_of}
    if not codes or bare(words[0]) == "جيش":
        return None
    army = next((e for e in entities if e.type == "ORG" and e is not body and army_country(e.name, lex) in codes), None)
    if army is not None or not _of_defence(body):
        return army
    states = {normalize(lex.country_name[c]) for c in codes if c in lex.country_name}
    return next((e for e in entities if e.type == "GPE" and normalize(e.name) in states), None)


def _code(t: Trigger, doc: _Doc) -> tuple[Trigger, Event, tuple[int, int], tuple[int, int]] | None:
    """One trigger as an event (with its clause and sentence ranges), or None when it is no event."""
    article, words = doc.article, doc.words
    sentence = doc.sentence_of(t.span.start)
    if sentence is None:
        return None
    clauses, clause_rngs, if_clauses = doc.clauses_of(sentence)
    clause = next((c for c in clauses if c.start <= t.span.start < c.end), sentence)
    s_rng, c_rng = doc.word_range(sentence), doc.word_range(clause)
    if background(words, t, s_rng) and _long_before(article.times, sentence, article.published):
        return None                          # وكانت القوات قد سيطرت على المدينة في يونيو الماضي: background
    if in_condition(words, t, clause_rngs) or absent(words, t, clause_rngs) \
            or possibility(words, t, c_rng[0], s_rng[0]) or alternative(words, t, s_rng) \
            or characterized(words, t, c_rng[0]):
        return None
    if t.form.participant and (("PROTEST", None) in doc.seen_kinds or _acted_upon(words, t)):
        return None
    if t.form.pos == "N" and after_place_noun(words, t.first):
        return None                          # من مناطق الاشتباكات، مواقع سيطرة النظام: places, not an event
    if t.form.pos == "N" and t.definite and after_span(words, t.first):
        return None                          # بعد 13 شهراً من المواجهات: a period, not an incident
    carrier = _carrier(article.attributions, t.span, sentence)
    if carrier is not None and not carrier.direct and narrated_between(words, doc.word_range(carrier.content)[0], t):
        carrier = None                       # … في حين شنت إسرائيل غارات: the outlet's own narration
    # الاتفاق، القصف after the same word from the same source: the article refers back to it
    source_name = carrier.speaker_text if carrier else None
    seen = (t.type, t.form.form, source_name)
    kind = (t.type, t.form.mode)
    if t.form.result and (t.type, sentence.start) in doc.referred:
        return None                          # الاشتباكات أسفرت عن مقتل …: the toll of the clashes already reported
    if (t.definite or (t.form.pos == "N" and t.type in REFERRED_BACK)) and seen in doc.seen_forms \
            or (t.definite and kind in ANAPHORIC_KINDS and kind in doc.seen_kinds) \
            or (t.definite and t.first == t.last and (t.type, source_name) in doc.seen_types and not _named_after(doc, t)):
        doc.referred.add((t.type, sentence.start))
        return None
    doc.seen_forms.add(seen)
    doc.seen_kinds.add(kind)
    doc.seen_types.add((t.type, source_name))
    cue = _cue_of(article.attributions, t.span)
    others = [a for a in article.attributions if a is not carrier and a.content is not None
              and a.content.start <= t.span.start < a.content.end]
    status, refused = status_of(words, t, clause_rngs, s_rng, carrier, others, is_cue=cue is not None or t.form.continues)

    window = s_rng
    if carrier is not None:
        lo, hi = doc.word_range(carrier.content)
        window = (max(s_rng[0], lo), min(s_rng[1], hi)) if lo < s_rng[1] and hi > s_rng[0] else s_rng
    exclude = frozenset([carrier.speaker] if carrier is not None and carrier.speaker else []) | doc.media
    party = article.entity(carrier.speaker) if carrier is not None and carrier.speaker not in doc.media else None
    said_from = doc.word_range(carrier.content)[0] if party is not None else 0
    subject = party if party is not None and _pronoun_complement(words, said_from) else None
    if party is not None:                    # أكد وزير الخارجية القطري أن بلاده …: his state
        subject = _homeland(doc, carrier, said_from) or subject
    mentions, reporters, own = _report_frame(doc, t)
    exclude |= reporters
    if subject is None and own is not None and own.type in ("ORG", "GPE", "PERSON"):
        subject = own                        # أعلن الجيش أنه قصف: the reporter speaks of its own act
    if subject is not None and subject.type == "PERSON" and t.type in FORCE_TYPES:
        subject = _speaker_side(doc, carrier)   # "قواتنا طهرت المدينة": the spokesman's side, not the man
    if subject is not None and subject.type == "ORG" and t.type in FORCE_TYPES:
        subject = _army_of(article.entities, subject) or subject   # أعلنت وزارة الدفاع التركية أن قواتها …: the army
    # a condition after the trigger (سيستهدفها في حال شن إسرائيل هجوماً) has its own parties
    cut = condition_after(words, t, c_rng)
    search_from = s_rng[0]
    answered = answered_from(t, words)
    if answered is not None:                 # قصف الجيش … رداً على الهجوم: the names before answer it
        window, search_from = (max(window[0], answered), window[1]), max(s_rng[0], answered)
        doc.answered_acts.add(t.span.start)
    args = assign(t, mentions, (window[0], min(window[1], cut)), words, (search_from, s_rng[1]), exclude,
                  [r for r in if_clauses if r != c_rng], subject, text=article.text)
    if t.governed is not None and (args.target is None or args.target is args.location) and t.type != "ACCUSE":
        # اتهم X بقصف المطار: X is accused; هدد بقصف غزة: the threat is against غزة
        inner = assign(t.governed, doc.mentions, window)

        def named(e) -> bool:        # named by the governed act itself, right after it in its clause
            return e is not None and any(m.entity is e and 0 < m.first - t.governed.last <= AFTER_REACH
                                         and m.last < c_rng[1] for m in doc.mentions)
        # … the threat is against the place; a call or a charge is addressed to parties, not to places;
        # a place the act does not name (بغداد - رويترز: أمهل … وهدد باقتحامها) is where it was filed
        hit_place = inner.target is not None and inner.target is inner.location
        found = (inner.target if t.type == "THREATEN" or not hit_place else None) \
            or (inner.location if t.type == "THREATEN" and named(inner.location) else None)
        if args.target is None or named(found):     # توعد باستهداف تل أبيب وحيفا: what the act names, not the last place
            args.target = found or args.target
    if t.type == "THREATEN" and cut < c_rng[1]:
        # ستضرب بقوة إذا خرق حزب الله الاتفاق: the threat is against the one whose act would set it off
        # (… إذا تعرضت إيران لأي هجوم, إذا هوجمت: the one who would undergo the act is no offender)
        undergo = argument_markers().undergo
        suffers = any(r.key in undergo for j in range(cut, c_rng[1]) for r in readings(words[j].norm)) \
            or any(doc.syntax.passive(j) for j in range(cut, min(cut + 3, c_rng[1])))
        warned = None if suffers else next((m.entity for m in mentions if cut <= m.first < c_rng[1] and m.entity.type in ACTOR_TYPES
                                            and not is_place(m) and m.entity is not args.actor and m.entity.id not in exclude), None)
        args.target = warned or args.target
    actor = args.actor
    if actor is not None and actor is party and actor.type == "ORG" and t.type in FORCE_TYPES and _of_defence(actor):
        actor = _army_of(article.entities, actor) or actor   # أعلنت وزارة الدفاع التركية تحييد …: its army
    if t.form.suffered and (actor is not None or (args.target is not None and args.target.type in ("ORG", "PERSON"))) \
            and not _used_by(doc, t, actor, s_rng):
        # استشهد فلان برصاص القوات: the victim, then the doer (خمسة استشهدوا برصاص القوات: the doer alone;
        # a town there, أصيب آخرون في الديوانية, is where, not who)
        doer = args.target if args.target is not None and args.target is not args.location else None
        args.target, actor = actor, doer
    if carrier is not None and args.target is not None and args.target.id == carrier.speaker:
        args.target = None                   # the one who speaks of an event is not its target
    if party is not None and t.form.result and _own_dead(words, t, c_rng):
        args.target = party                  # أعلن الجيش مقتل خمسة من جنوده: the speaker lost them
        doc.own_dead.add(t.span.start)
        if actor is party:
            actor = None
    if cue is not None and cue.speaker:
        speaker = article.entity(cue.speaker)
        if speaker is not None and actor is not None and actor is not speaker and actor.id not in doc.media \
                and (args.target is None or _object_after(doc, t, actor)):
            args.target = actor              # الذي اتهم قوات الأمن بـ، وطالب المبعوث الأممي فلان بـ: the cue's object
        actor = speaker or actor
    elif cue is not None and not cue.anonymous and cue.content is not None:
        # توعد قائد الحرس الثوري: an office holder left unnamed threatens for the body in his title
        actor = _speaker_side(doc, cue, ("ORG", "GPE")) or actor
    elif t.form.continues and party is not None:
        actor = party                        # …، داعياً السلطات إلى ضبط النفس: the speaker calls
    elif (unnamed := cue or (carrier if t.form.continues else None)) is not None and unnamed.anonymous:
        # نفى قيادي في الإطار التنسيقي …، متهماً: an unnamed member speaks for the body he is described by
        described = next(a for a in article.attributions if a.speaker_text == unnamed.speaker_text)
        actor = _speaker_side(doc, described, ("ORG", "GPE")) or actor
    if actor is None and carrier is not None and _first_person(words, t):
        actor = _speaker_side(doc, carrier) or party      # "سنواصل استهداف …"، "قصفنا": the speaker's side
    if actor is None and party is not None and t.type in SPEAKER_IS_PARTY and not parties_follow(t, words) \
            and not mediation(t, words):
        # مندوب روسيا، الناطق باسم الحركة: a man speaking for a body makes its deals and talks
        actor = (_speaker_side(doc, carrier, ("ORG", "GPE")) if party.type == "PERSON" else None) or party
    if actor is not None and actor.type == "PERSON" and t.type in SPEAKER_IS_PARTY:
        titled = next((a for a in article.attributions if a.speaker == actor.id and a.speaker_role), None)
        body = _voiced_body(doc, titled)       # قال المتحدث باسم الجماعة …، متوعداً: the group threatens
        if body is not None:
            args.target = None if args.target is actor else args.target
            actor = body

    if status == "denied" and carrier is None and denial_before(words, t, s_rng[0]):
        doc.denials.add(t.span.start)
    when = nearest_time(article.times, t.span, sentence.start, sentence.end)
    if status == "asserted" and t.type not in SPOKEN_ACTS and _after_publication(
            when, article.published, same_day=t.imperfect and t.type in SCHEDULED):
        status = "planned"                   # … الأسبوع المقبل: dated after the report, not yet done
    etype, mode = ("REJECT", None) if refused else ("RETREAT", "ceasefire") if ended(words, t, c_rng[1]) \
        else (t.type, t.form.mode)
    if etype == "ASSAULT" and status == "conditional" and carrier is not None:
        etype, mode = "THREATEN", None      # a source promising an attack on a condition: a threat
        actor = party or actor              # … made by the one who speaks
    if actor is not None and etype in FORCE_TYPES and (unarmed(actor) or (actor.type == "PERSON" and etype != "COERCE")):
        if args.target is actor:
            args.target = None
        actor = None                         # a monitor, a mediator or a spokesman fires no shells
    if actor is None and unnamed_force_after(t, words, doc.mentions):
        doc.unnamed_doers.add(t.span.start)  # … and no running report's doer is carried onto it
    if t.form.mutual:
        doc.clashes.add(t.span.start)
    source = cue or carrier
    event = Event(id="", type=etype, trigger=t.span, mode=mode, actor=actor.id if actor else None,
                  target=args.target.id if args.target and args.target is not actor else None,
                  location=args.location.id if args.location else None, time=when.id if when else None,
                  status=status, source=source.id if source else None)
    return t, event, c_rng, s_rng


def _used_by(doc: _Doc, t: Trigger, actor, s_rng: tuple[int, int]) -> bool:
    """استشهد ستة برصاص الحرس: the name the rules took as the verb's subject stands after it as the
    owner of a بـ instrument, so it is the doer already, not the victim."""
    return actor is not None and any(m.entity is actor and t.last < m.first < s_rng[1] and after_b_noun(doc.words, m.first)
                                     for m in doc.mentions)


def _object_after(doc: _Doc, t: Trigger, e) -> bool:
    """The entity is named right after the cue, its title first if it has one (وطالب المبعوث الأممي فلان)."""
    return any(m.entity is e and m.opening == t.last + 1 for m in doc.mentions)


def _named_after(doc: _Doc, t: Trigger) -> bool:
    """A party or place named right after the trigger (القصف على دوما، الهجوم التركي): news of its own."""
    return any(t.last < m.first <= t.last + 2 for m in doc.mentions)


def _acted_upon(words, t: Trigger) -> bool:
    """على المتظاهرين، للمحتجين: the participants are the object of another act."""
    if t.first > 0 and words[t.first - 1].norm in argument_markers().acted_upon:
        return True
    return any(r.prefix.endswith(("ل", "لل")) and not r.prefix.endswith("ال")
               for r in readings(words[t.first].norm) if r.key == t.form.form[0])
