"""Speakers: from a speaker phrase to name, role, anonymity and entity; and who an implicit
subject refers to.

A phrase is split into name and role at a role head (المتحدث، مدير، وزير …):
  name first  "حمزة بيرقدار الناطق الرسمي باسم …"      → name | role
  role first  "مدير المرصد رامي عبد الرحمن"               → role | name (the name starts at an entity
              mention, an apposition after a comma, or a known given name)
A phrase headed by an unnamed-source noun (مصدر، مصادر، ناشطون، شهود) is anonymous.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from rasd.attributions import lexicon as lex
from rasd.attributions.phrases import Phrase, object_word
from rasd.attributions.view import View
from rasd.attributions.words import definite, stems, strip_article, word_has
from rasd.text import normalize

_MARKS = re.compile(r"[«»“”\"()]")
_SPEAKER_TYPES = ("PERSON", "ORG", "MEDIA", "GPE")


@dataclass(slots=True)
class Speaker:
    text: str
    start: int                  # char span of the phrase that names the speaker
    end: int
    entity: str | None = None
    anonymous: bool = False
    role: str | None = None
    gender: str = "m"
    keys: frozenset[str] = field(default_factory=frozenset)   # article-less words, for coreference
    phrase_end: int | None = None   # token where the phrase really ends, when an object followed the name


def clean(text: str) -> str:
    return " ".join(_MARKS.sub(" ", text).split())


def _words(view: View, a: int, b: int) -> list[int]:
    return [i for i in range(a, b) if view.is_word(i)]


def _name_start(view: View, a: int, b: int) -> int | None:
    """Where a personal name begins inside a role-first phrase [a, b)."""
    words = [i for i in _words(view, a, b) if not word_has(view, i, "rolelink")]
    for i in words[1:]:
        t = view.toks[i]
        if any(e.type == "PERSON" and s == t.start for s, _e, e in view.mentions_in(t.start, t.end)):
            return i
    for k, i in enumerate(words[1:], 1):
        n = view.norm(i)
        if n in lex.given_names() or n in ("عبد", "ابو") or (n.startswith("عبد") and len(n) > 5):
            # an unlisted first name before the listed one: "الجنرال أودوا يوسف راغي"
            while k > 1 and _name_word(view, words[k - 1]) and (definite(view.norm(words[k - 2]))
                                                                or word_has(view, words[k - 2], "role")):
                k -= 1
            return words[k]
    return None


def _name_word(view: View, i: int) -> bool:
    """An undetermined word outside every closed class: it can be part of a personal name."""
    n = view.norm(i)
    return view.is_word(i) and not definite(n) and not lex.word_classes().get(n) and n[:1] not in "بل" \
        and not n.endswith(("يه",))


def _trailing_name(view: View, words: list[int]) -> int | None:
    """A foreign or unlisted name closing a role-first phrase: "المبعوث الأميركي لدى التحالف بريت ماكغورك".
    The name is the run of undetermined words after a determined one (عبد الرحمن-type pairs allowed)."""
    k = len(words) - 1
    start = None
    last = view.norm(words[k]) if words else ""
    if k >= 2 and definite(last) and not lex.word_classes().get(last) and not last.endswith(("يه", "ين", "ون")):
        # a family name with the article after a given name: "… في حكومة صنعاء أنيس الأصبحي"
        given = view.norm(words[k - 1])
        if _name_word(view, words[k - 1]) and len(given) >= 3 and not _nisba_like(given) \
                and _ends_name_or_definite(view, words[k - 2]):
            return words[k - 1]
    while k >= 1:
        n = view.norm(words[k])
        if not definite(n) and not any(lex.has_class(n, c) for c in ("role", "anon", "body", "media", "stop", "comp", "time")) \
                and n not in ("في", "من", "ل", "و"):
            start = words[k]
            k -= 1
        elif definite(n) and k >= 2 and lex.has_class(view.norm(words[k - 1]), "particle"):
            start = words[k - 1]
            k -= 2
        else:
            break
    if start is None or k < 1 or len(words) - 1 - k > 3:
        return None
    before = view.norm(words[k])
    return start if definite(before) or view.char(start - 1) in "»”\")" else None


def _nisba_like(norm: str) -> bool:
    return norm.endswith(("ي", "يه")) and len(norm) >= 4


def _ends_name_or_definite(view: View, i: int) -> bool:
    """Token i is a determined word or ends an entity mention (the place or body a role names)."""
    t = view.toks[i]
    return definite(view.norm(i)) or any(e == t.end for _s, e, _ent in view.mentions_in(t.start, t.end))


def _object_after_name(view: View, p: int, b: int) -> int:
    """Where a person's name found by its mention at token p ends inside [p, b): at the end of the
    mention, carried over the undetermined words that go on the name (a surname the mention missed),
    and stopped at a determined word outside any mention, the verb's object: "حثّ الأمين العام
    أحمد أبو الغيط الأطراف على …". Returns b when nothing follows the name."""
    t = view.toks[p]
    ends = [e for s, e, ent in view.mentions_in(t.start, t.end) if ent.type == "PERSON" and s == t.start]
    if not ends:
        return b
    x = p
    while x < b and view.toks[x].end <= max(ends):
        if x > p + 1 and object_word(view, x):
            return x        # a mention that ran into the object: "عادل عبد المهدي فرض حظر التجول"
        x += 1
    while x < b and view.is_word(x) and not definite(view.norm(x)) and not lex.word_classes().get(view.norm(x)) \
            and view.norm(x)[:1] not in "بل":
        x += 1
    if x < b and view.is_word(x) and definite(view.norm(x)) and not view.mentions_in(view.toks[x].start, view.toks[x].end) \
            and not word_has(view, x, "role") and not view.norm(x).endswith(("ي", "يه")):
        return x
    return b


def make_speaker(view: View, phrase: Phrase, gender: str = "m", strip_l: bool = False) -> Speaker:
    a, b = phrase.start, phrase.end
    words = _words(view, a, b)
    name_rng: tuple[int, int] | None = None
    role_rng: tuple[int, int] | None = None
    role_first = bool(words) and word_has(view, words[0], "role")
    role_tail: tuple[int, int] | None = None
    object_from: int | None = None
    namer = next((x for x in words[1:-1] if word_has(view, x, "namer")), None)
    if namer is not None:
        # "ضابط في الشرطة يدعى محمود حسن": the description is the role, the name follows يدعى
        q = next((x for x in range(namer + 1, b) if view.char(x) in "،,"), b)
        name_rng, role_rng = (namer + 1, q), (a, namer)
        role_first = True
    elif role_first:
        if phrase.name:
            name_rng, role_rng = phrase.name, (a, phrase.name[0])
        else:
            p = _name_start(view, a, b)
            if p is None:
                p = _trailing_name(view, words)
            if p is not None:
                # the name ends at a comma or the next role head: 'العقيد "تركي المالكي"، المتحدث …'
                q = next((x for x in range(p + 1, b) if view.char(x) in "،," or (
                    word_has(view, x, "role") and not word_has(view, x - 1, "particle"))), b)   # عبد الملك
                if q == b:
                    q = _object_after_name(view, p, b)
                    if q < b:
                        object_from = q
                name_rng, role_rng = (p, q), (a, p)
                if q < b and object_from is None:
                    role_tail = (q, b)
    else:
        for i in words[1:5]:
            if word_has(view, i, "role") and definite(view.norm(i)) or lex.has_class(view.norm(i), "office"):
                if not any(word_has(view, w, c) for w in words[:1] for c in ("anon", "body", "media")):
                    name_rng, role_rng = (a, i), (i, b)
                break
    head = words[0] if words else a
    # an unnamed-source head (مصدر، ناشطون), or an undetermined role with no name ("قائد ميداني في
    # الفصيل"): an unnamed individual, where "المتحدث باسم الجيش" is one known office holder
    anonymous = name_rng is None and (any(lex.has_class(s, "anon") for s in stems(view.norm(head)))
                                      or ((role_first or word_has(view, head, "mediagroup")) and not strip_l
                                          and _indefinite(view, words)))
    main = name_rng or (a, b)
    if name_rng is None and len(words) > 1 and lex.has_class(view.norm(words[0]), "outlethead") \
            and (not definite(view.norm(words[1])) or view.char(words[0] + 1) in "(«“\""):
        main = (words[0] + 1, b)          # "موقع روتر العبري", "وكالة (سبوتنيك) الروسية": the outlet's name
    text = view.span(*main).text
    if text.startswith("وال"):        # "والحكومة تؤكد": the conjunction is not the speaker's
        text = text[1:]
    if strip_l:   # "وفقاً للمرصد" → المرصد; "وفقا لمصادر" → مصادر
        text = ("ا" + text[1:]) if text.startswith("لل") else text[1:] if text.startswith("ل") else text
    role = None
    if role_rng and role_rng[1] > role_rng[0]:
        parts = [role_rng] + ([role_tail] if role_tail else [])
        role = clean(" ".join(view.text[view.toks[x].start:view.toks[y - 1].end] for x, y in parts).replace("،", " ").replace(",", " "))
    elif role_first and not anonymous:
        role = clean(text)
    if gender not in ("m", "f", "p"):
        gender = _gender_of(view, head)
    keys = frozenset(strip_article(view.norm(i)) for i in words if main[0] <= i < main[1])
    sp = Speaker(clean(text), view.toks[main[0]].start, view.toks[main[1] - 1].end, None, anonymous, role or None, gender, keys,
                 object_from)
    if not anonymous and not (role_first and name_rng is None):   # "المتحدث باسم الحكومة" is not the government
        sp.entity = link_entity(view, main[0], main[1])
    return sp


def _indefinite(view: View, words: list[int]) -> bool:
    """A phrase whose head has no article and is not made definite by a genitive after it:
    "قائد ميداني"، "مسؤول في الحركة", where "رئيس الوزراء" names one office."""
    return not definite(view.norm(words[0])) and (len(words) == 1 or not view.norm(words[1]).startswith("ال"))


def _gender_of(view: View, head: int) -> str:
    n = view.norm(head)
    if n.endswith("ه") or lex.has_class(n, "anon") and n.endswith(("ات", "ادر", "اء")):
        return "f"
    return "m"


def link_entity(view: View, a: int, b: int, types: tuple[str, ...] = _SPEAKER_TYPES) -> str | None:
    """The entity whose mention starts within the first two words of tokens [a, b), or covers most of
    it: the one opening the phrase first, then the longest."""
    if b <= a:
        return None
    start, end = view.toks[a].start, view.toks[b - 1].end
    words = _words(view, a, b)
    head_end = view.toks[words[1]].end if len(words) > 1 else end
    first_end = view.toks[words[0]].end if words else end
    best = None
    for s, e, ent in view.mentions_in(start, end):
        if ent.type not in types:
            continue
        if s < head_end or (min(e, end) - max(s, start)) * 2 >= end - start:
            # the phrase's first word opens its head: "السعودية والولايات المتحدة" is spoken by the first
            score = (s < first_end, min(e, end) - max(s, start), -s)
            if best is None or score > best[0]:
                best = (score, ent.id)
    return best[1] if best else None


def corefer(phrase_words: list[str], earlier: list[Speaker]) -> Speaker | None:
    """A short definite phrase or a bare surname that repeats an earlier speaker's words
    ("الوكالة" after "وكالة سبوتنيك الروسية", "المصدر" after "مصدر مفاوض", "علوش")."""
    if not phrase_words or len(phrase_words) > 3:
        return None
    if len(phrase_words) > 1 and not definite(phrase_words[0]):
        return None
    keys = {strip_article(w) for w in phrase_words}
    for sp in reversed(earlier):
        if keys <= sp.keys:
            return replace(sp, role=None)
    # "المبعوث الأميركي" after "المبعوث الأميركي لدى التحالف بريت ماكغورك": the same role head
    if definite(phrase_words[0]):
        for sp in reversed(earlier):
            role = [strip_article(w) for w in (normalize(sp.role).split() if sp.role else [])]
            if role and role[0] == strip_article(phrase_words[0]) and keys <= set(role):
                return replace(sp, role=None)
    return None


def in_context(earlier: list[tuple[int, Speaker]], sentence: int, gender: str, reach: int = 4,
               strict: bool = False) -> Speaker | None:
    """The speaker an implicit subject refers to: the latest one within `reach` sentences,
    agreeing in gender when one does (قالت → a feminine speaker)."""
    recent = [(s, sp) for s, sp in earlier if sentence - s <= reach]
    if not recent:
        return None
    if gender in ("m", "f"):
        for _s, sp in reversed(recent):
            if sp.gender == gender or (gender == "f" and sp.gender == "p" and sp.anonymous):
                return replace(sp, role=None)
        if strict:
            return None
    return replace(recent[-1][1], role=None)
