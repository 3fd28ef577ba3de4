"""Event triggers: the words of an article that name a PLOVER event, with their type and mode.

Scanning left to right, the longest lexicon form at each word wins and its words are consumed
(وقف إطلاق النار is one ceasefire, not a stop plus gunfire). A trigger is dropped when it sits
inside a guard phrase (تحت سيطرة، هجوم إعلامي), inside a named entity (الحشد الشعبي), in a
question or an opinion opener, for violent types in a sentence about a match, or for an attack in
a sentence about an accident (لقي ثلاثة مصرعهم في حادث سير). A governing
trigger (هدد بـ، طالب بـ، تستعد لـ) absorbs the event it governs: "هدد بقصف" is one threat, not a
threat and a shelling; a deal named by its kind (اتفاق الإجلاء) is one event.
"""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

from rasd.events.lexicon import (NISBA, TriggerForm, Word, argument_markers, guards, keys, readings, senses,
                                 toponym_heads, trigger_index)
from rasd.model import Span
from rasd.resources import load_rows
from rasd.text import normalize

SPORTING = ("ASSAULT", "COERCE", "MOBILIZE", "THREATEN", "RETREAT")   # what a game's words make figurative
GOVERN_REACH = 3         # words after a governing trigger in which the governed event may start
GOVERN_CLAUSE_REACH = 10 # … or further, when it opens a complement (دعا رئيس اللجنة شاؤول موفاز إلى استهداف)
NEEDS_REACH = 8          # words after a trigger in which the word it needs may stand (أطلق مسلحون مجهولون النار; a titled subject: حمّل المتحدث باسم الرئاسة X Y إسرائيل المسؤولية)
SENSE_REACH = 4          # … and in which a word giving it another sense may (تظاهر الرجل بالمرض)
CLAUSE_BREAKS = ".!?؟،,؛;\n"   # what ends the stretch a trigger reaches over


@dataclass(slots=True)
class Trigger:
    first: int             # index of its first word
    last: int              # index of its last word (inclusive)
    form: TriggerForm
    span: Span
    future: bool           # written with سـ
    imperfect: bool        # matched as an imperfect verb
    purpose: bool          # a verbal noun written with لـ (لإخراج، لوقف): an aim, not a fact
    definite: bool         # a noun written with ال (الاتفاق، القصف)
    governed: "Trigger | None" = None   # the event a governing trigger is about

    @property
    def type(self) -> str:
        return self.form.type


@lru_cache(maxsize=None)
def _openers() -> frozenset[str]:
    guard_index, _never_words, scene_index, _opinion = guards()
    return trigger_index().firsts | guard_index.firsts | scene_index.firsts


def _reading(word: Word, key: str):
    for r in readings(word.norm):
        if r.key == key:
            return r
    return None


def find_triggers(text: str, words: list[Word], questions: list[Span], entity_spans: list[tuple[int, int]],
                  sentences: list[Span] = (), speaker_spans: list[tuple[int, int]] = ()) -> list[Trigger]:
    """The triggers among the words, none inside `entity_spans` (names, and the words naming a speaker
    in `speaker_spans`, which a governing trigger reaches past: ودان الأمين العام … الغارات)."""
    index = trigger_index()
    guard_index, never, scene_index, opinion_index = guards()
    # the words that may open a guard, a sports word or a trigger; most words open none
    candidates = [i for i, w in enumerate(words) if not _openers().isdisjoint(keys(w.norm))]
    blocked = [False] * len(words)
    # where the words of a sports report or of an accident stand: their sentences' attacks are none
    scene_at: dict[str, list[int]] = {"sport": [], "accident": []}
    until = -1
    for i in candidates:
        if scene := scene_index.match(words, i):
            scene_at[scene[0][2]].append(words[i].start)
        if i <= until:
            continue
        m = guard_index.match(words, i)
        if m and any(n > m[0][0] for n, _f, _t in index.match(words, i)):
            m = None               # البحث عن ناجين: a longer trigger outranks the guard (البحث عن) it opens with
        if m:
            for j in range(i, i + m[0][0]):
                blocked[j] = True
            until = i + m[0][0] - 1
    sports = [s for s in sentences if any(s.start <= a < s.end for a in scene_at["sport"])]
    accidents = [s for s in sentences if any(s.start <= a < s.end for a in scene_at["accident"])]
    # a sentence that opens with the writer's view (رأي: …، في رأيي …) reports nothing
    starts = [w.start for w in words]
    opinions = [s for s in sentences if (k := bisect_left(starts, s.start)) < len(words)
                and words[k].start < s.end and opinion_index.match(words, k)]
    found: list[Trigger] = []
    until = -1
    for i in candidates:
        w = words[i]
        if i <= until or blocked[i]:
            continue
        # a listed non-trigger word (وزارة، سيطرة as a state) can still open a longer form (السيطرة على)
        matches = [m for m in index.match(words, i) if (m[0] > 1 or not _never(w.norm, never))
                   and (not m[2].needs or _followed(m[2].needs, text, words, i + m[0], NEEDS_REACH))]
        if not matches:
            continue
        # the longest form; of equally long ones, a form whose needed word is there (أضرب … عن)
        n, form, tf = max(matches, key=lambda m: (m[0], bool(m[2].needs)))
        other_sense = senses().get(form[0]) if n == 1 else None
        if other_sense and _followed(other_sense, text, words, i + 1, SENSE_REACH):
            until = i                               # تظاهر الرجل بالمرض: pretend, not protest
            continue
        start, end = w.start, words[i + n - 1].end
        if n == 1 and tf.pos == "V" and i > 0 and _after_toponym_head(words[i - 1].norm):
            until = i                               # عين زارة: part of a place name
            continue
        if any(blocked[j] for j in range(i, i + n)) or _inside(start, end, entity_spans) \
                or any(q.start <= start < q.end for q in questions + opinions) \
                or (tf.type in SPORTING and any(s.start <= start < s.end for s in sports)) \
                or (tf.type == "ASSAULT" and any(s.start <= start < s.end for s in accidents)):
            until = i + n - 1
            continue
        r = _reading(w, form[0])
        if n == 1 and tf.pos == "N" and r is not None and r.suffix in NISBA:
            until = i                               # الرسائل التحذيرية، عمليات هجومية: an adjective, no event
            continue
        found.append(Trigger(i, i + n - 1, tf, Span.of(text, start, end),
                             future=bool(r and r.future), imperfect=form[0].startswith("~"),
                             purpose=bool(r and tf.pos == "N" and r.prefix.endswith(("ل", "لل")) and not r.prefix.endswith("ال")),
                             definite=bool(r and tf.pos == "N" and r.prefix.endswith(("ال", "لل")))))
        until = i + n - 1
    return _govern(found, text, words, speaker_spans)


def _followed(stems: frozenset[str], text: str, words: list[Word], after: int, reach: int) -> bool:
    """One of the stems stands within `reach` words from word `after` on, in its clause: the
    object a verb needs to be an attack (أطلق مسلحون النار; not أطلق سراح), or the word that gives
    a trigger another sense (senses.tsv)."""
    for k in range(after, min(after + reach, len(words))):
        if any(c in CLAUSE_BREAKS for c in text[words[k - 1].end:words[k].start]):
            return False
        if not stems.isdisjoint(keys(words[k].norm)):
            return True
    return False


@lru_cache(maxsize=100_000)
def _never(norm: str, never: frozenset[str]) -> bool:
    """A listed non-trigger word, alone or after its proclitics."""
    if norm in never:
        return True
    return any(r.key in never and not r.key.startswith("~") for r in readings(norm) if r.prefix and r.key == norm[len(r.prefix):])


def _after_toponym_head(norm: str) -> bool:
    heads = toponym_heads()
    return norm in heads or (norm[:1] in ("و", "ب", "ف", "ل") and norm[1:] in heads)


def _inside(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(s <= start and end <= e for s, e in spans)


def _clitics(prefix: str) -> str:
    """The proclitics of a prefix chain without the article: وبال → وب، لل → ل."""
    if prefix.endswith("لل"):
        return prefix[:-1]
    return prefix[:-2] if prefix.endswith("ال") else prefix


_OPENERS = load_rows("events/complement_openers.tsv")
_OPENING_CLITICS = tuple(normalize(f) for f, kind in _OPENERS if kind == "proclitic")
_OPENING_WORDS = frozenset(normalize(f) for f, kind in _OPENERS if kind == "word")


def _introduced(t: Trigger, words: list[Word]) -> bool:
    """The trigger opens a complement: بـ، لـ، إلى، على، أن before it (هدد بقصف، دعا إلى وقف)."""
    first = words[t.first]
    if any(_clitics(r.prefix).endswith(_OPENING_CLITICS) for r in readings(first.norm) if r.key == t.form.form[0]):
        return True
    if t.first == 0:
        return False
    prev = words[t.first - 1]
    if prev.norm in _OPENING_WORDS:
        return True
    # بشنّ غارات، لتنفيذ هجوم: a light verb with the preposition carries the noun
    light = argument_markers().light
    if any(r.key in light and _clitics(r.prefix).endswith(_OPENING_CLITICS) for r in readings(prev.norm)):
        return True
    # إلى عقد قمة، على وقف الهجمات: the opening word stands before the light verb
    return t.first > 1 and words[t.first - 2].norm in _OPENING_WORDS and any(r.key in light for r in readings(prev.norm))


def _govern(found: list[Trigger], text: str, words: list[Word], named: list[tuple[int, int]] = ()) -> list[Trigger]:
    """A governing trigger absorbs the event it governs: the first trigger of its clause that opens a
    complement (طالب شاؤول موفاز إلى استهداف …), or the one right after it, and what is coordinated
    with that (… وضرب البنى التحتية). The words naming the speaker right after it (`named` spans:
    ودان الأمين العام … الغارات) do not count in the reach."""
    out: list[Trigger] = []
    skip_until = -1
    for k, t in enumerate(found):
        if t.first <= skip_until:
            continue
        out.append(t)
        nxt = found[k + 1] if k + 1 < len(found) else None
        if t.form.names and nxt is not None and nxt.first == t.last + 1 and nxt.form.pos == "N" and not _introduced(nxt, words):
            skip_until = nxt.last                # اتفاق الإجلاء: the deal's name
            continue
        if not t.form.govern:
            continue
        # the speaker named right after the trigger, its subject (ودان الأمين العام … الغارات)
        subject = [(a, b) for a, b in named if 0 <= a - t.span.end <= 1]
        for nxt in found[k + 1:]:
            if any(c in CLAUSE_BREAKS for c in text[t.span.end:nxt.span.start]):
                break
            gap = nxt.first - t.last - sum(1 for j in range(t.last + 1, nxt.first)
                                           if _inside(words[j].start, words[j].end, subject))
            if gap <= GOVERN_REACH or (gap <= GOVERN_CLAUSE_REACH and _introduced(nxt, words)):
                t.governed = nxt
                skip_until = nxt.last
                break
        if t.governed is None:
            continue
        for later in found[k + 1:]:            # and those that follow on in reach: … وضرب البنى التحتية
            if later.first <= skip_until:
                continue
            if later.first - skip_until <= GOVERN_REACH and \
                    not any(c in CLAUSE_BREAKS for c in text[t.span.end:later.span.start]):
                skip_until = later.last
            else:
                break
    return out
