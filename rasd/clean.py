"""Clean stage: find the headline and drop page furniture from crawled text.

A general line classifier, not a list of known pages' lines. Each line of the raw text is judged
on its own shape (length, sentence punctuation, digits only, emoji or bullet lead, Latin script,
URL or embed, a caption's trailing credit) and on the furniture vocabulary in
data/furniture.tsv; its position matters too, since a "block" header (الأكثر قراءة، اقرأ أيضاً)
turns the run of short lines after it into a list to drop. The first short unpunctuated line is
the headline when none was given, and a later copy of the headline is dropped. Every dropped
line is reported in `warnings`, so nothing is lost silently.
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

MIN_TITLE_WORDS = 4
MAX_TITLE_WORDS = 25
SHORT_LINE_WORDS = 8


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
        if n <= SHORT_LINE_WORDS and (key == phrase or key.startswith(phrase + " ")):
            return kind
    if _is_teaser(line, n):
        return "line"
    if _URLISH.search(line) and (n <= 30 or line.strip().startswith(("—", "-", "pic."))):
        return "line"                                   # embedded tweet, bare link
    if not _ARABIC.search(line) and _LATIN.search(line) and n <= 20:
        return "line"                                   # a stray Latin caption or menu item
    if _EMOJI_LEAD.match(line) and n <= SHORT_LINE_WORDS:
        return "line"                                   # "💡 أهم المواضيع" style menu entries
    if _is_caption(line, n):
        return "line"
    return None


def _is_dateline(line: str) -> bool:
    """A place and an outlet, "بغداد - شفق نيوز": the story's dateline, kept for the entity stage
    (unlike a site's section path "العالم - سوريا", whose first part is no place)."""
    from rasd.geo.gazetteer import gazetteer     # loaded once; the entity stage needs it anyway
    place = regex.split(r"\s[\-–—/]\s", line.strip(), maxsplit=1)[0]
    return len(place.split()) <= 2 and bool(gazetteer().lookup(normalize(place)))


def _is_teaser(line: str, n: int) -> bool:
    """A list header and its entry on one line: "اقرأ أيضاً: <another article's headline>"."""
    head, colon, rest = line.partition(":")
    if not colon or not rest.strip() or n > MAX_TITLE_WORDS + 5:
        return False
    head_key = _key(head)
    return any(kind == "block" and head_key == phrase for phrase, kind in _vocabulary())


def _is_signoff(line: str, n: int) -> bool:
    """Editors' initials closing an agency story: "و.ب/س.ك (أ ف ب)", "ع.ج.م/ ح.ز"."""
    if n > 8 or not regex.search(r"[./]", line):
        return False
    tokens = _WORD.findall(line)
    letters = [t for t in tokens if not t.isdigit()]
    return len(letters) >= 2 and sum(1 for t in letters if len(t) <= 2) / len(tokens) >= 0.6


def _is_caption(line: str, n: int) -> bool:
    """A photo caption: short, no sentence stop, closing on a credit "(الفرنسية)" / "- رويترز"."""
    s = line.strip()
    if n > 20 or s.endswith((".", "؟", "!")):
        return False
    m = regex.search(r"[\(\[]([^\(\)\[\]]{1,30})[\)\]]\s*$", s) or regex.search(r"[\-–—|/]\s*([^\-–—|/]{1,30})$", s)
    return bool(m) and _key(m.group(1)) in _credits()


def _is_section_label(line: str) -> bool:
    """A short label above the headline ("السلايدر الرئيسي", "الجيش المصري" as a tag):
    at most three words, no digits, no sentence punctuation."""
    s = line.strip()
    return _words(s) <= 3 and not regex.search(r"\d", s) and not s.endswith((".", "؟", "!", ":"))


def _looks_like_title(line: str) -> bool:
    s = line.strip()
    n = _words(s)
    return MIN_TITLE_WORDS <= n <= MAX_TITLE_WORDS and not s.endswith((".", ":", "،", "؛")) and bool(_ARABIC.search(s))


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
        if kind is None and in_block and _words(line) <= MAX_TITLE_WORDS and not line.endswith((".", "؟", "!")):
            kind = "line"                               # an entry of a related/most-read list
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
