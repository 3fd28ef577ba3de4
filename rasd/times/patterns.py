"""The regular expressions of the time stage, built once from the vocabularies.

Each pattern finds one kind of building block ("atom") in the normalised article; find.py
then joins neighbouring atoms into whole expressions (غداً (الأربعاء) الساعة 9 صباحاً).
Literal Arabic here is written already normalised (ة → ه, ى → ي, إ/أ → ا), as the text is.
"""
from __future__ import annotations

import re
from functools import lru_cache

from rasd.resources import load_list
from rasd.text import normalize
from rasd.times.lexicon import alternation, calendar_units, clock_fractions, lexicon, with_clitics
from rasd.times.numbers import cardinal_pattern, ordinal_pattern

B = r"(?<!\w)"          # start of a word
E = r"(?!\w)"           # end of a word


@lru_cache(maxsize=1)
def patterns() -> dict[str, re.Pattern]:
    L = lexicon()
    card, ordinal = cardinal_pattern(), ordinal_pattern()
    month = alternation(L.months)
    month_pair = rf"{month}(?:\s*[/(]\s*{month}\s*\)?)?"          # أيار (مايو)، ديسمبر/ كانون الأول
    mod_after = alternation(f for f, (_d, pos) in L.modifiers.items() if pos == "after")
    this = alternation(f for f, (_d, pos) in L.modifiers.items() if pos == "before")
    preps = [f for f, (role, _d) in L.prepositions.items() if role == "prep"]
    quals = [f for f, (role, _d) in L.prepositions.items() if role == "qualifier"]
    units = L.units
    sing = [f for f, (_u, n) in units.items() if n == 1]
    dual_pl = [f for f, (_u, n) in units.items() if n != 1]
    adverbs = [f for f, (_c, role, _r) in L.parts.items() if role in ("adverb", "both")]
    suffixes = [f for f, (_c, role, _r) in L.parts.items() if role == "suffix"]
    nouns = [f for f, (_c, role, _r) in L.parts.items() if role in ("noun", "both", "prep")]
    past, to = ("|".join(map(re.escape, clock_fractions(w))) for w in ("past", "to"))      # والنصف، إلا ربعاً
    periods, consecutive = ("|".join(map(re.escape, calendar_units(u))) for u in ("period", "consecutive"))
    prepq = rf"(?:(?P<prep>{with_clitics(preps)})\s+)?(?:(?P<qual>{alternation(quals)})\s+)?"
    day = rf"(?:(?P<dd>\d{{1,2}})(?:\s*(?:علي|-|–|الي|و)\s*(?P<dd2>\d{{1,2}}))?|(?P<dord>{ordinal})\s+من)"
    hour = rf"(?:\d{{1,2}}|{ordinal}|{card})"
    clock_tail = (rf"(?:\s*(?P<sfx>{alternation(suffixes)}){E}|\s+(?P<adv>{alternation(adverbs)}){E})?"
                  rf"(?:\s+(?P<zone>ب?توقيت\s+[^\s،,.()]+|بالتوقيت\s+[^\s،,.()]+|\(?\s*ت\s*\.?\s*غ\s*\.?\s*\)?|gmt){E})?")
    source = {
        # 23 مارس 2018، 15/ديسمبر/2016، الرابع من آب/أغسطس، 17 من سبتمبر الماضي، ليلة 15 على 16 اكتوبر
        "date": rf"{B}(?:(?:[وف]?[بل]?يوم\s+)?(?:[وف]?[بل]?ال\s*(?=\d))?{day}\s*(?:من\s+|/\s*|-\s*)?|(?P<shahr>[وف]?[بل]?شهر)\s+)?(?P<month>{month_pair})"
                rf"(?!\w)(?:\s*[/,،\-]?\s*(?P<year>\d{{4}})(?!\d))?(?:\s+(?P<mod>{mod_after}){E})?",
        # في الـ15 من الشهر الجاري، الخامس عشر من الشهر الماضي
        "date_in_month": rf"{B}(?:[وف]?[بل]?يوم\s+)?[وف]?[بل]?(?:ال\s*)?(?:(?P<dd>\d{{1,2}})|(?P<dord>{ordinal}))\s+من\s+(?:هذا\s+)?"
                         rf"(?:ال)?شهر(?:\s+(?P<mod>{mod_after}))?{E}",
        # تشرين الأول 10, 2019
        "date_mdy": rf"{B}(?P<month>{month_pair})\s+(?P<dd>\d{{1,2}})\s*[,،]\s*(?P<year>\d{{4}}){E}",
        # 07/10/2018، 19. 10 . 2017، 2022/08/06
        "date_num": rf"{B}(?:(?P<dd>\d{{1,2}})\s*(?P<sep>[/.\-])\s*(?P<mm>\d{{1,2}})\s*(?P=sep)\s*(?P<year>\d{{4}})"
                    rf"|(?P<year2>\d{{4}})\s*(?P<sep2>[/.\-])\s*(?P<mm2>\d{{1,2}})\s*(?P=sep2)\s*(?P<dd2>\d{{1,2}})){E}",
        # an agency dateline: عمان - 24 - 3 (كونا)
        "dateline": r"(?<=[-–]\s)(?P<dd>\d{1,2})\s*[-–]\s*(?P<mm>\d{1,2})(?=\s*\()",
        # 15 رجب 1439 هـ
        "hijri": rf"{B}(?:(?P<dd>\d{{1,2}})\s+)?(?P<hmonth>{alternation(L.hijri_months)})\s+(?P<year>1[34]\d\d)"
                 rf"(?:\s*(?:ه|هجري|هجريه|للهجره){E})?",
        # عام 2013، في 1948، منذ 2007
        "year": rf"{B}(?:(?:{with_clitics(['عام', 'العام', 'سنه', 'السنه'])})\s+|(?={with_clitics(preps + ['مطلع', 'منتصف', 'اواخر', 'اوايل', 'نهايه', 'بدايه'])}\s))"
                rf"(?:\w+\s+)?(?P<year>(?:19|20)\d\d){E}(?!\s*[/.\-]\s*\d)",
        # الخميس، يوم (الخميس) القادم، هذه الجمعة
        "weekday": rf"{B}(?:(?P<this>{this})\s+)?(?:[وف]?[بل]?يوم\s*)?(?P<open>[(\"“«]\s*)?(?P<wd>{with_clitics(L.weekdays)})"
                   rf"(?(open)\s*[)\"”»])(?:\s+(?P<twice>قبل\s+)?(?P<mod>{mod_after}){E})?(?!\w)",
        # اليوم، أمس، غداً، بعد غد، أول من أمس، الليلة
        "relday": rf"{B}(?P<rel>{with_clitics(L.relative_days)}){E}",
        # صباح، مساءً، فجراً، الساعات الأولى من صباح
        "part": rf"{B}(?P<part>{with_clitics(nouns + adverbs)}){E}",
        # الساعة 9 صباحاً، في تمام الساعة الرابعة وتسع وأربعين دقيقة، الساعة 11 ظهراً بتوقيت دمشق
        "clock": rf"{B}(?:في\s+)?(?:تمام\s+)?[وف]?[بل]?(?:ال)?ساعه\s+(?P<h>{hour})(?::(?P<mi>\d{{2}}))?"
                 rf"(?:\s+و\s*(?P<frac>{past}|(?:{card}|\d{{1,2}})(?:\s*(?:دقيقه|دقايق))?))?"
                 rf"(?:\s+الا\s+(?P<minus>{to}|(?:{card}|\d{{1,2}})\s*(?:دقيقه|دقايق)))?{E}{clock_tail}",
        # 08:03 ص
        "clock_hm": rf"{B}(?P<h>\d{{1,2}}):(?P<mi>\d{{2}}){E}{clock_tail}",
        # 9 صباحاً، التاسعة مساءً
        "clock_part": rf"{B}(?P<h>\d{{1,2}}|{ordinal})(?=\s+{alternation(adverbs)}{E}){clock_tail}",
        # 48 ساعة، تسعة أيام، منذ أكثر من أربعة أعوام، خلال الساعات ال24 الماضية
        "duration": rf"{B}{prepq}[وف]?(?:[بلك]|ال\s*)?(?P<num>\d+|{card})\s+(?P<unit>{alternation(units)}){E}(?:\s+(?P<mod>{mod_after}){E})?",
        "duration_word": rf"{B}{prepq}(?P<unit>[وف]?[بل]?{alternation(sing + dual_pl)}){E}(?:\s+(?P<mod>{mod_after}){E})?",
        "duration_def": rf"{B}{prepq}(?:[وف]?[بك]?ال|[وف]?لل)(?P<unit>{alternation(dual_pl)})(?:\s+القليله)?"
                        rf"(?:\s+(?:ال\s*)?(?P<num>\d+|{card}))?\s+(?P<mod>{mod_after}){E}",
        # لليوم الثاني على التوالي
        # لليوم الثالث (على التوالي)، يومه الثاني، عامها الثالث: the count of days (years …) something has lasted
        "duration_ord": rf"{B}[وف]?(?:(?:(?P<lil>لل)|ال|في\s+ال)(?P<unit>{consecutive})\s+(?P<ord>{ordinal}|ال\s*\d{{1,3}})(?P<row>\s+علي\s+التوالي)?"
                        rf"|(?:في\s+|[بل])?(?P<unit2>{consecutive}|سنت)(?:ه|ها|هم|هما)\s+(?P<ord2>{ordinal})){E}",
        # بين الرابعة والسادسة مساءً، من الساعة الثامنة حتى العاشرة مساء: two clock times, one part of the day
        "clock_range": rf"{B}(?P<first>(?:(?:بين|من)\s+)?(?:(?:ال)?ساعه\s+)?(?P<h>{hour})(?::(?P<mi>\d{{2}}))?"
                       rf"(?:\s+(?P<part1>{alternation(adverbs)}))?)\s*(?P<second>(?:و|-|–|(?:الي|حتي|ولغايه|لغايه)\s)\s*"
                       rf"(?:(?:ال)?ساعه\s+)?(?P<h2>{hour})(?::(?P<mi2>\d{{2}}))?{E}{clock_tail})",
        # بين عامي 2005 و2010، من 2011 إلى 2014، 2011-2014
        "year_range": rf"{B}(?P<first>(?:(?:بين|من)\s+)?(?:(?:ال)?(?:عامي|سنتي|عام|سنه|اعوام|سنوات)\s+)?(?P<year>(?:19|20)\d\d))"
                      rf"\s*(?P<second>(?:و|-|–|(?:الي|حتي|ولغايه|لغايه)\s)\s*(?:(?:ال)?(?:عام|سنه)\s+)?(?P<year2>(?:19|20)\d\d)){E}",
        # صيف 2014، ربيع العام الماضي، النصف الثاني من العام الجاري، الربع الأول من 2019
        "season": rf"{B}(?:[وف]?[بل]?)(?P<season>{alternation(L.seasons)})\s+(?:من\s+)?(?:(?:[وف]?[بل]?(?:عام|العام|سنه|السنه)\s+)?"
                  rf"(?P<year>(?:19|20)\d\d){E}|(?:(?P<this>{this})\s+)?ال(?:عام|سنه)(?:\s+(?P<mod>{mod_after}))?{E})"
                  rf"|{B}[وف]?(?:[بك]?ال|لل)(?P<season2>{alternation(L.seasons)})\s+(?P<mod2>{mod_after}){E}",
        # الثمانينيات، تسعينيات القرن الماضي
        "decade": rf"{B}[وف]?[بلك]?(?:ال)?(?P<dec>{alternation(L.decades)})(?:يات|ات){E}"
                  rf"(?:\s+(?:من\s+)?(?P<century>القرن\s+{alternation(L.centuries)}){E})?",
        # الأسبوع الماضي، الشهر المقبل، هذا العام
        "period": rf"{B}(?:(?P<this>{this})\s+)?(?:[وف]?[بك]?ال|[وف]?لل)(?P<unit>{periods})(?:\s+(?P<twice>قبل\s+)?(?P<mod>{mod_after}))?{E}",
        # هذا اليوم، اليوم نفسه: the day last mentioned
        "anaphoric": rf"{B}(?P<ana>{with_clitics(L.anaphoric_days)}){E}",
        "vague": rf"{B}(?P<vague>{with_clitics(L.vague)}){E}",
        "set": rf"{B}(?P<set>{with_clitics(L.sets)}){E}",
        # a preposition, qualifier or edge right before an atom (منذ، حتى، مطلع), a hedge right after one
        "prep_before": rf"{B}(?P<prep>{with_clitics(f for f, (r, _d) in L.prepositions.items() if r != 'tail')})\s+$",
        "tail_after": rf"\s+(?P<prep>{alternation(f for f, (r, _d) in L.prepositions.items() if r == 'tail')}){E}",
    }
    return {k: re.compile(v) for k, v in source.items()}


# which head words each pattern needs nearby (see head_words; digit: any number, year4: a number
# of four digits, hm: a number before a colon); prep runs near any of them
NEEDS = {
    "date": {"month"}, "date_mdy": {"month"}, "date_in_month": {"unit"}, "date_num": {"year4"}, "dateline": {"digit"},
    "hijri": {"year4"}, "year": {"year4"}, "weekday": {"weekday"}, "relday": {"relday"},
    "part": {"part"}, "clock": {"unit"}, "clock_hm": {"hm"}, "clock_part": {"part"},
    "duration": {"unit"}, "duration_word": {"unit"}, "duration_def": {"unit"}, "duration_ord": {"unit"},
    "clock_range": {"part"}, "year_range": {"year4"}, "decade": {"decade"}, "season": {"season"},
    "period": {"unit"}, "anaphoric": {"anaphoric"}, "vague": {"vague"}, "set": {"set"},
}


@lru_cache(maxsize=1)
def head_words() -> dict[str, frozenset]:
    """Words of which every time expression has at least one (a month, a weekday, a unit, اليوم …),
    each with the kinds of vocabulary it comes from.

    Prepositions, modifiers and hedges are left out: they never make a time expression alone.
    The patterns only run near these words (and near digits), which keeps the stage fast.
    """
    L = lexicon()
    function = set()
    for table in (L.prepositions, L.modifiers):
        for form in table:
            function.update(form.split())
    function.update(normalize(w) for w in load_list("times/function_words.tsv"))
    heads: dict[str, set] = {}
    # Hijri dates always carry a year and clock suffixes (ص، م) a time: their digits are heads
    tables = {"month": L.months, "weekday": L.weekdays, "relday": L.relative_days, "unit": L.units,
              "vague": L.vague, "set": L.sets, "anaphoric": L.anaphoric_days,
              "part": {f: v for f, v in L.parts.items() if v[1] != "suffix"},
              "decade": {f"{stem}{ending}": d for stem, d in L.decades.items() for ending in ("يات", "ات")},
              "season": L.seasons}
    for kind, table in tables.items():
        for form in table:
            for word in form.split():
                if word not in function:
                    heads.setdefault(word, set()).add(kind)
    # every head also as written with its proclitics: والسبت، بالأمس، لليوم، الساعات
    written: dict[str, set] = {}
    for word, kinds in heads.items():
        stems = [word]
        if word.startswith("ال"):
            stems += ["ل" + word[1:]]                          # لليوم = ل + اليوم
        else:
            stems += ["ال" + word, "لل" + word]                # ساعات → الساعات، للساعات
        for stem in stems:
            for prefix in _PROCLITICS:
                if stem.startswith("ل") and not stem.startswith("ال") and prefix[-1:] in ("ب", "ك"):
                    continue
                written.setdefault(prefix + stem, set()).update(kinds)
    # a running count with a possessive: يومه الثاني، عامها الثالث
    for unit in (*calendar_units("consecutive"), "سنت"):
        for suffix in ("ه", "ها", "هم", "هما"):
            for prefix in ("", "و", "ف", "ب", "ل", "في"):
                written.setdefault(prefix + unit + suffix, set()).add("unit")
    return {w: frozenset(k) for w, k in written.items()}


@lru_cache(maxsize=1)
def head_keys() -> frozenset:
    return frozenset(head_words())


_PROCLITICS = ("", *(normalize(p) for p in load_list("proclitics.tsv")))


@lru_cache(maxsize=1)
def exclusions() -> re.Pattern:
    return re.compile(rf"{B}{with_clitics(lexicon().exclusions)}{E}")
