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

from rasd.events.lexicon import Word, argument_markers, readings
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


def mentions_of(entities: list[Entity], words: list[Word], text: str) -> list[Mention]:
    starts = [w.start for w in words]
    out = []
    for e in entities:
        for m in e.mentions:
            first = max(0, bisect_right(starts, m.start) - 1)
            last = max(first, bisect_left(starts, m.end) - 1)
            role, marker, place_noun = _marker(words, first, m.start, text)
            if last > first and any(r.key in argument_markers()[2] for r in readings(words[first].norm)):
                place_noun = True                                # the mention itself opens with مدينة، بلدة …
            out.append(Mention(m.start, m.end, e, first, last, role, marker, place_noun))
    out.sort(key=lambda x: (x.start, -x.end))
    return out


def _marker(words: list[Word], first: int, start: int, text: str) -> tuple[str | None, str, bool]:
    """The role marker before a mention: a proclitic on its first word or the words before it."""
    phrases, clitics, skip = argument_markers()
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
            place_noun = True
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
    return m.entity.type in ("LOC", "FAC") or (m.entity.type == "GPE" and (m.place_noun or m.role == "place"))


def assign(t: Trigger, mentions: list[Mention], window: tuple[int, int]) -> Arguments:
    """Arguments of one trigger from the mentions in its window (word indexes, inclusive-exclusive)."""
    lo, hi = window
    near = [m for m in mentions if lo <= m.first and m.last < hi and not (m.start < t.span.end and t.span.start < m.end)]
    after = [m for m in near if m.first > t.last]
    before = [m for m in near if m.last < t.first][::-1]
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
    # the name right after the trigger: subject of a verb, genitive of a verbal noun
    if args.actor is None and after:
        m = after[0]
        gap = m.first - t.last - 1
        if m.role is None and gap <= (VERB_SUBJECT_GAP if t.form.pos == "V" else NOUN_GENITIVE_GAP):
            if _is_place(m) or (t.type in AFFECTING and t.form.pos == "N" and m.entity.type == "GPE"):
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
    # the doer before the trigger (a reported clause: أن قوات النظام قصفت)
    if args.actor is None:
        for m in before:
            if t.first - m.last > BEFORE_REACH:
                break
            if id(m) in used or m.entity.type not in ACTOR_TYPES or _is_place(m) or m.role in ("target", "place"):
                continue
            args.actor = take(m)
            if t.type in SYMMETRIC and args.target is None:      # A و B توصلتا إلى اتفاق
                k = before.index(m)
                nxt = [x for x in before[:k] if x.role == "coord" and x.entity is not m.entity]
                if nxt:
                    args.target = take(nxt[-1])
            break
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
    if args.location is None and args.target is not None and args.target.type in PLACE_TYPES:
        args.location = args.target
    if args.target is None and t.type in AFFECTING + ("MOBILIZE",) and args.location is not None \
            and args.location is not args.actor:
        args.target = args.location
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
