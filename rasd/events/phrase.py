"""Argument rules that read the trigger's own phrase: an agent after من قبل, the pronoun or name
right before a verb (its subject), the name right after it (a verb's subject, a verbal noun's
genitive), an affiliation (التابعة لـ), a clause on a verbal noun, a doer after لـ or من. Most find
the doer; some find the one hit (a genitive of استهداف، مقتل)."""
from __future__ import annotations

from rasd.events.lexicon import Word, affixes, argument_markers, force_noun, readings
from rasd.events.mentions import Mention, is_place
from rasd.events.search import (ACTOR_TYPES, AFFECTING, AFTER_REACH, BILATERAL, NOUN_GENITIVE_GAP, SYMMETRIC,
                                VERB_SUBJECT_GAP, _casualty, _joined_verb, _Search, _through_preposition, _written_apart)
from rasd.events.triggers import Trigger
from rasd.syntax import affiliated_owner
from rasd.syntax.clauses import PUNCTUATION
from rasd.syntax.lexicon import syntax_words

_OBJECT_PRONOUNS = frozenset(affixes("object"))
NOUN_CLAUSE_REACH = 5    # words after a verbal noun in which a clause on it (الذي، أطلقها) may open


def _agent(s: _Search) -> None:
    """The doer named by من قبل / على يد."""
    if s.args.actor is None:
        s.args.actor = s.take(next((m for m in s.after if m.role == "agent" and m.first - s.t.last <= AFTER_REACH
                                    and m.entity.type in ACTOR_TYPES), None))


def _after_object_pronoun(s: _Search) -> None:
    """A verb that carries its object as a pronoun (منعته، أعدمهم) has its subject next, also as
    part of a body (وحدات من الجيش، عناصر من القوات الحكومية): that body is the doer, not the one hit."""
    t = s.t
    if s.args.actor is not None or t.form.pos != "V" or s.passive or not s.after or s.words is None:
        return
    if not any(r.key == t.form.form[0] and r.suffix in _OBJECT_PRONOUNS for r in readings(s.words[t.first].norm)):
        return
    m = s.after[0]
    between = [s.words[k].norm for k in range(t.last + 1, m.first)]
    if m.entity.type in ACTOR_TYPES and not is_place(m) and (
            not between or (len(between) == 2 and between[1] == "من" and not between[0].startswith("ال"))):
        s.args.actor = s.take(m)


def _followers_of(s: _Search) -> None:
    """آلاف من أنصار التيار الصدري، أنصار زعيم التيار: after a verb or its noun, the party whose
    followers are its subject is the doer (their number and a title may stand between)."""
    t = s.t
    if s.args.actor is not None or s.passive or not s.after or s.words is None:
        return
    followers = argument_markers().followers
    k = next((j for j in range(t.last + 1, min(t.last + 4, len(s.words))) if s.words[j].norm in followers), None)
    if k is None:
        return
    m = next((m for m in s.after if m.first > k), None)
    if m is not None and min(m.first, m.title_first or m.first) - k <= 2 and m.entity.type in ACTOR_TYPES and not is_place(m):
        s.args.actor = s.take(m)


def _pronoun_subject(s: _Search) -> None:
    """أعلن الحرس أنه قصف مخازن العصابة: أنه right before the verb is its subject, the reporter; a
    name after the verb is then its object."""
    t = s.t
    if s.subject is None or s.args.actor is not None or s.passive or s.words is None or t.first == 0:
        return
    if t.form.pos != "V" and s.words[t.first].norm != t.form.form[0]:
        return                  # قصف as written is the verb as well as its noun
    prev = s.words[t.first - 1].norm
    if prev in syntax_words().comp and any(r.key == "ان" and r.suffix for r in readings(prev)):
        s.args.actor = s.subject


def _affiliated(s: _Search) -> None:
    """قصف الطائرات التابعة للنظام، هاجمت الميليشيات الموالية لإيران: the word after the trigger is a
    common noun that belongs to the party named after an affiliation word: that party acts
    (or, for a noun whose genitive is the one hit, and a passive, is acted upon)."""
    t = s.t
    if s.words is None or not s.text:
        return
    m = next((x for x in s.after if x.role == "sponsor" and id(x) not in s.used), None)
    if m is None or any(x.first < m.first for x in s.after) or not affiliated_owner(s.words, t.last, m.first, s.text):
        return
    # … and a verb's object that is no force (استهدف دبابات تابعة للقوات الحكومية) belongs to the one hit
    hit = s.passive or (t.form.pos == "N" and (t.form.object_genitive or _casualty(t))) \
        or (t.form.pos == "V" and not force_noun(s.words[t.last + 1].norm))
    if hit and s.args.target is None:
        s.args.target = s.take(m)
    elif not hit and s.args.actor is None and m.entity.type in ACTOR_TYPES:
        s.args.actor = s.take(m)


def _relative_subject(s: _Search) -> None:
    """غوتيريش، الذي زار المعبر، …: a verb right after a relative pronoun has the name before it as its subject."""
    t = s.t
    if s.words is None or s.args.actor is not None or t.form.pos != "V" or t.first < 2 \
            or s.words[t.first - 1].norm not in argument_markers().relative:
        return
    m = next((x for x in s.mentions if x.last == t.first - 2 and x.entity.type in ACTOR_TYPES and not is_place(x)), None)
    if m is not None:
        s.args.actor = s.take(m)


def _clause_on_noun(s: _Search) -> None:
    """الحصار الذي تفرضه إسرائيل، صواريخ أطلقتها الميليشيات: the subject of a (relative) clause on a
    verbal noun is its doer."""
    t = s.t
    if s.words is None or s.args.actor is not None or t.form.pos != "N":
        return
    markers = argument_markers()
    # the clause may follow a coordinated noun (قصف مدفعي وهجوم بطائرة مسيرة شنتهما الجماعة), not a comma
    k = next((j for j in range(t.last + 1, min(s.window[1], t.last + 1 + NOUN_CLAUSE_REACH))
              if any(r.key in markers.relative or (r.key in markers.light and r.suffix in _OBJECT_PRONOUNS)
                     for r in readings(s.words[j].norm))), None)
    if k is not None and (any(ch in PUNCTUATION for ch in s.gap_text(s.words[t.last].end, s.words[k].start))
                          or any(t.last < m.first < k for m in s.after)):
        k = None        # هجومها على مقاتلي المعارضة الذين تدعمهم تركيا: the clause is on the name before it
    if k is not None:
        # after a relative pronoun the verb comes first (الذي تفرضه إسرائيل); a light verb with its
        # object pronoun is that verb (أطلقها الحوثيون)
        light = not any(r.key in markers.relative for r in readings(s.words[k].norm))
        lo = k if light else k + 1
        # (a person's title counts as where he is named: دعوة أطلقها الثلاثاء زعيم الحزب فلان)
        s.args.actor = s.take(next((m for m in s.after if lo < m.first and _named_from(m, lo) <= k + 3 and m.entity.type in ACTOR_TYPES
                                    and not is_place(m) and m.role not in ("target", "place")
                                    and id(m) not in s.used), None))


def _named_from(m: Mention, lo: int) -> int:
    """The first word naming a mention after word lo: its title's, for a person named with one."""
    return m.title_first if m.title_first is not None and m.title_first > lo else m.first


# a verb's own subject suffix (قصفوا، يقصفون، قصفا): the subject stood before it, a name after is its object
PLURAL_SUBJECT = ("وا", "ون", "ا", "تا")


def _subject_before(s: _Search) -> None:
    """Subject–verb order (قال إن الحوثيين قصفوا مواقع القوات الحكومية؛ أن قوات الأمن اعتقلت): the party
    right before a verb is its subject, so the name after the verb is its object, not its doer."""
    t = s.t
    if s.args.actor is not None or t.form.pos != "V" or s.words is None or not s.before or s.passive:
        return
    m = s.before[0]
    gap = t.first - m.last - 1
    between = [s.words[j].norm for j in range(m.last + 1, t.first)]
    if _joined_verb(t, s.words):
        return                  # زار … بغداد والتقى: a verb joined by و shares the first verb's subject
    if m.role == "coord" and len(s.before) > 1 and m.first - s.before[1].last <= 2 and s.before[1].role is None \
            and s.before[1].entity.type in ACTOR_TYPES and not is_place(s.before[1]) and gap <= 1 \
            and not _written_apart(s, m, t.first):
        # إسرائيل وحماس اتفقتا: the first of the pair acts, the other is its partner
        s.args.actor = s.take(s.before[1])
        if t.type in SYMMETRIC + BILATERAL:
            s.args.target = s.take(m)
        return
    if gap > 1 or any(w not in argument_markers().preverbal for w in between) or m.role is not None \
            or m.entity.type not in ACTOR_TYPES or is_place(m) or id(m) in s.used or _written_apart(s, m, t.first):
        if _subject_suffix(t, s.words):
            s.object_only = True            # قصفوا مواقع …: no subject after it; the doer is found before
        return
    s.args.actor = s.take(m)


def _subject_suffix(t: Trigger, words: list[Word]) -> bool:
    return t.first == t.last and any(r.key == t.form.form[0] and r.suffix in PLURAL_SUBJECT
                                     for r in readings(words[t.first].norm))


def _through_place_noun(s: _Search, lo: int, hi: int) -> bool:
    """قصف مواقع للدعم السريع: a place noun between makes the لـ name the owner of the place, not the doer."""
    place_nouns = argument_markers().place_nouns
    return any(r.key in place_nouns for j in range(lo, hi) for r in readings(s.words[j].norm))


def _marker_start(s: _Search, m: Mention) -> int:
    """The index of the first word of a mention's marker phrase (من قبل، من) and the words it skips
    (قوات، عناصر); the mention's own first word when the marker is a clitic on it."""
    if s.words is None or s.words[m.first].start < m.start:       # للحركة: the clitic is on the name
        return m.first
    k = m.first
    skip = argument_markers().skip
    while k - 1 >= 0 and any(r.key in skip for r in readings(s.words[k - 1].norm)):
        k -= 1
    if len(m.marker) > 1 or (m.marker and k > 0 and s.words[k - 1].norm == m.marker):
        k -= len(m.marker.split())
    return max(k, 0)


def _lam_object_follows(s: _Search, m: Mention) -> bool:
    """قصف قوات النظام للغوطة، استهداف إسرائيل المتكرر للجانب الفلسطيني: an object with لـ after the
    genitive (past its definite adjectives) makes the genitive the doer."""
    if any(x.role == "target" and x.first - m.last <= 3 for x in s.after if x.first > m.last):
        return True
    if s.words is None:
        return False
    for k in range(m.last + 1, min(m.last + 3, len(s.words))):
        w = s.words[k].norm
        if w.startswith("لل") and len(w) > 4:
            return w not in argument_markers().lam_times       # للمرة الثانية: when, no object
        if not w.startswith("ال"):
            return False
    return False


def _passive(s: _Search) -> bool:
    """تمّ before a verbal noun (تم استهداف …): a passive, its genitive is the one acted upon."""
    return s.words is not None and s.t.first > 0 and \
        any(r.key in argument_markers().passive for r in readings(s.words[s.t.first - 1].norm))


def _nisba_after_noun(s: _Search, m: Mention) -> bool:
    """الدفاعات الجوية السعودية: a state's name in the form of an adjective after a definite noun
    describes that noun (the subject), it is not the verb's object."""
    if s.words is None or m.first == 0 or m.first != m.last:
        return False
    w, prev = s.words[m.first].norm, s.words[m.first - 1].norm
    return w.startswith("ال") and w.endswith(("يه", "ي")) and prev.startswith("ال")


PRONOUNS = ("ه", "ها", "هم", "هما", "هن", "نا")


def _owned(s: _Search) -> bool:
    """A verbal noun with a pronoun (قتالهم، استهدافه، هجومها): the pronoun is its doer."""
    if s.words is None:
        return False
    last = s.t.form.form[-1]
    return any(r.key == last and r.suffix in PRONOUNS for r in readings(s.words[s.t.last].norm))


def _right_after(s: _Search) -> None:
    """The name right after the trigger: the subject of a verb, the genitive of a verbal noun
    (a place there is the target of an attack; a state's adjective its doer: الهجوم التركي)."""
    t = s.t
    if s.args.actor is not None or not s.after or s.passive:
        return
    m = s.after[0]
    gap = (m.first if m.title_first is None or m.title_first <= t.last else m.title_first) - t.last - 1
    if s.words is not None:     # توسطت فيه قطر: the resumptive preposition does not part a verb from its subject
        gap -= sum(1 for j in range(t.last + 1, m.first) if s.words[j].norm in argument_markers().resumptive)
    own_phrase = m.role == "sponsor" and not gap and m.marker.split()[-1:] == list(t.form.form[-1:])
    if (m.role is not None and not own_phrase) or gap > (VERB_SUBJECT_GAP if t.form.pos == "V" else NOUN_GENITIVE_GAP):
        return                  # (بناء على طلب الحكومة: the patron's phrase is the trigger's own, its genitive the doer)
    if s.words is not None and gap and _through_preposition(s, t.last + 1, m.first, clitics=t.form.pos == "N"):
        return
    if s.object_only and not is_place(m) and m.entity.type in ACTOR_TYPES:
        return
    if t.form.pos == "V" and gap and m.entity.type == "GPE" and not m.adjective and not _nisba_after_noun(s, m):
        if t.type == "CONSULT" and s.args.location is None:
            s.args.location = m.entity
        return                  # زار وزير الخارجية الإيراني بغداد: a country or city after the subject is the object
    if m.adjective and not m.place_noun and t.form.pos == "N":
        s.args.actor = s.take(m)
    elif t.form.pos == "N" and _owned(s) and (m.entity.type in ACTOR_TYPES or is_place(m)):
        if s.args.target is None:   # قتالهم التنظيم، استهدافه موقع زبدين: the noun has its doer, the name is its object
            s.args.target = s.take(m)
    elif (t.form.object_genitive or _casualty(t)) and t.form.pos == "N" and m.entity.type in ACTOR_TYPES \
            and not _lam_object_follows(s, m):
        if s.args.target is None:   # استهداف قوات الاحتلال، مقتل القيادي: the genitive is the one hit
            s.args.target = s.take(m)
    elif t.type in AFFECTING and (m.place_noun or _passive(s)) and m.entity.type in ACTOR_TYPES:
        if s.args.target is None:   # استهداف مقر الأمم المتحدة، تم اعتقال قادة الحزب: what is hit
            s.args.target = s.take(m)
    elif is_place(m) or (t.type in AFFECTING and t.form.pos == "N" and m.entity.type == "GPE"
                         and not _lam_object_follows(s, m)):
        if t.type in AFFECTING and s.args.target is None:
            s.args.target = s.take(m)
    elif m.entity.type in ACTOR_TYPES and t.purpose and (doer := _purpose_doer(s)) is not None:
        # يصل عراقجي إلى دمشق للقاء الأسد: a purpose noun's doer is the subject before it, its genitive the object
        s.args.actor = s.take(doer)
        if s.args.target is None:
            s.args.target = s.take(m)
    elif m.entity.type in ACTOR_TYPES:
        s.args.actor = s.take(m)


def _purpose_doer(s: _Search):
    """The party before a purpose noun in its clause (the subject of the verb it is the purpose of)."""
    return next((b for b in s.before if b.role is None and b.entity.type in ACTOR_TYPES and not is_place(b)
                 and id(b) not in s.used), None)


def _lam_or_min_doer(s: _Search) -> None:
    """A verbal noun without a genitive names its doer with لـ or من: غارات لقوات النظام، انتقادات من واشنطن، وفد من الحركة."""
    t = s.t
    if s.args.actor is not None or t.form.pos != "N":
        return
    for m in s.after:
        if m.first - t.last > 3 or id(m) in s.used:
            return
        hi = _marker_start(s, m)
        if s.words is not None and (_through_preposition(s, t.last + 1, hi) or _through_place_noun(s, t.last + 1, hi)):
            return
        if m.entity.type in ("PERSON", "ORG") or (m.entity.type == "GPE" and not m.place_noun):
            if (m.marker == "ل" and t.type in AFFECTING + ("MOBILIZE",)) or \
                    (m.marker == "من" and t.type in ("ACCUSE", "REQUEST", "THREATEN", "SUPPORT", "REJECT", "AID", "CONSULT")):
                s.args.actor = s.take(m)
                return
