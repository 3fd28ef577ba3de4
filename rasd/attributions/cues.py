"""Cues: the reporting verbs, participles, frames and relays of an article that report speech,
leaving out cues that are negated, subjunctive, or describe a noun ("لافتات تندد بالحصار")."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from rasd.attributions import lexicon as lex
from rasd.attributions.lexicon import Cue
from rasd.attributions.phrases import object_word
from rasd.attributions.view import OPENERS, STRAIGHT, View
from rasd.attributions.words import AFTER_PUNCT, CONTRAST, KANA, NEGATION, OPENER, RELATIVE, RESUME, cue_word, definite, stems

_SUBJUNCTIVE = lex.clause_words("subjunctive")
_NOMINAL = lex.clause_words("nominal")
_RESUMPTIVE = lex.clause_words("resumptive")
_OBJECT_SUFFIXES = ("ها", "هم", "ه")   # an object pronoun on a cue (ما أعلنته، ووصفه)


@dataclass(slots=True)
class Hit:
    i: int              # first token of the cue
    e: int              # token after it
    cue: Cue
    stance: str
    relative: bool = False      # "ما أعلنته X": inside another statement's content, and not ending it
    with_object: bool = False   # "ووصفه بأنه": written with its object's pronoun (the thing described)


@lru_cache(maxsize=1 << 16)
def _cues_for(norm: str) -> tuple[Cue, ...]:
    """Cues (not verbal nouns) that a written word can open, with its و/ف/ب/ل removed or not."""
    return tuple(c for s in stems(norm) for c in lex.cues().get(s, ()) if c.kind not in ("masdar", "denial"))


def _match(view: View, i: int) -> tuple[Cue, int, bool, bool] | None:
    """(cue, token after it, relative, with its object's pronoun) for the cue starting at token i."""
    n = view.norm(i)
    for cue in _cues_for(n):      # longest first: "على حد وصفها" before "على ما"
        j, k = i + 1, 1
        while k < len(cue.words) and view.is_word(j) and view.norm(j) == cue.words[k]:
            j += 1
            k += 1
        if k == len(cue.words):
            return cue, j, False, False
    if view.norm(i - 1) in ("ما", "مما", "لما"):    # "ما أعلنته هيئة الأركان": a cue with its object pronoun
        for suf in _OBJECT_SUFFIXES:
            if n.endswith(suf) and len(n) - len(suf) >= 3:
                base = n[:-len(suf)]
                # نفاه = نفى + ه: a final ى is written ا before the pronoun
                for s in [*stems(base), *(stems(base[:-1] + "ي") if base.endswith("ا") else ())]:
                    for cue in lex.cues().get(s, ()):
                        if cue.kind == "verb":
                            return cue, i + 1, True, False
    # "ووصفه بأنه …": a verb of description written with its object's pronoun
    for suf in _OBJECT_SUFFIXES:
        if n.endswith(suf) and len(n) - len(suf) >= 3:
            for cue in _cues_for(n[:-len(suf)]):
                if cue.kind == "verb" and len(cue.words) == 1 and "obj" in cue.needs.split(","):
                    return cue, i + 1, False, True
    return None


def _plain_noun(view: View, j: int) -> bool:
    """Token j is an undetermined common word right before (no punctuation): not a name, a mention,
    a class word or a cue."""
    if not view.is_word(j) or view.toks[j].end != view.toks[j + 1].start - 1 or j == view.sentence_range(j)[0]:
        return False        # a name opening its sentence ("نتنياهو يهدد …") is a subject
    n = view.norm(j)
    t = view.toks[j]
    return (not definite(n) and not n.startswith(("وال", "فال")) and not lex.word_classes().get(n) and n not in lex.given_names()
            and not cue_word(view, j) and n not in NEGATION and n not in _SUBJUNCTIVE and n not in KANA
            and n not in CONTRAST and n not in RESUME and not view.mentions_in(t.start, t.end))


def _opens_clause(view: View, i: int, prev_norm: str) -> bool:
    """The word at i opens its clause: written with و/ف, first in its sentence, after punctuation,
    or after a particle that resumes a clause (قد، ثم، كما …)."""
    own = view.norm(i)
    sl, _sr = view.sentence_range(i)
    return (own[:1] in "وف" or i == sl or view.char(i - 1) in AFTER_PUNCT or view.char(i - 1) in "،,:؛"
            or prev_norm in RESUME or prev_norm in OPENER or prev_norm == "قد")


def _awaiting_an(view: View, i: int) -> bool:
    """A verb earlier in the sentence that reports speech only with عن (أعرب) still waits for its عن:
    the word at i stands in that verb's subject (أعرب الأمين العام، عبر المتحدث باسمه، عن أسفه)."""
    sl, _sr = view.sentence_range(i)
    for x in range(i - 1, sl - 1, -1):
        if not view.is_word(x):
            continue
        if view.norm(x) == "عن":
            return False
        m = _match(view, x)
        if m is not None and "an" in m[0].needs.split(","):
            return True
    return False


def imperfect(cue: Cue) -> bool:
    w = cue.words[0]
    return w[:1] == "ي" or (w[:1] == "ت" and not w.startswith("تابع"))


def find_hits(view: View) -> list[Hit]:
    hits: list[Hit] = []
    i = 0
    words, in_quote = view.words, view.in_long_quote
    while i < len(view.toks):
        if not words[i] or in_quote[i]:
            i += 1
            continue
        m = _match(view, i)
        if m is None:
            i += 1
            continue
        hit = _admit(view, i, *m)
        if hit:
            hits.append(hit)
            i = hit.e
        else:
            i = m[1]
    return hits


def _admit(view: View, i: int, cue: Cue, e: int, relative: bool, with_object: bool) -> Hit | None:
    """Keep a cue only where it reports speech."""
    pn = view.norm(i - 1) if view.is_word(i - 1) else ""
    if cue.kind in ("verb", "relay"):
        if pn in NEGATION:
            # "لم ينفِ" confirms; any other negated cue reports nothing
            return Hit(i - 1, e, cue, "CONFIRM") if cue.stance == "DENY" else None
        if imperfect(cue) and pn in _SUBJUNCTIVE:
            return None
        if pn in _NOMINAL:
            return None        # "طلب عدم ذكر اسمه": ذكر is the verbal noun here
        if lex.has_class(pn, "comp") and pn not in ("ان", "بان", "وان") \
                and not (view.is_word(i - 2) and view.norm(i - 2) in CONTRAST):
            return None        # "قال إنه طالب بوقف الحرب": the verb is what the statement before it says
                               # (but "إلا أنه قال إن …" turns to a new statement)
        if imperfect(cue) and _plain_noun(view, i - 1):
            return None        # "لافتات تندد بالحصار": a clause describing the noun, not a statement
        if cue.words[0].startswith("تابع") and view.norm(e).startswith("ل"):   # تابع لـ: "affiliated to"
            return None
        if pn in RELATIVE and view.norm(e) in _RESUMPTIVE:
            return None        # "الاتفاق الذي أعلن عنه الطرفان": a clause describing the agreement
        if "lead" in cue.needs.split(",") and (not _opens_clause(view, i, pn) or _awaiting_an(view, i)):
            return None        # "تسلل المسلحون عبر الحدود"، "أعرب فلان، عبر المتحدث باسمه، عن …": the preposition
        return Hit(i, e, cue, cue.stance, relative, with_object)
    if cue.kind == "part":
        nxt = e + 1 if view.norm(e) in ("الي", "علي") else e
        opens = (lex.has_class(view.norm(nxt), "comp") or view.norm(e) in ("الي", "علي") or view.char(e) in OPENERS
                 or view.char(e) in (STRAIGHT, ":") or object_word(view, e) or view.norm(e)[:1] == "ب"
                 or (cue.stance == "THREATEN" and view.norm(e) == "من"))      # محذرة من …
        after_punct = view.char(i - 1) in AFTER_PUNCT
        # after a comma, the party addressed (، مطالبة أنقرة بسحب قواتها) or a denial (، نافية وقوع …) opens it
        continues = after_punct and (cue.stance == "DENY" or (
            view.is_word(e) and bool(view.mentions_in(view.toks[e].start, view.toks[e].end))))
        if cue.gender == "f" and not (opens or continues):
            return None        # مطالبة، داعية، متابعة are nouns too: the feminine form must open a content
        if after_punct or pn == "و" or lex.has_class(view.norm(nxt), "comp") \
                or (cue.gender == "m" and object_word(view, e)) or view.char(e) == ":":
            return Hit(i, e, cue, cue.stance)       # … "قائلاً: "…"": a colon opens the words said
        return None
    if cue.kind == "frame":
        needs_verb = cue.words[-1] == "ما" or cue.words[0] in ("حسبما", "وفقما")
        j = e + 1 if view.norm(e) in ("ما", "لما") else e      # وفق ما أفاد، وفقاً لما أعلنته
        v = _match(view, j) if view.is_word(j) else None
        # a relay after it reports what came before (…، بحسب ما نقلت قناة X.); before إن it only names
        # the channel of the statement it sits in (قال X، حسبما نقلت قناة Y، إن …)
        relayed = v is not None and v[0].kind == "relay" and not _comp_after(view, v[1])
        if v and (v[0].kind == "verb" or relayed) and (j > e or needs_verb):
            end = v[1] + 1 if view.is_word(v[1]) and view.norm(v[1]) in _RESUMPTIVE else v[1]
            return Hit(i, end, cue, v[0].stance)    # بحسب ما نقلت قناة …، وفق ما أفاد به مجلس …
        return None if needs_verb else Hit(i, e, cue, cue.stance)
    return Hit(i, e, cue, cue.stance)       # report, tail


def _comp_after(view: View, k: int) -> bool:
    """A complementiser (إن، أن) follows token k in its sentence."""
    _sl, sr = view.sentence_range(k)
    return any(view.is_word(x) and lex.has_class(view.norm(x), "comp") for x in range(k, sr))
