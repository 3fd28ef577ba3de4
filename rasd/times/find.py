"""Finding time expressions: atoms (atoms.py, found by scan.py) joined into whole expressions.

Neighbouring atoms separated only by spaces, brackets, quotes, dashes or the glue words
في/من/يوم/عند are joined into one expression when they
do not contradict each other: غداً + (الأربعاء) + الساعة 9 صباحاً. A preposition of time (منذ،
حتى، خلال) joins the atom right after it and tells which way the expression points.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from rasd.times.atoms import Atom
from rasd.times.scan import atoms
from rasd.times.lexicon import lexicon

# kinds of atoms that describe a point in time and can be joined with each other
POINT_KINDS = {"point", "part", "clock"}
# what may stand between two joined atoms
_GLUE = re.compile(r"[\s()\"“”«»'\[\]/\-–—]*(?:(?:من|في|يوم|عند|الموافق)[\s()\"“”«»'/\-–—]+)?")
_NIGHT_BETWEEN = re.compile(r"\s*(?:[-–/]|علي)?\s*")
_GLUE_COMMA = re.compile(r"[\s()\"“”«»'\[\]/\-–—,،]*")
_SPACE = re.compile(r"\s*")
_CLAUSE_END = re.compile(r"[.!?؟\n،,;؛:]")
_WORD = re.compile(r"\w+")


@dataclass
class Expression:
    """A whole time expression over [start, end) of the normalised text, with what its atoms say."""
    start: int
    end: int
    kinds: list[str] = field(default_factory=list)
    info: dict = field(default_factory=dict)
    cue: str | None = None      # future / past read from the words before it


def _joinable(expr: Expression, a: Atom, gap: str) -> bool:
    if "\n" in gap:
        return False          # an expression never runs from one line (paragraph, stamp) into the next
    if a.kind == "tail":
        return _SPACE.fullmatch(gap) is not None and set(expr.kinds) != {"prep"}
    if expr.kinds == ["prep"] or all(k == "prep" for k in expr.kinds):
        if info_role(expr) == "qualifier" and a.kind != "duration":
            return False      # عدة، نحو count a duration: "مصادر عدة السبت" is no span
        return _SPACE.fullmatch(gap) is not None
    if a.kind == "prep":
        return False
    info = expr.info
    if info.get("role") == "prep" and "prep" not in expr.kinds:
        return False          # صحيفة الصباح اليوم: الصباح is a time only after منذ، في …
    if a.kind in POINT_KINDS and set(expr.kinds) - {"prep", "vague"} <= POINT_KINDS:
        if "vague" in expr.kinds and not info.get("anchorable"):
            return False
        if _GLUE.fullmatch(gap) is None:
            # a dateline: الخميس، 15 مارس 2018
            if not (_GLUE_COMMA.fullmatch(gap) and "weekday" in info and "ymd" in a.info and a.info["ymd"][2]):
                return False
        if (info.get("part") == "NI" and "weekday" in info and a.info.get("weekday") == info["weekday"] % 7 + 1
                and _NIGHT_BETWEEN.fullmatch(gap)):
            return True       # ليل السبت - الأحد: the night between the two days
        for key in ("offset", "ymd", "weekday", "hour", "anaphoric", "day_of_month"):
            if key in info and key in a.info:
                return False
        if "part" in info and "part" in a.info:
            return False
        if a.kind == "part" and a.info["role"] == "noun" and "hour" not in info:
            return False      # صباح heads the day after it, it does not follow one
        return True
    if a.kind == "duration" and expr.kinds == ["duration"] or expr.kinds == ["prep", "duration"] and a.kind == "duration":
        # 3 سنوات و4 أشهر: one duration of several units
        return (re.fullmatch(r"\s+", gap) is not None and a.info.get("count") is not None
                and expr.info.get("count") is not None and a.info.get("prep") is None
                and all(u != a.info["unit"] for _c, u in expr.info["parts"]))
    if a.kind == "period" and not a.info.get("bare") and "point" in expr.kinds and "within" not in info \
            and re.fullmatch(r"\s+من\s+", gap):
        # مايو من العام الماضي، الخميس من الأسبوع الماضي
        return (a.info["unit"] == "Y" and "ymd" in info and info["ymd"][0] is None) or \
            (a.info["unit"] == "W" and "weekday" in info and not any(k in info for k in ("ymd", "offset")))
    if a.kind in ("point", "period") and "vague" in expr.kinds and info.get("anchorable") and len(expr.kinds) <= 2:
        return re.fullmatch(r"\s+(?:من\s+)?", gap) is not None
    return False


def info_role(expr: Expression) -> str | None:
    return expr.info.get("prep_role")


def _merge(expr: Expression, a: Atom) -> None:
    expr.end = a.end
    info = expr.info
    if a.kind == "duration" and "duration" in expr.kinds:
        info["parts"] = info["parts"] + a.info["parts"]
        return
    if a.kind == "period" and "point" in expr.kinds:
        info["within"] = (a.info["unit"], a.info["dir"])    # مايو من العام الماضي
        expr.kinds.append("within")
        return
    if a.kind == "prep" and a.info.get("prep_role") == "edge":
        info["edge"] = True
    expr.kinds.append(a.kind)
    for key, value in a.info.items():
        if key == "dir":
            if value:
                info["dir"] = value
        elif key == "weekday" and a.info.get("paren"):
            info["weekday"] = value
            info["paren"] = True
        elif key == "weekday" and info.get("midnight"):
            info["weekday"] = value       # منتصف ليل الأحد - الاثنين: the midnight opens Monday
        elif key not in info or info[key] is None:
            info[key] = value


def _standalone_ok(expr: Expression) -> bool:
    kinds = set(expr.kinds) - {"prep", "tail"}
    if expr.info.get("bare") and not expr.info.get("edge"):
        return False
    if not kinds or expr.kinds[0] == "tail":
        return False
    if kinds == {"part"}:
        role = expr.info["role"]
        return role in ("adverb", "both") or role == "prep" and "prep" in expr.kinds
    if kinds == {"clock"}:
        return expr.info["strong"]
    return True


def expressions(norm: str) -> list[Expression]:
    out: list[Expression] = []
    current: Expression | None = None
    for a in atoms(norm):
        if current is not None and _joinable(current, a, norm[current.end:a.start]):
            _merge(current, a)
            continue
        if current is not None and _standalone_ok(current):
            out.append(current)
        current = Expression(a.start, a.end, [a.kind], dict(a.info))
        if a.info.get("prep_role") == "edge":
            current.info["edge"] = True
    if current is not None and _standalone_ok(current):
        out.append(current)
    for expr in out:
        expr.end = _close_brackets(norm, expr.start, expr.end)
        expr.cue = _cue(norm, expr.start)
    return out


_PAIRS = {"(": ")", "“": "”", "«": "»", "[": "]"}


def _close_brackets(norm: str, start: int, end: int) -> int:
    """Take in the closing bracket of one opened inside the expression: (15 ديسمبر 2016)."""
    span = norm[start:end]
    for opener, closer in _PAIRS.items():
        if span.count(opener) > span.count(closer):
            m = re.match(r"\s*" + re.escape(closer), norm[end:])
            if m:
                end += m.end()
    if span.count('"') % 2:
        m = re.match(r'\s*"', norm[end:])
        if m:
            end += m.end()
    return end


def _cue(norm: str, start: int) -> str | None:
    """future when one of the six words before the expression, in its clause, points ahead."""
    L = lexicon()
    before = _CLAUSE_END.split(norm[max(0, start - 100):start])[-1]
    for word in reversed(_WORD.findall(before)[-6:]):
        if word in L.clause_openers:
            break
        bare = word[1:] if word[:1] in ("و", "ف") and len(word) > 3 else word     # وينتهي، فسيعقد
        for w in {word, bare}:
            if w in L.cue_words or any(p.match(w) for p in L.cue_patterns) and \
                    not any(p.match(w) for p in L.not_cue_patterns):
                return "future"
    return None
