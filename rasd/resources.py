"""Loading the language data under rasd/data/ (lexicons and patterns kept as files).

Every data file is UTF-8 text; lines starting with '#' are comments (each file opens with a
header saying what it holds and where it comes from); TSV fields are tab-separated.
Files are read once and cached.
"""
from __future__ import annotations

from functools import lru_cache
from importlib import resources
from pathlib import Path

DATA = Path(str(resources.files("rasd") / "data"))


def data_path(name: str) -> Path:
    return DATA / name


@lru_cache(maxsize=None)
def load_rows(name: str) -> tuple[tuple[str, ...], ...]:
    """Rows of a TSV data file, comments and blank lines skipped, fields stripped."""
    rows = []
    for line in data_path(name).read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        rows.append(tuple(f.strip() for f in line.split("\t")))
    return tuple(rows)


@lru_cache(maxsize=None)
def load_list(name: str) -> tuple[str, ...]:
    """The first field of each row of a data file."""
    return tuple(r[0] for r in load_rows(name) if r and r[0])


@lru_cache(maxsize=None)
def load_gz_words(name: str) -> frozenset[str]:
    """The words of a gzip-compressed data file, one a line (a model's companion lists); empty when
    the file is missing (rasd then runs without what the list adds)."""
    import gzip

    path = data_path(name)
    if not path.exists():
        return frozenset()
    with gzip.open(path, "rt", encoding="utf-8") as f:
        return frozenset(w for w in f.read().split("\n") if w)
