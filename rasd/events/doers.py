"""Argument rules for a doer the trigger's own phrase does not name: a name before it in the clause
(a reported clause: أن قوات النظام قصفت), the speaker a pronoun points to, the sentence's topic."""
from __future__ import annotations

from rasd.events.lexicon import Word, argument_markers, readings
from rasd.events.mentions import Mention, is_place
from rasd.events.parties import mediation, parties_follow
from rasd.events.search import ACTOR_TYPES, BEFORE_REACH, SYMMETRIC, VERB_SUBJECT_GAP, _casualty, _joined_verb, _Search
from rasd.events.triggers import Trigger


def _parties_follow(s: _Search) -> bool:
    return s.words is not None and (parties_follow(s.t, s.words) or mediation(s.t, s.words))


def unnamed_force_after(t: Trigger, words: list[Word] | None, mentions: list[Mention]) -> bool:
    """A verb whose subject right after it is a force the entity stage did not name (داهمت وحدات
    أمنية، أغلقت قوات الأمن المقر): its doer is that force, not a party named before or carried on."""
    if words is None or t.form.pos != "V" or t.last + 1 >= len(words):
        return False
    j = t.last + 1
    own = argument_markers().own
    nxt = words[j]
    return any(r.key in own and not r.suffix for r in readings(nxt.norm)) \
        and not any(m.first == j for m in mentions)


RESPONSE_REACH = 4     # words from a word of answering (رداً) to the act it answers (… على الهجوم الذي استهدف)


def answered_from(t: Trigger, words: list[Word]) -> int | None:
    """The index of the word of answering (رداً على، انتقاماً لـ) whose complement is this act, if any:
    the act answered is another party's, and the one answering, named before, is not its doer."""
    response = argument_markers().response
    for k in range(t.first - 1, max(-1, t.first - 1 - RESPONSE_REACH), -1):
        if words[k].norm in response or (words[k].norm[:1] in "وف" and words[k].norm[1:] in response):
            nxt = words[k + 1].norm
            return k if nxt == "علي" or (nxt[:1] == "ل" and k + 1 == t.first) else None
    return None


def _opens_an_clause(s: _Search) -> bool:
    """بعد أن داهمت، أن يقصف: a verb right after a bare أن opens its clause, its subject follows it."""
    return s.words is not None and s.t.form.pos == "V" and s.t.first > 0 and s.words[s.t.first - 1].norm == "ان"


def _doer_before(s: _Search) -> None:
    """The doer before the trigger (a reported clause: أن قوات النظام قصفت; A و B توصلتا إلى اتفاق)."""
    t = s.t
    if s.args.actor is not None or _parties_follow(s) or s.undergone or _circumstance(s) or _opens_an_clause(s) \
            or unnamed_force_after(t, s.words, s.mentions):
        return
    joined = t.form.pos == "V" and s.words is not None and _joined_verb(t, s.words)
    antecedent = _antecedent(s)
    if antecedent is not None:
        s.args.actor = s.take(antecedent)
        return
    for m in s.before:
        if t.first - m.last > BEFORE_REACH or _recap_between(s, m.last + 1, t.first):
            return
        if joined and m.last == t.first - 1:
            continue            # زار الوزير بغداد والتقى: the name before a joined verb is the first verb's object
        if id(m) in s.used or m.entity.type not in ACTOR_TYPES or is_place(m) or m.role in ("target", "place", "sponsor") \
                or m.marker == "مع":
            continue
        k = s.before.index(m)
        first = k          # a list's first party (الجيش العراقي وجهاز مكافحة الإرهاب وقوات الحشد بدأت التقدم)
        while s.before[first].role == "coord" and first + 1 < len(s.before) \
                and s.before[first].opening - s.before[first + 1].last <= 2 \
                and s.before[first + 1].entity.type in ACTOR_TYPES and not is_place(s.before[first + 1]) \
                and s.before[first + 1].role not in ("target", "place", "sponsor"):
            first += 1
        if first > k:
            # تبادل الجيش وحزب الله إطلاق النار: the first of the pair acts, the other is its partner
            s.args.actor = s.take(s.before[first])
            if t.type in SYMMETRIC and s.args.target is None and first == k + 1:
                s.args.target = s.take(m)
            for x in s.before[k:first]:
                s.used.add(id(x))       # the rest of the list act with it, none is acted upon
            return
        s.args.actor = s.take(m)
        if t.type in SYMMETRIC and s.args.target is None:
            nxt = [x for x in s.before[:k] if x.role == "coord" and x.entity is not m.entity]
            if nxt:
                s.args.target = s.take(nxt[-1])
        return


def _antecedent(s: _Search) -> Mention | None:
    """مسلحو الفصيل الذين يغادرون، القوات التي انسحبت: a relative pronoun right before a verb makes the
    name before it the verb's subject, whatever preposition that name follows."""
    t = s.t
    if t.form.pos != "V" or s.words is None or t.first < 2 \
            or not any(r.key in argument_markers().relative for r in readings(s.words[t.first - 1].norm)):
        return None
    m = s.before[0] if s.before else None
    if m is None or m.last != t.first - 2 or id(m) in s.used or m.entity.type not in ACTOR_TYPES or is_place(m):
        return None
    return m


def _recap_between(s: _Search, lo: int, hi: int) -> bool:
    """…، وذلك بعد تسليم السلاح: a word summing up the clause before stands between."""
    recap = argument_markers().recap
    return s.words is not None and any(r.key in recap for j in range(lo, hi) for r in readings(s.words[j].norm))


def _circumstance(s: _Search) -> bool:
    """مقتل القيادي فلان في قصف، جراء غارة: an event noun after such a preposition is the setting of
    the clause, and the name before it belongs to the clause (often the victim), not to the noun."""
    t = s.t
    return t.form.pos == "N" and s.words is not None and t.first > 0 \
        and s.words[t.first - 1].norm in argument_markers().circumstance


def _speaker_subject(s: _Search) -> None:
    """قالت إسرائيل إنها ستقصف: "she" is the speaker."""
    if s.args.actor is None and s.subject is not None and not s.passive:
        s.args.actor = s.subject


def _unnamed_subject(s: _Search) -> bool:
    """A reported clause that opens with a subject the entity stage did not name (إن قوات التحالف شنت،
    أن الطيران الحربي قصف): its verb has that doer, not the sentence's topic."""
    t, (lo, _hi) = s.t, s.window
    if s.words is None:
        return False
    bare = s.words[t.first].norm == t.form.form[0]          # قصف: the noun's form is the verb's too
    if not ((t.form.pos == "V" or bare) and s.sentence is not None and lo > s.sentence[0]
            and 0 < t.first - lo <= VERB_SUBJECT_GAP + 1 and not s.before and s.subject is None):
        return False
    # a noun phrase right before the verb: no preposition opens it, no punctuation cuts it
    return not argument_markers().phrases.match(s.words, lo) and \
        not any(ch in ".!?؟،,؛;:\n«»“”\"" for ch in s.gap_text(s.words[lo].start, t.span.start))


def _topic(s: _Search) -> None:
    """The sentence's first party (وكان جيش الإسلام قد نفى … جاهزيته لتسليم أسلحته)."""
    if s.args.actor is not None or s.sentence is None:
        return
    s_lo = s.sentence[0]
    if _unnamed_subject(s) or _parties_follow(s) or s.undergone or unnamed_force_after(s.t, s.words, s.mentions):
        return
    joined = s.t.form.pos == "V" and s.words is not None and _joined_verb(s.t, s.words)
    s.args.actor = s.take(next((m for m in s.mentions if s_lo <= m.first and m.last < s.t.first and id(m) not in s.used
                                and not (joined and m.last == s.t.first - 1)
                                and not _recap_between(s, m.last + 1, s.t.first)
                                and not (s.t.type == "ASSAULT" and m.entity.type == "PERSON")   # a spokesman fires no shells
                                and m.entity.type in ACTOR_TYPES and not is_place(m)
                                # أعلنت وزارة الصحة ارتفاع عدد الشهداء: who counts the dead did not kill them
                                and not (_casualty(s.t) and m.entity.id in s.exclude)
                                and m.role not in ("place", "target", "sponsor")), None))
