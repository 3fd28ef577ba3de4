"""The texts every benchmark runs over: the seed fixture plus the dev cases of ../shared/eval/dev
when that folder is there (or the folders given with --cases)."""
from __future__ import annotations

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "tests" / "fixtures" / "seed.txt"
DEV = ROOT.parent / "shared" / "eval" / "dev"


def case_paths(folders: list[Path] | None = None) -> list[Path]:
    folders = folders or [p for p in [DEV] if p.is_dir()]
    return [SEED] + [p for d in folders for p in sorted(Path(d).glob("*.txt"))]


def cases(folders: list[Path] | None = None) -> list[tuple[Path, str | None]]:
    """(text path, publication date from the case's gold JSON beside it, if any)."""
    out = []
    for p in case_paths(folders):
        meta = p.with_suffix(".json")
        published = json.loads(meta.read_text(encoding="utf-8")).get("published") if meta.exists() else None
        out.append((p, published))
    return out
