"""The article-level passes over the coded events: one event per type and clause, the doer, target
and place a running report names once carried on, and claims another source denies marked disputed."""
from __future__ import annotations

from rasd.events.triggers import Trigger
from rasd.model import Article, Event

CARRY_PARAGRAPHS = 5     # how far back (in paragraphs) a running report's unnamed doer may be found
DENIAL_REACH = 400       # characters back from a bare denial (نفت الحركة ذلك) to the act it denies


def _disputes(events: list[Event], article: Article, denials: set[int] = frozenset(),
              answered: list[int] = ()) -> list[Event]:
    """One source says it happened, another says it did not: the event is disputed. The denial
    itself (لم يعلن التوصل لأي اتفاق) is then that source's statement, not a second event."""
    speakers = {a.id: (a.speaker or a.speaker_text) for a in article.attributions}
    dropped: set[int] = set()
    for d in events:
        # the denier: the source of the denial, else (نفت الحركة وقوع أي قصف) the party that denies
        denier = speakers.get(d.source) if d.source is not None else d.actor if d.trigger.start in denials else None
        if d.status != "denied" or denier is None:
            continue
        # the same party's act, or (when either leaves the doer unnamed) the last such act reported before
        claims = [a for a in events if a is not d and a.type == d.type and a.status == "asserted"
                  and speakers.get(a.source) != denier
                  and ((d.actor in (a.actor, a.target) if a.actor and d.actor else a.trigger.start < d.trigger.start)
                       # نفى الجيش سقوط البلدة: the other side denies the claim just before
                       or (d.trigger.start in denials and 0 <= d.trigger.start - a.trigger.end < DENIAL_REACH))]
        if claims:
            a = next((c for c in claims if d.actor and c.actor == d.actor), claims[-1])
            a.status = "disputed"
            dropped.add(id(d))
    # a denial with no event of its own (ونفت الحركة ذلك): the denier's reported act just before it
    coded = [v.trigger for v in events]
    for att in article.attributions:
        if att.stance != "DENY" or att.content is None or not att.speaker \
                or any(att.content.start <= t.start < att.content.end for t in coded):
            continue
        before = [v for v in events if v.trigger.end <= att.cue.start and v.status == "asserted"
                  and att.speaker in (v.actor, v.target) and speakers.get(v.source) != speakers.get(att.id)
                  and att.cue.start - v.trigger.end < DENIAL_REACH]
        if before:
            before[-1].status = "disputed"
    # نفى الجيش ذلك with no attribution read: the report just before it is disputed
    for at in answered:
        before = [v for v in events if v.trigger.end <= at and v.status == "asserted" and at - v.trigger.end < DENIAL_REACH]
        if before:
            before[-1].status = "disputed"
    return [v for v in events if id(v) not in dropped]


def _carry_arguments(events: list[Event], text: str, places: frozenset[str] = frozenset(),
                     unnamed: set[int] = frozenset(), forces: frozenset[str] = frozenset(),
                     clashes: set[int] = frozenset(), answered: set[int] = frozenset()) -> list[Event]:
    """A running report names the attacker once (قصفت القوات التركية … وطال القصف …): an event of
    the same type whose doer (or target) is unnamed in its sentence takes the last one named,
    if that was named within the last few paragraphs. A doer written as a force but not named
    (`unnamed` trigger starts: أغلقت قوات الأمن المقر) takes only a force (`forces`: the entity ids
    of armed bodies) — the force named before, not whoever acted last. A clash (`clashes`: trigger
    starts of اشتباكات، معارك) takes its sides only from an earlier clash, never from a strike (a strike
    from either). An act another party answers (`answered` trigger starts: رداً على الهجوم) takes
    neither side from the report of the answer."""
    last: dict[tuple[str, str], tuple[str, int]] = {}
    paragraph = 0
    prev_end = 0
    place: tuple[str, int] | None = None
    for v in events:
        paragraph += text.count("\n", prev_end, v.trigger.start)
        prev_end = v.trigger.end
        recent = {k: val for k, (val, p) in last.items() if paragraph - p <= CARRY_PARAGRAPHS}
        # and the place: the last one named in the same paragraph
        if v.location is None and place is not None and place[1] == paragraph:
            v.location = place[0]
        elif v.location is not None:
            place = (v.location, paragraph)
        # the terms of a deal (خروج المقاتلين، تسليم السلاح) are carried out by the party that agreed
        agreed, retreat = (("AGREE", False), "actor"), (("RETREAT", False), "actor")
        if v.type == "RETREAT" and v.actor is None and agreed in recent and retreat not in recent:
            v.actor = recent[agreed]
        kind = (v.type, v.trigger.start in clashes)
        for role in ("actor", "target"):
            value = getattr(v, role)
            if value is None and (kind, role) in recent and v.status != "denied" \
                    and not (role == "actor" and v.trigger.start in unnamed and recent[(kind, role)] not in forces) \
                    and v.trigger.start not in answered \
                    and recent[(kind, role)] not in (v.actor, v.target):
                setattr(v, role, recent[(kind, role)])
            elif value is not None and (role == "target" or value not in places):
                last[(kind, role)] = last[((v.type, False), role)] = (value, paragraph)   # a strike may take a clash's
    return events


def _fill(first: Event, other: Event) -> None:
    for name in ("actor", "target", "location", "time", "mode"):
        value = getattr(other, name)
        if getattr(first, name) is None and value is not None \
                and not (name in ("actor", "target") and value in (first.actor, first.target)):
            setattr(first, name, value)


def _another_act(first: Trigger, t: Trigger) -> bool:
    """Two finite verbs of force of different stems, the second joined by و (دمرت ثلاث قواعد واستعادت
    السيطرة، اعتقلت … وصادرت): two acts, where a verb and its verbal noun (قصفت … القصف) are one,
    and a visit and its meetings (زار … والتقى … وبحث) one consultation."""
    return t.type in ("ASSAULT", "COERCE") and first.form.pos == "V" and t.form.pos == "V" \
        and first.form.form[0] != t.form.form[0] and t.span.text[:1] == "و"


def _one_per_clause(events: list[tuple[Trigger, Event, tuple[int, int], tuple[int, int]]],
                    own_dead: set[int] = frozenset()) -> list[Event]:
    """Merge events of one type in one clause (توصلت … إلى اتفاق): keep the first, fill its gaps.

    A casualty (مقتل، إصابة) joins the first attack its sentence names, else the first casualty there.
    """
    kept: dict[tuple, Event] = {}
    firsts: dict[int, Trigger] = {}
    attack_in: dict[tuple[int, int], Event] = {}
    clause_of: dict[int, tuple[int, int]] = {}
    out: list[Event] = []
    for t, v, clause, sentence in events:
        if t.form.result:
            continue
        first = kept.get((v.type, clause))
        if first is not None and not _another_act(firsts[id(first)], t):
            _fill(first, v)
            continue
        kept[(v.type, clause)] = v
        firsts[id(v)] = t
        if v.type == "ASSAULT":
            attack_in.setdefault(sentence, v)
            clause_of.setdefault(id(v), clause)
        out.append(v)
    for t, v, clause, sentence in events:
        if not t.form.result:
            continue
        first = attack_in.get(sentence)
        if first is not None:
            # the attack hit a place; the casualties name the party that was hit
            if first.target is not None and first.target == first.location and v.target not in (None, v.location, first.actor):
                first.target = v.target
            elif t.span.start in own_dead and v.target == first.actor and first.target in (None, first.location) \
                    and clause_of.get(id(first)) == clause:
                # مقتل خمسة من جنوده في هجوم: they were hit, not hitting (not «قتلت قواته …، مشيراً إلى إصابة
                # ثمانية من جنوده»: the men it lost in another clause leave its own attack its own)
                first.actor, first.target = None, v.target
            _fill(first, v)
            continue
        attack_in[sentence] = v
        out.append(v)
    out.sort(key=lambda v: v.trigger.start)
    return out
