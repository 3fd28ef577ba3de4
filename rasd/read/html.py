"""HTML pages: main content with trafilatura (comments excluded), date with htmldate."""
from __future__ import annotations

import regex

_HTML_START = regex.compile(r"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|article|div|p)\b", regex.I | regex.S)


def looks_like_html(text: str, name: str | None = None) -> bool:
    if name and name.lower().endswith((".html", ".htm", ".xhtml", ".shtml")):
        return True
    return bool(_HTML_START.match(text[:2000]))


def extract_html(html: str, url: str | None, warnings: list[str]) -> tuple[str, str | None, str | None]:
    """(main text, headline, publication date) of a page; raises ValueError when nothing is found."""
    import trafilatura
    from htmldate import find_date

    doc = trafilatura.bare_extraction(html, url=url, include_comments=False, with_metadata=True,
                                      include_tables=False, favor_recall=True)
    if doc is None or not (doc.text or "").strip():
        raise ValueError("no article text found in the HTML page")
    published = None
    try:
        published = find_date(html, url=url, extensive_search=False, original_date=True, outputformat="%Y-%m-%d")
    except Exception as e:    # htmldate parses arbitrary markup; a failure there must not lose the text
        warnings.append(f"publication date not read from the page: {e}")
    published = published or doc.date
    return doc.text, (doc.title or None), published
