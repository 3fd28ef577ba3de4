"""Time stage: time expressions normalised against the publication date (issue 5).

Finds every time expression in the article (dates in the three month-name systems and the
Hijri calendar, weekdays, اليوم/أمس/غداً, parts of the day, clock times, durations, vague and
recurring references) and gives each a TIMEX3-style type and value resolved against
`article.published`. Vocabularies live in rasd/data/times/; see docs/times.md.
"""
from __future__ import annotations

from rasd.model import Article, TimeExpr
from rasd.read.dates import published_date
from rasd.times.find import expressions
from rasd.text import NormalizedText
from rasd.times.resolve import date_of, resolve


def run(article: Article) -> Article:
    if not article.text:
        return article
    view = article.norm or NormalizedText(article.text)
    anchor = published_date(article.published)
    times = []
    previous = None
    for expr in expressions(view.text):
        start, end = view.to_original(expr.start, expr.end)
        kind, value = resolve(expr, anchor, article.warn, previous)
        previous = date_of(value) or previous
        times.append(TimeExpr(id=f"T{len(times) + 1}", span=article.span(start, end), type=kind, value=value))
    article.times = times
    return article
