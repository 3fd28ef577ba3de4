"""Atoms: the building blocks of time expressions, found by the patterns near head words.

An atom says one thing about a time: a weekday, a day offset (أمس), a calendar date, a part of
the day, a clock time, a duration, a period (الشهر المقبل), a vague or recurring reference, or
a preposition or hedge around them. This module reads one pattern match into an Atom;
rasd.times.scan finds the matches and settles overlapping ones.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from rasd.times.lexicon import alternation, clock_fractions, lexicon
from rasd.times.numbers import ordinal_pattern, read_number

_WORD = re.compile(r"\w+")


@dataclass
class Atom:
    start: int
    end: int
    kind: str               # point, part, clock, duration, period, year, vague, set, prep
    info: dict


def _month(name: str) -> tuple[int, bool]:
    months = lexicon().months
    key = " ".join(name.split())
    return months[key]


def _atom(name: str, m: re.Match, text: str) -> Atom | None:
    L = lexicon()
    g = m.groupdict()
    s, e = m.span()
    if name in ("date", "date_mdy"):
        names = re.split(r"\s*[/()]\s*", g["month"].strip("() "))
        names = [" ".join(n.split()) for n in names if n.strip()]
        month, needs_context = _month(names[0])
        day = None
        if g.get("dd"):
            day = int(g["dd"])
        elif g.get("dord"):
            day = read_number(g["dord"])
        year = int(g["year"]) if g.get("year") else None
        if day is not None and not 1 <= day <= 31:
            return None
        paired = len(names) > 1 or bool(g.get("shahr"))      # شهر آذار counts as a month name
        if year is None and day is not None and _after_name_head(text, s):
            return None          # ثورة 25 يناير: a name
        mod = L.modifiers[g["mod"]][0] if g.get("mod") else None
        if day is None and year is None and not paired and mod is None:
            # a bare month name: only after a preposition, and only a name that is not also a word
            before = _WORD.findall(text[max(0, s - 12):s])
            if needs_context or not before or before[-1] not in L.prepositions and before[-1] != "شهر":
                return None
        elif needs_context and day is None and year is None and mod is None and not paired:
            return None
        return Atom(s, e, "point", {"ymd": (year, month, day), "mod": mod})
    if name == "date_in_month":
        day = int(g["dd"]) if g.get("dd") else read_number(g["dord"])
        if not day or not 1 <= day <= 31:
            return None
        before = _WORD.findall(text[max(0, s - 12):s])
        if before and (before[-1] in L.units or before[-1][2:] in L.units or before[-1] in clock_fractions("past")):
            return None          # الأسبوع الأول من الشهر، النصف الثاني من الشهر: not a day
        mod = L.modifiers[g["mod"]][0] if g.get("mod") else "this"
        return Atom(s, e, "point", {"day_of_month": (day, {"past": -1, "future": 1}.get(mod, 0))})
    if name in ("date_num", "dateline"):
        day = int(g.get("dd") or g.get("dd2") or 0)
        month = int(g.get("mm") or g.get("mm2") or 0)
        year = g.get("year") or g.get("year2")
        if not (1 <= day <= 31 and 1 <= month <= 12):
            return None
        if year and not 1900 <= int(year) <= 2100:
            return None
        return Atom(s, e, "point", {"ymd": (int(year) if year else None, month, day)})
    if name == "hijri":
        return Atom(s, e, "point", {"hijri": (int(g["year"]), L.hijri_months[" ".join(g["hmonth"].split())],
                                              int(g["dd"]) if g.get("dd") else None)})
    if name == "year":
        return Atom(s, e, "year", {"year": int(g["year"])})
    if name == "year_range":
        first, second = int(g["year"]), int(g["year2"])
        if second <= first:
            return None
        return [Atom(m.start("first"), m.end("first"), "year", {"year": first}),
                Atom(m.start("second"), e, "year", {"year": second})]
    if name == "decade":
        return _decade(g, s, e)
    if name == "season":
        code, first_month = L.seasons[" ".join((g["season"] or g["season2"]).split())]
        if g.get("year"):
            return Atom(s, e, "season", {"season": code, "year": int(g["year"])})
        mod = g.get("mod") or g.get("this") or g.get("mod2")
        way = L.modifiers[mod][0] if mod else "this"
        if g.get("season2"):      # الصيف الماضي: counted in seasons, not years
            return Atom(s, e, "season", {"season": code, "way": way, "first_month": first_month})
        return Atom(s, e, "season", {"season": code, "step": {"past": -1, "future": 1}.get(way, 0)})
    if name == "weekday":
        wd = _strip_clitics(g["wd"], L.weekdays)
        info = {"weekday": L.weekdays[wd], "paren": bool(g.get("open"))}
        mod = g.get("mod") or g.get("this")
        if mod:
            info["mod"] = L.modifiers[mod][0]
        if g.get("twice") and info.get("mod") == "past":
            info["back"] = 1     # الخميس قبل الماضي: the one before the last
        return Atom(s, e, "point", info)
    if name == "relday":
        key = _strip_clitics(g["rel"], L.relative_days)
        if key == "اليوم" and _ordinal_next().match(text, e):
            return None          # اليوم الأول من الهدنة: a day counted from an event
        offset, part = L.relative_days[key]
        info = {"offset": offset}
        if part:
            info["part"] = part
        return Atom(s, e, "point", info)
    if name == "anaphoric":
        return Atom(s, e, "point", {"anaphoric": True})
    if name == "part":
        key = _strip_clitics(g["part"], L.parts)
        code, role, rule = L.parts[key]
        if rule == "midnight":   # منتصف ليل الإثنين: the clock time 00:00 of the day it names
            return Atom(s, e, "clock", {"hour": 0, "minute": 0, "strong": True, "hour_fixed": True,
                                        "part": code, "role": role, "midnight": True})
        return Atom(s, e, "part", {"part": code, "role": role, "rule": rule})
    if name in ("clock", "clock_hm", "clock_part"):
        return _clock(name, g, s, e)
    if name == "clock_range":
        return _clock_range(g, m)
    if name.startswith("duration"):
        return _duration(name, g, s, e, text)
    if name == "period":
        mod = g.get("mod") or g.get("this")
        unit = L.units[g["unit"]][0]
        # a bare العام/الشهر is a time only after an edge (مطلع العام، نهاية الشهر)
        info = {"unit": unit, "dir": L.modifiers[mod][0] if mod else "this", "bare": not mod}
        if g.get("twice") and info["dir"] == "past":
            info["back"] = 1     # العام قبل الماضي: the one before the last
        return Atom(s, e, "period", info)
    if name == "vague":
        key = _strip_clitics(g["vague"], L.vague)
        return Atom(s, e, "vague", {"vague": L.vague[key], "anchorable": key.startswith("في وقت")})
    if name == "set":
        return Atom(s, e, "set", {"set": L.sets[_strip_clitics(g["set"], L.sets)]})
    if name == "prep":
        key = _strip_clitics(g["prep"], L.prepositions)
        role, direction = L.prepositions[key]
        return Atom(s, e, "tail" if role == "tail" else "prep", {"prep_role": role, "dir": direction})
    return None


def _after_name_head(text: str, start: int) -> bool:
    before = _WORD.findall(text[max(0, start - 14):start])
    if not before:
        return False
    w, heads = before[-1], lexicon().name_heads
    return w in heads or w[1:] in heads or w[2:] in heads


@lru_cache(maxsize=1)
def _month_next() -> re.Pattern:
    L = lexicon()
    return re.compile(rf"\s+{alternation([*L.months, *L.hijri_months])}(?!\w)")


@lru_cache(maxsize=1)
def _ordinal_next() -> re.Pattern:
    return re.compile(rf"\s+(?:{ordinal_pattern()}|ال\s*\d{{1,3}})(?!\w)")      # اليوم الثالث، اليوم الـ45


def _strip_clitics(word: str, table: dict) -> str:
    """The table's form inside a word written with proclitics (والسبت → السبت، لليوم → اليوم)."""
    word = " ".join(word.split())
    if word in table:
        return word
    for i in range(1, 4):
        rest = word[i:]
        if rest in table:
            return rest
        if "ال" + rest in table:
            return "ال" + rest
        if rest.startswith("ل") and "ا" + rest in table:
            return "ا" + rest
    raise KeyError(word)



def _minutes(words: str, side: str) -> int:
    """Minutes said after و (side "past": والنصف، و10 دقائق) or after إلا (side "to": إلا ربعاً)."""
    words = words.strip()
    fractions = clock_fractions(side)
    if words in fractions:
        return fractions[words]
    return read_number(re.sub(r"\s*(دقيقه|دقايق)$", "", words)) or 0


def _clock(name: str, g: dict, s: int, e: int) -> Atom | None:
    L = lexicon()
    hour = read_number(g["h"])
    if hour is None or hour > 24:
        return None
    minute = int(g["mi"]) if g.get("mi") else 0
    if g.get("frac"):
        minute = _minutes(g["frac"], "past")
    if g.get("minus"):
        hour, minute = (hour - 1) % 24, 60 - _minutes(g["minus"], "to")
    if minute > 59:
        return None
    part = g.get("adv") or g.get("sfx")
    # strong: said with الساعة or a part of the day (a bare 08:43 counts only next to a date)
    info = {"hour": hour, "minute": minute, "strong": name == "clock" or bool(part),
            "hour_fixed": bool(part) or hour > 12}
    if part:
        code, _role, rule = L.parts[part]
        info["hour"] = apply_rule(hour, rule)
    if info["hour"] > 23:
        return None
    return Atom(s, e, "clock", info)


def _clock_range(g: dict, m: re.Match) -> list[Atom] | None:
    """بين الرابعة والسادسة مساءً: two clock times; the part of the day said once sets both."""
    L = lexicon()
    part1, part2 = g.get("part1"), g.get("adv") or g.get("sfx")
    if not (part1 or part2):
        return None              # المرتبة الرابعة والسادسة: not hours
    first, second = read_number(g["h"]), read_number(g["h2"])
    if first is None or second is None or first > 24 or second > 24:
        return None
    minute1, minute2 = int(g["mi"] or 0), int(g["mi2"] or 0)
    if minute1 > 59 or minute2 > 59:
        return None
    rule1 = L.parts[part1][2] if part1 else L.parts[part2][2] if part2 else None
    rule2 = L.parts[part2][2] if part2 else None
    hour1 = apply_rule(first, rule1) if rule1 else first
    hour2 = apply_rule(second, rule2) if rule2 else second
    if hour1 > 23 or hour2 > 23:
        return None
    fixed1, fixed2 = bool(rule1) or first > 12, bool(rule2) or second > 12
    second_info = {"hour": hour2, "minute": minute2, "strong": True, "hour_fixed": fixed2}
    if (hour2, minute2) < (hour1, minute1):
        second_info["next_day"] = True   # من السابعة مساءً حتى السادسة صباحاً: over the night
    return [Atom(m.start("first"), m.end("first"), "clock",
                 {"hour": hour1, "minute": minute1, "strong": True, "hour_fixed": fixed1}),
            Atom(m.start("second"), m.end("second"), "clock", second_info)]


def _decade(g: dict, s: int, e: int) -> Atom:
    """الثمانينيات → 198; تسعينيات القرن الماضي → the century before the day of writing."""
    L = lexicon()
    digit = L.decades[g["dec"]]
    century = None
    if g.get("century"):
        value, relative = L.centuries[" ".join(g["century"].split()[1:])]
        century = ("relative", value) if relative else ("absolute", value)
        if not relative:
            return Atom(s, e, "decade", {"decade": value * 10 + digit})
    return Atom(s, e, "decade", {"decade_digit": digit, "century": century})


def apply_rule(hour: int, rule: str) -> int:
    """A clock hour said with a part of the day on the 24-hour clock (9 مساءً → 21)."""
    if hour > 12:
        return hour
    if rule == "am":
        return 0 if hour == 12 else hour
    if rule == "noon":
        return hour if hour >= 10 else hour + 12
    if rule == "pm":
        return hour if hour == 12 else hour + 12
    if rule == "night":
        return 0 if hour == 12 else hour + 12 if hour >= 6 else hour
    if rule == "midnight":
        return 0 if hour == 12 else hour
    return hour


def _duration(name: str, g: dict, s: int, e: int, text: str) -> Atom | None:
    L = lexicon()
    unit_word = g["unit"] or g.get("unit2")
    unit_key = unit_word if unit_word in L.units else re.sub(r"^[وف]?[بل]?", "", unit_word)
    if name == "duration_ord":
        if g.get("unit") and not (g.get("lil") or g.get("row")):
            return None          # اليوم الثالث من الهدنة: a day counted from an event, not a running count
        count = read_number(re.sub(r"^ال\s*(?=\d)", "", g["ord"] or g["ord2"]))
        unit = L.units[unit_word if unit_word != "سنت" else "سنه"][0]
        return Atom(s, e, "duration", {"count": count, "unit": unit, "parts": [(count, unit)]})
    if unit_key not in L.units:
        return None
    if g.get("num") is None and _month_next().match(text, e):
        return None              # شهر رمضان، شهر آذار: the month's name, not a length
    unit, number = L.units[unit_key]
    prep = _strip_clitics(g["prep"], L.prepositions) if g.get("prep") else None
    qual = g.get("qual")
    mod = L.modifiers[g["mod"]][0] if g.get("mod") else None
    count = read_number(g["num"]) if g.get("num") else None
    after = text[e:e + 4]
    relative_to_event = bool(re.match(r"\s+من\s", after))
    if count is None:
        count = number if isinstance(number, int) else None
        # a preposition pointing ahead (حتى، اعتباراً من) names the day, it does not count: حتى يوم الخميس
        counted = prep and prep != "في" and not (number == 1 and L.prepositions[prep][1] == "future") or qual
        if name == "duration_word" and number == 1 and not counted:
            return None          # a bare يوم، ساعة، عام is no time expression
        if name == "duration_word" and number == "pl" and not (counted or mod or relative_to_event):
            return None          # أيام الأسبوع، ساعات العمل; but ساعات من الخوف، خلال أيام
    if unit == "Y" and g.get("num") and not prep and not qual and not relative_to_event and (
            text[e:e + 2].lstrip()[:1] == ")" or text[max(0, s - 2):s].rstrip()[-1:] == "(" or (count or 0) > 10):
        return None              # "(12 عاما)", "20 عاما" after a name: an age
    if re.search(r"(?:العمر|عمره|عمرها)\s*$", text[max(0, s - 12):s]):
        return None
    info = {"count": count, "unit": unit, "prep": prep, "mod": mod, "parts": [(count, unit)]}
    if prep in ("قبل", "بعد") and not relative_to_event:
        info["shift"] = -1 if prep == "قبل" else 1   # قبل يومين = two days ago
    if name == "duration_def" and count is None:
        info["vague"] = {"past": "PAST_REF", "future": "FUTURE_REF", "this": "PRESENT_REF"}.get(mod)
    return Atom(s, e, "duration", info)
