"""The phrase grammar around a reporting cue: who (speaker phrase), through what (channel),
and what (content).

Arabic news puts the pieces in a fairly fixed order, VSO: cue, subject, channel and time
adjuncts, then the content after إن/أن, a colon or a quotation:
    قال  (حمزة بيرقدار) الناطق الرسمي باسم …  في رسالة نصية لرويترز  "الروس لم …"
The speaker phrase is read here, the channel adjuncts in channels.py, the content in content.py;
each reader takes tokens from a position and returns where it stopped, so the caller can chain
them. Word classes come from rasd/data/attributions/.
"""
from __future__ import annotations

from dataclasses import dataclass

from rasd.attributions import lexicon as lex
from rasd.attributions.channels import channel_at
from rasd.attributions.view import OPENERS, STRAIGHT, View
from rasd.attributions.words import classes, cue_word, definite, ends_phrase, stems, word_has


def _participle(view: View, j: int) -> bool:
    """A participle cue (قائلاً، مضيفاً) never heads a subject: "وأردف قائلاً إن …"."""
    return any(c.kind == "part" for s in stems(view.norm(j)) for c in lex.cues().get(s, ()))


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
            and n not in lex.given_names() and not lex.has_class(n, "platform") and not lex.has_class(n, "rolelink")
            and not any(e.type == "PERSON" for _s, _e, e in view.mentions_in(t.start, t.end)))


def _nisba(view: View, j: int) -> bool:
    """An undetermined relational adjective (جامعي، عسكري): it follows a noun, it does not head a subject."""
    n = view.norm(j)
    return (n.endswith("ي") and len(n) >= 4 and not definite(n) and n not in lex.given_names() and not classes(n)
            and not any(s == view.toks[j].start for s, _e, _ent in view.mentions_in(view.toks[j].start, view.toks[j].end)))


def _undetermined_common(view: View, j: int) -> bool:
    """An undetermined common word (no article, no proclitic, not a name or a class noun)."""
    n = view.norm(j)
    if not view.is_word(j) or definite(n) or n[:1] in "لبفوك" or n in lex.given_names() or classes(n):
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


def _construct_then_name(view: View, i: int, j: int) -> bool:
    """The phrase [i, j) is a construct closed by a definite word (لجان المقاومة، أهالي البلدة) and
    token j starts a named actor that is not a person: the subject ended, its object begins
    ("اتهمت لجان المقاومة قوات الدعم السريع بتنفيذه"); a title's chain (المتحدث باسم …) is left alone."""
    if j - i < 2 or not view.is_word(j - 1) or not definite(view.norm(j - 1)) or definite(view.norm(i)) \
            or any(word_has(view, x, "role") for x in range(i, j)) or not view.mentions:
        return False
    t, p = view.toks[j], view.toks[j - 1]
    if any(s < t.start < e for s, e, _ent in view.mentions_in(p.start, t.end)):
        return False                 # j is inside a name that began before it
    return any(s == t.start and ent.type != "PERSON" for s, _e, ent in view.mentions_in(t.start, t.end))


def _name_then_name(view: View, opened: int, j: int) -> bool:
    """A name ends right before the bracket at `opened` and token j, after the bracket, starts another
    (not a person's: "… (إيكواس) محمد بازوم" may still be an apposition)."""
    if not view.is_word(opened - 1) or not view.is_word(j):
        return False
    p, t = view.toks[opened - 1], view.toks[j]
    ending = {e.id for _s, e_end, e in view.mentions_in(p.start, p.end) if e_end == p.end}
    starting = {e.id for s, _e, e in view.mentions_in(t.start, t.end) if s == t.start and e.type != "PERSON"}
    return bool(ending and starting and not ending & starting)


def _after_person(view: View, i: int, j: int) -> bool:
    """A person's name the entity stage found ends the phrase [i, j) and a word follows it."""
    if not view.is_word(j) or not view.is_word(j - 1):
        return False
    p = view.toks[j - 1]
    return any(e.type == "PERSON" and e_end == p.end and s >= view.toks[i].start
               for s, e_end, e in view.mentions_in(p.start, p.end))


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
    if not view.mentions or not n.startswith("ال") or n.endswith(("ي", "يه", "يين", "يون")) or classes(n) \
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
    name_before = view.is_word(j - 1) and not definite(p) and not classes(p) and p[:1] not in "بل"
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
    if k >= min(limit, len(view.toks)):
        return None                     # the phrase ends at the comma («قال مصدر ،»)
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


def _tie_before_person(view: View, j: int, limit: int) -> int | None:
    """After a role's body, a tie (التابعة، الموالية، المقربة) with its one-word complement (للحوثيين،
    من الحكومة) and a person's name right after it: the token where the name starts."""
    k = j + 1
    if view.norm(k) == "من":
        k += 1
    elif not view.norm(k).startswith("ل"):
        return None
    k += 1
    if not view.is_word(k - 1) or _person_from(view, k, limit) is None:
        return None
    return k


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
                opened, j = j, close + 1
                end = j
                if words and _name_then_name(view, opened, j):
                    break       # "قادة المجموعة (إيكواس) المجلس العسكري": the acronym closes the name, the next one is the object
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
                while m < limit and view.is_word(m) and not ends_phrase(view, m) and m - k < 4:
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
        if words and word_has(view, j, "emphatic"):
            j += 1          # "وزير الصحة في الحكومة نفسها عثمان عبد الجليل": 'itself' continues the noun
            words += 1
            end = j
            continue
        if words and word_has(view, j, "namer"):
            j += 1          # "ضابط في الجيش يدعى X": the name follows
            words += 1
            continue
        if words and view.is_word(j - 1) and definite(view.norm(j - 1)) and (_possessed(view, j) or (
                not word_has(view, i, "role") and _undetermined_common(view, j))
                or (word_has(view, j, "document") and not definite(view.norm(j)))
                or (word_has(view, i, "anon") and word_has(view, j, "body") and not definite(view.norm(j)))):
            break          # a determined noun is not followed by an undetermined one in its phrase:
                           # "القوات قبضتها", "أعلنت الحكومة حالة الطوارئ" (titles before names excepted),
                           # "نفى الجيش رواية الحركة" (an account: what is denied), "اتهم ناشطون في
                           # التيار فصائل مسلحة …" (a body after an unnamed source's affiliation)
        if words and stop_b == "wide" and _after_person(view, i, j) and not word_has(view, j, "role") \
                and definite(view.norm(j)) and not view.norm(j).endswith(("ي", "يه")) and not _inside_mention(view, j):
            break          # "دعا مناوي المدنيين إلى …": after the caller's name, the one called on
        if words and (_entities_meet(view, i, j) or _object_after_entity(view, i, j) or _construct_then_name(view, i, j)
                      or (word_has(view, j, "quantifier") and not _inside_mention(view, j))):
            break          # "اتهمت الحكومة اليمنية الحوثيين": one named actor ends where the next begins
        if words and word_has(view, i, "role") and word_has(view, j, "modifier") and definite(view.norm(j)) \
                and not _person_in(view, i, j) and (tied := _tie_before_person(view, j, limit)):
            j = tied        # "رئيس لجنة الأسرى التابعة للحوثيين عبد القادر المرتضى": the body's tie, then the name
            words += 2
            continue
        if words and view.norm(j) == "الي" and word_has(view, i, "role") and _place_at(view, j + 1) \
                and not _person_in(view, i, j):
            j += 1          # "المبعوث الأممي إلى ليبيا X": the envoy's posting is part of the role
            continue
        # (a person the entity stage found there is a name: وزير الداخلية علي يرلي قايا, علي is no preposition)
        if words and ((ends_phrase(view, j) and not _inside_mention(view, j) and _person_from(view, j, limit) is None)
                      or view.in_time[j] or cue_word(view, j)
                      or channel_at(view, j, limit) or (object_word(view, j) and not _inside_mention(view, j) and not _body_genitive(view, i, j))
                      or (stop_b == "wide" and (_b_word(view, j) or _oblique_object(view, j)))
                      or (stop_b == "narrow" and _b_masdar(view, j))):
            break
        if not words and (ends_phrase(view, j) or view.in_time[j] or word_has(view, j, "connector") or _participle(view, j)
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
