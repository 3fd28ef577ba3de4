"""The argument rule for the place: after في/بـ/من/إلى near the trigger, else before it, else the
nearest in the sentence; a place an attack hits is its target too."""
from __future__ import annotations

from rasd.events.mentions import is_place
from rasd.events.search import AFTER_REACH, PLACE_TARGETED, PLACE_TYPES, _Search


def _place(s: _Search) -> None:
    """The place after في/بـ/من/إلى near the trigger, else before it; a place target is the place too;
    for attacks, coercion, threats and mobilisation with no party named, the place is the target
    (not for a clash: the town it is fought in is not what is hit)."""
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
            and args.location is not args.actor and not filed_from and not t.form.mutual:
        args.target = args.location
    if args.location is None:                 # else the place named nearest in the sentence (not a target)
        places = [m for m in s.in_sentence() if is_place(m)]
        if places:
            args.location = min(places, key=lambda m: abs(m.first - t.first)).entity
