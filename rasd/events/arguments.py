"""Who did it to whom, and where: the entity arguments of an event trigger.

Arabic news puts the doer after a verb (قصفت قوات النظام الغوطة) or before it in a reported
clause (أن قوات النظام قصفت), and after a verbal noun in a genitive (انسحاب قوات الحشد). The
party acted upon follows على، ضد، لـ or stands as a direct object; the other party of a meeting,
deal or clash follows مع or بين A و B; the place follows في، بـ، من، إلى. Each name near the
trigger is given the role its marker says (rasd/data/events/arguments.tsv) and the nearest fit
wins. Nothing is invented: with no fitting name the argument stays None.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from rasd.events.lexicon import Word, affixes, argument_markers, keys, readings
from rasd.events.triggers import Trigger
from rasd.model import Entity, Span
from rasd.syntax import affiliated_owner, is_dateline, is_passive, scene_subject
from rasd.syntax.lexicon import syntax_words
from rasd.text import normalize

ACTOR_TYPES = ("PERSON", "ORG", "GPE")
PLACE_TYPES = ("GPE", "LOC", "FAC")
AFFECTING = ("ASSAULT", "COERCE", "THREATEN", "SANCTION", "ACCUSE")   # the target may be a place
SYMMETRIC = ("CONSULT", "AGREE", "COOPERATE", "ASSAULT")             # بين A و B: A acts, B is the other
VERB_SUBJECT_GAP = 3     # words between a verb and its subject after it
NOUN_GENITIVE_GAP = 1    # words between a verbal noun and the name it governs
BETWEEN_REACH = 8        # words from a deal or clash to the first name after its بين (وقع اتفاق صباح اليوم بين كل من …)
AFTER_REACH = 8          # words after the trigger searched for target and place
HEADING_EXTRA = 4        # further words searched after the trigger for a heading
BEFORE_REACH = 12        # words before the trigger searched for the doer


@dataclass(slots=True)
class Mention:
    start: int
    end: int
    entity: Entity
    first: int            # index of the word it starts in
    last: int             # index of the word it ends in
    role: str | None      # agent, target, partner, place, coord, or None (no marker)
    marker: str           # the marker as written (normalised), '' if none
    place_noun: bool      # preceded by a place noun (مدينة دوما): a place, not a party
    adjective: bool = False   # a state named by its adjective (الهجوم التركي): the doer when it follows a noun
    describes_speaker: bool = False   # in the words naming a speaker (الأمين العام للأمم المتحدة): not a party
    dateline: bool = False    # the place the report is filed from (جنين - …): a place, never a party


_NISBA = frozenset(affixes("nisba"))
_OBJECT_PRONOUNS = frozenset(affixes("object"))


def _nisba_stem(name: str) -> str:
    """The stem a state's adjective is built on: روسيا → روس (الروسية)، مصر → مصر (المصري)، العراق → عراق."""
    n = normalize(name)
    n = n[2:] if n.startswith("ال") else n
    return n[:-2] if n.endswith(("يا", "يه")) else n


def _adjective_mentions(entities: list[Entity], words: list[Word], taken: list[tuple[int, int]]) -> list[tuple[int, int, Entity]]:
    """Words that name a state by its adjective (المقاتلات الإسرائيلية، بدعم جوي روسي، بالشروط الروسية):
    they point to the article's entity for that state, so the adjective can be an argument."""
    stems = {}
    for e in entities:
        if e.type == "GPE" and " " not in e.name.strip():
            stem = _nisba_stem(e.name)
            if len(stem) >= 3:
                stems[stem] = e
    if not stems:
        return []
    out = []
    stem_set = frozenset(stems)
    for k, w in enumerate(words):
        if stem_set.isdisjoint(keys(w.norm)) or any(s <= w.start < e for s, e in taken):
            continue
        if k > 0 and any(s <= words[k - 1].start < e for s, e in taken):
            continue                    # وكالة سبوتنيك الروسية: it describes the name before it
        for r in readings(w.norm):
            if r.suffix in _NISBA and r.key in stems:
                out.append((w.start, w.end, stems[r.key]))
                break
    return out


def mentions_of(entities: list[Entity], words: list[Word], text: str) -> list[Mention]:
    starts = [w.start for w in words]
    out = []
    taken = [(m.start, m.end) for e in entities for m in e.mentions]
    for start, end, e in _adjective_mentions(entities, words, taken):
        first = max(0, bisect_right(starts, start) - 1)
        place_noun = first > 0 and any(r.key in argument_markers().place_nouns for r in readings(words[first - 1].norm))
        role, marker, _ = _marker(words, first, start, text)
        if role != "sponsor":                       # بجهود مصرية، بضمانة روسية: the state stood behind it
            role, marker = None, ""
        out.append(Mention(start, end, e, first, first, role, marker, place_noun, adjective=True))
    for e in entities:
        for m in e.mentions:
            first = max(0, bisect_right(starts, m.start) - 1)
            last = max(first, bisect_left(starts, m.end) - 1)
            role, marker, place_noun = _marker(words, first, m.start, text)
            if last > first and any(r.key in argument_markers().place_nouns for r in readings(words[first].norm)):
                place_noun = True                                # the mention itself opens with مدينة، بلدة …
            out.append(Mention(m.start, m.end, e, first, last, role, marker, place_noun))
    out.sort(key=lambda x: (x.start, -x.end))
    for prev, m in zip(out, out[1:]):     # عربين وجوبر وزملكا: a coordinated name shares the place reading
        if m.role == "coord" and m.first - prev.last <= 2 and (prev.place_noun or prev.role == "place"):
            m.place_noun = True
            m.role = "place" if prev.role == "place" else m.role
    for m in out:          # شهدت الضفة الغربية اقتحامات: the subject of a scene verb is where it happened
        if m.role is None and not m.adjective and scene_subject(words, m.first):
            m.role = "place"
        elif not m.adjective and is_dateline(text, m.start, m.end):     # «جنين - واصلت …»: where it is filed from
            m.role, m.place_noun, m.dateline = "place", True, True
    # a name the article once calls a town (مدينة دوما) is a place wherever it stands
    towns = {id(m.entity) for m in out if m.place_noun and m.entity.type == "GPE"}
    for m in out:
        if id(m.entity) in towns and not m.adjective:     # الغارات الإسرائيلية: an adjective names the state, never a town
            m.place_noun = True
    return out


def _marker(words: list[Word], first: int, start: int, text: str) -> tuple[str | None, str, bool]:
    """The role marker before a mention, or "sponsor" for a patron (التابعة لإيران، المدعومة من تركيا)."""
    role, marker, place_noun = _plain_marker(words, first, start, text)
    if role in ("target", "place") and marker in ("ل", "من") and words:
        k = first - 1 if marker == "ل" else first - 2
        if k >= 0 and words[k].norm in argument_markers().affiliation:
            return "sponsor", marker, place_noun
    return role, marker, place_noun


def _plain_marker(words: list[Word], first: int, start: int, text: str) -> tuple[str | None, str, bool]:
    """The role marker before a mention: a proclitic on its first word or the words before it."""
    markers = argument_markers()
    phrases, clitics, skip, place_nouns = markers.phrases, markers.clitics, markers.skip, markers.place_nouns
    w = words[first] if words else None
    if w is not None and w.start < start:                      # لفيلق، بمدينة: clitic written on the name
        pre = normalize(text[w.start:start])
        if pre.endswith("ال"):
            pre = pre[:-2]
        for ch in reversed(pre):
            if ch in clitics:
                return clitics[ch], ch, False
            if ch == "و":
                return "coord", ch, False
    elif w is not None:
        pre = next((r.prefix for r in readings(w.norm) if r.prefix and r.prefix[0] == "و"), "")
        if w.norm.startswith("و") and pre:
            return "coord", "و", False
    k = first - 1
    place_noun = False
    while k >= 0 and k >= first - 3:
        wk = words[k]
        if wk.norm in markers.resumptive:
            break               # توسطت فيه قطر: فيه governs its pronoun, not the name
        if any(r.key in skip for r in readings(wk.norm)):
            place_noun = place_noun or any(r.key in place_nouns for r in readings(wk.norm))
            for r in readings(wk.norm):                         # بمدينة: the clitic on the place noun
                if r.key in skip and r.prefix:
                    p = r.prefix[:-2] if r.prefix.endswith("ال") else r.prefix
                    for ch in reversed(p):
                        if ch in clitics:
                            return clitics[ch], ch, True
                    break
            k -= 1
            continue
        for j in range(max(0, k - 2), k + 1):
            for n, form, role in phrases.match(words, j):
                if j + n - 1 == k:
                    return role, " ".join(form), place_noun
        break
    return None, "", place_noun


@dataclass(slots=True)
class Arguments:
    actor: Entity | None = None
    target: Entity | None = None
    location: Entity | None = None


def is_place(m: Mention) -> bool:
    """A place here: a location or facility, or a town (مدينة دوما، في دوما)."""
    return m.entity.type in ("LOC", "FAC") or (m.entity.type == "GPE" and (m.place_noun or m.role == "place"))


def _pair_after(t: Trigger, words: list[Word]) -> bool:
    """بين الطرفين / بينهما right after the trigger."""
    pair = argument_markers().pair
    for j in range(t.last + 1, min(len(words), t.last + 4)):
        for r in readings(words[j].norm):
            if r.key in ("بين",) and r.suffix == "هما":
                return True
            if r.key == "بين" and j + 1 < len(words) and any(x.key in pair for x in readings(words[j + 1].norm)):
                return True
    return False


PLACE_TARGETED = ("ASSAULT", "COERCE", "THREATEN", "SANCTION", "MOBILIZE")   # a place may be what is hit
BILATERAL = ("AGREE", "CONSULT", "COOPERATE", "CONCEDE", "REJECT", "REQUEST", "RETREAT", "ACCUSE")


@dataclass
class _Search:
    """One trigger's argument search: the mentions around it and what is taken so far."""
    t: Trigger
    words: list[Word] | None
    mentions: list[Mention]
    window: tuple[int, int]
    sentence: tuple[int, int] | None
    exclude: frozenset[str]
    subject: Entity | None
    near: list[Mention]
    after: list[Mention]
    before: list[Mention]                  # nearest first
    args: Arguments = field(default_factory=Arguments)
    used: set[int] = field(default_factory=set)
    text: str = ""
    object_only: bool = False              # the verb carries its subject (قصفوا): a name after it is the object
    undergone: bool = False                # تعرض لقصف: the subject underwent it, the doer goes unnamed
    passive: bool = False                  # اعتُقل الصحفي، قتل 11 مدنياً: the verb's subject is the one it was done to

    def gap_text(self, start: int, end: int) -> str:
        return self.text[start:end] if self.text else ""

    def take(self, m: Mention | None) -> Entity | None:
        if m is None:
            return None
        self.used.add(id(m))
        return m.entity

    def in_sentence(self) -> list[Mention]:
        s_lo, s_hi = self.sentence if self.sentence is not None else self.window
        t = self.t
        return [m for m in self.mentions if s_lo <= m.first and m.last < s_hi
                and not (m.start < t.span.end and t.span.start < m.end)]


def _agent(s: _Search) -> None:
    """The doer named by من قبل / على يد."""
    if s.args.actor is None:
        s.args.actor = s.take(next((m for m in s.after if m.role == "agent" and m.first - s.t.last <= AFTER_REACH
                                    and m.entity.type in ACTOR_TYPES), None))


def _two_sided(t: Trigger) -> bool:
    """Talks, deals, clashes and truces (التهدئة بين الفصائل وإسرائيل) have two parties."""
    return t.type in SYMMETRIC or (t.type == "RETREAT" and t.form.mode == "ceasefire")


def _between(s: _Search) -> None:
    """بين A و B after a meeting, deal, clash or truce: A acts, B is the other party."""
    if not _two_sided(s.t):
        return
    between = next((m for m in s.after if m.role == "partner" and m.marker.startswith("بين") and m.first - s.t.last <= BETWEEN_REACH), None)
    if between is None:
        return
    k = s.after.index(between)
    other = next((m for m in s.after[k + 1:] if m.role == "coord"), None)
    if s.args.actor is None:
        s.args.actor = s.take(between)
        s.args.target = s.take(other)
    else:
        s.args.target = s.take(between)


def _pair(s: _Search) -> None:
    """بين الطرفين / بينهما: the last two parties named before the trigger, in their order."""
    if not _two_sided(s.t) or s.args.actor is not None or s.words is None or not _pair_after(s.t, s.words):
        return
    parties: list[Mention] = []
    for m in s.before:
        if m.entity.type in ACTOR_TYPES and not is_place(m) and all(p.entity is not m.entity for p in parties):
            parties.append(m)
        if len(parties) == 2:
            s.args.actor, s.args.target = s.take(parties[1]), s.take(parties[0])
            return


def _undergone(s: _Search) -> None:
    """تعرضت دورية لليونيفيل لإطلاق نار، تصدّى الجيش لهجوم: the one who underwent it is the target."""
    if s.words is None or s.args.target is not None:
        return
    t, undergo = s.t, argument_markers().undergo
    k = next((j for j in range(t.first - 1, max(s.window[0], t.first - 6) - 1, -1)
              if any(r.key in undergo for r in readings(s.words[j].norm))), None)
    if k is None:
        return
    s.undergone = True          # the doer of what was undergone is unnamed here unless an agent marker names it
    sufferer = next((m for m in s.near if k < m.first and m.last < t.first), None) or \
        next((m for m in s.before if m.last < k and m.entity.type in ACTOR_TYPES and not is_place(m)), None) or \
        next((m for m in s.before if m.last < k and t.type in PLACE_TARGETED), None)   # مستشفى … تعرض للقصف
    if sufferer is not None:
        s.args.target = s.take(sufferer)


def _passive_subject(s: _Search) -> None:
    """اعتُقل الصحفي فلان، أن 11 مدنياً قتلوا: a passive verb's subject, after it or right before it,
    is the one it was done to; its doer is only what على يد / من قبل names (_agent)."""
    if not s.passive:
        return
    s.undergone = True
    if s.args.target is not None:
        return
    t = s.t
    m = next((x for x in s.after if x.first - t.last - 1 <= VERB_SUBJECT_GAP and x.role is None and id(x) not in s.used), None)
    if m is not None and not _through_preposition(s, t.last + 1, m.first, clitics=False) \
            and m.entity.type in ACTOR_TYPES and not is_place(m):
        s.args.target = s.take(m)
        return
    m = s.before[0] if s.before else None
    if m is not None and t.first - m.last - 1 <= 1 and m.role is None and id(m) not in s.used \
            and m.entity.type in ACTOR_TYPES and not is_place(m) and not _written_apart(s, m, t.first):
        s.args.target = s.take(m)


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
    hit = s.passive or (t.form.pos == "N" and (t.form.object_genitive or _casualty(t)))
    if hit and s.args.target is None:
        s.args.target = s.take(m)
    elif not hit and s.args.actor is None and m.entity.type in ACTOR_TYPES:
        s.args.actor = s.take(m)


def _clause_on_noun(s: _Search) -> None:
    """الحصار الذي تفرضه إسرائيل، صواريخ أطلقتها الميليشيات: the subject of a (relative) clause on a
    verbal noun is its doer."""
    t = s.t
    if s.words is None or s.args.actor is not None or t.form.pos != "N":
        return
    markers = argument_markers()
    k = next((j for j in range(t.last + 1, min(s.window[1], t.last + 4))
              if any(r.key in markers.relative or (r.key in markers.light and r.suffix in _OBJECT_PRONOUNS)
                     for r in readings(s.words[j].norm))), None)
    if k is not None:
        # after a relative pronoun the verb comes first (الذي تفرضه إسرائيل); a light verb with its
        # object pronoun is that verb (أطلقها الحوثيون)
        light = not any(r.key in markers.relative for r in readings(s.words[k].norm))
        lo = k if light else k + 1
        s.args.actor = s.take(next((m for m in s.after if lo < m.first <= k + 3 and m.entity.type in ACTOR_TYPES
                                    and not is_place(m) and m.role not in ("target", "place")
                                    and id(m) not in s.used), None))


# a verb's own subject suffix (قصفوا، يقصفون، قصفا): the subject stood before it, a name after is its object
PLURAL_SUBJECT = ("وا", "ون", "ا", "تا")


def _written_apart(s: _Search, m: Mention, k: int) -> bool:
    """Punctuation between a mention and word k: they belong to different clauses."""
    return any(ch in ".!?؟،,؛;:\n«»\"" for ch in s.gap_text(m.end, s.words[k].start))


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


def _joined_verb(t: Trigger, words: list[Word]) -> bool:
    """The verb is written with و/ف (… والتقى، فقصفت): joined to the clause before it."""
    return any(r.key == t.form.form[0] and r.prefix[:1] in ("و", "ف") for r in readings(words[t.first].norm))


def _subject_suffix(t: Trigger, words: list[Word]) -> bool:
    return t.first == t.last and any(r.key == t.form.form[0] and r.suffix in PLURAL_SUBJECT
                                     for r in readings(words[t.first].norm))


def _through_preposition(s: _Search, lo: int, hi: int, clitics: bool = True) -> bool:
    """A preposition (عدداً من قيادات) or, after a noun, a word written with one (عبوة بدورية للجيش)
    stands between: the name after it belongs to that phrase, not to the trigger."""
    markers = argument_markers()
    for j in range(lo, hi):
        if s.words[j].norm in markers.resumptive:
            continue            # اتفاق توسطت فيه موسكو: the preposition governs the pronoun, not the name
        if markers.phrases.match(s.words, j):
            return True
        if not clitics:
            continue
        w = s.words[j].norm
        w = w[1:] if w[:1] in ("و", "ف") else w
        if w[:1] in ("ب", "ل") and len(w) >= 4:
            return True
    return False


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
    """قصف قوات النظام للغوطة: an object with لـ after the genitive makes the genitive the doer."""
    return any(x.role == "target" and x.first - m.last <= 3 for x in s.after if x.first > m.last)


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


def _casualty(t: Trigger) -> bool:
    """A casualty noun or a victim's verb (مقتل، الشهداء، أصيب): it names the dead, not who killed them."""
    return t.form.result and (t.form.pos == "N" or t.form.suffered)


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
    gap = m.first - t.last - 1
    if s.words is not None:     # توسطت فيه قطر: the resumptive preposition does not part a verb from its subject
        gap -= sum(1 for j in range(t.last + 1, m.first) if s.words[j].norm in argument_markers().resumptive)
    if m.role is not None or gap > (VERB_SUBJECT_GAP if t.form.pos == "V" else NOUN_GENITIVE_GAP):
        return
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
    elif is_place(m) or (t.type in AFFECTING and t.form.pos == "N" and m.entity.type == "GPE"):
        if t.type in AFFECTING and s.args.target is None:
            s.args.target = s.take(m)
    elif m.entity.type in ACTOR_TYPES:
        s.args.actor = s.take(m)


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


def _acted_upon(s: _Search) -> None:
    """The party acted upon: after على/ضد/لـ/مع, or a verb's object."""
    t = s.t
    if s.args.target is not None:
        return
    for m in s.after:
        # صواريخ أطلقتها الميليشيات من داخل الأراضي اليمنية باتجاه أراضي المملكة: a heading reaches further
        reach = AFTER_REACH + HEADING_EXTRA if m.marker in argument_markers().heading else AFTER_REACH
        if id(m) in s.used or m.first - t.last > reach:
            continue
        if m.role in ("target", "partner") and (m.entity.type in ACTOR_TYPES or t.type in AFFECTING):
            if m.marker == "ل" and m.entity.type in PLACE_TYPES and t.type not in AFFECTING + ("AID",):
                continue
            s.args.target = s.take(m)
            return
        if m.role is None and t.form.pos == "V" and s.args.actor is not None \
                and (t.type in PLACE_TARGETED or (m.entity.type in ACTOR_TYPES and not is_place(m))):
            s.args.target = s.take(m)        # (one accuses a party, not an airport)
            return
        # اغتالوا مسؤولاً في حزب الإصلاح: an organisation after في is what the victim belongs to
        # … خمسة جنود من الجيش العراقي: the body the victims belong to
        if m.role == "place" and m.marker in ("في", "من") and m.entity.type == "ORG" and t.type in AFFECTING \
                and m.first - t.last > 1:
            s.args.target = s.take(m)
            return


def _attacked_party(s: _Search) -> None:
    """An attack on a party named near it outranks the place it hit (استهدفت مواقع حزب الله في الجنوب)."""
    if s.t.type != "ASSAULT" or (s.args.target is not None and s.args.target.type not in PLACE_TYPES):
        return
    party = next((m for m in s.after if m.first - s.t.last <= AFTER_REACH and id(m) not in s.used
                  and (m.entity.type in ("ORG", "PERSON") or m.adjective)   # مواقع عسكرية إسرائيلية
                  and m.role in (None, "target", "coord", "partner") and m.entity is not s.args.actor), None)
    if party is not None:
        s.args.target = s.take(party)


def _parties_follow(s: _Search) -> bool:
    return s.words is not None and (parties_follow(s.t, s.words) or mediation(s.t, s.words))


def mediation(t: Trigger, words: list[Word]) -> bool:
    """بوساطة قطرية: a deal or truce reached by someone's mediation names the mediator after the noun
    or not at all; the parties around it are the ones mediated between, not the mediator."""
    return t.form.mode == "third-party" and t.form.pos == "N" and \
        any(r.key == t.form.form[0] and r.prefix.rstrip("وف").startswith("ب") for r in readings(words[t.first].norm))


def parties_follow(t: Trigger, words: list[Word]) -> bool:
    """بين right after a two-sided event (اشتباكات بين جهاز الردع واللواء 444، المفاوضات بين الطرفين):
    its parties are named there, whether or not the entity stage knew them; no one before it is the doer."""
    if t.type not in SYMMETRIC + ("AGREE", "CONSULT"):
        return False
    return any(any(r.key == "بين" for r in readings(words[j].norm))
               for j in range(t.last + 1, min(len(words), t.last + 3)))


def _doer_before(s: _Search) -> None:
    """The doer before the trigger (a reported clause: أن قوات النظام قصفت; A و B توصلتا إلى اتفاق)."""
    t = s.t
    if s.args.actor is not None or _parties_follow(s) or s.undergone or _circumstance(s):
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
        if m.role == "coord" and k + 1 < len(s.before) and m.first - s.before[k + 1].last <= 2 \
                and s.before[k + 1].entity.type in ACTOR_TYPES and not is_place(s.before[k + 1]) \
                and s.before[k + 1].role not in ("target", "place", "sponsor"):
            # تبادل الجيش وحزب الله إطلاق النار: the first of the pair acts, the other is its partner
            s.args.actor = s.take(s.before[k + 1])
            if t.type in SYMMETRIC and s.args.target is None:
                s.args.target = s.take(m)
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
    if _unnamed_subject(s) or _parties_follow(s) or s.undergone:
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


def _other_party(s: _Search) -> None:
    """A two-sided event with no other party in its markers: the other party named nearest in the sentence."""
    t = s.t
    if s.args.target is not None or s.args.actor is None or s.sentence is None or t.type not in BILATERAL \
            or (s.words is not None and mediation(t, s.words)) \
            or (t.type == "RETREAT" and t.form.mode != "ceasefire"):
        return
    # … من الولايات المتحدة والاتحاد الأوروبي: a party joined to the actor by و is on its side
    # (in a deal, talks or a clash, A و B are the two sides: توصلت الحكومة وحركة الشباب إلى هدنة)
    allies = {id(m) for p, m in zip(s.mentions, s.mentions[1:]) if p.entity is s.args.actor and m.role == "coord"
              and m.first - p.last <= 1} if t.type not in SYMMETRIC + ("AGREE", "CONSULT", "COOPERATE") else set()
    others = [m for m in s.in_sentence() if m.entity is not s.args.actor and m.entity.type in ACTOR_TYPES
              and id(m) not in allies
              and not is_place(m) and m.entity.id not in s.exclude and m.role != "sponsor"
              and not m.describes_speaker]
    if others:
        s.args.target = s.take(min(others, key=lambda m: abs(m.first - t.first)))


def _place(s: _Search) -> None:
    """The place after في/بـ/من/إلى near the trigger, else before it; a place target is the place too;
    for attacks, coercion, threats and mobilisation with no party named, the place is the target."""
    t, args = s.t, s.args
    for m in s.after:
        if m.first - t.last > AFTER_REACH:
            break
        if m.entity.type in PLACE_TYPES and (m.role in ("place", "coord") or is_place(m)) \
                and (id(m) not in s.used or m.entity is args.target):
            args.location = m.entity
            break
    filed_from = False
    if args.location is None:
        m = next((m for m in s.before if m.entity.type in PLACE_TYPES and m.role == "place" and id(m) not in s.used), None)
        args.location, filed_from = (m.entity, m.dateline) if m else (None, False)
    if args.location is None and args.target is not None and (
            args.target.type in ("LOC", "FAC") or any(m.entity is args.target and is_place(m) for m in s.near)):
        args.location = args.target
    if args.target is None and t.type in PLACE_TARGETED and args.location is not None \
            and args.location is not args.actor and not filed_from:
        args.target = args.location
    if args.location is None:                 # else the place named nearest in the sentence (not a target)
        places = [m for m in s.in_sentence() if is_place(m)]
        if places:
            args.location = min(places, key=lambda m: abs(m.first - t.first)).entity


# the rules in the order they are tried; each fills what is still empty
_RULES = (_agent, _between, _pair, _undergone, _passive_subject, _pronoun_subject, _affiliated, _clause_on_noun, _subject_before, _right_after, _lam_or_min_doer, _acted_upon,
          _attacked_party, _doer_before, _speaker_subject, _topic, _other_party, _place)


def assign(t: Trigger, mentions: list[Mention], window: tuple[int, int], words: list[Word] | None = None,
           sentence: tuple[int, int] | None = None, exclude: frozenset[str] = frozenset(),
           conditions: list[tuple[int, int]] = (), subject: Entity | None = None, text: str = "") -> Arguments:
    """Arguments of one trigger from the mentions in its window (word indexes, inclusive-exclusive).

    `subject` is the doer a pronoun points to (the speaker of إنها …) when the window names none;
    `sentence` widens the search further: the sentence's first party (its topic) — a military
    spokesman's own side is often the doer of what he reports. `exclude`d ids (the reporting
    speaker of an attack, outlets) are never the other party. `conditions` are the word ranges of
    condition clauses (في حال رفض جيش الإسلام …): their subject is not the doer of what follows.
    """
    lo, hi = window
    near = [m for m in mentions if lo <= m.first and m.last < hi and not (m.start < t.span.end and t.span.start < m.end)
            and not m.describes_speaker]
    after = [m for m in near if m.first > t.last]
    before = [m for m in near if m.last < t.first and not any(c_lo <= m.first < c_hi for c_lo, c_hi in conditions)][::-1]
    search = _Search(t, words, mentions, window, sentence, exclude, subject, near, after, before, text=text)
    # اعتُقل، قتل 11 مدنياً (a victim's verb, أصيب، استشهد, has the victim swapped in by the caller)
    search.passive = t.form.pos == "V" and not t.form.suffered and words is not None and bool(text) \
        and is_passive(words, t.first, text, t.form.form[0])
    for rule in _RULES:
        rule(search)
    return search.args


def nearest_time(times, span: Span, lo: int, hi: int):
    """The time expression nearest the trigger inside [lo, hi) (character offsets)."""
    best, best_d = None, None
    for tx in times:
        if tx.span.start < lo or tx.span.end > hi:
            continue
        d = tx.span.start - span.end if tx.span.start >= span.end else span.start - tx.span.end
        if best_d is None or d < best_d:
            best, best_d = tx, d
    return best
