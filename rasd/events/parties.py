"""The two parties of a meeting, deal, clash or truce: بين A و B after it, بين الطرفين / بينهما after
the two named before it, else the other party named nearest in the sentence; and when the parties
named around it are not its doer (بين right after it, a mediator's deal)."""
from __future__ import annotations

from rasd.events.lexicon import Word, argument_markers, readings
from rasd.events.mentions import Mention, is_place
from rasd.events.search import ACTOR_TYPES, BETWEEN_REACH, BILATERAL, SYMMETRIC, _Search, across_contrast
from rasd.events.triggers import Trigger


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
              and not m.describes_speaker and not across_contrast(s, m)]
    if others:
        s.args.target = s.take(min(others, key=lambda m: abs(m.first - t.first)))

