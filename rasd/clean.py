"""Clean stage: find the headline and drop page furniture from crawled text.

A general line classifier, not a list of known pages' lines. Each line of the raw text is judged
on its own shape (length, sentence punctuation, digits only, emoji or bullet lead, Latin script,
URL or embed, a caption's trailing credit) and on the furniture vocabulary in
data/furniture.tsv (with follow_calls.tsv for "follow us" lines and credit_labels.tsv for photo
credits); its position matters too, since a "block" header (الأكثر قراءة، اقرأ أيضاً) turns the run
of short lines after it into a list to drop. A line that is nothing but a clock time or a relative
age ("10:45 ص"، "منذ 3 ساعات") is a page stamp; a full date line stays, as the article's dateline.
The first short unpunctuated line is the headline when none was given, and a later copy of the
headline is dropped. Every dropped line is reported in `warnings`, so nothing is lost silently.
"""
from __future__ import annotations

from functools import lru_cache

import regex

from rasd.model import Article
from rasd.resources import load_list, load_rows
from rasd.text.normalize import normalize

_LIST_LEAD = regex.compile(r"^[\s\d\.\-\)\(•·*–—|>»]*")
_EMOJI_LEAD = regex.compile(r"^\s*[\p{So}\p{Sk}\p{Cn}\u2190-\u2BFF\u2600-\u27BF\U0001F000-\U0001FFFF]")
_NOISE = regex.compile(r"[\p{So}\p{Sk}\u200d\ufe0f:：\-–—|•·]+")
_ARABIC = regex.compile(r"\p{Arabic}")
_LATIN = regex.compile(r"\p{Latin}")
_WORD = regex.compile(r"[\p{L}\p{N}]+")
_URLISH = regex.compile(r"https?://|www\.|pic\.twitter\.com|t\.co/|@\w+\)")
_COUNTER = regex.compile(r"^[\(\[]?\d+[\)\]]?(\s*\p{L}{0,12})?$")
_NO_LETTERS = regex.compile(r"^[^\p{L}]*$")
_FULL_DATE = regex.compile(r"\d{1,4}\s*[/\-.]\s*\d{1,2}\s*[/\-.]\s*\d{1,4}")   # a dateline is kept for the time stage
_DATE_STAMP = regex.compile(r"\d{1,4}\s*[/\-.]\s*\d{1,2}(?:\s*[/\-.]\s*\d{1,4})?|\d{1,2}:\d{2}")
_BREADCRUMB = regex.compile(r"^[\p{L} ]{2,25}\s[\-–—»>|/]\s[\p{L} ]{2,25}$")
_SENTENCE_END = tuple(".!?؟…:\"»”)'")
_TEASER_SEPARATOR = regex.compile(r"\s*[:：|\-–—»>]+\s*")
_TRAILING_BRACKET = regex.compile(r"[\(\[]([^\(\)\[\]]{1,60})[\)\]]\W*$")
_PUNCT_ONLY = regex.compile(r"^[\W_]*$")

MIN_TITLE_WORDS = 4
MAX_TITLE_WORDS = 25
SHORT_LINE_WORDS = 8
LABEL_VALUE_WORDS = 6       # "المصدر: الجزيرة + وكالات": a label's value is a few words, not a sentence
FOLLOW_LINE_WORDS = 16
CAPTION_WORDS = 40


@lru_cache(maxsize=1)
def _vocabulary() -> tuple[tuple[str, str], ...]:
    rows = [(_key(r[0]), r[1] if len(r) > 1 else "line") for r in load_rows("furniture.tsv")]
    return tuple(sorted(rows, key=lambda r: -len(r[0])))


@lru_cache(maxsize=1)
def _stamp_words() -> tuple[str, ...]:
    return tuple(_key(w) for w in load_list("stamp_words.tsv"))


@lru_cache(maxsize=1)
def _credits() -> frozenset[str]:
    return frozenset(_key(c) for c in load_list("photo_credits.tsv"))


@lru_cache(maxsize=1)
def _credit_labels() -> tuple[str, ...]:
    return tuple(sorted((_key(c) for c in load_list("credit_labels.tsv")), key=len, reverse=True))


@lru_cache(maxsize=1)
def _follow_words():
    """(platform pattern, call words, own-channel words) from data/follow_calls.tsv."""
    kinds: dict[str, list[str]] = {"platform": [], "call": [], "own": []}
    for word, kind in load_rows("follow_calls.tsv"):
        kinds[kind].append(_key(word).lower())
    platforms = "|".join(regex.escape(p) for p in sorted(kinds["platform"], key=len, reverse=True))
    pattern = regex.compile(rf"(?:^|\s)[وبلع]?(?:{platforms})(?:\s|$)")   # على تلغرام، وفيسبوك، بتويتر
    return pattern, frozenset(kinds["call"]), tuple(kinds["own"])


def _key(line: str) -> str:
    """Normalised comparison form: no list numbering, emoji, colons or extra spaces."""
    s = normalize(line)
    s = _LIST_LEAD.sub("", s)
    s = _NOISE.sub(" ", s)
    return " ".join(s.split())


def _words(line: str) -> int:
    return len(_WORD.findall(line))


def _furniture_kind(line: str) -> str | None:
    """'block', 'line' or None for one stripped line."""
    key = _key(line)
    if not key:
        return "line"                                   # emoji, bullets or dashes only
    n = _words(line)
    if (_COUNTER.match(key) and n <= 2) or (_NO_LETTERS.match(line) and not _FULL_DATE.search(line)):
        return "line"                                   # "0", "(12)", "3 تعليقات", "106-10"
    if n <= 5 and _BREADCRUMB.match(line.strip()) and not _is_dateline(line):
        return "line"                                   # "العالم - سوريا": site section path
    if n <= 14 and _DATE_STAMP.search(line) and any(w in key for w in _stamp_words()):
        return "line"                                   # "نشر في 2022/08/06 الساعة 08:43"
    if _is_signoff(line, n):
        return "line"
    for phrase, kind in _vocabulary():
        if key != phrase and not key.startswith(phrase + " "):
            continue
        if kind == "teaser" and n <= MAX_TITLE_WORDS + 5:
            return "block"                              # "اقرأ أيضاً: <another article's headline>"
        if kind == "label":
            if key == phrase or _is_label_line(line, phrase, n):
                return "line"
            continue
        if n <= SHORT_LINE_WORDS:
            return "block" if kind == "teaser" else kind
    if _is_teaser(line, n):
        return "line"
    if _is_follow_call(key, n):
        return "line"
    if _is_bare_stamp(line):
        return "line"
    if _URLISH.search(line) and (n <= 30 or line.strip().startswith(("—", "-", "pic."))):
        return "line"                                   # embedded tweet, bare link
    if not _ARABIC.search(line) and _LATIN.search(line) and n <= 20:
        return "line"                                   # a stray Latin caption or menu item
    if _EMOJI_LEAD.match(line) and n <= SHORT_LINE_WORDS:
        return "line"                                   # "💡 أهم المواضيع" style menu entries
    if _is_caption(line, n) and not _is_dateline(line):
        return "line"                                   # "جنود في حلب - رويترز", not "مقديشو / الأناضول"
    return None


def _is_dateline(line: str) -> bool:
    """A place and an outlet, "بغداد - شفق نيوز"، "بغداد/ السومرية نيوز": the story's dateline, kept for the entity stage
    (unlike a site's section path "العالم - سوريا", whose first part is no place)."""
    from rasd.geo.gazetteer import gazetteer     # loaded once; the entity stage needs it anyway
    place = regex.split(r"\s*[\-–—/]+\s*", line.strip(), maxsplit=1)[0]   # "بغداد/ السومرية نيوز" too
    return len(place.split()) <= 2 and bool(gazetteer().lookup(normalize(place)))


def _is_teaser(line: str, n: int) -> bool:
    """A list header and its entry on one line: "أخبار ذات صلة | <another article's headline>"."""
    parts = _TEASER_SEPARATOR.split(line.strip(), maxsplit=1)
    if len(parts) < 2 or not parts[1].strip() or n > MAX_TITLE_WORDS + 5:
        return False
    head_key = _key(parts[0])
    return any(kind in ("block", "teaser") and head_key == phrase for phrase, kind in _vocabulary())


def _is_label_line(line: str, phrase: str, n: int) -> bool:
    """A field label, a separator and a short value: "المصدر: وكالات", "المصدر - سانا"."""
    return n <= len(phrase.split()) + LABEL_VALUE_WORDS and bool(regex.search(r"[:：\-–—|/]", line)) \
        and not line.strip().endswith(("؟", "!"))


def _is_follow_call(key: str, n: int) -> bool:
    """"تابعوا آخر الأخبار عبر قناتنا على تلغرام": a platform and a call to the reader."""
    if n > FOLLOW_LINE_WORDS:
        return False
    platform, calls, owns = _follow_words()
    text = key.lower()
    if not platform.search(text):
        return False
    return text.split()[0] in calls or any(w.startswith(owns) for w in text.split())


def _is_bare_stamp(line: str) -> bool:
    """A line that is only a clock time or a relative age ("10:45 ص"، "منذ 3 ساعات"): the page's
    stamp, which dates nothing in the story. A line holding a full date is the article's dateline
    and stays for the time stage."""
    if _words(line) > SHORT_LINE_WORDS or not regex.search(r"\d", line):
        return False
    from rasd.times.find import expressions        # the time stage's own reading of the line
    norm = normalize(line)
    found = expressions(norm)
    if not found or any(all(e.info.get("ymd") or (None,)) for e in found):
        return False
    rest = norm
    for e in reversed(found):
        rest = rest[:e.start] + " " + rest[e.end:]
    return bool(_PUNCT_ONLY.match(rest))


def _is_signoff(line: str, n: int) -> bool:
    """Editors' initials closing an agency story: "و.ب/س.ك (أ ف ب)", "ع.ج.م/ ح.ز"."""
    if n > 8 or not regex.search(r"[./]", line):
        return False
    tokens = _WORD.findall(line)
    letters = [t for t in tokens if not t.isdigit()]
    return len(letters) >= 2 and sum(1 for t in letters if len(t) <= 2) / len(tokens) >= 0.6


def _is_caption(line: str, n: int) -> bool:
    """A photo caption: closing on a bracketed credit "(تصوير: أحمد محمد)", or opening with a
    credit label "الصورة: …"; or short, with no sentence stop, closing on an agency "(الفرنسية)" /
    "- رويترز"."""
    s = line.strip()
    if n <= CAPTION_WORDS:
        m = _TRAILING_BRACKET.search(s)
        if m and _opens_with_credit_label(m.group(1)):
            return True
        head, sep, _rest = s.partition(":")
        if sep and _key(head) in _credit_labels():
            return True
    if n > 20 or s.endswith((".", "؟", "!")):
        return False
    m = regex.search(r"[\(\[]([^\(\)\[\]]{1,30})[\)\]]\s*$", s) or regex.search(r"[\-–—|/]\s*([^\-–—|/]{1,30})$", s)
    return bool(m) and _key(m.group(1)) in _credits()


def _opens_with_credit_label(inside: str) -> bool:
    key = _key(inside)
    return any(key == label or key.startswith(label + " ") for label in _credit_labels())


def _is_section_label(line: str) -> bool:
    """A short label above the headline ("السلايدر الرئيسي", "الجيش المصري" as a tag):
    at most three words, no digits, no sentence punctuation."""
    s = line.strip()
    return _words(s) <= 3 and not regex.search(r"\d", s) and not s.endswith((".", "؟", "!", ":"))


def _looks_like_title(line: str) -> bool:
    s = line.strip()
    n = _words(s)
    lettered = sum(1 for w in _WORD.findall(s) if len(w) > 1 and not w.isdigit())   # "الثلاثاء 16 مارس 2021 - 10:45" is a date
    return MIN_TITLE_WORDS <= n <= MAX_TITLE_WORDS and lettered >= MIN_TITLE_WORDS - 1 \
        and not s.endswith((".", ":", "،", "؛")) and bool(_ARABIC.search(s))


def run(article: Article) -> Article:
    lines = article.raw.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    kept: list[str] = []
    dropped: list[str] = []
    in_block = False
    title = article.title
    title_key = _key(title) if title else None
    for raw_line in lines:
        line = raw_line.strip()
        if not line:                                    # blank lines do not end a list block
            continue
        kind = _furniture_kind(line)
        if kind is None and in_block and _words(line) <= MAX_TITLE_WORDS and not line.endswith((".", "!")):
            kind = "line"                               # an entry of a related/most-read list (a headline may ask: …؟)
        if kind:
            dropped.append(line)
            in_block = in_block or kind == "block"
            continue
        in_block = False
        if title_key is not None and _key(line) == title_key:
            article.warn(f"dropped a repeated headline: {line!r}")
            continue
        if not kept and _is_section_label(line) and not _is_dateline(line):
            dropped.append(line)
            continue
        if title is None and not kept and _looks_like_title(line):
            title, title_key = line, _key(line)
            continue
        kept.append(line)
    for line in dropped:
        article.warn(f"dropped page furniture: {line!r}")
    if not kept and title is not None and article.title is None:
        kept, title = [title], None                     # a lone line is the body, not a headline
    article.title = title
    article.text = "\n".join(kept)
    return article
