"""The dateline: the place a report is filed from, written alone at the head of a line
(«جنين - واصلت …»، «بغداد (رويترز) -»، «الخرطوم: …»). It says where the reporter is, so it is
a place of the story and never a party to what the sentence after it reports."""
from __future__ import annotations

import regex

# after the place: a dash, a slash, a colon or the outlet in brackets
_AFTER = regex.compile(r"[ \t]*(?:[-–—ـ/:]|\()")
_LINE_HEAD = regex.compile(r"(?:^|\n)[ \t]*$")


def is_dateline(text: str, start: int, end: int) -> bool:
    """Whether the name at text[start:end] opens its line as a dateline."""
    return bool(_LINE_HEAD.search(text, max(0, start - 80), start)) and bool(_AFTER.match(text, end))
