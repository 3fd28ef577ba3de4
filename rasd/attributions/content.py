"""The content of a statement: a quotation (direct), or what follows إن/أن, a colon, عن or
the object (indirect), after the channel and time adjuncts and any clause describing the speaker.
"""
from __future__ import annotations

from dataclasses import dataclass

from rasd.attributions import lexicon as lex
from rasd.attributions.channels import Channel, channel_at, media_name
from rasd.attributions.view import OPENERS, STRAIGHT, View
from rasd.attributions.words import WF, is_cue, word_has

_CLAUSE_PUNCT = set("،,؛;")
_HARD_STOP = set(".!?؟…:؛;-–—|/")


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
            if close is not None and _complement_after(view, close + 1, limit):
                c = _open_content(view, k, limit, channels)
                if c:
                    c.direct = False         # the quoted object, then the writer's words
                return c
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
        if lex.has_class(n, "comp") or (n[:1] in WF and lex.has_class(n[1:], "comp")):
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


def _complement_after(view: View, k: int, limit: int) -> bool:
    """The quoted words are the object and a complement goes on after them: "متهمة "مجموعات خارجة
    عن القانون" بخرق الهدنة"، "داعياً "الأطراف" إلى …": the statement runs on past the quotation."""
    if k >= limit or not view.is_word(k):
        return False
    n = view.norm(k)
    return n in ("الي", "علي") or (len(n) > 3 and n[0] == "ب" and not is_cue(n))


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
        if is_cue(n):
            return None
        if channel_at(view, j, limit):
            return j        # "طلب عدم الكشف عن هويته لشبكة سي إن إن بأن …": the channel closes it
        j += 1
    return None


def _parenthetical(view: View, k: int, limit: int) -> tuple[int, list[Channel]] | None:
    """A clause set off by commas between the speaker and إن/أن (or عن): "، الذي يتخذ من لندن مقراً،
    حسبما نقلت قناة سكاي نيوز، إن …", "، فضّل عدم الكشف عن اسمه، أن …". Returns where the content search
    goes on, with any outlet named in it as a channel."""
    after_comma = view.char(k - 1) in "،,"
    j = k
    commas = []

    def opens(x: int) -> bool:   # إن/أن, or عن right after the closing comma (أعرب فلان، عبر المتحدث باسمه، عن أسفه)
        return lex.has_class(view.norm(x), "comp") or (view.norm(x) == "عن" and bool(commas) and commas[-1] == x - 1)
    while j < limit and j - k < 25 and view.char(j) not in _HARD_STOP:
        if opens(j):
            break
        if view.char(j) in "،,":
            commas.append(j)
        j += 1
    else:
        return None
    if j >= limit or not commas or commas[-1] != j - 1 or not opens(j):
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
            media = media_name(view, x + 1, j) if lex.has_class(view.norm(x), "media") else None
            if media and media > x + 1 and x > k and is_cue(view.norm(x - 1)):
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
