"""Reading: files, stdin, HTML pages and JSONL lines into `Article`s ready for the pipeline."""
from __future__ import annotations

from pathlib import Path

from rasd.model import Article
from rasd.read.dates import parse_published
from rasd.read.decode import ReadError, arabic_share, decode
from rasd.read.html import extract_html, looks_like_html

MIN_ARABIC_SHARE = 0.2     # below this share of Arabic letters the text is not Arabic news


def article_from_text(text: str, *, name: str | None = None, id: str | None = None, url: str | None = None,
                      outlet: str | None = None, published: str | None = None, html: bool | None = None,
                      warnings: list[str] | None = None) -> Article:
    """An `Article` from decoded text or HTML; raises ReadError for input that is not Arabic news."""
    warnings = list(warnings or [])
    title = None
    if html or (html is None and looks_like_html(text, name)):
        try:
            text, title, page_date = extract_html(text, url, warnings)
        except ValueError as e:
            raise ReadError(str(e)) from None
        if page_date and not published:
            published = page_date
            warnings.append(f"publication date {page_date} read from the page")
    if not text.strip():
        raise ReadError("empty input")
    share = arabic_share(text)
    if share < MIN_ARABIC_SHARE:
        raise ReadError(f"not Arabic text (only {share:.0%} of the letters are Arabic)")
    article = Article(raw=text, id=id, url=url, outlet=outlet, title=title, warnings=warnings)
    article.published = parse_published(published, article)
    return article


def read_bytes(data: bytes, **kw) -> Article:
    warnings: list[str] = []
    text = decode(data, warnings)
    return article_from_text(text, warnings=warnings, **kw)


def read_path(path: str | Path, **kw) -> Article:
    p = Path(path)
    if not p.exists():
        raise ReadError(f"no such file: {p}")
    if p.is_dir():
        raise ReadError(f"{p} is a folder, not a file")
    return read_bytes(p.read_bytes(), name=p.name, **kw)


def article_from_record(rec: dict) -> Article:
    """An `Article` from one input record {"id", "text" or "html", "title", "published", "outlet",
    "url"}; "html_bytes" (an archived page, encoding unknown) is decoded first."""
    warnings: list[str] = []
    if isinstance(rec.get("html_bytes"), bytes):
        rec = {**rec, "html": decode(rec["html_bytes"], warnings)}
    is_html = isinstance(rec.get("html"), str) and not isinstance(rec.get("text"), str)
    body = rec["html"] if is_html else rec["text"]
    article = article_from_text(body, id=None if rec.get("id") is None else str(rec["id"]), url=rec.get("url"),
                                outlet=rec.get("outlet"), published=rec.get("published"), html=is_html or None,
                                warnings=warnings)
    if isinstance(rec.get("title"), str) and rec["title"].strip():
        article.title = rec["title"].strip()     # the caller's headline wins over the page's
    return article


def article_from_item(item) -> Article:
    """An `Article` from a `rasd.read.sources.Item` that holds a record, a path or raw bytes."""
    if item.record is not None:
        return article_from_record(item.record)
    if item.path is not None:
        return read_path(item.path)
    return read_bytes(item.data)


__all__ = ["ReadError", "read_bytes", "read_path", "article_from_text", "article_from_record", "article_from_item"]
