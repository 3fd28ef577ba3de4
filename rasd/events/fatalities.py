"""The dead of an attack and whether civilians were its target: ACLED's `fatalities` and civilian targeting.

An event's count is read from its own sentence («مقتل 11 مدنياً»، «سقوط ثلاثة قتلى»، «11 مدنياً قتلوا»)
and, when one of the next two sentences gives the toll without an attack of its own
(«وارتفعت حصيلة القتلى إلى 25»), from that toll: a toll is the running total, so it replaces a
smaller count. Only attacks (ASSAULT) carry a count, and only the first attack of a sentence, so one
toll is never counted twice. «دون وقوع إصابات» counts 0. A count for the dead and the wounded together (مقتل وإصابة 20) or a
vague one (عشرات القتلى) gives no number. Vocabulary: rasd/data/events/fatalities.tsv and civilians.tsv.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache

from rasd.model import Event, Span
from rasd.resources import load_rows
from rasd.text.normalize import normalize

_TOKEN = re.compile(r"[\u0621-\u064A\u0660-\u0669\u0670-\u06FF]+|[0-9\u0660-\u0669]+")
_CLAUSE_BREAK = re.compile(r"[،؛,;.!?؟]")
_PROCLITICS = ("وبال", "فبال", "وال", "فال", "بال", "لل", "ال", "و", "ف", "ب", "ل")
HEDGE_REACH = 4       # words that may stand between a word of killing and its count (ما لا يقل عن)
TOLL_REACH = 8        # words from a toll word to its figure (حصيلة ضحايا القصف الإسرائيلي إلى 25)
DIED_REACH = 2        # words between a count and the verb its dead are the subject of (11 مدنياً قتلوا)
TARGET_REACH = 6      # words after an attack in its clause where the ones it hit are named
TOLL_SENTENCES = 2    # how far back (in sentences) a toll with no attack of its own reaches
ATTACK = "ASSAULT"
_TOLL_HINTS = ("حصيل", "عدد")   # as written: a sentence without them holds no toll


@dataclass(frozen=True)
class _Vocabulary:
    kinds: dict[str, frozenset[str]]
    numbers: dict[str, int]
    unhurt: tuple[tuple[str, ...], ...]       # the `none` phrases, word by word
    civilians: frozenset[str]


@lru_cache(maxsize=1)
def vocabulary() -> _Vocabulary:
    kinds: dict[str, set[str]] = {}
    numbers: dict[str, int] = {}
    unhurt: list[tuple[str, ...]] = []
    for row in load_rows("events/fatalities.tsv"):
        kind, forms = row[0], [normalize(f.strip()) for f in row[1].split(",") if f.strip()]
        if kind == "none":
            unhurt.extend(tuple(f.split()) for f in forms)
        elif kind == "number":
            numbers[forms[0]] = int(row[2])
        else:
            kinds.setdefault(kind, set()).update(forms)
    civilians = frozenset(normalize(r[0]) for r in load_rows("events/civilians.tsv"))
    return _Vocabulary({k: frozenset(v) for k, v in kinds.items()}, numbers, tuple(unhurt), civilians)


@dataclass(frozen=True)
class _Token:
    start: int          # offset in the article text
    end: int
    forms: tuple[str, ...]   # the word as written (normalised) and without each proclitic it may carry
    number: int | None       # its value when it is digits
    kinds: frozenset[str] = frozenset()    # the kinds of fatalities.tsv any of its forms is listed under


@lru_cache(maxsize=65536)
def _forms(word: str) -> tuple[tuple[str, ...], frozenset[str]]:
    """The word and its proclitic-less forms, and the kinds they are listed under."""
    out = [word]
    for p in _PROCLITICS:
        if word.startswith(p) and len(word) - len(p) >= 2:
            out.append(word[len(p):])
    kinds = vocabulary().kinds
    return tuple(out), frozenset(k for k, forms in kinds.items() if not forms.isdisjoint(out))


def tokens(text: str, span: Span, words: list | None = None, starts: list[int] | None = None) -> list[_Token]:
    """The words and numbers of `span`: from the segment stage's words (already normalised) when given,
    `starts` their start offsets."""
    if words is not None:
        lo = bisect_left(starts if starts is not None else [w.start for w in words], span.start)
        out = []
        for w in words[lo:]:
            if w.start >= span.end:
                break
            if w.norm.isdigit():
                out.append(_Token(w.start, w.end, (w.norm,), int(w.norm)))
            elif w.is_word and w.norm not in ("و", "ف"):
                forms, kinds = _forms(w.norm)
                out.append(_Token(w.start, w.end, forms, None, kinds))
        return out
    out = []
    for m in _TOKEN.finditer(text, span.start, span.end):
        w = normalize(m.group())
        forms, kinds = _forms(w)
        out.append(_Token(m.start(), m.end(), forms, int(w) if w.isdigit() else None, kinds))
    return out


def _is(tok: _Token, kind: str) -> bool:
    return kind in tok.kinds


def _number_at(toks: list[_Token], i: int) -> tuple[int, int] | None:
    """(value, index after it) of the number that starts at token i: digits, or number words
    (ثلاثة، أحد عشر، خمسة وعشرون، ثلاثمائة), else None."""
    if i >= len(toks):
        return None
    if toks[i].number is not None:
        return toks[i].number, i + 1
    nums = vocabulary().numbers
    total, unit, j = 0, None, i
    while j < len(toks):
        w = toks[j].forms[0]
        if j > i and w.startswith("و"):
            w = w[1:]                                   # خمسة وعشرون
        if w not in nums and w.endswith(("مايه", "ميه")) and w[:-4].rstrip("ا") in nums:
            total, j = total + (unit or 0) + nums[w[:-4].rstrip("ا")] * 100, j + 1   # ثلاثمائة
            unit = None
            continue
        if w not in nums:
            break
        value = nums[w]
        if w == "احد" and not (j + 1 < len(toks) and toks[j + 1].forms[0] in ("عشر", "عشره")):
            break                                   # أحد الجنود: "one of", not a count
        if w == "الاف" and unit is None:
            break                                   # آلاف القتلى: thousands, no number
        if value == 10 and unit is not None:
            total, unit = total + unit + 10, None       # خمسة عشر
        elif value >= 100:
            total, unit = total + (unit or 1) * (100 if value == 200 and unit else value), None
        elif unit is not None:
            total, unit = total + unit, value           # خمسة وعشرون: the unit, then its tens
        else:
            unit = value
        j += 1
    if j == i:
        return None
    return total + (unit or 0), j


def _count_after(toks: list[_Token], i: int, reach: int, lenient: bool = False) -> tuple[int, int] | None:
    """The number after token i, past hedge words (any words, when `lenient`), unless a word for the
    wounded or a vague count (عشرات) comes first."""
    for j in range(i + 1, min(len(toks), i + 1 + reach + 1)):
        found = _number_at(toks, j)
        if found is not None:
            return found[0], j
        if _is(toks[j], "wounded") or _is(toks[j], "vague"):
            return None
        if not (lenient or _is(toks[j], "hedge")):
            return None
    return None


def counts(toks: list[_Token]) -> tuple[list[int], list[int]]:
    """(counts of the dead, toll figures) read in a sentence's tokens, each number once."""
    found: dict[int, int] = {}
    tolls: dict[int, int] = {}
    for i, tok in enumerate(toks):
        if _is(tok, "death"):
            hit = _count_after(toks, i, HEDGE_REACH)
            if hit is not None:
                found.setdefault(hit[1], hit[0])
        elif _is(tok, "toll") or _is(tok, "tally") and i + 1 < len(toks) and _is(toks[i + 1], "dead"):
            hit = _count_after(toks, i, TOLL_REACH, lenient=True)
            if hit is not None:
                tolls[hit[1]] = hit[0]
        num = _number_at(toks, i)
        if num is None or (i > 0 and _number_at(toks, i - 1) is not None):
            continue
        value, after = num
        if after < len(toks) and _is(toks[after], "dead"):
            found.setdefault(i, value)                   # ثلاثة قتلى، 25 شهيداً
        elif any(_is(t, "died") for t in toks[after:after + DIED_REACH + 1]):
            found.setdefault(i, value)                   # 11 مدنياً قتلوا
    return [v for k, v in found.items() if k not in tolls], list(tolls.values())


@lru_cache(maxsize=1)
def _unhurt_by_first() -> dict[str, tuple[tuple[str, ...], ...]]:
    out: dict[str, list[tuple[str, ...]]] = {}
    for phrase in vocabulary().unhurt:
        out.setdefault(phrase[0], []).append(phrase)
    return {w: tuple(ps) for w, ps in out.items()}


def unhurt(toks: list[_Token]) -> bool:
    """The sentence says nobody was killed or hurt: دون وقوع إصابات، لم يسفر عن سقوط قتلى."""
    by_first = _unhurt_by_first()
    for i, tok in enumerate(toks):
        for form in tok.forms:
            for phrase in by_first.get(form, ()):
                if i + len(phrase) <= len(toks) and all(w in toks[i + k].forms for k, w in enumerate(phrase)):
                    return True
    return False


def _civilian_dead(toks: list[_Token]) -> bool:
    """The dead counted or named are civilians: مقتل 11 مدنياً، استشهاد طفلين، 11 مدنياً قتلوا، قتل أكثر من
    200 مدني، 123 قتيلاً مدنياً."""
    civ = vocabulary().civilians
    for i, tok in enumerate(toks):
        if not civ.isdisjoint(tok.forms):
            j = i - 1                          # back over the count (أكثر من 200) to what heads it
            while j >= 0 and i - j <= HEDGE_REACH + 2 and (_is(toks[j], "hedge") or _number_at(toks, j) is not None):
                j -= 1
            if j >= 0 and (_is(toks[j], "death") or _is(toks[j], "dead")) \
                    or any(_is(t, "died") for t in toks[i + 1:i + 1 + DIED_REACH]):
                return True
    return False


def civilian_target(text: str, toks: list[_Token], trigger: Span) -> bool:
    """Civilians named in the attack's clause right after it (استهداف المدنيين، قصف منازل المواطنين)."""
    civ = vocabulary().civilians
    after = [t for t in toks if t.start >= trigger.end][:TARGET_REACH]
    for t in after:
        if _CLAUSE_BREAK.search(text, trigger.end, t.start):
            return False
        if not civ.isdisjoint(t.forms):
            return True
    return False


def annotate(events: list[Event], text: str, sentences: list[Span], words: list | None = None) -> None:
    """Set `fatalities` and `civilian_targeting` on the attacks among `events` (in place); `words` are
    the segment stage's tokens when the article has them."""
    by_sentence: dict[int, list[Event]] = {}
    order = sorted(sentences, key=lambda s: s.start)
    sentence_starts = [s.start for s in order]
    for v in events:
        k = bisect_right(sentence_starts, v.trigger.start) - 1
        if k >= 0 and v.trigger.start < order[k].end:
            by_sentence.setdefault(k, []).append(v)
    starts = [w.start for w in words] if words is not None else None
    last_attack: tuple[Event, int] | None = None      # the last attack and its sentence's index
    for k, sentence in enumerate(order):
        attacks = [v for v in by_sentence.get(k, []) if v.type == ATTACK]
        if not attacks and not (last_attack is not None and any(w in sentence.text for w in _TOLL_HINTS)):
            continue                            # most sentences: no attack and no toll to read
        toks = tokens(text, sentence, words, starts)
        dead, tolls = counts(toks)
        civilian_dead = _civilian_dead(toks)
        for n, v in enumerate(attacks):
            v.civilian_targeting = civilian_target(text, toks, v.trigger) or (n == 0 and civilian_dead)
        if attacks:
            figures = dead + tolls
            if figures:
                attacks[0].fatalities = max(max(tolls, default=0), sum(dead))
            elif unhurt(toks):
                attacks[0].fatalities = 0
            last_attack = (attacks[0], k)
        elif tolls and last_attack is not None and k - last_attack[1] <= TOLL_SENTENCES:
            v = last_attack[0]
            v.fatalities = max(v.fatalities or 0, max(tolls))
            v.civilian_targeting = v.civilian_targeting or civilian_dead
