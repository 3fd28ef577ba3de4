"""Subjects written before their verb ("المرصد السوري أكد", "وكان جيش الإسلام قد نفى"), and the
object cut off a subject written after it ("ووصف الشهود المشهد بأنه …")."""
from __future__ import annotations

from rasd.attributions import lexicon as lex
from rasd.attributions.cues import Hit, imperfect
from rasd.attributions.phrases import Phrase
from rasd.attributions.view import OPENERS, STRAIGHT, View
from rasd.attributions.words import CONTRAST, KANA, cue_word, definite, word_has


def subject_before(view: View, i: int, sent_start: int) -> Phrase | None:
    """A subject written before its verb: "المرصد السوري أكد", "وكان جيش الإسلام قد نفى",
    "إلا أن مصدراً مقرباً من الحكومة قال"."""
    j = i - 1
    if view.norm(j) == "قد":
        j -= 1
        k = j
        while k >= sent_start and i - k < 10 and view.norm(k) not in KANA:
            k -= 1
        if k >= sent_start and view.norm(k) in KANA and k < j:
            return Phrase(k + 1, j + 1)
    if view.norm(j) in KANA:
        j -= 1
    end = j + 1
    words = 0
    while j >= sent_start:
        ch = view.char(j)
        if ch in ("»", "”", '"', ")"):
            opener = next((o for o, c in list(view.quote_close.items()) + list(view.paren_close.items()) if c == j), None)
            if opener is None or view.words_between(opener, j) > 4 or opener < sent_start:
                break
            words += view.words_between(opener, j)
            j = opener - 1
            continue
        if not view.is_word(j):
            break
        n = view.norm(j)
        if (lex.has_class(n, "comp") or lex.has_class(n, "stop") or lex.has_class(n, "time") or n in KANA
                or word_has(view, j, "connector") or cue_word(view, j) or n in CONTRAST or view.in_time[j]):
            break
        words += 1
        j -= 1
        if words > 7:
            break
    start = j + 1
    if start >= end or words == 0:
        return None
    if words > 7:
        # unpunctuated text: the subject is the determined phrase closing the run ("… في إدلب الجبهة الوطنية للتحرير كانت قد")
        window = [x for x in range(start, end) if view.is_word(x)][-4:]
        start = next((x for x in window if definite(view.norm(x)) and not definite(view.norm(x - 1))), None)
        if start is None:
            return None
    first = next((x for x in range(start, end) if view.is_word(x)), None)
    if first is None:
        return None
    fn = view.norm(first)
    bounded = view.norm(start - 1) in ("ان", *CONTRAST) or view.norm(start - 1) in KANA
    plausible = (bounded or definite(fn) or fn.startswith("وال") or any(word_has(view, first, c) for c in ("role", "anon", "body", "media"))
                 or fn in lex.given_names() or view.char(start) in OPENERS or view.char(start) == STRAIGHT
                 or any(s == view.toks[first].start for s, _e, _ in view.mentions_in(view.toks[first].start, view.toks[first].end)))
    return Phrase(start, end) if plausible else None


def fronted_subject(view: View, h: Hit, sent_start: int) -> Phrase | None:
    """A subject that certainly stands before its verb, so that what follows the verb is its object:
    "وكانت مصر قد أعلنت في وقت سابق عزمها …" (كان … قد, or كان and its subject), "… أن القوات تتهم المسلحين …" (a
    determined noun right before an imperfect verb, SVO)."""
    prev = view.norm(h.i - 1)
    if prev == "قد":
        fronted = subject_before(view, h.i, sent_start)
        return fronted if fronted and view.norm(fronted.start - 1) in KANA else None
    if view.is_word(h.i - 1) and (definite(prev) or prev.startswith("وال")) \
            and not view.in_time[h.i - 1] and not any(lex.has_class(prev, c) for c in ("stop", "comp", "time", "connector")):
        fronted = subject_before(view, h.i, sent_start)
        if imperfect(h.cue) or (fronted and view.norm(fronted.start - 1) in KANA):
            return fronted           # "وكانت اللجنة الدولية أعلنت أمس نقل …": كان, its subject, then the verb
    return None


def without_object(view: View, phrase: Phrase) -> Phrase:
    """A determined subject followed by a determined noun that is not its adjective: the noun starts
    the object ("ووصف الشهود المشهد بأنه …" → الشهود). A feminine word after a word that is not
    feminine agrees with nothing before it only as an adjective of a plural ("الأمم المتحدة")."""
    for x in range(phrase.start + 1, phrase.end):
        n, p = view.norm(x), view.norm(x - 1)
        t = view.toks[x]
        if (view.is_word(x) and view.is_word(x - 1) and n.startswith("ال") and p.startswith("ال")
                and not lex.has_class(p, "stop")             # إلى is no determined noun (المبعوث … إلى السودان)
                and not n.endswith(("ي", "يه", "يين", "يون")) and not (n.endswith("ه") and not p.endswith("ه"))
                and not any(lex.has_class(n, c) for c in ("adjective", "role", "time", "stop"))
                and not any(s < t.start for s, _e, _ent in view.mentions_in(t.start, t.end))):
            return Phrase(phrase.start, x, phrase.name)
    return phrase
