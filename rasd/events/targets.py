"""Argument rules for the one acted upon: the one who underwent it (تعرض لـ), a passive verb's subject,
the party after على، ضد، لـ or a verb's object, and the party an attack hit near the place it hit."""
from __future__ import annotations

from rasd.events.lexicon import argument_markers, readings
from rasd.events.mentions import is_place
from rasd.events.search import (ACTOR_TYPES, AFFECTING, AFTER_REACH, HEADING_EXTRA, PLACE_TARGETED, PLACE_TYPES,
                                VERB_SUBJECT_GAP, _Search, _through_preposition, _written_apart, across_contrast)


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


def _acted_upon(s: _Search) -> None:
    """The party acted upon: after على/ضد/لـ/مع, or a verb's object."""
    t = s.t
    if s.args.target is not None:
        return
    # the object is counted from the subject after the verb (اتهم قائد الجيش X Y قوات الدعم السريع)
    base = max((x.last for x in s.after if id(x) in s.used and x.entity is s.args.actor), default=t.last)
    for m in s.after:
        # صواريخ أطلقتها الميليشيات من داخل الأراضي اليمنية باتجاه أراضي المملكة: a heading reaches further
        reach = AFTER_REACH + HEADING_EXTRA if m.marker in argument_markers().heading else AFTER_REACH
        if id(m) in s.used or m.first - base > reach:
            continue
        if across_contrast(s, m):
            return                  # …، قبل أن تفرقهم قوات الأمن / فيما …: the next clause has its own parties
        if m.role in ("target", "partner") and (m.entity.type in ACTOR_TYPES or t.type in AFFECTING):
            if m.marker == "ل" and m.entity.type in PLACE_TYPES and t.type not in AFFECTING + ("AID",):
                continue
            s.args.target = s.take(m)
            return
        if m.role is None and t.form.pos == "V" and s.args.actor is not None \
                and (t.type in PLACE_TARGETED or (m.entity.type in ACTOR_TYPES and not is_place(m))):
            s.args.target = s.take(m)        # (one accuses a party, not an airport)
            return
        if t.type == "AID" and m.role == "place" and m.marker == "الي" and m.entity.type in ACTOR_TYPES:
            s.args.target = s.take(m)        # ترسل مدربين إلى مالي، أرسلت أسلحة إلى الحوثيين: the recipient
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
                  and m.role in (None, "target", "coord", "partner") and m.entity is not s.args.actor
                  and not across_contrast(s, m)), None)
    if party is not None:
        s.args.target = s.take(party)
