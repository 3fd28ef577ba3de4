"""One trigger's argument search: the state the rules share, the entity types and distances they
use, and the word tests more than one rule asks."""
from __future__ import annotations

from dataclasses import dataclass, field

from rasd.events.lexicon import Word, argument_markers, readings
from rasd.events.mentions import Mention
from rasd.events.triggers import Trigger
from rasd.model import Entity

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
PLACE_TARGETED = ("ASSAULT", "COERCE", "THREATEN", "SANCTION", "MOBILIZE")   # a place may be what is hit
BILATERAL = ("AGREE", "CONSULT", "COOPERATE", "CONCEDE", "REJECT", "REQUEST", "RETREAT", "ACCUSE")


@dataclass(slots=True)
class Arguments:
    actor: Entity | None = None
    target: Entity | None = None
    location: Entity | None = None


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


def _written_apart(s: _Search, m: Mention, k: int) -> bool:
    """Punctuation between a mention and word k: they belong to different clauses."""
    return any(ch in ".!?؟،,؛;:\n«»\"" for ch in s.gap_text(m.end, s.words[k].start))


def _joined_verb(t: Trigger, words: list[Word]) -> bool:
    """The verb is written with و/ف (… والتقى، فقصفت): joined to the clause before it."""
    return any(r.key == t.form.form[0] and r.prefix[:1] in ("و", "ف") for r in readings(words[t.first].norm))


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


def _casualty(t: Trigger) -> bool:
    """A casualty noun or a victim's verb (مقتل، الشهداء، أصيب): it names the dead, not who killed them."""
    return t.form.result and (t.form.pos == "N" or t.form.suffered)


def across_contrast(s: _Search, m: Mention) -> bool:
    """A clause opener of another scene (فيما، بينما، في حين) stands between the trigger and the name:
    «يعقد مجلس الأمن جلسة طارئة، فيما يجتمع مجلس الحرب»: the council is no party to the war cabinet's meeting
    (also قبل أن، بعد أن: a clause with its own subject)."""
    if s.words is None:
        return False
    lo, hi = (m.last + 1, s.t.first) if m.last < s.t.first else (s.t.last + 1, m.first)
    markers = argument_markers()
    return any(s.words[j].norm in markers.contrast
               or (j + 1 < hi and (s.words[j].norm, s.words[j + 1].norm) in markers.clause_pairs)
               for j in range(lo, hi))
