"""The semantic signal: does the Korean cue mean what the English says?

Plain cosine similarity of cue embeddings ranks errors poorly: short fragments
score low although correct, and a Korean cue whose meaning was pushed into the
next cue (Korean puts the verb and negation last) looks like an omission. So
each cue is scored on several views and normalised against its own lecture:

* `direct`  — the cue against its aligned source.
* `context` — the best of the cue against its source joined with the previous
  or the next source cue: a boundary shift scores well here, a real omission
  does not.
* `unit`    — the sentence the cue belongs to (cues joined until the English
  sentence ends) against the Korean of the same cues, so mid-sentence
  fragments are judged as a reader perceives them.
* `margin`  — how far `context` stands above the cue's similarity to the other
  (non-neighbouring) source cues of the lecture and the source's similarity to
  the other target cues: the margin criterion of LASER-style bitext mining, which
  makes short and long cues comparable and adapts to the encoder's scale.

* `shortfall` — how much shorter the Korean is than this lecture's usual
  Korean/English length ratio, at the cue and at its sentence (the smaller of
  the two, so a short cue whose words sit in the neighbouring cue is not
  mistaken for a truncation).

`semantic_risk` maps these (with cue length) through a logistic model fitted on
deterministic corruptions of the jhe-dev corpus (benchmarks/calibrate_semantic.py
prints and reproduces the coefficients).
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from qa.model import AlignedPair

SENTENCE_END = re.compile(r"[.?!…:;]['\")\]]*$")
KNN = 4  # neighbours averaged for the margin

# Logistic model over the features below; fitted by benchmarks/calibrate_semantic.py.
CALIBRATION = {
    "intercept": 2.158,
    "context": -9.496,
    "margin": 2.357,  # positive only because margin and context move together; both needed
    "unit": -1.562,
    "log_chars": 0.446,
    "shortfall": 3.272,
}
FEATURES = ("context", "margin", "unit", "log_chars", "shortfall")


@dataclass(frozen=True)
class SemanticScore:
    direct: float
    context: float
    unit: float
    margin: float
    shortfall: float
    log_chars: float
    risk: float  # in [0, 1]
    view: str  # which view gave `context`: "cue", "with previous", "with next"


def sentence_units(pairs: Sequence[AlignedPair]) -> list[list[int]]:
    """Runs of pair indices that together hold whole English sentences."""
    units: list[list[int]] = []
    current: list[int] = []
    for i, pair in enumerate(pairs):
        current.append(i)
        src = pair.source_text.strip()
        if not src or SENTENCE_END.search(src) or len(current) >= 4:
            units.append(current)
            current = []
    if current:
        units.append(current)
    return units


def _log_length_ratio(source: str, target: str) -> float:
    return math.log((len(target.replace(" ", "")) + 1) / (len(source.replace(" ", "")) + 1))


def _shortfalls(ratios: list[float], present: list[bool]) -> list[float]:
    """How far below the lecture's median length ratio each entry is (0 when not below)."""
    usable = [r for r, ok in zip(ratios, present) if ok]
    median = float(np.median(usable)) if usable else 0.0
    return [max(0.0, median - r) if ok else 0.0 for r, ok in zip(ratios, present)]


def semantic_risk(features: dict, calibration: dict) -> float:
    z = calibration["intercept"] + sum(calibration[name] * features[name] for name in FEATURES)
    return 1.0 / (1.0 + math.exp(-z))


def _rows_cos(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    return np.einsum("ij,ij->i", a, b)


def _knn_mean(sims: np.ndarray, k: int) -> np.ndarray:
    """Mean of the k largest values per row (sims has the excluded cells set to -inf)."""
    k = max(1, min(k, sims.shape[1]))
    top = -np.partition(-sims, k - 1, axis=1)[:, :k]
    top = np.where(np.isfinite(top), top, np.nan)
    means = np.nanmean(top, axis=1) if top.size else np.zeros(sims.shape[0])
    return np.nan_to_num(means, nan=0.0)


def semantic_scores(pairs: Sequence[AlignedPair], encoder,
                    calibration: dict | None = None) -> list[SemanticScore]:
    """Score every pair of one lecture; embeds all views in one batch."""
    cal = calibration or CALIBRATION
    n = len(pairs)
    if n == 0:
        return []
    src = [p.source_text for p in pairs]
    tgt = [p.target.text for p in pairs]
    prev_src = [(src[i - 1] + " " + src[i]).strip() if i else src[i] for i in range(n)]
    next_src = [(src[i] + " " + src[i + 1]).strip() if i + 1 < n else src[i] for i in range(n)]
    units = sentence_units(pairs)
    unit_of = {i: u for u, members in enumerate(units) for i in members}
    unit_src = [" ".join(src[i] for i in members) for members in units]
    unit_tgt = [" ".join(tgt[i] for i in members) for members in units]

    texts = src + tgt + prev_src + next_src + unit_src + unit_tgt
    vectors = encoder.encode(texts)
    e_src, e_tgt, e_prev, e_next = (vectors[k * n:(k + 1) * n] for k in range(4))
    e_usrc = vectors[4 * n:4 * n + len(units)]
    e_utgt = vectors[4 * n + len(units):]

    direct = _rows_cos(e_src, e_tgt)
    with_prev = _rows_cos(e_prev, e_tgt)
    with_next = _rows_cos(e_next, e_tgt)
    views = np.stack([direct, with_prev, with_next])
    best_view = views.argmax(axis=0)
    context = views.max(axis=0)
    unit_sims = _rows_cos(e_usrc, e_utgt)

    # Margin against non-neighbouring cues of the same lecture (both directions).
    sims = e_tgt @ e_src.T
    idx = np.arange(n)
    near = np.abs(idx[:, None] - idx[None, :]) <= 1
    masked = np.where(near, -np.inf, sims)
    knn_t = _knn_mean(masked, KNN) if n > 3 else np.zeros(n)
    knn_s = _knn_mean(masked.T, KNN) if n > 3 else np.zeros(n)
    margin = context - 0.5 * (knn_t + knn_s)

    present = [bool(src[i].strip() and tgt[i].strip()) for i in range(n)]
    cue_short = _shortfalls([_log_length_ratio(src[i], tgt[i]) for i in range(n)], present)
    unit_short = _shortfalls([_log_length_ratio(unit_src[u], unit_tgt[u]) for u in range(len(units))],
                             [bool(unit_src[u].strip() and unit_tgt[u].strip())
                              for u in range(len(units))])

    scores = []
    for i in range(n):
        features = {
            "context": float(context[i]), "margin": float(margin[i]),
            "unit": float(unit_sims[unit_of[i]]), "log_chars": math.log1p(len(src[i])),
            "shortfall": min(cue_short[i], unit_short[unit_of[i]]),
        }
        # Nothing to compare when a side is empty: the target-language check speaks for these.
        risk = semantic_risk(features, cal) if present[i] else 0.0
        scores.append(SemanticScore(
            direct=float(direct[i]), context=features["context"], unit=features["unit"],
            margin=features["margin"], shortfall=features["shortfall"],
            log_chars=features["log_chars"], risk=risk,
            view=("cue", "with previous", "with next")[int(best_view[i])]))
    return scores
