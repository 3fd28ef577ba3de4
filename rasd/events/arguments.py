"""Who did it to whom, and where: the entity arguments of an event trigger.

Arabic news puts the doer after a verb (قصفت قوات النظام الغوطة) or before it in a reported
clause (أن قوات النظام قصفت), and after a verbal noun in a genitive (انسحاب قوات الحشد). The
party acted upon follows على، ضد، لـ or stands as a direct object; the other party of a meeting,
deal or clash follows مع or بين A و B; the place follows في، بـ، من، إلى. Each name near the
trigger is given the role its marker says (rasd/data/events/arguments.tsv) and the nearest fit
wins. Nothing is invented: with no fitting name the argument stays None.

The mentions and their markers are read in mentions.py and markers.py; the rules, tried in the
order of _RULES below, are in phrase.py (the trigger's own phrase), parties.py (the two sides),
targets.py (the one acted upon), doers.py (a doer named further off) and place.py.
"""
from __future__ import annotations

from rasd.events.doers import _doer_before, _speaker_subject, _topic
from rasd.events.lexicon import Word
from rasd.events.mentions import Mention
from rasd.events.parties import _between, _other_party, _pair
from rasd.events.phrase import (_affiliated, _after_object_pronoun, _agent, _clause_on_noun, _followers_of,
                                _lam_or_min_doer, _pronoun_subject, _relative_subject, _right_after, _subject_before)
from rasd.events.place import _place
from rasd.events.search import Arguments, _Search
from rasd.events.targets import _acted_upon, _attacked_party, _passive_subject, _undergone
from rasd.events.triggers import Trigger
from rasd.model import Entity, Span
from rasd.syntax import is_passive

# the rules in the order they are tried; each fills what is still empty
_RULES = (_agent, _between, _pair, _undergone, _passive_subject, _after_object_pronoun, _followers_of, _pronoun_subject, _affiliated, _clause_on_noun, _relative_subject, _subject_before, _right_after, _lam_or_min_doer, _acted_upon,
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
