"""Reading numbers written in digits or words (تسعة، خمسة وعشرين، الحادي عشر، الرابعة)."""
from __future__ import annotations

from rasd.times.lexicon import alternation, lexicon


def cardinal_pattern() -> str:
    """A cardinal in words: a unit and a ten (خمسة وعشرين), a teen, a unit, a ten or a hundred."""
    L = lexicon()
    unit, teen = alternation(L.number_forms("unit")), alternation(L.number_forms("teen"))
    ten, hundred = alternation(L.number_forms("ten")), alternation(L.number_forms("hundred"))
    return f"(?:{unit}\\s+و\\s*{ten}|{teen}|{unit}|{ten}|{hundred})"


def ordinal_pattern() -> str:
    """An ordinal in words: الرابع، الحادي والعشرين، الثانية عشرة."""
    L = lexicon()
    ordinal, teen = alternation(L.number_forms("ordinal")), alternation(L.number_forms("ordinal_teen"))
    ten = alternation(L.number_forms("ordinal_ten"))
    return f"(?:{ordinal}\\s+و\\s*{ten}|{teen}|{ordinal}|{ten})"


def read_number(text: str) -> int | None:
    """The value of a normalised number: digits, or number words summed (خمسة وعشرين = 25)."""
    text = text.strip()
    if text.isdigit():
        return int(text)
    numbers = lexicon().numbers
    words = text.split()
    total, i, found = 0, 0, False
    while i < len(words):
        word = words[i]
        if word.startswith("و") and word not in numbers and word[1:] in numbers:
            word = word[1:]
        elif word == "و":
            i += 1
            continue
        pair = f"{word} {words[i + 1]}" if i + 1 < len(words) else None
        if pair and pair in numbers:
            total += numbers[pair][0]
            i += 2
        elif word in numbers:
            total += numbers[word][0]
            i += 1
        else:
            return None
        found = True
    return total if found else None
