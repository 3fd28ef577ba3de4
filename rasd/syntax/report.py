"""The report frame: who reports (the reporter) and what is reported (the content).

«أعلن الدفاع المدني أن 11 مدنياً قتلوا»، «أفاد المرصد بمقتل 20 مدنياً»: a reporting verb, the
words naming its reporter, then a complementiser (أن، إن، بأن) or a toll noun (مقتل، سقوط، ارتفاع)
that opens the content, which runs to the end of the sentence. The reporter stands outside the
events it reports: it is neither their doer nor their victim, unless the content opens with a
pronoun or forces of its own (أنه قصف، أن قواته انسحبت), which the reader of the frame checks.
"""
from __future__ import annotations

from dataclasses import dataclass

from rasd.events.lexicon import Word, keys
from rasd.syntax.clauses import PUNCTUATION
from rasd.syntax.lexicon import syntax_words


@dataclass(frozen=True, slots=True)
class Frame:
    verb: int                  # the reporting verb's word
    reporter: tuple[int, int]  # the reporter's words [lo, hi); empty when the verb carries it (وقالت إن)
    content: tuple[int, int]   # the reported words [lo, hi)
    opener: str                # "comp" or "toll"

    def holds(self, i: int) -> bool:
        return self.content[0] <= i < self.content[1]

    def reports(self, i: int) -> bool:
        return self.reporter[0] <= i < self.reporter[1]


def _reporting(w: Word) -> bool:
    n = w.norm[1:] if w.norm[:1] in ("و", "ف") and len(w.norm) > 3 else w.norm
    return n in syntax_words().reporting or w.norm in syntax_words().reporting


def _opener(w: Word) -> str:
    sw = syntax_words()
    if w.norm in sw.comp:
        return "comp"
    return "toll" if not sw.toll.isdisjoint(keys(w.norm, "N")) else ""


def frames(words: list[Word], lo: int, hi: int, text: str) -> list[Frame]:
    """The report frames of the sentence whose words are [lo, hi), in order."""
    reach = syntax_words().reach
    out = []
    for i in range(lo, hi):
        if not _reporting(words[i]):
            continue
        for j in range(i + 1, min(hi, i + 2 + reach)):
            if any(ch in PUNCTUATION for ch in text[words[j - 1].end:words[j].start]):
                break               # قال: «…» or a comma: no indirect content here
            if _reporting(words[j]):
                break
            kind = _opener(words[j])
            if kind == "toll" and j == i + 1:
                continue            # أعلن عدد من النواب: the noun is the reporter, not a toll
            if kind:
                rep_hi = j - 1 if words[j - 1].norm == "عن" else j      # أعلن عن مقتل
                out.append(Frame(i, (i + 1, rep_hi), (j, hi), kind))
                break
    return out


def frames_over(all_frames: list[Frame], i: int) -> list[Frame]:
    """The frames whose content holds word i, outermost first."""
    return [f for f in all_frames if f.holds(i)]
