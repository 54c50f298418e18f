"""Fit the semantic risk model (qa.semantic.CALIBRATION) on jhe-dev corruptions.

    python benchmarks/calibrate_semantic.py [--data ../shared/data/jhe-dev]

Builds the same deterministic lectures as jhe_corruptions.py, with split cues and
with one cue per sentence, computes the semantic features of every cue, and
fits a logistic regression (Newton's
method, a little L2) of "meaning corrupted" (wrong sentence, truncation,
swapped term, added words) against correct cues. Number and negation corruptions are left
out: the rule checks, not the embedding, are meant to catch those. Prints the
coefficients to paste into qa/semantic.py and the AUROC they reach.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from jhe_corruptions import build_lectures  # noqa: E402

SEMANTIC_KINDS = {"wrong_sentence", "truncation", "swapped_term", "addition"}


def fit_logistic(x: np.ndarray, y: np.ndarray, l2: float = 1e-2, steps: int = 50) -> np.ndarray:
    x1 = np.hstack([np.ones((len(x), 1)), x])
    w = np.zeros(x1.shape[1])
    for _ in range(steps):
        p = 1 / (1 + np.exp(-x1 @ w))
        grad = x1.T @ (p - y) + l2 * np.r_[0, w[1:]]
        hess = (x1 * (p * (1 - p))[:, None]).T @ x1 + l2 * np.diag(np.r_[0, np.ones(len(w) - 1)])
        w -= np.linalg.solve(hess, grad)
    return w


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=str(ROOT.parent / "shared" / "data" / "jhe-dev"))
    parser.add_argument("--model", default=None)
    args = parser.parse_args()

    from qa.align import align_cues
    from qa.encoders import load_encoder
    from qa.evaluate import auroc
    from qa.korean import KoreanAnalyzer
    from qa.model import Cue
    from qa.scan import default_cache_dir
    from qa.semantic import FEATURES, cue_nouns, semantic_scores

    data = Path(args.data)
    en = (data / "jhe-dev.en").read_text(encoding="utf-8").splitlines()
    ko = (data / "jhe-dev.ko").read_text(encoding="utf-8").splitlines()
    # Both shapes a lecture takes: a third of the sentences split over two cues, and one
    # cue per sentence (the same pairs, corrupted differently).
    lectures = build_lectures(en, ko) + build_lectures(en, ko, split_share=0.0)
    encoder = load_encoder(args.model, default_cache_dir())
    korean = KoreanAnalyzer()
    rows, labels = [], []
    for lecture in lectures:
        def cues(texts):
            return [Cue(i + 1, 4000 * i, 4000 * i + 3500, t, t, (t,)) for i, t in enumerate(texts)]
        pairs = align_cues(cues(lecture.en), cues(lecture.ko))
        for i, score in enumerate(semantic_scores(pairs, encoder, cue_nouns(pairs, korean))):
            kind = lecture.labels.get(i + 1)
            if kind and kind not in SEMANTIC_KINDS:
                continue
            rows.append([getattr(score, name) for name in FEATURES])
            labels.append(1.0 if kind else 0.0)
    x, y = np.array(rows), np.array(labels)
    w = fit_logistic(x, y)
    risk = 1 / (1 + np.exp(-(w[0] + x @ w[1:])))
    print(f"command: python benchmarks/calibrate_semantic.py  (model {encoder.name}, "
          f"{len(y)} cues, {int(y.sum())} corrupted)")
    print("CALIBRATION = {")
    print(f'    "intercept": {w[0]:.3f},')
    for name, value in zip(FEATURES, w[1:]):
        print(f'    "{name}": {value:.3f},')
    print("}")
    print(f"AUROC of the fitted semantic risk: {auroc(list(risk), list(y > 0)):.3f}")
    for name, col in zip(FEATURES, x.T):
        print(f"  AUROC of -{name} alone: {auroc(list(-col), list(y > 0)):.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
