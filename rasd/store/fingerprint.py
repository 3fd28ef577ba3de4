"""Exact and near-duplicate fingerprints of an article's text.

The exact fingerprint hashes the normalised words, so the same story saved with other spacing,
diacritics or hamza spelling is the same record. Near duplicates (one agency story republished
by several sites with a changed intro or footer) are found with MinHash over word 3-shingles
(datasketch) and banded locality-sensitive hashing kept in the store's `minhash_bands` table,
so the search is an indexed lookup, not a scan.
"""
from __future__ import annotations

import hashlib

import numpy as np
from datasketch import MinHash

from rasd.stories.terms import words

NUM_PERM = 128
BANDS, ROWS = 16, 8            # LSH: pairs above Jaccard ≈ (1/16)^(1/8) ≈ 0.71 usually share a band
NEAR_DUPLICATE = 0.8           # estimated Jaccard of 3-shingles from which two texts are one story republished
SHINGLE = 3


def exact_fingerprint(text: str) -> str:
    return hashlib.sha1(" ".join(words(text)).encode("utf-8")).hexdigest()


def minhash(text: str) -> MinHash:
    ws = words(text)
    shingles = {" ".join(ws[i:i + SHINGLE]) for i in range(max(1, len(ws) - SHINGLE + 1))}
    m = MinHash(num_perm=NUM_PERM)
    m.update_batch([s.encode("utf-8") for s in shingles])
    return m


def band_hashes(m: MinHash) -> list[str]:
    hv = m.hashvalues
    return [hashlib.blake2b(hv[b * ROWS:(b + 1) * ROWS].tobytes(), digest_size=8).hexdigest() for b in range(BANDS)]


def signature_bytes(m: MinHash) -> bytes:
    return m.hashvalues.astype(np.uint64).tobytes()


def jaccard(m: MinHash, signature: bytes) -> float:
    other = np.frombuffer(signature, dtype=np.uint64)
    return float(np.count_nonzero(m.hashvalues == other)) / NUM_PERM
