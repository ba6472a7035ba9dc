"""Exact and near duplicates within one language: a content key, and MinHash over shingles.

Exact: the same text once case, punctuation and spacing are set aside (``exact_key``).
Near: a republished wire story with another headline, a dropped paragraph or a changed
sentence. Its MinHash (datasketch) over character shingles is filed under the band keys of
``MinHashLSH``; two articles that share a band are candidates, and the MinHash estimate of their
Jaccard similarity decides (``NEAR``). Character shingles need no word splitting, so Chinese or
Thai text works as Russian does.

The band keys are strings so that an index can keep them anywhere: in memory (cluster.MemoryIndex)
or in the store's postings (link/store.py); both then find the same candidates as
``MinHashLSH.query`` would (tests/link/test_duplicates.py checks it).
"""

from __future__ import annotations

import functools
import hashlib
import re
from collections.abc import Sequence
from functools import cache
from typing import Any

import numpy as np
from datasketch import MinHash, MinHashLSH

SHINGLE = 5                  # characters: about a word in English, two or three in Chinese
NUM_PERM = 128
SEED = 1
SCHEME = "affine32"          # datasketch's default since 2.0, named so that stored sketches stay readable
_STORED = np.dtype("<u4")    # a stored sketch: its 32-bit hash values, little-endian
MIN_CHARS = 80               # a text shorter than this (once canonical) is nobody's copy: "22" is not
NEAR = 0.5                   # estimated Jaccard of shingle sets at or above which two texts are near copies


# A run of characters that are not letters or digits (``\W`` is ``not str.isalnum()``, plus ``_``).
_NOT_ALNUM = re.compile(r"[\W_]+")


@functools.lru_cache(maxsize=4)
def canonical(text: str) -> str:
    """The text with case, punctuation and spacing set aside: what two copies of it share: each run
    of characters that are not letters or digits is one space. (Cached for the last few texts: an
    article's exact key, sketch and shingles all start from it.)"""
    return _NOT_ALNUM.sub(" ", text.casefold()).strip()


def exact_key(text: str, language: str | None) -> str | None:
    """The key every copy of this text shares; None for a text too short to tell."""
    t = canonical(text)
    if len(t) < MIN_CHARS:
        return None
    digest = hashlib.sha256(t.encode("utf-8")).hexdigest()[:32]
    return f"dup:{language or 'und'}:{digest}"


def shingles(text: str, n: int = SHINGLE) -> set[bytes]:
    t = canonical(text)
    if len(t) <= n:
        return {t.encode("utf-8")} if t else set()
    return {t[i:i + n].encode("utf-8") for i in range(len(t) - n + 1)}


def sketch(text: str) -> MinHash | None:
    """The MinHash of the text's shingles; None for a text too short to tell.

    The values ``MinHash(...).update_batch(list(shingles(text)))`` gives with datasketch's default hash,
    made here in a few array operations: datasketch calls a Python function a shingle (sha1_hash32),
    most of the sketch's time. tests/link/test_duplicates.py checks that the values are datasketch's."""
    t = canonical(text)
    if len(t) < MIN_CHARS:
        return None
    permutations = _permutations()
    a, b = permutations   # two rows of NUM_PERM uint32
    hashed = _fmix32(_sha1_32(_shingles_of(t)))
    # datasketch's affine32 scheme: each permutation a*h + b modulo 2**32 (uint32 arithmetic wraps), and
    # the minimum over the shingles (in any order) of each
    values = (hashed[:, np.newaxis] * a + b).min(axis=0)
    return MinHash(num_perm=NUM_PERM, seed=SEED, hashvalues=values, scheme=SCHEME, permutations=permutations)


def _shingles_of(t: str, n: int = SHINGLE) -> set[bytes]:
    """``shingles`` of a canonical text. ASCII text (most of it, in English) is encoded once and cut as
    bytes: there a character is a byte, so the pieces are the encoded shingles."""
    if len(t) <= n:
        return {t.encode("utf-8")}
    if t.isascii():
        data = t.encode("ascii")
        return {data[i:i + n] for i in range(len(data) - n + 1)}
    return {t[i:i + n].encode("utf-8") for i in range(len(t) - n + 1)}


def _sha1_32(pieces: set[bytes]) -> Any:
    """datasketch's sha1_hash32 of each piece (the first four bytes of its SHA-1, little-endian), as
    an array of uint32: the digests cut in one pass, read as numbers at once."""
    sha1 = hashlib.sha1
    digests = b"".join([sha1(piece).digest()[:4] for piece in pieces])
    return np.frombuffer(digests, dtype="<u4").astype(np.uint32)


# MurmurHash3's 32-bit finaliser (fmix32), which datasketch's affine schemes apply to each hash first.
_FMIX32 = (np.uint32(16), np.uint32(0x85EBCA6B), np.uint32(13), np.uint32(0xC2B2AE35), np.uint32(16))


def _fmix32(h: Any) -> Any:
    s1, m1, s2, m2, s3 = _FMIX32
    h = h ^ (h >> s1)
    h = h * m1
    h = h ^ (h >> s2)
    h = h * m2
    return h ^ (h >> s3)


def sketch_bytes(mh: MinHash) -> bytes:
    """A sketch as bytes, to keep."""
    return bytes(mh.hashvalues.astype(_STORED).tobytes())


def sketch_from(stored: bytes) -> MinHash:
    """A kept sketch back as a MinHash."""
    values = np.frombuffer(stored, dtype=_STORED).astype(np.uint64)
    return MinHash(num_perm=NUM_PERM, seed=SEED, hashvalues=values, scheme=SCHEME,
                   permutations=_permutations())


@functools.cache
def _permutations() -> Any:
    """The seeded permutations, made once: datasketch draws them anew for every MinHash otherwise
    (its documented remedy is passing them in), which was most of the cost of reading a kept sketch."""
    return MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME).permutations


def similarity(a: MinHash, b: MinHash) -> float:
    return float(a.jaccard(b))


def similarity_to_stored(a: MinHash, stored: bytes) -> float:
    """``similarity(a, sketch_from(stored))`` without making a MinHash of the kept sketch (a
    candidate copy is compared once, and datasketch's constructor checks its arguments at length):
    the share of equal values, as ``MinHash.jaccard`` counts it."""
    theirs = np.frombuffer(stored, dtype=_STORED)
    if len(theirs) != len(a.hashvalues):
        raise ValueError(f"a kept sketch of {len(theirs)} values, not {len(a.hashvalues)}")
    return float(np.count_nonzero(a.hashvalues == theirs)) / float(len(a.hashvalues))


def similarities_to_stored(a: MinHash, stored: Sequence[bytes]) -> list[float]:
    """``similarity_to_stored(a, kept)`` for each of several kept sketches, compared at once."""
    theirs = np.frombuffer(b"".join(stored), dtype=_STORED)
    if len(theirs) != len(stored) * len(a.hashvalues):
        raise ValueError(f"kept sketches of other lengths than {len(a.hashvalues)} values")
    equal = np.count_nonzero(theirs.reshape(len(stored), len(a.hashvalues)) == a.hashvalues, axis=1)
    return [float(n) / float(len(a.hashvalues)) for n in equal.tolist()]


@cache
def _banding() -> MinHashLSH:
    # Used only for its banding (b bands of r rows chosen for NEAR) and its band hashing; nothing
    # is ever inserted, so the cached object never changes.
    return MinHashLSH(threshold=NEAR, num_perm=NUM_PERM)


def band_keys(mh: MinHash, language: str | None) -> list[str]:
    """The keys MinHashLSH files ``mh`` under, one a band, within one language."""
    prefix = f"lsh:{language or 'und'}:"
    # The band's bytes as MinHashLSH hashes them (its ``_H``: the band's values byte-swapped; here all
    # the values swapped at once and the bytes cut by band), shortened to 64 bits (a collision only
    # adds a candidate, which the Jaccard estimate then turns away).
    swapped = mh.hashvalues.byteswap().tobytes()
    size = mh.hashvalues.itemsize
    blake2b = hashlib.blake2b
    return [f"{prefix}{i}:{blake2b(swapped[start * size:end * size], digest_size=8).hexdigest()}"
            for i, (start, end) in enumerate(_banding().hashranges)]
