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
from dataclasses import dataclass

from rasd.events.lexicon import Word, argument_markers, keys, readings
from rasd.events.triggers import Trigger
from rasd.model import Entity, Span
from rasd.text import normalize

ACTOR_TYPES = ("PERSON", "ORG", "GPE")
PLACE_TYPES = ("GPE", "LOC", "FAC")
AFFECTING = ("ASSAULT", "COERCE", "THREATEN", "SANCTION", "ACCUSE")   # the target may be a place
SYMMETRIC = ("CONSULT", "AGREE", "COOPERATE", "ASSAULT")             # بين A و B: A acts, B is the other
VERB_SUBJECT_GAP = 3     # words between a verb and its subject after it
NOUN_GENITIVE_GAP = 1    # words between a verbal noun and the name it governs
AFTER_REACH = 8          # words after the trigger searched for target and place
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


_NISBA = ("ي", "يه", "يون", "يين", "يان")


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
        out.append(Mention(start, end, e, first, first, None, "", place_noun, adjective=True))
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
    # a name the article once calls a town (مدينة دوما) is a place wherever it stands
    towns = {id(m.entity) for m in out if m.place_noun and m.entity.type == "GPE"}
    for m in out:
        if id(m.entity) in towns:
            m.place_noun = True
    return out


def _marker(words: list[Word], first: int, start: int, text: str) -> tuple[str | None, str, bool]:
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


def _is_place(m: Mention) -> bool:
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


BILATERAL = ("AGREE", "CONSULT", "COOPERATE", "CONCEDE", "REJECT", "REQUEST", "RETREAT")


def assign(t: Trigger, mentions: list[Mention], window: tuple[int, int], words: list[Word] | None = None,
           sentence: tuple[int, int] | None = None, exclude: frozenset[str] = frozenset(),
           conditions: list[tuple[int, int]] = (), subject: Entity | None = None) -> Arguments:
    """Arguments of one trigger from the mentions in its window (word indexes, inclusive-exclusive).

    `subject` is the doer a pronoun points to (the speaker of إنها …) when the window names none;
    `sentence` widens the search further: the sentence's first party (its topic, وكان جيش الإسلام
    قد نفى … جاهزيته لتسليم أسلحته) — a military spokesman's own side is often the doer of what he
    reports. `exclude`d ids (the reporting speaker of an attack, outlets) are never the other party.
    """
    lo, hi = window
    near = [m for m in mentions if lo <= m.first and m.last < hi and not (m.start < t.span.end and t.span.start < m.end)]
    after = [m for m in near if m.first > t.last]
    # the subject of a condition (في حال رفض جيش الإسلام …، سيمدد …) is not the doer of what follows
    before = [m for m in near if m.last < t.first and not any(lo_c <= m.first < hi_c for lo_c, hi_c in conditions)][::-1]
    args = Arguments()
    used: set[int] = set()

    def take(m: Mention | None) -> Entity | None:
        if m is None:
            return None
        used.add(id(m))
        return m.entity

    # the doer named by من قبل / على يد
    agent = next((m for m in after if m.role == "agent" and m.first - t.last <= AFTER_REACH
                  and m.entity.type in ACTOR_TYPES), None)
    args.actor = take(agent)
    # بين A و B
    if t.type in SYMMETRIC:
        between = next((m for m in after if m.role == "partner" and m.marker == "بين" and m.first - t.last <= 6), None)
        if between is not None:
            k = after.index(between)
            other = next((m for m in after[k + 1:] if m.role == "coord"), None)
            if args.actor is None:
                args.actor = take(between)
                args.target = take(other)
            else:
                args.target = take(between)
    # بين الطرفين / بينهما: the last two parties named before the trigger, in their order
    if t.type in SYMMETRIC and args.actor is None and words is not None and _pair_after(t, words):
        parties: list[Mention] = []
        for m in before:
            if m.entity.type in ACTOR_TYPES and not _is_place(m) and all(p.entity is not m.entity for p in parties):
                parties.append(m)
            if len(parties) == 2:
                break
        if len(parties) == 2:
            args.actor, args.target = take(parties[1]), take(parties[0])
    markers = argument_markers()
    # تعرضت دورية لليونيفيل لإطلاق نار: the one who underwent it is the target
    if words is not None and args.target is None:
        k = next((j for j in range(t.first - 1, max(lo, t.first - 6) - 1, -1)
                  if any(r.key in markers.undergo for r in readings(words[j].norm))), None)
        if k is not None:
            sufferer = next((m for m in near if k < m.first and m.last < t.first), None) or \
                next((m for m in before if m.last < k and m.entity.type in ACTOR_TYPES and not _is_place(m)), None)
            if sufferer is not None:
                args.target = take(sufferer)
    # الحصار الذي تفرضه إسرائيل، صواريخ أطلقتها الميليشيات: the subject of a (relative) clause on
    # a verbal noun is its doer
    if words is not None and args.actor is None and t.form.pos == "N":
        k = next((j for j in range(t.last + 1, min(hi, t.last + 4))
                  if any(r.key in markers.relative or (r.key in markers.light and r.suffix in ("ه", "ها", "هم", "تها", "ته"))
                         for r in readings(words[j].norm))), None)
        if k is not None:
            doer = next((m for m in after if k + 1 < m.first <= k + 3 and m.entity.type in ACTOR_TYPES
                         and not _is_place(m) and id(m) not in used), None)
            if doer is not None:
                args.actor = take(doer)
    # the name right after the trigger: subject of a verb, genitive of a verbal noun
    if args.actor is None and after:
        m = after[0]
        gap = m.first - t.last - 1
        if m.role is None and gap <= (VERB_SUBJECT_GAP if t.form.pos == "V" else NOUN_GENITIVE_GAP):
            if m.adjective and not m.place_noun and t.form.pos == "N":
                args.actor = take(m)                             # الهجوم التركي، غارات إسرائيلية
            elif _is_place(m) or (t.type in AFFECTING and t.form.pos == "N" and m.entity.type == "GPE"):
                if t.type in AFFECTING and args.target is None:
                    args.target = take(m)
            elif m.entity.type in ACTOR_TYPES:
                args.actor = take(m)
    # a verbal noun without a genitive names its doer with لـ or من: غارات لقوات النظام، انتقادات من واشنطن
    if args.actor is None and t.form.pos == "N":
        for m in after:
            if m.first - t.last > 3 or id(m) in used:
                break
            if m.entity.type in ("PERSON", "ORG") or (m.entity.type == "GPE" and not m.place_noun):
                if (m.marker == "ل" and t.type in AFFECTING + ("MOBILIZE",)) or \
                        (m.marker == "من" and t.type in ("ACCUSE", "REQUEST", "THREATEN", "SUPPORT", "REJECT", "AID")):
                    args.actor = take(m)
                    break
    # the party acted upon
    if args.target is None:
        for m in after:
            if id(m) in used or m.first - t.last > AFTER_REACH:
                continue
            if m.role in ("target", "partner") and (m.entity.type in ACTOR_TYPES or t.type in AFFECTING):
                if m.marker == "ل" and m.entity.type in PLACE_TYPES and t.type not in AFFECTING:
                    continue
                args.target = take(m)
                break
            if m.role is None and t.form.pos == "V" and args.actor is not None and (t.type in AFFECTING or m.entity.type in ACTOR_TYPES):
                args.target = take(m)
                break
    # an attack on a party named near it outranks the place it hit (استهدفت مواقع حزب الله في الجنوب)
    if t.type == "ASSAULT" and (args.target is None or args.target.type in PLACE_TYPES):
        party = next((m for m in after if m.first - t.last <= AFTER_REACH and id(m) not in used
                      and m.entity.type in ("ORG", "PERSON") and m.role in (None, "target", "coord", "partner")
                      and m.entity is not args.actor), None)
        if party is not None:
            args.target = take(party)
    # the doer before the trigger (a reported clause: أن قوات النظام قصفت)
    if args.actor is None:
        for m in before:
            if t.first - m.last > BEFORE_REACH:
                break
            if id(m) in used or m.entity.type not in ACTOR_TYPES or _is_place(m) or m.role in ("target", "place") \
                    or m.marker == "مع":
                continue
            args.actor = take(m)
            if t.type in SYMMETRIC and args.target is None:      # A و B توصلتا إلى اتفاق
                k = before.index(m)
                nxt = [x for x in before[:k] if x.role == "coord" and x.entity is not m.entity]
                if nxt:
                    args.target = take(nxt[-1])
            break
    if args.actor is None and subject is not None:         # قالت إسرائيل إنها ستقصف: "she" is the speaker
        args.actor = subject
    if args.actor is None and sentence is not None:
        s_lo, _s_hi = sentence
        topic = next((m for m in mentions if s_lo <= m.first and m.last < t.first and id(m) not in used
                      and m.entity.type in ACTOR_TYPES and not _is_place(m) and m.role not in ("place", "target")),
                     None)
        args.actor = take(topic)
    # a two-sided event with no other party in its markers: the other party named nearest in the sentence
    if args.target is None and args.actor is not None and sentence is not None and \
            (t.type in BILATERAL and (t.type != "RETREAT" or t.form.mode == "ceasefire")):
        s_lo, s_hi = sentence
        others = [m for m in mentions if s_lo <= m.first and m.last < s_hi and m.entity is not args.actor
                  and m.entity.type in ACTOR_TYPES and not _is_place(m) and m.entity.id not in exclude
                  and not (m.start < t.span.end and t.span.start < m.end)]
        if others:
            args.target = take(min(others, key=lambda m: abs(m.first - t.first)))
    # the place
    for m in after:
        if m.first - t.last > AFTER_REACH:
            break
        if m.entity.type in PLACE_TYPES and (m.role in ("place", "coord") or _is_place(m)) and (id(m) not in used or m.entity is args.target):
            args.location = m.entity
            break
    if args.location is None:
        for m in before:
            if m.entity.type in PLACE_TYPES and m.role == "place" and id(m) not in used:
                args.location = m.entity
                break
    if args.location is None and args.target is not None and args.target.type in ("LOC", "FAC") or \
            (args.location is None and args.target is not None and any(
                m.entity is args.target and _is_place(m) for m in near)):
        args.location = args.target
    if args.target is None and t.type in AFFECTING + ("MOBILIZE",) and args.location is not None \
            and args.location is not args.actor:
        args.target = args.location
    if args.location is None:                 # else the place named nearest in the sentence (not a target)
        s_lo, s_hi = sentence if sentence is not None else window
        places = [m for m in mentions if s_lo <= m.first and m.last < s_hi and _is_place(m)
                  and not (m.start < t.span.end and t.span.start < m.end)]
        if places:
            args.location = min(places, key=lambda m: abs(m.first - t.first)).entity
    return args


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
