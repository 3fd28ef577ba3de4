"""Bytes to text: byte-order marks, UTF-8, then detection with charset-normalizer.

Arabic sites still serve Windows-1256 and ISO-8859-6; detection among all code pages sometimes
prefers a Cyrillic or Greek page for short Arabic texts, so when the first guess yields little
Arabic the Arabic code pages are tried explicitly. The encoding used goes into the warnings
whenever it was not plain UTF-8.
"""
from __future__ import annotations

import codecs

import regex
from charset_normalizer import from_bytes

MAX_BYTES = 20 * 1024 * 1024          # a news page is far smaller; larger inputs are refused
_ARABIC = regex.compile(r"\p{Arabic}")
_LETTER = regex.compile(r"\p{L}")
_ARABIC_PAGES = ["cp1256", "iso8859_6", "cp720", "cp864", "mac_arabic"]


class ReadError(ValueError):
    """Input that cannot be read as an article (empty, binary, too large, not Arabic…)."""


def arabic_share(text: str) -> float:
    letters = len(_LETTER.findall(text[:20000]))
    return len(_ARABIC.findall(text[:20000])) / letters if letters else 0.0


def decode(data: bytes, warnings: list[str]) -> str:
    if not data or not data.strip():
        raise ReadError("empty input")
    if len(data) > MAX_BYTES:
        raise ReadError(f"input of {len(data):,} bytes is over the {MAX_BYTES:,}-byte limit")
    for bom, enc in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
                     (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            text = data.decode(enc, errors="replace")
            if enc != "utf-8-sig":
                warnings.append(f"decoded as {enc} (byte-order mark)")
            return _check_text(text)
    if b"\x00" not in data:
        try:
            return _check_text(data.decode("utf-8"))
        except UnicodeDecodeError:
            pass
    best = from_bytes(data).best()
    if best is not None and best.encoding.startswith("utf_16") or best is not None and arabic_share(str(best)) >= 0.3:
        warnings.append(f"decoded as {best.encoding} (detected by charset-normalizer)")
        return _check_text(str(best))
    arabic = from_bytes(data, cp_isolation=_ARABIC_PAGES).best()
    if arabic is not None and arabic_share(str(arabic)) >= 0.3:
        warnings.append(f"decoded as {arabic.encoding} (detected by charset-normalizer among Arabic code pages)")
        return _check_text(str(arabic))
    if best is None:
        raise ReadError("binary data: no text encoding fits")
    warnings.append(f"decoded as {best.encoding} (detected by charset-normalizer)")
    return _check_text(str(best))


def _check_text(text: str) -> str:
    sample = text[:4000]
    controls = sum(1 for c in sample if ord(c) < 32 and c not in "\n\r\t\f")
    if "\x00" in sample or controls > max(8, len(sample) // 50):
        raise ReadError("binary data: control characters in the text")
    return text
