"""Near-duplicates: MinHash signatures of character shingles, banded into LSH buckets.

The same story republished by another outlet (新浪财经 copying 第一财经 with a new title, a changed
sentence and its own 责任编辑 line) has a different article id but shares most of its character
5-grams.  A MinHash signature estimates the Jaccard similarity of two shingle sets; cutting the
signature into ``BANDS`` bands of ``ROWS`` values and storing one bucket key per band lets the
database find the candidates sharing any band with one indexed lookup per band, so a new article
is compared with a handful of candidates, never with the whole corpus.

With 32 bands of 4 rows, a pair with Jaccard 0.5 becomes a candidate with probability 0.87, at
0.6 with 0.99, at 0.2 with 0.05; candidates are then checked against the configurable threshold
on the estimated similarity.  The parameters are fixed (stored in ``store_settings``) so that a
corpus keeps comparable buckets when the threshold changes.

Own numpy code instead of datasketch: the same estimator, vectorised over all permutations, no
SciPy dependency, and the bucket keys are plain 64-bit integers that both databases index well.
"""

from __future__ import annotations

import re
import unicodedata

import numpy as np

from aiwatch.store.defaults import DEFAULT_THRESHOLD as DEFAULT_THRESHOLD

NUM_PERM = 128
BANDS = 32
ROWS = NUM_PERM // BANDS
SHINGLE = 5
SEED = 20_240_611

# Spacing, punctuation and symbols do not make a story different: 「人工智能，」 vs 「人工智能 、」.
_NOT_WORD = re.compile(r"[\W_]+")
_MASK32 = np.uint64(0xFFFFFFFF)
_PRIME_STEP = np.uint64(1_000_003)
_CHUNK = 4096  # shingles per block, so a long document does not build a huge matrix

_rng = np.random.default_rng(SEED)
_A = _rng.integers(1, 2**63, NUM_PERM, dtype=np.uint64) * np.uint64(2) + np.uint64(1)
_B = _rng.integers(0, 2**63, NUM_PERM, dtype=np.uint64)
_BAND_MIX = _rng.integers(1, 2**63, ROWS, dtype=np.uint64) * np.uint64(2) + np.uint64(1)
_BAND_SALT = _rng.integers(1, 2**63, BANDS, dtype=np.uint64)


def normalise_text(text: str) -> str:
    return _NOT_WORD.sub("", unicodedata.normalize("NFKC", text)).lower()


def _mix(values: np.ndarray) -> np.ndarray:
    """A 64-bit finaliser (splitmix64), so that nearby shingle codes land far apart."""
    with np.errstate(over="ignore"):
        values = values ^ (values >> np.uint64(30))
        values = values * np.uint64(0xBF58476D1CE4E5B9)
        values = values ^ (values >> np.uint64(27))
        values = values * np.uint64(0x94D049BB133111EB)
        return values ^ (values >> np.uint64(31))


def _shingle_codes(text: str, size: int) -> np.ndarray:
    """64-bit hashes of the character ``size``-grams of the normalised text, repeats included."""
    norm = normalise_text(text)
    if not norm:
        return np.empty(0, dtype=np.uint64)
    codes = np.frombuffer(norm.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    width = min(size, len(codes))
    count = len(codes) - width + 1
    hashes = np.zeros(count, dtype=np.uint64)
    with np.errstate(over="ignore"):
        for offset in range(width):
            hashes = hashes * _PRIME_STEP + codes[offset : offset + count]
    return _mix(hashes)


def shingle_hashes(text: str, size: int = SHINGLE) -> np.ndarray:
    """Distinct 64-bit hashes of the character ``size``-grams of the normalised text."""
    return np.unique(_shingle_codes(text, size))


def signature(text: str) -> np.ndarray:
    """The MinHash signature: for each of ``NUM_PERM`` hash functions, the least shingle value.

    The value of a shingle ``x`` under function ``i`` is the top 32 bits of ``a_i * x + b_i``
    (mod 2**64).  Taking the top bits keeps the order, so the least value is the top 32 bits of
    the least 64-bit sum: one shift per function instead of one per shingle, and repeated
    shingles need no removing (they cannot change a minimum).  Same values as computing every
    shingle's 32-bit value (tests/test_dedup.py), in two thirds of the time.
    """
    hashes = _shingle_codes(text, SHINGLE)
    least = np.full(NUM_PERM, np.uint64(0xFFFFFFFFFFFFFFFF), dtype=np.uint64)
    with np.errstate(over="ignore"):
        for start in range(0, len(hashes), _CHUNK):
            values = np.multiply(_A[:, None], hashes[None, start : start + _CHUNK])
            values += _B[:, None]
            np.minimum(least, values.min(axis=1), out=least)
    return (least >> np.uint64(32)).astype(np.uint32)


def similarity(first: np.ndarray, second: np.ndarray) -> float:
    """Estimated Jaccard similarity of the two shingle sets."""
    return float(np.count_nonzero(first == second)) / NUM_PERM


def band_keys(sig: np.ndarray) -> list[int]:
    """One signed 64-bit bucket key per band (signed, so that BIGINT columns accept it)."""
    rows = sig.astype(np.uint64).reshape(BANDS, ROWS)
    with np.errstate(over="ignore"):
        keys = _mix((rows * _BAND_MIX[None, :]).sum(axis=1, dtype=np.uint64) ^ _BAND_SALT)
    return keys.view(np.int64).tolist()


def to_bytes(sig: np.ndarray) -> bytes:
    return sig.astype("<u4").tobytes()


def from_bytes(data: bytes) -> np.ndarray:
    return np.frombuffer(data, dtype="<u4").astype(np.uint32)


def settings() -> dict[str, str]:
    """The parameters a corpus was built with; a store refuses to mix parameters."""
    return {
        "minhash.num_perm": str(NUM_PERM),
        "minhash.bands": str(BANDS),
        "minhash.shingle": str(SHINGLE),
        "minhash.seed": str(SEED),
    }
