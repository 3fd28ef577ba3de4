"""Whether an event happened: asserted, denied, disputed, planned, conditional or hypothetical.

Read from the words around the trigger (cues in rasd/data/events/status_cues.tsv) and from the
attribution that carries it: an event inside a denial (stance DENY) is denied, and disputed
when the denial answers another source's claim (نفى صحة ما أعلنته …) or another source in the
article states it.
"""
from __future__ import annotations

from functools import lru_cache

from rasd.entities.words import future_prefixed
from rasd.events.lexicon import Word, keys, readings, status_cues
from rasd.events.triggers import Trigger
from rasd.model import Attribution

NEAR_BEFORE = 3      # words before the trigger in which a negation or hedge may start
PLAN_BEFORE = 4      # words before the trigger a plan cue may stand
NEAR_AFTER = 2       # words after the trigger a cue such as المرتقب may stand
PREDICATE_REACH = 6  # words from an event noun to the future verb it is the subject of (عملية تبادل نحو 900 أسير بين الطرفين ستبدأ)
PROPOSABLE = ("AGREE", "RETREAT", "CONSULT", "COOPERATE", "AID")   # what one side can propose (اقترحت هدنة)


class Cues(list):
    """The article's words, with each kind of cue located once: (status, where) → {start: lengths}."""

    def __init__(self, words: list[Word]):
        super().__init__(words)
        cues = status_cues()
        firsts = _all_firsts()
        self._starts: dict[tuple[str, str], dict[int, list[int]]] = {key: {} for key in cues}
        for j, w in enumerate(words):                  # one pass: most words start no cue
            ks = keys(w.norm)
            if firsts.isdisjoint(ks):
                continue
            for key, index in cues.items():
                if not index.firsts.isdisjoint(ks):
                    m = index.match(self, j)
                    if m:
                        self._starts[key][j] = [n for n, _f, _p in m]
        # وهو ما لم يتسنَّ التحقق منه: after a pronoun, ما is "which", so ما لم opens no condition
        after_pronoun = {k + n for k, ns in self._starts.get(("conditional", "relative"), {}).items() for n in ns}
        unless = self._starts.get(("conditional", "unless"), {})
        for j in [j for j in unless if j in after_pronoun and words[j].norm == "ما"]:
            del unless[j]

    def starts(self, status: str, where: str) -> dict[int, list[int]]:
        return self._starts.get((status, where), {})


@lru_cache(maxsize=None)
def _all_firsts() -> frozenset[str]:
    return frozenset().union(*(index.firsts for index in status_cues().values()))


def _starts(words, status: str, where: str) -> dict[int, list[int]]:
    if not isinstance(words, Cues):
        raise TypeError("status functions take the article's words as Cues")
    return words.starts(status, where)


def _cue_before(words: list[Word], t: Trigger, lo: int, status: str, where: str, reach: int | None) -> int | None:
    """Index of the first word of a cue ending before the trigger, searching back from it."""
    starts = _starts(words, status, where)
    first = lo if reach is None else max(lo, t.first - reach)
    for j in range(t.first - 1, first - 1, -1):
        if any(j + n <= t.first for n in starts.get(j, ())):
            return j
    return None


def _cue_after(words: list[Word], t: Trigger, hi: int, status: str, where: str, reach: int | None) -> int | None:
    starts = _starts(words, status, where)
    last = hi if reach is None else min(hi, t.last + 1 + reach)
    for j in range(t.last + 1, last):
        if j in starts:
            return j
    return None


def _negated(words: list[Word], t: Trigger, clause_lo: int) -> bool:
    # لم تكن هناك أي انتفاضة: أي adds a word between the negation and the trigger
    reach = NEAR_BEFORE + (1 if t.first - 1 in _starts(words, "any", "before") else 0)
    j = _cue_before(words, t, clause_lo, "denied", "before", reach)
    if j is None:
        return False
    cancel = _starts(words, "cancel", "before")
    # لا يزال / ما تزال: "still", not a negation
    if any(k in cancel for k in range(j + 1, t.first + 1)):
        return False
    # ما لم: "unless", a condition, not a negation
    unless = _starts(words, "conditional", "unless")
    return not any(j - k < n <= t.first - k for k in range(max(clause_lo, j - 2), j + 1) for n in unless.get(k, ()))


def _denial_cue_before(words: list[Word], t: Trigger, sent_lo: int) -> bool:
    j = _cue_before(words, t, sent_lo, "denied", "sentence-before", None)
    if j is None:
        return False
    neg = _starts(words, "denied", "before")
    # لم ينفِ: not denying is confirming
    return not any(n + k == j for k in range(max(sent_lo, j - 2), j) for n in neg.get(k, ()))


def denial_before(words: list[Word], t: Trigger, sent_lo: int) -> bool:
    """A denial verb before the trigger in its sentence (نفت الحركة وقوع أي قصف)."""
    return _denial_cue_before(words, t, sent_lo)


ANAPHOR_REACH = 4   # words from a denial verb to the ذلك / هذه الأنباء it takes


def anaphoric_denials(words: list[Word]) -> list[int]:
    """Indexes of denial verbs that take an anaphor (نفى الجيش ذلك): they answer the report before them."""
    verbs, anaphors = _starts(words, "denied", "sentence-before"), _starts(words, "denied", "anaphor")
    return [j for j in verbs if any(j < k <= j + ANAPHOR_REACH for k in anaphors)]


def _has(words: list[Word], lo: int, hi: int, status: str, where: str) -> bool:
    starts = _starts(words, status, where)
    return bool(starts) and any(lo <= j < hi for j in starts)


def status_has_if(words: list[Word], clause: tuple[int, int]) -> bool:
    """The clause opens a condition (في حال …، إذا …)."""
    return _has(words, clause[0], clause[1], "conditional", "if")


def condition_after(words: list[Word], t: Trigger, clause: tuple[int, int]) -> int:
    """Where a condition opens after the trigger in its clause (… في حال شن إسرائيل هجوماً), else the clause end."""
    hi = clause[1]
    for status, where in (("conditional", "if"), ("conditional", "unless")):
        starts = _starts(words, status, where)
        hi = min([hi] + [j for j in starts if t.last < j < hi])
    return hi


def in_condition(words: list[Word], t: Trigger, clauses: list[tuple[int, int]]) -> bool:
    """The trigger is the condition itself (في حال رفض …، ما لم يرضخ …), not a reported event."""
    lo = next((lo for lo, hi in clauses if lo <= t.first < hi), None)
    if lo is None:
        return False
    ifs = [j for j in _starts(words, "conditional", "if") if lo <= j < t.first]
    # إذا استمر العدوان فإن أيدينا على الزناد: after فإن comes what follows from the condition
    if ifs and _has(words, max(ifs) + 1, t.first, "conditional", "then"):
        return False
    return bool(ifs) or _has(words, lo, t.first, "conditional", "unless")


def absent(words: list[Word], t: Trigger, clauses: list[tuple[int, int]]) -> bool:
    """دون / بدون before the trigger: named only as not happening (تسليم المدينة دون معارك). An
    agreement is the exception: talks that end without one (انتهت الجولة دون اتفاق، دون التوصل إلى أي
    نتيجة) report a denied agreement (`missed_agreement`)."""
    return t.type != "AGREE" and _absent_cue(words, t, clauses)


def missed_agreement(words: list[Word], t: Trigger, clauses: list[tuple[int, int]]) -> bool:
    """An agreement after دون / بدون (انتهت الجولة دون اتفاق): the talks did not reach it, a denial."""
    return t.type == "AGREE" and _absent_cue(words, t, clauses)


def _absent_cue(words: list[Word], t: Trigger, clauses: list[tuple[int, int]]) -> bool:
    lo = next((lo for lo, hi in clauses if lo <= t.first < hi), t.first)
    return _cue_before(words, t, lo, "absent", "before", PLAN_BEFORE) is not None


ULTIMATUM_REACH = 8
CHARACTERIZE_BEFORE = 6   # وصف/اعتبر, its subject and أن before the act it characterises  # words from إما to the alternatives it opens


def _future_verb_before(words: list[Word], t: Trigger) -> bool:
    """سيحسم المعركة، ستشن هجوماً، سنواصل استهداف: a verb in the future right before the event noun."""
    return t.form.pos == "N" and t.first > 0 and _future_verb(words[t.first - 1].norm)


def _future_verb(norm: str) -> bool:
    """A verb in the future, سيـ، ستـ، سنـ with or without و/ف (not سأ: سابق، سائر are nouns; nor the
    nouns that begin like one, notfuture: سيارة، سياسة)."""
    if _not_future().intersection(keys(norm)):
        return False
    bare = norm[1:] if norm[:1] in ("و", "ف") else norm
    return future_prefixed(bare) and any(r.future and r.key.startswith("~") and len(r.key) >= 3 for r in readings(norm))


@lru_cache(maxsize=None)
def _not_future() -> frozenset[str]:
    """Nouns that begin like a future verb (سيارة، سياسة، سيطرة)."""
    index = status_cues().get(("notfuture", "word"))
    return index.firsts if index is not None else frozenset()


def _purpose(words: list[Word], t: Trigger) -> bool:
    """للتوصل إلى اتفاق، لإبرام صفقة: written with the purpose لـ, an aim rather than a fact."""
    return any(r.key == t.form.form[0] and (r.prefix.endswith("لل") or r.prefix.rstrip("وف") == "ل")
               for r in readings(words[t.first].norm))


def background(words: list[Word], t: Trigger, sentence: tuple[int, int]) -> bool:
    """A sentence that opens with كان/كانت and has قد before the trigger (وكانت القوات قد سيطرت): the pluperfect
    of background, told before the news."""
    lo = sentence[0]
    if not any(j in _starts(words, "background", "opener") for j in (lo, lo + 1)):
        return False
    return any(lo < j < t.first and w.norm == "قد" for j, w in enumerate(words[lo:t.first], lo))


def possibility(words: list[Word], t: Trigger, clause_lo: int, sentence_lo: int) -> bool:
    """أي right before the trigger (سترد على أي هجوم، لن تسمح بأي اعتداء): any such event, not one that
    happened; under a denial verb (نفت وقوع أي قصف) it is a denied event. (In لم يتوصل إلى أي اتفاق the
    negated verb is itself the trigger.)"""
    if t.first - 1 not in _starts(words, "any", "before") or _denial_cue_before(words, t, sentence_lo):
        return False
    # لم تكن هناك أي انتفاضة: a negation right before أي says there was none (a denied event)
    neg = _starts(words, "denied", "before")
    return not any(j + n == t.first - 1 for j in range(max(clause_lo, t.first - 5), t.first - 1) for n in neg.get(j, ()))


def characterized(words: list[Word], t: Trigger, clause_lo: int) -> bool:
    """وصفت الحركة القصف بأنه جريمة، اعتبرت الوزارة أن الاقتحام انتهاك: the definite event noun a
    statement characterises is the act already reported."""
    return t.definite and _cue_before(words, t, clause_lo, "characterize", "before", CHARACTERIZE_BEFORE) is not None


def narrated_between(words: list[Word], lo: int, t: Trigger) -> bool:
    """في حين، بينما … between the start of a reported content and the trigger: the outlet takes over."""
    starts = _starts(words, "narration", "before")
    return bool(starts) and any(lo <= j < t.first for j in starts)


def alternative(words: list[Word], t: Trigger, sentence: tuple[int, int]) -> bool:
    """The trigger is one alternative of an ultimatum (إما الاستسلام أو القتل): إما shortly before it
    and أو after that إما (before the trigger for the second alternative, after it for the first)."""
    either, ors = _starts(words, "ultimatum", "either"), _starts(words, "ultimatum", "or")
    if not either:
        return False
    lo, hi = sentence
    for j in range(max(lo, t.first - ULTIMATUM_REACH), t.first):
        if j in either and any(j < k < min(hi, j + 2 * ULTIMATUM_REACH) and k != t.first for k in ors):
            return True
    return False


def _conditional(words: list[Word], t: Trigger, clauses: list[tuple[int, int]]) -> bool:
    """A condition scopes over clauses: إذا/في حال over its clause and the next, ما لم over the one before;
    a threat's condition over the clauses after it, up to one joined by و."""
    ci = next((k for k, (lo, hi) in enumerate(clauses) if lo <= t.first < hi), None)
    if ci is None:
        return False
    lo, hi = clauses[ci]
    if _has(words, lo, t.first, "conditional", "if") or _has(words, lo, t.first, "conditional", "else"):
        return True
    if ci > 0 and _has(words, *clauses[ci - 1], "conditional", "if"):
        return True
    if _has(words, t.last + 1, hi, "conditional", "unless"):
        return True
    if ci + 1 < len(clauses):
        nlo, nhi = clauses[ci + 1]
        if _has(words, nlo, min(nhi, nlo + 2), "conditional", "unless"):
            return True
    if t.type == "THREATEN":
        # متوعداً بإطلاق النار على أي مسلح، أمهلت … حتى نوفمبر، وإلا …: what is threatened hangs on "any" act or an "else"
        if _has(words, t.last + 1, hi, "any", "before") or _has(words, t.last + 1, hi, "conditional", "else"):
            return True
        if _whoever(words, max(lo, t.first - WHOEVER_REACH), min(clauses[-1][1], t.last + 1 + 3 * WHOEVER_REACH)):
            return True      # هدد بأن «من يؤذينا سنؤذيه»، من يطلق رصاصة سترد عليه قواتنا: whoever does it will be hit
        for c_lo, c_hi in clauses[ci + 1:]:
            if _has(words, c_lo, min(c_hi, c_lo + 2), "conditional", "else"):
                return True
            if c_lo < len(words) and words[c_lo].norm[:1] == "و":
                break        # …، وقال إن …: a clause of its own
            if _has(words, c_lo, c_hi, "conditional", "unless") or _has(words, c_lo, c_hi, "any", "before"):
                return True  # هدد، في كلمة متلفزة، بالاستقالة "إذا استمرت الفوضى": a threat's condition may come last
    return False


WHOEVER_REACH = 6   # words before a threat (three times as many after it, past a titled speaker) in which "whoever does X, we will …" may stand


def _whoever(words: list[Word], lo: int, hi: int) -> bool:
    """The pronoun «whoever» (status_cues.tsv: conditional whoever) with a verb of the third person, then a
    verb in the future (من يؤذينا سنؤذيه): a condition on whoever acts."""
    return any(lo <= j < hi - 2 and words[j + 1].norm[:1] in ("ي", "ت") and len(words[j + 1].norm) >= 4
               and any(_future_verb(words[k].norm) for k in range(j + 2, min(hi, j + 6)))
               for j in _starts(words, "conditional", "whoever"))


def status_of(words: list[Word], t: Trigger, clauses: list[tuple[int, int]], sentence: tuple[int, int],
              carrier: Attribution | None, others: list[Attribution], is_cue: bool = False) -> tuple[str, bool]:
    """(status, refused): refused is True for a negated future RETREAT (لن ينسحب), a REJECT.

    `is_cue`: the trigger is itself a reporting verb (اتهمت، هدد): only its own negation counts,
    not the denial of a neighbouring statement."""
    c_lo, c_hi = next(((lo, hi) for lo, hi in clauses if lo <= t.first < hi), sentence)
    s_lo, s_hi = sentence
    negated = _negated(words, t, c_lo)
    neg_at = _cue_before(words, t, c_lo, "denied", "before", NEAR_BEFORE) if negated else None
    if neg_at is not None and t.type == "RETREAT" and words[neg_at].norm.endswith("لن"):
        return "asserted", True
    if is_cue:
        carrier, others = None, []
    denial = negated or missed_agreement(words, t, clauses) \
        or (carrier is None and not is_cue and _denial_cue_before(words, t, s_lo)) \
        or _cue_after(words, t, s_hi, "denied", "sentence-after", None) is not None \
        or (carrier is not None and carrier.stance == "DENY")
    # a denial that holds another source's claim: نفى صحة ما أعلنته هيئة الأركان عن …
    outer_denial = carrier is not None and carrier.stance != "DENY" and any(
        a.stance == "DENY" and a.speaker_text != carrier.speaker_text for a in others)
    # … وهو ما تنفيه إسرائيل: another source denies the claim right after it is made
    if outer_denial or _cue_after(words, t, s_hi, "disputed", "sentence-after", None) is not None:
        return "disputed", False
    if denial:
        claim = _cue_before(words, t, s_lo, "disputed", "sentence-before", None) is not None
        other_source = carrier is not None and carrier.stance == "DENY" and any(
            a is not carrier and a.stance != "DENY" and a.speaker_text != carrier.speaker_text for a in others)
        return ("disputed" if claim or other_source else "denied"), False
    if _conditional(words, t, clauses):
        return "conditional", False
    if _cue_before(words, t, c_lo, "hypothetical", "before", NEAR_BEFORE) is not None \
            or (t.type == "AGREE" and _purpose(words, t)) \
            or (t.imperfect and t.first > 0 and words[t.first - 1].norm == "قد"):
        return "hypothetical", False
    if t.form.spoken or t.type == "THREATEN":       # a threat is made when it is spoken, whatever it promises
        return "asserted", False
    if t.future or t.form.planned or (t.type == "RETREAT" and t.purpose) or _future_verb_before(words, t) \
            or _cue_before(words, t, c_lo, "planned", "before", PLAN_BEFORE) is not None \
            or _cue_before(words, t, c_lo, "planned", "clause", None) is not None \
            or _cue_after(words, t, c_hi, "planned", "after", NEAR_AFTER) is not None \
            or _cue_after(words, t, c_hi, "planned", "predicate", PREDICATE_REACH) is not None \
            or (t.type in PROPOSABLE and _cue_before(words, t, c_lo, "planned", "proposal", PLAN_BEFORE) is not None):
        return "planned", False
    return "asserted", False


COORDINATED_REACH = 8    # words from one event noun to the next one coordinated with it


def share_coordinated_status(coded: list, words: list[Word]) -> None:
    """Event nouns coordinated in one clause share its status: the terms a deal lists («نص على وقف
    إطلاق النار، وخروج المقاتلين، وتسليم السلاح») are all planned when the first one is (commas part
    the clauses, so the sentence is what they share). `coded` holds
    (trigger, event, clause range, sentence range) in text order; an event whose own cues say
    nothing (asserted) takes the status of the event noun it is joined to by و."""
    for (a, va, _, sa), (b, vb, _, sb) in zip(coded, coded[1:]):
        if vb.status != "asserted" or va.status == "asserted" or sa != sb or b.form.pos != "N" or a.form.pos != "N":
            continue
        if b.first - a.last > COORDINATED_REACH or not _joined(words, b.first):
            continue
        vb.status = va.status


TERMS_REACH = 12          # words from an agreement to the term it names
DEAL_TERMS = ("RETREAT", "AID", "CONCEDE", "COOPERATE")


def terms_of_deals(coded: list) -> None:
    """What an agreement or acceptance names after it in its sentence is its term, yet to be done:
    «وافقت الجماعة على إجلاء مقاتليها»، «اتفاق على هدنة تتضمن فتح المطار» — a verbal noun of
    withdrawal, release, access or aid there is planned (a verb, انسحب المقاتلون، tells it happened;
    a ceasefire agreed, اتفاق لوقف إطلاق النار, holds from the agreement on, unless the agreement
    itself is yet to come: يقتربان من اتفاق على هدنة)."""
    for k, (a, va, _, sa) in enumerate(coded):
        if a.type != "AGREE" or va.status not in ("asserted", "planned"):
            continue
        for b, vb, _, sb in coded[k + 1:]:
            if sb != sa or b.first - a.last > TERMS_REACH:
                break
            if b.form.pos == "V":
                break                # a verb after the deal reports an act of its own
            if b.type in DEAL_TERMS and vb.status == "asserted" and (b.form.mode != "ceasefire" or va.status == "planned"):
                vb.status = "planned"


def _joined(words: list[Word], i: int) -> bool:
    """Word i is joined to what comes before by و (وخروج، و خروج)."""
    w = words[i].norm
    return (w.startswith("و") and any(r.prefix.startswith("و") for r in readings(w))) or (i > 0 and words[i - 1].norm == "و")


def ended(words: list[Word], t: Trigger, clause_hi: int) -> bool:
    """A verb of ending right after a fighting noun (العمليات العسكرية قد انتهت): the fighting is over."""
    return t.type == "ASSAULT" and t.form.pos == "N" and _cue_after(words, t, clause_hi, "ended", "after", NEAR_AFTER) is not None
