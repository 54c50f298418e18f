import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

# Models are never fetched from a hub here: fail fast instead of hanging on the network.
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")


@pytest.fixture(scope="session")
def encoder():
    """The embedded default encoder, loaded once for the whole run (no disk cache)."""
    from qa.encoders import load_encoder

    return load_encoder(None, cache_dir=None)


@pytest.fixture(scope="session")
def sample_paths():
    return ROOT / "data" / "sample.en.vtt", ROOT / "data" / "sample.ko.vtt"
