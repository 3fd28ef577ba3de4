"""rasd (رصد): who said and did what, to whom, where and when, in Arabic news.

    >>> import rasd
    >>> article = rasd.analyze("قال المتحدث إن ...", published="2018-03-27")
    >>> article.to_json()["attributions"]
"""
from __future__ import annotations

__version__ = "0.1.0"


def analyze(text: str, published: str | None = None, outlet: str | None = None, url: str | None = None,
            id: str | None = None, title: str | None = None):
    """Run the whole per-article pipeline over plain text and return the `Article`."""
    from rasd.model import Article
    from rasd.pipeline import process
    from rasd.read.dates import parse_published

    article = Article(raw=text, id=id, url=url, outlet=outlet, title=title)
    article.published = parse_published(published, article) if published else None
    return process(article)


__all__ = ["analyze", "__version__"]
