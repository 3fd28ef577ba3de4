"""The stance of a plain statement read from its content: a denial ("… غير صحيح"), or a threat
or an accusation that stance_signals.tsv signals."""
from __future__ import annotations

from functools import lru_cache

from rasd.attributions import lexicon as lex
from rasd.attributions.words import WORD
from rasd.text import normalize


def _word_is(word: str, form: str) -> bool:
    """A content word is the signal's word, with or without its و/ف/ب/ل proclitics."""
    return word == form or (word[:1] in "وفبل" and (word[1:] == form or (word[1:2] in "بل" and word[2:] == form)))


def _phrase_at(words: list[str], i: int, phrase: tuple[str, ...]) -> bool:
    """The phrase's words start at words[i], "…" letting any words pass before the next one."""
    k = 0
    while k < len(phrase):
        if phrase[k] == "…":
            rest = phrase[k + 1:]
            return any(_phrase_at(words, j, rest) for j in range(i, len(words))) if rest else True
        if i >= len(words) or not _word_is(words[i], phrase[k]):
            return False
        i += 1
        k += 1
    return True


def signalled_stance(text: str) -> str | None:
    """THREATEN or ACCUSE when the content of a plain statement carries a clear signal of one
    ("… وإلا فإنها ستواجه عواقب وخيمة"، "… استخدام المدنيين دروعاً بشرية")."""
    words = WORD.findall(normalize(text))
    by_first = _signals_by_first()
    for i, w in enumerate(words):
        for form in _bare_forms(w):
            for phrase, stance in by_first.get(form, ()):
                if _phrase_at(words, i, phrase):
                    return stance
    return None


def _bare_forms(word: str) -> tuple[str, ...]:
    """The word and the word without a و/ف/ب/ل proclitic or two."""
    if word[:1] not in "وفبل":
        return (word,)
    return (word, word[1:], word[2:]) if word[1:2] in "بل" else (word, word[1:])


@lru_cache(maxsize=1)
def _signals_by_first() -> dict[str, tuple[tuple[tuple[str, ...], str], ...]]:
    index: dict[str, list] = {}
    for phrase, stance in lex.stance_signals():
        index.setdefault(phrase[0], []).append((phrase, stance))
    return {k: tuple(v) for k, v in index.items()}


def denies(text: str) -> bool:
    """A plain statement whose content calls something untrue ("… غير صحيح") is a denial."""
    words = WORD.findall(normalize(text))
    firsts = {p[0] for p in lex.denials()}
    return any(w in firsts and any(tuple(words[i:i + len(p)]) == p for p in lex.denials())
               for i, w in enumerate(words))
