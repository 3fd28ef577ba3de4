"""Normalising a found expression to a TIMEX3 type and value against the publication date.

Relative expressions (اليوم، الخميس، الأسبوع الماضي، الآن) need the publication date: without
one their value is None. Absolute ones (15 ديسمبر 2016، عام 2013) always resolve; a month or
day without a year and without a publication date keeps XXXX for the year (XXXX-09-17).
A weekday without a modifier is the last one on or before the publication date in a report,
the next one when the words around point ahead (القادم، حتى، من المقرر، سـ…).
"""
from __future__ import annotations

import datetime as dt

from hijridate import Hijri

from rasd.times.atoms import apply_rule
from rasd.times.find import Expression

_UNIT_ORDER = ["DE", "Y", "M", "W", "D", "H", "MIN"]
WEEKDAY_NAMES = {1: "الاثنين", 2: "الثلاثاء", 3: "الأربعاء", 4: "الخميس", 5: "الجمعة", 6: "السبت", 7: "الأحد"}


def date_of(value: str | None) -> dt.date | None:
    """The calendar day a value names, if it names one (2018-03-28T09:00 → 2018-03-28)."""
    if value and len(value) >= 10 and value[4] == "-" and value[7] == "-" and value[:4].isdigit():
        try:
            return dt.date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None


def direction(expr: Expression) -> str | None:
    """past / future / this: the expression's own modifier first, then its preposition, then the context."""
    info = expr.info
    return info.get("mod") or info.get("dir") or expr.cue


def resolve(expr: Expression, anchor: dt.date | None, warn, previous: dt.date | None = None) -> tuple[str, str | None]:
    """(type, value) of one expression; `previous` is the date of the expression before it."""
    kinds = set(expr.kinds) - {"prep", "tail", "within"}
    info = expr.info
    if kinds == {"duration"}:
        return _duration(info, anchor, expr.cue)
    if kinds == {"set"}:
        return "SET", info["set"]
    if kinds == {"year"}:
        return "DATE", f"{info['year']:04d}"
    if kinds == {"decade"}:
        return "DATE", _decade(info, anchor)
    if kinds == {"season"}:                     # صيف 2014 → 2014-SU; ربيع العام الماضي → 2018-SP
        if "year" in info:
            return "DATE", f"{info['year']:04d}-{info['season']}"
        if anchor is None:
            return "DATE", None
        return "DATE", f"{_season_year(info, anchor):04d}-{info['season']}"
    if kinds == {"period"} or kinds == {"vague", "period"}:      # في وقت سابق هذا الشهر → the month
        return "DATE", _period(info["unit"], info["dir"], anchor, info.get("back", 0))
    if kinds == {"vague"}:
        return "DATE", info["vague"] if anchor else None
    return _point(expr, anchor, warn, previous)


def _duration(info: dict, anchor: dt.date | None, cue: str | None) -> tuple[str, str | None]:
    count, unit = info["count"], info["unit"]
    if info.get("vague"):
        return "DURATION", info["vague"] if anchor else None
    # قبل يومين is two days before writing; بعد يومين only when the text looks ahead
    # ("ستنتهي بعد يومين"), in a narrative ("وبعد يومين أعلن") it counts from the last event
    if info.get("shift") == -1 or info.get("shift") == 1 and cue == "future":
        if count is None:
            return "DATE", ("PAST_REF" if info["shift"] < 0 else "FUTURE_REF") if anchor else None
        return _shifted(anchor, unit, count * info["shift"])
    date_part, time_part = "", ""
    for count, unit in sorted(info["parts"], key=lambda p: _UNIT_ORDER.index(p[1])):
        n = "X" if count is None else str(count)
        if unit in ("H", "MIN"):
            time_part += f"{n}{'H' if unit == 'H' else 'M'}"
        else:
            date_part += f"{n}{unit}"
    return "DURATION", "P" + date_part + ("T" + time_part if time_part else "")


def _shifted(anchor: dt.date | None, unit: str, amount: int) -> tuple[str, str | None]:
    """قبل يومين / بعد أسبوعين: a point that far from the publication date."""
    if anchor is None:
        return "DATE", None
    if unit == "D":
        return "DATE", (anchor + dt.timedelta(days=amount)).isoformat()
    if unit == "W":
        return "DATE", _iso_week(anchor + dt.timedelta(weeks=amount))
    if unit == "M":
        y, m = _add_months(anchor.year, anchor.month, amount)
        return "DATE", f"{y:04d}-{m:02d}"
    if unit in ("Y", "DE"):
        return "DATE", f"{anchor.year + amount * (10 if unit == 'DE' else 1):04d}"
    return "TIME", "PAST_REF" if amount < 0 else "FUTURE_REF"


def _iso_week(day: dt.date) -> str:
    y, w, _ = day.isocalendar()
    return f"{y:04d}-W{w:02d}"


def _add_months(year: int, month: int, amount: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + amount
    return index // 12, index % 12 + 1


def _season_year(info: dict, anchor: dt.date) -> int:
    """The year of a season: from its year period (ربيع العام الماضي), or the last one ended /
    the next one begun (الصيف الماضي، الشتاء المقبل); a winter belongs to the year of its December."""
    if "step" in info:
        return anchor.year + info["step"]
    start = (anchor.year, info["first_month"])
    end = _add_months(*start, 3)                # the month after it ends
    now = (anchor.year, anchor.month)
    if info["way"] == "past":
        return anchor.year if end <= now else anchor.year - 1
    if info["way"] == "future":
        return anchor.year if start > now else anchor.year + 1
    # the current one: a winter's January or February belongs to the December before
    return anchor.year - 1 if info["first_month"] == 12 and anchor.month < 3 else anchor.year


def _decade(info: dict, anchor: dt.date | None) -> str:
    """TIMEX3 decade value (198 = the 1980s): a century word fixes it, else the latest such decade."""
    if "decade" in info:
        return f"{info['decade']:03d}"
    digit, century = info["decade_digit"], info.get("century")
    now = anchor.year if anchor else 1999
    if century:                                   # القرن الماضي / الحالي
        return f"{now // 100 + century[1]:02d}{digit}"
    first = now // 100 * 100 + digit * 10
    return f"{(first if first <= now else first - 100) // 10:03d}"


def _period(unit: str, direction_: str, anchor: dt.date | None, back: int = 0) -> str | None:
    if anchor is None:
        return None
    step = {"past": -1, "future": 1}.get(direction_, 0) - back
    if unit == "W":
        return _iso_week(anchor + dt.timedelta(weeks=step))
    if unit == "M":
        y, m = _add_months(anchor.year, anchor.month, step)
        return f"{y:04d}-{m:02d}"
    return f"{anchor.year + step:04d}"


def _weekday_date(weekday: int, anchor: dt.date, way: str | None, explicit: bool) -> dt.date:
    """The weekday's date; the publication day itself unless a modifier (الماضي، القادم) says otherwise."""
    delta = weekday - anchor.isoweekday()
    if delta == 0 and not explicit:
        return anchor
    if way == "future":
        return anchor + dt.timedelta(days=delta % 7 or 7)
    if way == "past" and delta == 0:
        return anchor - dt.timedelta(days=7)
    if way == "this" or delta == 0:
        return anchor + dt.timedelta(days=delta)
    return anchor - dt.timedelta(days=(-delta) % 7)


_NEAR_DAYS = 30      # how far a day and month said without a modifier may lie on the other side


def _month_year(month: int, day: int | None, anchor: dt.date, way: str | None, context: str | None = None) -> int:
    """The year of a month (and day) written without one: by its modifier (15 مايو المقبل); a day
    and month without one is this year's unless that lies more than a month ahead (a report speaks
    of the past: في التاسع من أبريل) — or, when the words around look ahead (اعتباراً من، سـ),
    more than a month behind."""
    here = (month, day or 1)
    now = (anchor.month, anchor.day if day else 1)
    if way == "this":
        return anchor.year
    if way == "future":
        return anchor.year if here > now else anchor.year + 1
    if way == "past":
        return anchor.year if here < now else anchor.year - 1
    if day is None:
        return anchor.year if month <= anchor.month else anchor.year - 1
    try:
        days = (dt.date(anchor.year, month, day) - anchor).days
    except ValueError:           # 29 February
        return anchor.year
    if context == "future":
        return anchor.year + 1 if days < -_NEAR_DAYS else anchor.year
    return anchor.year - 1 if days > _NEAR_DAYS else anchor.year


def _year_of_weekday(month: int, day: int, weekday: int, anchor: dt.date) -> int | None:
    """الخميس 15 فبراير: the year near the publication date in which that day is that weekday."""
    fits = []
    for y in range(anchor.year - 6, anchor.year + 2):
        try:
            date = dt.date(y, month, day)
        except ValueError:
            continue
        if date.isoweekday() == weekday:
            fits.append((abs((date - anchor).days), y))
    return min(fits)[1] if fits else None


def _point(expr: Expression, anchor: dt.date | None, warn, previous: dt.date | None) -> tuple[str, str | None]:
    info = expr.info
    way = direction(expr)
    date: dt.date | None = None
    precision = "day"
    label = None          # a value that is not a plain date (XXXX-09-17, 2018-03)
    within = info.get("within")
    if within and anchor is not None:
        step = {"past": -1, "future": 1}.get(within[1], 0)
        if within[0] == "W":         # the weekday in that week
            monday = anchor - dt.timedelta(days=anchor.isoweekday() - 1) + dt.timedelta(weeks=step)
            info = dict(info, ymd=None)
            date = monday + dt.timedelta(days=info["weekday"] - 1)
            return "DATE" if "part" not in info and "hour" not in info else "TIME", _with_time(date.isoformat(), info)
        info = dict(info, ymd=(anchor.year + step, *info["ymd"][1:]))
    if "hijri" in info and "ymd" not in info:
        y, m, d = info["hijri"]
        try:
            if d:
                date = Hijri(y, m, d).to_gregorian()
                date = dt.date(date.year, date.month, date.day)
            else:
                g = Hijri(y, m, 1).to_gregorian()
                label, precision = f"{g.year:04d}-{g.month:02d}", "month"
        except (ValueError, OverflowError):
            return "DATE", None
    elif info.get("ymd"):
        y, m, d = info["ymd"]
        if y is None and anchor is not None:
            y = _year_of_weekday(m, d, info["weekday"], anchor) if d and "weekday" in info else None
            y = y or _month_year(m, d, anchor, info.get("mod") if d else way, way)
        if d is None:
            precision = "month"
            label = f"{y:04d}-{m:02d}" if y else f"XXXX-{m:02d}"
        elif y is None:
            label = f"XXXX-{m:02d}-{d:02d}"
        else:
            try:
                date = dt.date(y, m, d)
            except ValueError:
                return "DATE", None
    elif "day_of_month" in info:
        day, step = info["day_of_month"]
        if anchor is None:
            return "DATE", None
        y, m = _add_months(anchor.year, anchor.month, step)
        try:
            date = dt.date(y, m, day)
        except ValueError:
            return "DATE", None
    elif info.get("anaphoric"):
        date = previous                     # هذا اليوم: the day last mentioned
    elif "offset" in info:
        # منتصف ليل اليوم / أمس: the midnight that ends that day (a weekday's midnight opens it)
        offset = info["offset"] + (1 if info.get("midnight") else 0)
        date = anchor + dt.timedelta(days=offset) if anchor else None
    elif "weekday" in info:
        date = _weekday_date(info["weekday"], anchor, way, bool(info.get("mod"))) if anchor else None
        if date is not None and info.get("back"):
            date -= dt.timedelta(weeks=info["back"])
    elif info.get("midnight") and anchor is not None:
        date = anchor + dt.timedelta(days=1 if way == "future" else 0)   # the midnight ahead or just past
    else:
        date = anchor                       # a clock time or part of day alone: the day of writing
    if date is not None and info.get("next_day"):
        date += dt.timedelta(days=1)
    if date is not None and "weekday" in info and date.isoweekday() != info["weekday"]:
        warn(f"time: {WEEKDAY_NAMES[info['weekday']]} does not fit {date.isoformat()} "
             f"(a {WEEKDAY_NAMES[date.isoweekday()]}); kept the date")
    has_time = "hour" in info or "part" in info
    kind = "TIME" if has_time else "DATE"
    if precision == "month":
        return "DATE", label
    if label is not None:
        base = label
    elif date is not None:
        base = date.isoformat()
    else:
        return kind, None
    return kind, _with_time(base, info)


def _with_time(base: str, info: dict) -> str:
    if "hour" in info:
        hour = info["hour"]
        if not info.get("hour_fixed") and info.get("rule"):
            hour = apply_rule(hour, info["rule"])      # الساعة الخامسة من مساء الخميس
        return f"{base}T{hour:02d}:{info['minute']:02d}"
    if "part" in info:
        return f"{base}T{info['part']}"
    return base
