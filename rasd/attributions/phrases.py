"""The phrase grammar around a reporting cue: who (speaker phrase), through what (channel),
and what (content).

Arabic news puts the pieces in a fairly fixed order, VSO: cue, subject, channel and time
adjuncts, then the content after إن/أن, a colon or a quotation:
    قال  (حمزة بيرقدار) الناطق الرسمي باسم …  في رسالة نصية لرويترز  "الروس لم …"
Each function here reads tokens from a position and returns where it stopped, so the caller
can chain them. Word classes come from rasd/data/attributions/.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from rasd.attributions import lexicon as lex
from rasd.attributions.view import OPENERS, STRAIGHT, View

_CLAUSE_PUNCT = set("،,؛;")
_HARD_STOP = set(".!?؟…:؛;-–—|/")
_WF = "وف"
_SITE = lex.channel_words("site")
_SOCIAL = lex.channel_words("social")
_ACCOUNT = lex.channel_words("account")


def stems(norm: str) -> list[str]:
    """The word, then without و/ف, then without a following ب/ل (وبحسب → بحسب → حسب)."""
    out = [norm]
    if len(norm) >= 3 and norm[0] in _WF:
        out.append(norm[1:])
        if len(norm) > 4 and norm[1] in "بل":
            out.append(norm[2:])
    return out


def word_has(view: View, i: int, cls: str) -> bool:
    return view.is_word(i) and cls in _classes(view.norm(i))


@lru_cache(maxsize=1 << 16)
def _classes(norm: str) -> frozenset[str]:
    """Word classes of a written word, with its و/ف/ب/ل removed or not."""
    out: set[str] = set()
    for s in stems(norm):
        out |= lex.word_classes().get(s, frozenset())
    return frozenset(out)


def definite(norm: str) -> bool:
    return norm.startswith("ال") or norm.startswith("لل")


def strip_article(norm: str) -> str:
    for p in ("وال", "بال", "فال", "لل", "ال"):
        if norm.startswith(p) and len(norm) - len(p) >= 2:
            return norm[len(p):]
    return norm


# ---------------------------------------------------------------- channel
@dataclass(slots=True)
class Channel:
    start: int           # token range of the whole adjunct
    end: int
    name: tuple[int, int] | None    # token range of the outlet / platform inside it, if any
    text: str            # channel_text as written
    setting: bool = False    # a speech or address (في كلمة، في خطاب): where it was said, not a channel


def _outlet_at(view: View, i: int, first: str) -> int | None:
    """End token of an outlet name starting at token i whose first word (clitic removed) is `first`."""
    for name in lex.outlets().get(first, ()):
        j, k = i + 1, 1
        while k < len(name) and view.is_word(j) and view.norm(j) == name[k]:
            j += 1
            k += 1
        if k == len(name):
            return j
    return None


def _media_name(view: View, i: int, limit: int) -> int:
    """After a media class noun (وكالة، موقع …): the outlet's name, up to 4 words or a quotation."""
    j = i
    count = 0
    while j < limit and count < 4:
        ch = view.char(j)
        if ch in OPENERS or ch == STRAIGHT:
            close = view.quote_close.get(j)
            if close is None or view.words_between(j, close) > 4:
                break
            j = close + 1
            count += 1
            continue
        if ch == "(":
            close = view.paren_close.get(j)
            if close is None or view.words_between(j, close) > 4:
                break
            j = close + 1
            continue
        if not view.is_word(j) or _ends_phrase(view, j) or view.in_time[j] or view.norm(j) in ("في", "من"):
            break           # "قناة الحدث في الخرطوم": the outlet ends before its place
        j += 1
        count += 1
    return j


def _latin_run(view: View, j: int, limit: int) -> int:
    """End of a run of up to three Latin-script words from token j (CNN، RT، Sky News); j if none."""
    k = j
    while k < limit and k - j < 3 and view.is_word(k) and view.toks[k].text[:1].isascii():
        k += 1
    return k


def _prefixed_outlet(view: View, i: int, limit: int) -> tuple[int, tuple[int, int]] | None:
    """A word with the preposition ل naming an outlet: لرويترز، لوكالة فرانس برس، للجزيرة، لـ"أورينت نت",
    or a name in Latin letters after لـ (لـCNN، لـ RT): Arabic text writes foreign outlets so."""
    n = view.norm(i)
    written = view.toks[i].text
    if n.startswith("ل") and written.lstrip("لـ")[:1].isascii() and written.lstrip("لـ")[:1].isalpha():
        end = _latin_run(view, i + 1, limit)
        return end, (i, end)
    if n == "ل" and i + 1 < limit and _latin_run(view, i + 1, limit) > i + 1:
        end = _latin_run(view, i + 1, limit)
        return end, (i + 1, end)
    if n == "ل" and i + 1 < limit:             # لـ written apart
        j = i + 1
        if view.char(j) in OPENERS or view.char(j) == STRAIGHT:
            close = view.quote_close.get(j)
            if close is not None and view.words_between(j, close) <= 5:
                return close + 1, (j, close + 1)
        if view.is_word(j):
            first = view.norm(j)
            end = _outlet_at(view, j, first)
            if end is None and lex.has_class(first, "media"):
                end = _media_name(view, j + 1, limit)
            if end is None and _entity_at(view, j, ("MEDIA",)):
                end = j + 1
            if end is not None:
                return end, (j, end)
        return None
    if not n.startswith("ل") or len(n) < 4:
        return None
    rests = ["ا" + n[1:]] if n.startswith("لل") else []
    rests.append(n[1:])
    for rest in rests:
        end = _outlet_at(view, i, rest)
        if end is None and lex.has_class(rest, "media"):
            end = _media_name(view, i + 1, limit)
        if end is not None:
            return end, (i, end)
    if _entity_at(view, i, ("MEDIA",)):
        return i + 1, (i, i + 1)
    return None


def _entity_at(view: View, i: int, types: tuple[str, ...]) -> bool:
    t = view.toks[i]
    return any(e.type in types for _s, _e, e in view.mentions_in(t.start, t.end))


def outlet_phrase(view: View, i: int, limit: int) -> Channel | None:
    """An outlet named at token i, with or without ل or a media noun: "بي بي سي", "قناة الجزيرة", "لوكالة فرانس برس"."""
    if not view.is_word(i):
        return None
    n = view.norm(i)
    end = _outlet_at(view, i, n)
    if end is None and lex.has_class(n, "media"):
        end = _media_name(view, i + 1, limit)
    if end is None:
        hit = _prefixed_outlet(view, i, limit)
        end = hit[0] if hit else None
    return Channel(i, end, (i, end), view.span(i, end).text) if end and end > i else None


def channel_at(view: View, i: int, limit: int) -> Channel | None:
    """A channel adjunct starting at token i: لرويترز / في بيان / في تصريح لأورينت نت / عبر تويتر."""
    if not view.is_word(i):
        return None
    n = view.norm(i)
    hit = _prefixed_outlet(view, i, limit)
    if hit:
        end, name = hit
        return Channel(i, end, name, view.span(*name).text if name[0] != i else view.span(i, end).text)
    bare = n[1:] if n[:1] in _WF and len(n) > 2 else n
    if bare == "من" and view.norm(i + 1) == "خلال" and word_has(view, i + 2, "medium"):
        c = channel_at(view, i + 1, limit)       # "من خلال بيان نشره …"
        return Channel(i, c.end, c.name, c.text) if c else None
    if bare in ("في", "خلال") and word_has(view, i + 1, "medium"):
        # في بيان [لها] / في تصريح مقتضب / في رسالة نصية لرويترز / في تغريدة على تويتر
        j = i + 2
        name = None
        count = 0
        plain_end = None      # where the medium's own words stop ("في بيان نشره عبر حسابه" → في بيان)
        while j < limit and count < 6:
            if not view.is_word(j):
                break
            nj = view.norm(j)
            hit = _prefixed_outlet(view, j, limit)
            if hit:
                j, name = hit[0], hit[1]
                break
            if nj == "مع":           # "في اتصال هاتفي مع الجزيرة نت"
                with_outlet = outlet_phrase(view, j + 1, limit)
                if with_outlet:
                    j, name = with_outlet.end, with_outlet.name
                break
            if nj.startswith("ب") and len(nj) > 3:
                pname = _platform(view, j, limit)     # بموقع التواصل "تويتر"
                if pname:
                    j, name = pname[1], pname
                    break
            if nj in ("علي", "عبر", "ب", "في") or (nj.startswith("ب") and lex.has_class(nj[1:], "platform")):
                k = j + 1 if nj in ("علي", "عبر", "ب", "في") else j
                pname = _platform(view, k, limit)
                if pname and not lex.has_class(view.norm(pname[0]), "platform") or (pname and not lex.has_class(view.norm(pname[0]), "own")):
                    j, name = pname[1], pname
                    break
                if pname:
                    j = pname[1]
                    break
                if nj in ("علي", "عبر", "في") and word_has(view, j + 1, "platform"):
                    j += 2
                    count += 2
                    continue
                break
            if plain_end is None and (nj in ("علي", "عبر", "ب", "في") or (lex.has_class(nj, "mediummod")
                                                                        and view.toks[j].text.endswith(("ه", "ها")))):
                plain_end = j
            if nj in ("له", "لها", "لهم") or lex.has_class(nj, "mediummod") or (nj.endswith("ه") and lex.has_class(nj[:-1], "mediummod")):
                j += 1
                count += 1
                continue
            break
        if name:
            return Channel(i, j, name, view.span(*name).text)
        return Channel(i, j, None, view.span(i, plain_end or j).text, word_has(view, i + 1, "setting"))
    if bare in ("عبر", "علي") :
        p = _platform(view, i + 1, limit)
        if p:
            return Channel(i, p[1], p, view.span(*p).text)
    return None


def _platform(view: View, i: int, limit: int) -> tuple[int, int] | None:
    """A platform name (تويتر، فيسبوك، "تيلغرام"), or حسابه/صفحته [على|في X]: the token range of the name."""
    j = i
    if view.char(j) in OPENERS or view.char(j) == STRAIGHT:
        close = view.quote_close.get(j)
        if close is not None and view.words_between(j, close) <= 3 and word_has(view, j + 1, "platform"):
            return j, close + 1
        return None
    if not view.is_word(j):
        return None
    n = view.norm(j)
    if n[:1] == "ب" and n[1:] in _SITE:
        n = n[1:]
    if n in _SITE and j + 1 < limit:     # على موقع "فيسبوك" / مواقع التواصل (الفيس بوك)
        k = j + 1
        while k < limit and k - j < 4 and view.norm(k) in _SOCIAL:
            k += 1
        if view.char(k) == "(" and k in view.paren_close:
            k += 1
        return _platform(view, k, limit)
    base = n[1:] if n.startswith("ب") and len(n) > 4 else n
    if lex.has_class(base, "platform") or lex.has_class(strip_article(base), "platform"):
        if lex.has_class(base, "own"):
            # حسابه في تويتر / صفحته على الفيس بوك / حسابه الرسمي
            k = j + 1
            while k < limit and view.is_word(k) and view.norm(k) in _ACCOUNT:
                k += 1
            if view.norm(k) in ("في", "علي", "عبر", "ب") or view.norm(k).startswith("ب"):
                start = k + 1 if view.norm(k) in ("في", "علي", "عبر", "ب") else k
                inner = _platform(view, start, limit)
                if inner:
                    return inner
            return j, k
        end = j + 1
        if lex.has_class(n + " " + view.norm(end), "platform"):      # a name written as two words
            end += 1
        return j, end
    return None


# ---------------------------------------------------------------- speaker phrase
def _ends_phrase(view: View, j: int) -> bool:
    """Words that cannot continue a speaker phrase."""
    n = view.norm(j)
    return (lex.has_class(n, "comp") or lex.has_class(n, "stop") or lex.has_class(n, "time")
            or (n[:1] in _WF and lex.has_class(n[1:], "comp")))


def cue_word(view: View, j: int) -> bool:
    """A cue starts at token j, all its words there: "على ما" is a cue, "علي" alone (a name) is not."""
    return any(c.kind not in ("tail", "denial")
               and all(view.is_word(j + x) and view.norm(j + x) == w for x, w in enumerate(c.words[1:], 1))
               for s in stems(view.norm(j)) for c in lex.cues().get(s, ()))


def _participle(view: View, j: int) -> bool:
    """A participle cue (قائلاً، مضيفاً) never heads a subject: "وأردف قائلاً إن …"."""
    return any(c.kind == "part" for s in stems(view.norm(j)) for c in lex.cues().get(s, ()))


@lru_cache(maxsize=1 << 16)
def _is_cue(norm: str) -> bool:
    return any(c.kind not in ("tail", "denial") for s in stems(norm) for c in lex.cues().get(s, ()))


@dataclass(slots=True)
class Phrase:
    start: int
    end: int
    name: tuple[int, int] | None = None     # an apposed name: "رئيس الوزراء، حيدر العبادي،"


def object_word(view: View, j: int) -> bool:
    """A verbal noun opening an object, with or without its pronoun: التوصل، مهاجمته، جاهزيتها."""
    n = view.norm(j)
    if word_has(view, j, "object"):
        return True
    if definite(n) or len(n) < 5:
        return False
    for suf in ("ها", "هم", "ه"):
        if view.toks[j].text.endswith(suf):     # a pronoun, not a ta marbuta folded to ه
            base = n[:-len(suf)]
            return lex.has_class(base, "object") or (base.endswith("ت") and lex.has_class(base[:-1] + "ه", "object")) \
                or (base.endswith("ت") and len(base) >= 5 and not lex.has_class(n, "platform") and not lex.has_class(n, "medium"))
    return False


def _possessed(view: View, j: int) -> bool:
    """An undetermined noun with a pronoun suffix (قبضتها، موقفه), not a name (عبدالله)."""
    n, written = view.norm(j), view.toks[j].text
    t = view.toks[j]
    return (len(n) >= 4 and not definite(n) and written.endswith(("ه", "ها", "هم", "هما")) and not n.startswith("عبد")
            and n not in lex.given_names() and not lex.has_class(n, "platform")
            and not any(e.type == "PERSON" for _s, _e, e in view.mentions_in(t.start, t.end)))


def _nisba(view: View, j: int) -> bool:
    """An undetermined relational adjective (جامعي، عسكري): it follows a noun, it does not head a subject."""
    n = view.norm(j)
    return (n.endswith("ي") and len(n) >= 4 and not definite(n) and n not in lex.given_names() and not _classes(n)
            and not any(s == view.toks[j].start for s, _e, _ent in view.mentions_in(view.toks[j].start, view.toks[j].end)))


def _undetermined_common(view: View, j: int) -> bool:
    """An undetermined common word (no article, no proclitic, not a name or a class noun)."""
    n = view.norm(j)
    if not view.is_word(j) or definite(n) or n[:1] in "لبفوك" or n in lex.given_names() or _classes(n):
        return False
    t = view.toks[j]
    return not any(s == t.start for s, _e, _ent in view.mentions_in(t.start, t.end))


def _entities_meet(view: View, i: int, j: int) -> bool:
    """The phrase [i, j) is exactly one named actor and token j starts another one (a subject
    followed by its object: "اتهمت الحكومة اليمنية الحوثيين بقصف …")."""
    if not view.mentions or not view.is_word(j - 1) or any(word_has(view, x, "role") for x in range(i, j)):
        return False
    t, p, first = view.toks[j], view.toks[j - 1], view.toks[i]
    starting = {e.id for s, _e, e in view.mentions_in(t.start, t.end) if s == t.start and e.type != "PERSON"}
    whole = {e.id for s, e_end, e in view.mentions_in(first.start, p.end) if s == first.start and e_end == p.end}
    return bool(starting and whole and not starting & whole)


def _b_word(view: View, j: int) -> bool:
    """After a verb of demanding, accusing or warning, a ب word or من opens its complement
    (يطالب X بإعادة …، حذّر X من انزلاق …); a name that starts with ب does not (بارو، بلينكن)."""
    n = view.norm(j)
    return n == "من" or (len(n) >= 4 and n[0] == "ب" and n not in ("باسم",) and not lex.has_class(n, "platform")
                         and not _b_name(view, j))


def _object_after_entity(view: View, i: int, j: int) -> bool:
    """A determined common noun right after a named actor that ends the phrase so far: the verb's
    object ("أدانت بعثة الأمم المتحدة في ليبيا الاشتباكات"). Relational adjectives (السودانية),
    role and source heads, and words inside a name go on the phrase."""
    n = view.norm(j)
    if not view.mentions or not n.startswith("ال") or n.endswith(("ي", "يه", "يين", "يون")) or _classes(n) \
            or word_has(view, i, "role"):
        return False        # after a role head a name may follow the body it names ("مستشار قائد X الباشا Y")
    t, p = view.toks[j], view.toks[j - 1]
    if view.mentions_in(t.start, t.end) or not view.is_word(j - 1):
        return False
    return any(e == p.end and s >= view.toks[i].start for s, e, _ent in view.mentions_in(p.start, p.end))


def _oblique_object(view: View, j: int) -> bool:
    """A determined dual or plural in -ين right after a determined word that is not one: the object of
    a verb of urging or accusing ("حثت الأمم المتحدة الطرفين على …"), not an adjective of the subject
    (which would agree with it) nor a genitive (a noun before a genitive has no article)."""
    n, p = view.norm(j), view.norm(j - 1)
    return (view.is_word(j - 1) and definite(n) and n.endswith("ين") and len(n) > 5 and definite(p)
            and not p.endswith(("ين", "ون")) and not _inside_mention(view, j))


def _b_masdar(view: View, j: int) -> bool:
    """A ب word whose noun is a verbal noun of the object list (بمقتل، بإصابة، بالهجوم): the
    complement of أفاد، أشاد، ندد …, never a locative (بقطاع غزة) or a name."""
    n = view.norm(j)
    if len(n) < 4 or n[0] != "ب" or _b_name(view, j):
        return False
    rest = n[1:]
    return lex.has_class(rest, "object") or lex.has_class("ا" + rest, "object") \
        or (rest.startswith("ال") and lex.has_class(rest[2:], "object"))


def _b_name(view: View, j: int) -> bool:
    """A ب word that goes on a name rather than opening a complement: inside a person's mention
    that started before it, or an undetermined word after a name part and before the complement
    itself (من، إلى، على، ب…، إن/أن): "حذر الوزير جان نويل بارو من …"."""
    n, t = view.norm(j), view.toks[j]
    if any(e.type == "PERSON" for _s, _e, e in view.mentions_in(t.start, t.end)) or n in lex.given_names():
        return True
    if n.startswith("بال") or lex.has_class(n[1:], "object") or lex.has_class("ا" + n[1:], "object"):
        return False
    p, nxt = view.norm(j - 1), view.norm(j + 1)
    name_before = view.is_word(j - 1) and not definite(p) and not _classes(p) and p[:1] not in "بل"
    complement_after = (nxt in ("من", "الي", "علي") or lex.has_class(nxt, "comp")
                        or (len(nxt) >= 4 and nxt[0] == "ب"))
    return name_before and complement_after


def _body_genitive(view: View, i: int, j: int) -> bool:
    """In a body's name, a verbal noun after an undetermined noun is its genitive, not an object:
    "قيادة عمليات فرض الأمن"، "لجنة تقصي الحقائق"."""
    head = view.norm(i)
    body = word_has(view, i, "body") or (head[:1] == "ل" and lex.has_class(head[1:], "body"))
    prev = view.toks[j - 1]
    return (body and view.is_word(j - 1) and not definite(view.norm(j - 1))
            and not view.mentions_in(prev.start, prev.end) and view.norm(j - 2) not in ("في", "من", "ب", "الي", "علي"))


def _inside_mention(view: View, j: int) -> bool:
    """Token j continues a name the entity stage found ("قيادة عمليات فرض الأمن")."""
    t = view.toks[j]
    return any(s < t.start for s, _e, _ent in view.mentions_in(t.start, t.end))


def _person_from(view: View, k: int, limit: int) -> int | None:
    """The token after a person's name that the entity stage found starting at token k, if any."""
    t = view.toks[k]
    ends = [end for s, end, e in view.mentions_in(t.start, t.end) if e.type == "PERSON" and s == t.start]
    if not ends:
        return None
    m = k
    while m < limit and view.toks[m].start < max(ends):
        m += 1
    return m


def _person_in(view: View, i: int, j: int) -> bool:
    """A person is already named in tokens [i, j): "وزير الخارجية X إلى طرابلس" is a destination."""
    return any(e.type == "PERSON" for _s, _e, e in view.mentions_in(view.toks[i].start, view.toks[j - 1].end))


def _place_at(view: View, j: int) -> bool:
    """Token j starts a place's mention (GPE or LOC)."""
    if not view.is_word(j):
        return False
    t = view.toks[j]
    return any(s == t.start and e.type in ("GPE", "LOC") for s, _e, e in view.mentions_in(t.start, t.end))


def _b_complement(view: View, j: int) -> bool:
    """A word with the preposition ب that opens a complement (بمقتل، بإعادة، بالانسحاب), not a name (باسم)."""
    n = view.norm(j)
    return len(n) > 3 and n[0] == "ب" and n not in ("باسم", "بن") and (
        n.startswith("بال") or any(lex.has_class(w, c) for w in (n[1:], "ا" + n[1:]) for c in ("object", "bmasdar")))


def speaker_phrase(view: View, i: int, limit: int, quoted_head: bool = False, max_words: int = 14,
                   stop_b: str = "") -> Phrase | None:
    """The noun phrase of a speaker starting at token i (subject after the cue, or a frame's object).

    Stops at complementisers, prepositions that open an adjunct, channel and time adjuncts, the
    next cue, a long quotation (the content), and, after the head, a verbal noun that opens an
    object ("أعلنت وزارة الصحة استشهاد …"). Short quotations and parentheses are names inside it.
    """
    j = i
    words = 0
    end = None
    name = None
    while j < limit and words < max_words:
        ch = view.char(j)
        if ch == "-" and words and view.is_word(j + 1) and view.toks[j - 1].end == view.toks[j].start \
                and view.toks[j].end == view.toks[j + 1].start:
            j += 1          # a hyphenated name: "جان-إيف"
            continue
        if not view.is_word(j):
            if ch in OPENERS or ch == STRAIGHT:
                close = view.quote_close.get(j)
                n_in = view.words_between(j, close) if close is not None else 99
                if close is None or n_in > (7 if quoted_head and words == 0 else 4):
                    break
                after = view.char(close + 1)
                if n_in > 2 and not (quoted_head and words == 0) and (not after or after in "،,.:؛" or close + 1 >= limit):
                    break      # a quotation closing the clause is the content, not a name
                words += n_in
                j = close + 1
                end = j
                continue
            if ch == "(":
                close = view.paren_close.get(j)
                if close is None or view.words_between(j, close) > 3 \
                        or any(view.toks[x].text[:1].isdigit() for x in range(j + 1, close)):
                    break       # "أم خالد (45 عاماً)": an age is not part of the name
                j = close + 1
                end = j
                continue
            if ch in "،," and words:
                # apposition: "X، المتحدث باسم Y،" or "رئيس الوزراء، حيدر العبادي،"
                k = j + 1
                if word_has(view, k, "role"):
                    j = k
                    continue
                m = k
                if view.char(k) in OPENERS or view.char(k) == STRAIGHT:
                    close = view.quote_close.get(k)
                    if close is not None and view.words_between(k, close) <= 3:
                        m = close + 1
                person_end = _person_from(view, k, limit)
                if person_end is not None:
                    m = person_end      # the entity stage's person: "، علي الصادق،" (علي is no preposition here)
                while m < limit and view.is_word(m) and not _ends_phrase(view, m) and m - k < 4:
                    m += 1
                if m > k and (view.char(m) in "،," or lex.has_class(view.norm(m), "comp")) \
                        and word_has(view, i, "role") and not word_has(view, k, "anon") \
                        and view.norm(k) not in ("في", "من", "خلال", "وفي") and not channel_at(view, k, limit) \
                        and not any(cue_word(view, x) or word_has(view, x, "object") for x in range(k, m) if view.is_word(x)):
                    name = (k, m)
                    end = m
                    j = m
                    break
            break
        if words and word_has(view, j, "namer"):
            j += 1          # "ضابط في الجيش يدعى X": the name follows
            words += 1
            continue
        if words and view.is_word(j - 1) and definite(view.norm(j - 1)) and (_possessed(view, j) or (
                not word_has(view, i, "role") and _undetermined_common(view, j))):
            break          # a determined noun is not followed by an undetermined one in its phrase:
                           # "القوات قبضتها", "أعلنت الحكومة حالة الطوارئ" (titles before names excepted)
        if words and (_entities_meet(view, i, j) or _object_after_entity(view, i, j)
                      or (word_has(view, j, "quantifier") and not _inside_mention(view, j))):
            break          # "اتهمت الحكومة اليمنية الحوثيين": one named actor ends where the next begins
        if words and view.norm(j) == "الي" and word_has(view, i, "role") and _place_at(view, j + 1) \
                and not _person_in(view, i, j):
            j += 1          # "المبعوث الأممي إلى ليبيا X": the envoy's posting is part of the role
            continue
        if words and (_ends_phrase(view, j) or view.in_time[j] or cue_word(view, j)
                      or channel_at(view, j, limit) or (object_word(view, j) and not _inside_mention(view, j) and not _body_genitive(view, i, j))
                      or (stop_b == "wide" and (_b_word(view, j) or _oblique_object(view, j)))
                      or (stop_b == "narrow" and _b_masdar(view, j))):
            break
        if not words and (_ends_phrase(view, j) or view.in_time[j] or word_has(view, j, "connector") or _participle(view, j)
                          or view.norm(j) in ("من", "في", "الي", "علي", "عن", "مع")
                          or object_word(view, j) or _b_complement(view, j) or _nisba(view, j)):
            return None
        words += 1
        j += 1
        end = j
    if end is None:
        return None
    # a phrase does not end on a preposition or a conjunction
    while end > i and view.is_word(end - 1) and view.norm(end - 1) in ("في", "من", "ل", "و", "لدي", "باسم"):
        end -= 1
    return Phrase(i, end, name) if end > i else None


# ---------------------------------------------------------------- content
@dataclass(slots=True)
class Content:
    start: int        # char offsets
    end: int
    direct: bool
    open_end: bool    # indirect content that runs to the end of its sentence (may be cut at the next cue)
    channels: list[Channel]
    introduced: bool = True   # opened by إن/أن، عن، على/إلى، a colon or a quotation (not a bare object)
    by_an: bool = False       # opened by عن ("أعرب عن قلقه")


def content_after(view: View, k: int, limit: int, transitive: bool = True) -> Content | None:
    """The reported content from token k on: skips channel and time adjuncts and parentheses,
    then takes a quotation (direct) or what follows إن/أن, a colon, عن, or the object."""
    channels: list[Channel] = []
    steps = 0
    while k < limit and steps < 30:
        steps += 1
        ch = view.char(k)
        n = view.norm(k)
        if ch in OPENERS or ch == STRAIGHT:
            close = view.quote_close.get(k)
            if close is not None and view.words_between(k, close) >= 3:
                a, b = view.toks[k].end, view.toks[close].start
                return Content(a, b, True, False, channels)
            return _open_content(view, k, limit, channels)   # a quoted name opens the object
        if ch == "(":
            close = view.paren_close.get(k)
            k = close + 1 if close is not None else k + 1
            continue
        if ch in _CLAUSE_PUNCT or ch == ":":
            k += 1
            continue
        if not view.is_word(k):
            if ch in _HARD_STOP:
                break
            return _open_content(view, k, limit, channels)     # a number or a symbol opens the object
        if lex.has_class(n, "comp") or (n[:1] in _WF and lex.has_class(n[1:], "comp")):
            k += 1
            if view.char(k) == ":":
                k += 1
            nxt = content_after(view, k, limit, transitive=True) if (view.char(k) in OPENERS or view.char(k) == STRAIGHT) else None
            if nxt and nxt.direct and nxt.start == view.toks[k].end:
                nxt.channels = channels
                return nxt
            return _open_content(view, k, limit, channels)
        if n in ("الي", "علي") and (lex.has_class(view.norm(k + 1), "comp")):
            k += 1
            continue
        c = channel_at(view, k, limit)
        if c:
            channels.append(c)
            k = c.end
            continue
        if view.in_time[k] or lex.has_class(n, "time"):
            k += 1
            continue
        if n == "عن":
            c = _open_content(view, k + 1, limit, channels)
            if c:
                c.by_an = True
            return c
        if n in ("الي", "علي", "ل"):
            return _open_content(view, k, limit, channels)
        if n == "من" and k + 1 < limit and view.is_word(k + 1) and view.char(k + 2) in ("،", ",", '"', "«", "“", ":") :
            k += 2            # "لرويترز من دوما"
            continue
        described = _describing_clause(view, k, limit)
        if described is not None:
            k = described
            continue
        skip = _parenthetical(view, k, limit)
        if skip is not None:
            end, inner = skip
            channels.extend(inner)
            k = end
            continue
        c = _open_content(view, k, limit, channels)
        if c:
            c.introduced = view.char(k - 1) == ":" or n.startswith(("ب", "ل"))
        return c
    return None


def _describing_clause(view: View, k: int, limit: int) -> int | None:
    """A clause describing the speaker, running up to إن/أن (or إلى أن): "التابعة للحوثيين أن …",
    "الذي طلب عدم الكشف عن هويته إلى أن …". Returns the token of the complementiser."""
    place = view.norm(k) in ("في", "من", "داخل", "قرب", "امام", "مع")   # "… عقده في مدينة غزة أن …", "أمام البرلمان", "مع نظيره"
    if not word_has(view, k, "modifier") and not place:
        return None
    j = k + 1
    while j < limit and j - k <= (4 if place else 12) and view.char(j) not in _HARD_STOP:
        n = view.norm(j)
        if lex.has_class(n, "comp") and not n.startswith("و"):
            return j
        if n in ("الي", "علي") and lex.has_class(view.norm(j + 1), "comp"):
            return j + 1
        if _is_cue(n):
            return None
        if channel_at(view, j, limit):
            return j        # "طلب عدم الكشف عن هويته لشبكة سي إن إن بأن …": the channel closes it
        j += 1
    return None


def _parenthetical(view: View, k: int, limit: int) -> tuple[int, list[Channel]] | None:
    """A clause set off by commas between the speaker and إن/أن: "، الذي يتخذ من لندن مقراً، حسبما
    نقلت قناة سكاي نيوز، إن …", "، فضّل عدم الكشف عن اسمه، أن …". Returns where the content search
    goes on, with any outlet named in it as a channel."""
    after_comma = view.char(k - 1) in "،,"
    j = k
    commas = []
    while j < limit and j - k < 25 and view.char(j) not in _HARD_STOP:
        if lex.has_class(view.norm(j), "comp"):
            break
        if view.char(j) in "،,":
            commas.append(j)
        j += 1
    else:
        return None
    if j >= limit or not commas or commas[-1] != j - 1 or not lex.has_class(view.norm(j), "comp"):
        return None
    if not after_comma and (view.words_between(k, j) > 6 or view.norm(j).startswith("و")):
        return None        # without a comma before it, only a short adjunct: "بمدينة بنغازي، إن …"
    inner: list[Channel] = []
    for x in range(k, j):
        if view.is_word(x):
            c = channel_at(view, x, j)
            if c and c.name:
                inner.append(c)
                break
            media = _media_name(view, x + 1, j) if lex.has_class(view.norm(x), "media") else None
            if media and media > x + 1 and x > k and _is_cue(view.norm(x - 1)):
                inner.append(Channel(x, media, (x, media), view.span(x, media).text))   # "حسبما نقلت قناة …"
                break
    return j, inner


def _open_content(view: View, k: int, limit: int, channels: list[Channel]) -> Content | None:
    """Content from token k to the end of the sentence; direct when a quotation makes most of it."""
    if k >= limit:
        return None
    content = Content(view.toks[k].start, view.toks[limit - 1].end, False, True, channels)
    content.direct = mostly_quoted(view, k, limit)
    return content


def mostly_quoted(view: View, a: int, b: int) -> bool:
    """Tokens [a, b) are mostly quotation (or open one that is never closed on its line). Only
    quotations of four words or more count: a term quoted inside indirect speech ("دعا إلى تنظيم
    "اعتصامات سلمية"", a place or a group's name) is not the speaker's words."""
    if view.char(a) in OPENERS and a not in view.quote_close:
        return True
    total = view.words_between(a, b)
    quoted = sum(n for o, c in view.quote_close.items() if a <= o and c < b and (n := view.words_between(o, c)) >= 4)
    unclosed = next((x for x in range(a, b) if view.char(x) in OPENERS and x not in view.quote_close), None)
    if unclosed is not None:       # a quotation that runs past the end of the text or the line
        quoted += view.words_between(unclosed, b)
    return total > 0 and quoted * 2 >= total and quoted >= 3
