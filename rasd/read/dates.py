"""Publication dates given by the caller: ISO 8601 dates and date-times."""
from __future__ import annotations

import datetime as dt

from rasd.model import Article


def parse_published(value: str | None, article: Article | None = None) -> str | None:
    """Normalise an ISO 8601 date or date-time ("2018-03-27", "2018-03-23T08:03",
    "2018-03-27T10:15:00+03:00", "2018-04"); an unreadable value is dropped with a warning."""
    if not value:
        return None
    v = str(value).strip()
    try:
        if len(v) == 10:
            return dt.date.fromisoformat(v).isoformat()
        if len(v) == 7:                                  # a month: keep as given
            dt.date.fromisoformat(v + "-01")
            return v
        parsed = dt.datetime.fromisoformat(v.replace("Z", "+00:00"))
        return v if "T" in v else parsed.isoformat()
    except ValueError:
        if article is not None:
            article.warn(f"ignored an unreadable publication date: {v!r}")
        return None


def published_date(value: str | None) -> dt.date | None:
    """The calendar date of a normalised `published` value (None for none or a bare month)."""
    if not value or len(value) < 10:
        return None
    return dt.date.fromisoformat(value[:10])


def published_datetime(value: str | None) -> dt.datetime | None:
    if not value or len(value) < 10:
        return None
    if len(value) == 10:
        return dt.datetime.fromisoformat(value + "T00:00")
    return dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
