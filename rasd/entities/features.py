"""Token features for the statistical entity tagger (rasd.entities.tagger), the same at training
and at tagging time.

Each word is read on its own once (cached): its normalised form, the stem left when its proclitics
and article are taken off (وبالقاهرة → قاهره), affixes of the stem, its shape, and what rasd's own
knowledge says of it: a given name, a title, an organisation or place head, a gazetteer place, a
nisba adjective, a stop word. A token's features are its own and those of
the two words on each side; the lexicon flags are what let the tagger generalise past the training
corpora (a name after a title is a person whoever he is), the words themselves what let it learn
names no lexicon lists (رامسفيلد، أنان). A lexicon name is marked over all its tokens only where
the whole name stands (kn=B-ORG, kn=I-ORG): its first word alone (المجموعة، وكالة) says nothing.
"""
from __future__ import annotations

from functools import lru_cache

from rasd.entities.lexicon import Lexicon, lexicon
from rasd.geo.gazetteer import Gazetteer, gazetteer
from rasd.resources import load_rows
from rasd.text import normalize
from rasd.text.tokens import PROCLITIC_CHAINS, PROCLITICS

_OFFSETS = (-2, -1, 1, 2)
_EDGE = {d: f"{d}:edge" for d in _OFFSETS}


def stem_of(norm: str) -> tuple[str, str]:
    """(proclitics, stem) of a normalised word when it carries the article (وبالقاهره → وبال +
    قاهره): the one reading the spelling alone settles. A lone proclitic (ليبيا or ل + يبيا?) needs
    the lexicons: `Features.split`."""
    for chain in PROCLITIC_CHAINS:
        if norm.startswith(chain) and len(norm) - len(chain) >= 2:
            return chain, norm[len(chain):]
    return "", norm


class Features:
    """Feature lists for token sequences; built once per process from the loaded lexicons."""

    def __init__(self, lex: Lexicon, gaz: Gazetteer, weighted: frozenset[str] | None = None):
        """`weighted`: the attributes a trained model has weights for; when given, the others are left
        out at once (a tagger only spends time on them: CRFsuite converts and looks up each one), and
        the features are UTF-8 bytes, encoded once per word: CRFsuite takes bytes as they are but
        encodes a str again on every call."""
        self.lex, self.gaz, self.weighted = lex, gaz, weighted
        encode = (lambda f: f.encode()) if weighted is not None else (lambda f: f)
        self._encode = encode
        # what a token sees at each offset past the sentence's edge, as a neighbour word's `around`
        self._edge = ([], {d: [encode(e)] for d, e in _EDGE.items()}, None)
        cues = {}
        for row in load_rows("entities/person_cues.tsv"):
            cues.setdefault(normalize(row[0]), row[1])
        self.cues = cues
        self.word = lru_cache(maxsize=1 << 17)(self._word)

    def _flags(self, norm: str, stem: str) -> list[str]:
        lex, gaz = self.lex, self.gaz
        flags = []
        for form in {norm, stem, "ال" + stem}:
            if form in lex.given:
                flags.append("given")
            if form in lex.titles:
                flags.append("title")
            if form in lex.heads:
                flags.append("head=" + lex.heads[form][0] + "/" + lex.heads[form][1])
            if form in gaz.places:
                flags.append("gaz")
            if form in lex.adjective_of:
                flags.append("nisba")
            if form in lex.people_of:
                flags.append("people")
            if form in self.cues:
                flags.append("cue=" + self.cues[form])
        if norm in lex.stop or stem in lex.stop:
            flags.append("stop")
        return sorted(set(flags))

    def _word(self, norm: str) -> tuple[list[str], dict[int, list[str]], str]:
        """(own features, what the neighbour at each offset sees of it, its stem feature) of one
        normalised word; the offset-prefixed strings are made once per word, not once per token."""
        pre, stem = self.split(norm)
        if norm.isdigit():
            shape = "digit"
        elif "a" <= norm[:1] <= "z":
            shape = "latin"
        elif not norm[:1].isalpha():
            shape = "punct"
        else:
            shape = "arabic"
        flags = self._flags(norm, stem) if shape == "arabic" else []
        # few features a token: tagging time grows with their number (CRFsuite looks each one up)
        own = ["w=" + norm, "s=" + stem, "p=" + pre, "sh=" + shape, "s3=" + stem[:3], "e2=" + stem[-2:],
               "e3=" + stem[-3:]]
        own += ["f=" + f for f in flags]
        seen = ["s=" + stem] + (["sh=" + shape] if shape != "arabic" else []) + ["f=" + f for f in flags]
        around = {d: [f"{d}:{f}" for f in seen] for d in _OFFSETS}
        if self.weighted is not None:
            weighted, encode = self.weighted, self._encode
            own = [encode(f) for f in own if f in weighted]
            around = {d: [encode(f) for f in fs if f in weighted] for d, fs in around.items()}
        return own, around, "s=" + stem

    def known(self, norm: str) -> bool:
        lex = self.lex
        return norm in self.gaz.places or norm in lex.given or norm in lex.names.by_first or norm in lex.heads

    def split(self, norm: str) -> tuple[str, str]:
        """(proclitics, stem) of a normalised word: the article chain (وبالقاهره → وبال + قاهره), else
        one proclitic when the word without it is known and the word itself is not (بواشنطن; ليبيا
        stays whole), or a و before a word no list knows (ورامسفيلد: names opening with و are rare)."""
        pre, stem = stem_of(norm)
        if pre or norm[:1] not in PROCLITICS or len(norm) < 4 or self.known(norm):
            return pre, stem
        if self.known(norm[1:]) or norm[0] == "و":
            return norm[0], norm[1:]
        return "", norm

    def proclitic_len(self, norm: str) -> int:
        """How many normalised letters of a word opening a name are a proclitic, left out of the
        name: those before ال in an article chain (وبالقاهره → وب; للقاهره → ل), or the one `split` finds."""
        pre, _ = self.split(norm)
        return len(pre) - 2 if pre.endswith("ال") else len(pre) - 1 if pre.endswith("لل") else len(pre)

    def sequence(self, norms: list[str]) -> list[list]:
        """The feature lists of a sentence's tokens (normalised forms): its own features, then what
        the words at -2, -1, +1, +2 show of themselves (or the sentence's edge), then the pair of
        stems around it."""
        words = [self.word(n) for n in norms]
        n = len(words)
        edge = self._edge
        padded = [edge, edge, *words, edge, edge]      # padded[k + 2] is words[k]
        out = [[*own, *m2[1][-2], *m1[1][-1], *p1[1][1], *p2[1][2]]
               for (own, _, _), m2, m1, p1, p2 in zip(words, padded, padded[1:], padded[3:], padded[4:])]
        weighted, encode = self.weighted, self._encode
        for k in range(1, n - 1):
            pair = "b=" + words[k - 1][2] + "|" + words[k + 1][2]
            if weighted is None or pair in weighted:
                out[k].append(encode(pair))
        k = 0
        while k < n:              # a whole lexicon name over these tokens (not its first word alone)
            hit = self._lexicon_name(norms, k, words[k][2][2:])
            if hit is None:
                k += 1
                continue
            length, typ = hit
            for x in range(k, min(n, k + length)):
                f = ("kn=B-" if x == k else "kn=I-") + typ
                if weighted is None or f in weighted:
                    out[x].append(encode(f))
            k += length
        return out

    def _lexicon_name(self, norms: list[str], k: int, stem: str) -> tuple[int, str] | None:
        """(words, type) of the longest lexicon name (actor, outlet, country, region) starting at
        token k, its first word read bare, without proclitics (`stem`, as `word` split it) or with
        the article restored."""
        names = self.lex.names
        for form in (norms[k], stem, "ال" + stem):
            if form in names.by_first:
                hit = names.match(form, norms[k + 1:k + 8])
                if hit is not None:
                    return hit[0], hit[1].type
        return None


@lru_cache(maxsize=1)
def features() -> Features:
    """The training features (every attribute); the tagger's leave out what its model lacks."""
    return Features(lexicon(), gazetteer())
