"""A token view of one article for the attribution grammar.

Words and punctuation with offsets (proclitics left on the word: the grammar looks them up with
and without و/ف/ب/ل), the sentence of every token, quotation pairs, the tokens covered by time
expressions, and the entity mentions by position.
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

from rasd.model import Article, Entity, Span
from rasd.text import Token, split_sentences, tokenize

OPENERS = {"«": "»", "“": "”", "„": "”"}
CLOSERS = {"»", "”"}
STRAIGHT = '"'


@dataclass(slots=True)
class View:
    text: str
    toks: list[Token]
    sent_bounds: list[tuple[int, int]]          # token index ranges [start, end) of each sentence
    sent_of: list[int]                          # sentence index of each token
    quote_close: dict[int, int]                 # opening quote token → closing quote token
    quote_of: list[tuple[int, int] | None]      # innermost quotation around each token
    paren_close: dict[int, int]
    in_time: list[bool]
    mentions: list[tuple[int, int, Entity]] = field(default_factory=list)   # char start, end, entity
    words: list[bool] = field(default_factory=list)       # token i is a word
    norms: list[str] = field(default_factory=list)
    word_count: list[int] = field(default_factory=list)   # words before token i (prefix sums)
    in_long_quote: list[bool] = field(default_factory=list)

    # ------------------------------------------------------------ building
    @classmethod
    def of(cls, article: Article) -> "View":
        text = article.text
        toks = article.words or tokenize(text, split_clitics=False)
        sentences = article.sentences or split_sentences(text)
        starts = [t.start for t in toks]
        sent_bounds, sent_of = [], [0] * len(toks)
        for si, s in enumerate(sentences):
            a, b = bisect_right(starts, s.start - 1), bisect_right(starts, s.end - 1)
            sent_bounds.append((a, b))
            for i in range(a, b):
                sent_of[i] = si
        quote_close, paren_close = _pairs(toks, text)
        quote_of: list[tuple[int, int] | None] = [None] * len(toks)
        for o, c in sorted(quote_close.items(), key=lambda p: p[1] - p[0], reverse=True):
            for i in range(o + 1, c):
                quote_of[i] = (o, c)
        in_time = [False] * len(toks)
        for t in article.times:
            a, b = bisect_right(starts, t.span.start - 1), bisect_right(starts, t.span.end - 1)
            for i in range(a, b):
                in_time[i] = True
        mentions = sorted(((m.start, m.end, e) for e in article.entities for m in e.mentions), key=lambda x: x[0])
        words = [t.text[:1].isalpha() for t in toks]
        word_count = [0]
        for w in words:
            word_count.append(word_count[-1] + w)
        view = cls(text, toks, sent_bounds, sent_of, quote_close, quote_of, paren_close, in_time, mentions,
                   words, [t.norm for t in toks], word_count)
        view.in_long_quote = [q is not None and view.words_between(q[0] + 1, q[1]) >= 5 for q in quote_of]
        return view

    # ------------------------------------------------------------ queries
    def is_word(self, i: int) -> bool:
        return 0 <= i < len(self.words) and self.words[i]

    def norm(self, i: int) -> str:
        return self.norms[i] if 0 <= i < len(self.norms) else ""

    def char(self, i: int) -> str:
        return self.toks[i].text if 0 <= i < len(self.toks) else ""

    def words_between(self, a: int, b: int) -> int:
        a, b = max(0, a), min(b, len(self.toks))
        return self.word_count[b] - self.word_count[a] if b > a else 0

    def sentence_range(self, i: int) -> tuple[int, int]:
        return self.sent_bounds[self.sent_of[i]] if self.sent_bounds else (0, len(self.toks))

    def span(self, a: int, b: int) -> Span:
        """Character span of tokens [a, b)."""
        return Span.of(self.text, self.toks[a].start, self.toks[b - 1].end)

    def mentions_in(self, start: int, end: int) -> list[tuple[int, int, Entity]]:
        return [m for m in self.mentions if m[0] < end and start < m[1]]


def _pairs(toks: list[Token], text: str) -> tuple[dict[int, int], dict[int, int]]:
    """Match quotation marks and parentheses, never across a line break."""
    quotes: dict[int, int] = {}
    parens: dict[int, int] = {}
    stack: list[tuple[str, int]] = []
    straight: int | None = None
    pstack: list[int] = []
    last_end = 0
    for i, t in enumerate(toks):
        if "\n" in text[last_end:t.start]:
            stack.clear()
            pstack.clear()
            straight = None
        last_end = t.end
        ch = t.text
        if ch in OPENERS:
            stack.append((OPENERS[ch], i))
        elif ch in CLOSERS:
            while stack and stack[-1][0] != ch:
                stack.pop()
            if stack:
                quotes[stack.pop()[1]] = i
        elif ch == STRAIGHT:
            if straight is None:
                straight = i
            else:
                quotes[straight] = i
                straight = None
        elif ch == "(":
            pstack.append(i)
        elif ch == ")" and pstack:
            parens[pstack.pop()] = i
    return quotes, parens
