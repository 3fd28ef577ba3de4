"""The role marker before a mention (rasd/data/events/arguments.tsv): a proclitic on the name, a
preposition or phrase before it, the place noun it skips, or the affiliation word of a patron."""
from __future__ import annotations

from rasd.events.lexicon import Word, argument_markers, readings
from rasd.text import normalize


def _marker(words: list[Word], first: int, start: int, text: str, own_waw: bool = False) -> tuple[str | None, str, bool]:
    """The role marker before a mention, or "sponsor" for a patron (التابعة لإيران، المدعومة من تركيا).
    `own_waw`: the name itself opens with و (وزارة، وكالة، ولاية), which is then no conjunction."""
    role, marker, place_noun = _plain_marker(words, first, start, text, own_waw)
    if role == "partner" and marker.startswith("بين") and _after_route(words, first):
        return "place", marker, True          # الطريق بين عدن ولحج: the two ends of the road
    if role in ("target", "place") and marker in ("ل", "من") and words:
        k = first - 1 if marker == "ل" else first - 2
        if k >= 0 and words[k].norm in argument_markers().affiliation:
            return "sponsor", marker, place_noun
    return role, marker, place_noun


def _after_route(words: list[Word], first: int) -> bool:
    """The بين before the name at `first` follows a road, line or border noun."""
    routes = argument_markers().routes
    k = next((j for j in range(first - 1, max(-1, first - 5), -1) if words[j].norm == "بين"), None)
    return k is not None and k >= 1 and (words[k - 1].norm in routes
                                         or any(r.key in routes for r in readings(words[k - 1].norm)))


def _plain_marker(words: list[Word], first: int, start: int, text: str, own_waw: bool = False) -> tuple[str | None, str, bool]:
    """The role marker before a mention: a proclitic on its first word or the words before it."""
    markers = argument_markers()
    phrases, clitics, skip, place_nouns = markers.phrases, markers.clitics, markers.skip, markers.place_nouns
    w = words[first] if words else None
    if w is not None and w.start < start:                      # لفيلق، بمدينة: clitic written on the name
        pre = normalize(text[w.start:start])
        if pre.endswith("ال"):
            pre = pre[:-2]
        for ch in reversed(pre):
            if ch in clitics:
                return clitics[ch], ch, False
            if ch == "و":
                return "coord", ch, False
    elif w is not None and not own_waw:
        pre = next((r.prefix for r in readings(w.norm) if r.prefix and r.prefix[0] == "و"), "")
        if w.norm.startswith("و") and pre:
            return "coord", "و", False
    k = first - 1
    place_noun = False
    while k >= 0 and k >= first - 3:
        wk = words[k]
        if wk.norm in markers.resumptive:
            break               # توسطت فيه قطر: فيه governs its pronoun, not the name
        if any(r.key in skip for r in readings(wk.norm)):
            place_noun = place_noun or any(r.key in place_nouns for r in readings(wk.norm))
            for r in readings(wk.norm):                         # بمدينة: the clitic on the place noun
                if r.key in skip and r.prefix:
                    p = r.prefix[:-2] if r.prefix.endswith("ال") else r.prefix
                    for ch in reversed(p):
                        if ch in clitics:
                            return clitics[ch], ch, True
                    break
            k -= 1
            continue
        for j in range(max(0, k - 2), k + 1):
            for n, form, role in phrases.match(words, j):
                if j + n - 1 == k:
                    return role, " ".join(form), place_noun
        break
    return None, "", place_noun
