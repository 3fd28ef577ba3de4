"""The sources around a trigger: the attribution that carries it or whose cue it is, the report frames
over it, and what they say of the speaker's side (its pronoun, its title, its own men, "we")."""
from __future__ import annotations

import re

from rasd.entities.lexicon import lexicon as entity_lexicon
from rasd.events.document import _Doc
from rasd.events.lexicon import affixes, argument_markers, armed, readings, unarmed
from rasd.events.mentions import is_place
from rasd.events.triggers import Trigger
from rasd.model import Attribution, Span
from rasd.text import normalize

# the one announcing a deal, talks, a demand or a refusal is usually a party to it; the one
# reporting an attack or a withdrawal seldom is its doer
SPEAKER_IS_PARTY = ("AGREE", "CONSULT", "REJECT", "REQUEST", "THREATEN", "ACCUSE", "CONCEDE", "SUPPORT", "COOPERATE")
_FULL_STOP = re.compile(r"[.!?؟]\s")


_PRONOUNS = frozenset(affixes("pronoun"))


def _pronoun_complement(words, start: int) -> bool:
    """The reported clause opens with إنه / إنها / أنهم …, or with the speaker's own forces
    (إن قواتها، أن مقاتليه، أن عناصره): its subject is the speaker."""
    for w in words[max(0, start - 1):start + 1]:
        if any(r.key == "ان" and r.suffix in _PRONOUNS for r in readings(w.norm)):
            return True
    if start < len(words):
        own = argument_markers().own
        return any(r.key in own and r.suffix in _PRONOUNS for r in readings(words[start].norm))
    return False


def _homeland(doc: _Doc, a: Attribution, start: int):
    """أكد وزير الخارجية القطري أن بلاده …: the reported clause opens with the speaker's own state (a
    homeland noun with a pronoun, rasd/data/events/arguments.tsv): the state named by the adjective of
    nationality in the speaker's title, when the article names that state; else None."""
    words = doc.words
    homeland = argument_markers().homeland
    if start >= len(words) or not any(r.key in homeland and r.suffix for r in readings(words[start].norm)):
        return None
    lex = entity_lexicon()
    states = {normalize(lex.country_name[lex.adjective_of[w]]) for w in normalize(a.speaker_role or "").split()
              if w in lex.adjective_of and lex.adjective_of[w] in lex.country_name}
    return next((e for e in doc.article.entities if e.type == "GPE" and normalize(e.name) in states), None)


def _carrier(attributions: list[Attribution], span: Span, sentence: Span | None = None) -> Attribution | None:
    """The attribution whose content holds the trigger: the innermost when they nest. A content that
    runs on past a full stop carries the sentence after it only when it is a quotation: else the
    outlet states the new sentence itself (a list after "على ما يلي:" still belongs to its cue)."""
    held = []
    for a in attributions:
        c = a.content
        if c is not None and c.start <= span.start and span.end <= c.end:
            if not a.direct and _FULL_STOP.search(c.text[:span.start - c.start]):
                continue
            held.append(a)
    # «زعمت القناة أن …، وهو ما نفته مصادر»: the denial told after the claim is no carrier while the claim is
    claims = [a for a in held if not (a.stance == "DENY" and a.cue.start >= a.content.end)]
    return min(claims or held, key=lambda a: len(a.content), default=None)


def _cue_of(attributions: list[Attribution], span: Span) -> Attribution | None:
    """The attribution whose reporting cue is the trigger itself (هدد، توعد، طالب …)."""
    return next((a for a in attributions if a.cue.overlaps(span)), None)


def _report_frame(doc: _Doc, t: Trigger):
    """The report frames around the trigger (أعلن الدفاع المدني أن 11 مدنياً قتلوا نتيجة قصف …):
    the reporter is no party to what it reports, so its mentions leave the search (the window
    stays the sentence's: a place named before a nested frame, في الغوطة تشير إلى أن …, or in the
    reporter's own words is still the event's). A content opening with the reporter's pronoun or forces
    (أعلن الجيش أنه قصف، أن قواته) makes the reporter the subject instead; the one who announces a
    deal, talks or a refusal is a party to it (SPEAKER_IS_PARTY), so those keep the reporter.

    Returns (mentions to search, the reporters' entity ids, the reporter who is the subject)."""
    frames = doc.syntax.frames_over(t.first)
    if not frames or t.type in SPEAKER_IS_PARTY:
        return doc.mentions, frozenset(), None
    inner = frames[-1]
    reporter = next((m.entity for m in doc.mentions if inner.reports(m.first)), None)
    if _pronoun_complement(doc.words, inner.content[0] + 1):     # the words after أن
        return doc.mentions, frozenset(), reporter
    if inner.opener == "toll" and reporter is not None and armed(reporter) and t.type == "ASSAULT":
        # أعلن الجيش مقتل 30 من عناصر الحركة: a force announcing others' dead reports its own act
        # (its own dead, مقتل خمسة من جنوده, are read by _own_dead)
        return doc.mentions, frozenset(), reporter
    # a place in the reporter's words (المتحدث باسم الدفاع المدني في حلب) stays: where the reporter
    # sits is, in local news, where the reported act happened; it only can no longer be a party
    out = {id(m) for f in frames for m in doc.mentions if f.reports(m.first) and not is_place(m)}
    return [m for m in doc.mentions if id(m) not in out], \
        frozenset(m.entity.id for m in doc.mentions if id(m) in out), None


OWN_DEAD_REACH = 4    # words between a casualty word and "من جنوده" on either side


def _own_dead(words, t: Trigger, clause: tuple[int, int]) -> bool:
    """مقتل خمسة من جنوده، أن ثلاثة من عناصرها قتلوا: the dead are the speaker's own men."""
    own = argument_markers().own
    lo, hi = max(clause[0], t.first - OWN_DEAD_REACH), min(clause[1], t.last + 1 + OWN_DEAD_REACH)
    # the men are counted out of the speaker's side (خمسة من جنوده) or are the casualty's genitive
    # (مقتل جنوده); «قواته قتلت» names the killers instead
    return any(r.key in own and r.suffix in ("ه", "ها", "هم") for j in range(lo, hi)
               if (j < t.first or j > t.last) and (j == t.last + 1 or (j > 0 and words[j - 1].norm == "من"))
               for r in readings(words[j].norm))


def _first_person(words, t: Trigger) -> bool:
    """قصفنا، استهدفنا, or سنواصل / سنرد right before it: the speaker's side speaks of its own act."""
    if any(r.key == t.form.form[0] and r.suffix == "نا" for r in readings(words[t.first].norm)):
        return True
    if t.first == 0:
        return False
    prev = words[t.first - 1].norm
    prev = prev[1:] if prev[:1] in ("و", "ف") else prev
    return prev.startswith("سن") and len(prev) >= 5


def _speaker_side(doc: _Doc, a: Attribution, types: tuple[str, ...] = ("ORG",)):
    """The organisation named in a speaker's title (أبو عبيدة الناطق باسم كتائب القسام), else None."""
    return next((m.entity for m in doc.mentions if m.describes_speaker and m.entity.type in types
                 and a.cue.end <= m.start and m.end <= a.content.start), None)


def _voiced_body(doc: _Doc, a: Attribution | None):
    """The group or force a spokesman speaks for (يحيى سريع المتحدث العسكري باسم الجماعة → the group),
    else None: his threats, calls and charges are its own (arguments.tsv role `voice`). A ministry's or
    a monitor's spokesman (الناطق باسم الخارجية) speaks as a diplomat in his own name."""
    role = normalize(a.speaker_role or "").split() if a is not None else []
    if not role or role[0] not in argument_markers().voice:
        return None
    body = _speaker_side(doc, a)
    return body if body is not None and not unarmed(body) else None
