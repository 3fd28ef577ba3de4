"""Channels: the outlet, medium or platform a statement came through (لرويترز، في بيان لها،
في تصريح لأورينت نت، عبر حسابه في تويتر).
"""
from __future__ import annotations

from dataclasses import dataclass

from rasd.attributions import lexicon as lex
from rasd.attributions.view import OPENERS, STRAIGHT, View
from rasd.attributions.words import WF, ends_phrase, strip_article, word_has

_SITE = lex.channel_words("site")
_SOCIAL = lex.channel_words("social")
_ACCOUNT = lex.channel_words("account")


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


def media_name(view: View, i: int, limit: int) -> int:
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
        if not view.is_word(j) or ends_phrase(view, j) or view.in_time[j] or view.norm(j) in ("في", "من"):
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
                end = media_name(view, j + 1, limit)
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
            end = media_name(view, i + 1, limit)
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
        end = media_name(view, i + 1, limit)
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
    bare = n[1:] if n[:1] in WF and len(n) > 2 else n
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
            if j == i + 2 and word_has(view, i + 1, "setting") and nj.startswith("ال") and not lex.word_classes().get(nj) \
                    and not view.mentions_in(view.toks[j].start, view.toks[j].end):
                j += 1                # في خطاب العرش، في كلمة الافتتاح: the address's genitive
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
