"""Pair each target (Korean) cue with the source (English) cues it translates.

Three strategies, tried in order, the first that fits wins:

1. **time** — cues overlap in time. Machine-translated files keep the source
   timings; human-edited ones merge, split and nudge cues by a few hundred ms.
   Each target cue takes every source cue that mostly lies inside it or that it
   mostly lies inside (many-to-many), and every source cue is given to at least
   the target cue it overlaps most, so no English is dropped.
2. **offset** — the same after removing a constant shift (a file re-synced
   against another cut of the video).
3. **embedding** — timings do not match at all: a monotonic dynamic programme
   over sentence embeddings of groups of 1-3 consecutive cues on each side, in
   the style of vecalign/bertalign, restricted to a band around the diagonal.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Sequence

import numpy as np

from qa.model import AlignedPair, Cue

log = logging.getLogger("qa")

# A target cue takes a source cue when at least this share of either lies in the other.
CONTAINMENT = 0.5
# Share of target speaking time that overlaps its sources: above CONFIDENT the timings are
# trusted outright; below MIN they are doubtful even when no encoder can do better.
CONFIDENT_TIME_FIT = 0.8
MIN_TIME_FIT = 0.6
NEAR_PERFECT_FIT = 0.97  # no need to look for a constant shift above this
OFFSET_GAIN = 0.05  # a constant shift must improve the fit by this much to be believed
# Embedding DP: the largest group on either side and the half-width of the search band.
MAX_GROUP = 3
BAND = 40
SKIP_PENALTY = 0.25  # cost of leaving a cue unaligned, in cosine units


def align_cues(source: Sequence[Cue], target: Sequence[Cue], encoder=None) -> list[AlignedPair]:
    """One AlignedPair per target cue, in target order."""
    if not target:
        return []
    if not source:
        return [AlignedPair(t, (), "none") for t in target]
    groups, fit = align_by_time(source, target, offset=0)
    offset, offset_fit = (0, fit) if fit >= NEAR_PERFECT_FIT else estimate_offset(source, target)
    if offset and offset_fit >= fit + OFFSET_GAIN:
        # The whole file is shifted (re-synced against another cut): short cues would
        # otherwise pair with their neighbours even though the overlap looks decent.
        log.info("target timings are shifted by %d ms against the source", offset)
        groups, fit, method = align_by_time(source, target, offset)[0], offset_fit, "offset"
    else:
        method = "time"
    if fit >= CONFIDENT_TIME_FIT:
        return _pairs(source, target, groups, method)
    if encoder is None:
        if fit < MIN_TIME_FIT:
            log.warning("timings of source and target do not match (fit %.2f) and no encoder "
                        "was given; pairing by time overlap anyway", fit)
        return _pairs(source, target, groups, method)
    # Timings are doubtful: a wrong offset can line up by chance. Let the meaning decide
    # between the timing-based pairing and an embedding alignment.
    candidates = {method: groups, "embedding": align_by_embedding(source, target, encoder)}
    quality = {k: mean_similarity(source, target, g, encoder) for k, g in candidates.items()}
    best = max(quality, key=quality.get)
    log.info("timing fit %.2f (shift %d ms); pairing by %s (mean similarity %s)", fit, offset,
             best, ", ".join(f"{k} {v:.2f}" for k, v in quality.items()))
    return _pairs(source, target, candidates[best], best)


def mean_similarity(source, target, groups: list[list[int]], encoder) -> float:
    """Average cosine of each target cue with its group; unaligned cues count as 0."""
    texts = [" ".join(source[i].text for i in g) for g in groups]
    vectors = encoder.encode([t.text for t in target] + texts)
    t_vec, s_vec = vectors[: len(target)], vectors[len(target):]
    sims = [float(t_vec[j] @ s_vec[j]) if g else 0.0 for j, g in enumerate(groups)]
    return sum(sims) / len(sims)


def _pairs(source, target, groups: list[list[int]], method: str) -> list[AlignedPair]:
    return [AlignedPair(t, tuple(source[i] for i in g), method if g else "none")
            for t, g in zip(target, groups)]


def _overlaps(source: Sequence[Cue], target: Sequence[Cue], offset: int):
    """Yield (target j, source i, overlap ms) for every overlapping pair; target shifted by -offset."""
    s_start = np.array([c.start for c in source])
    s_end = np.array([c.end for c in source])
    order = np.argsort(s_start, kind="stable")
    sorted_start = s_start[order]
    # Sources are sorted by start; any source overlapping [a, b) starts before b, and since
    # cue lengths are bounded the ones that also end after a are close before that point.
    longest = int((s_end - s_start).max(initial=0))
    for j, t in enumerate(target):
        a, b = t.start - offset, t.end - offset
        lo = np.searchsorted(sorted_start, a - longest, side="left")
        hi = np.searchsorted(sorted_start, b, side="left")
        for k in range(lo, hi):
            i = int(order[k])
            ov = min(b, int(s_end[i])) - max(a, int(s_start[i]))
            if ov > 0:
                yield j, i, ov


def align_by_time(source: Sequence[Cue], target: Sequence[Cue],
                  offset: int = 0) -> tuple[list[list[int]], float]:
    """Groups of source indices per target cue, and the share of target time they cover."""
    groups: list[set[int]] = [set() for _ in target]
    best_target: dict[int, tuple[int, int]] = {}
    covered = [0] * len(target)
    for j, i, ov in _overlaps(source, target, offset):
        s, t = source[i], target[j]
        if ov >= CONTAINMENT * max(s.duration, 1) or ov >= CONTAINMENT * max(t.duration, 1):
            groups[j].add(i)
            covered[j] += ov
        if i not in best_target or ov > best_target[i][1]:
            best_target[i] = (j, ov)
    for i, (j, _) in best_target.items():
        if i not in groups[j]:
            groups[j].add(i)
    total = sum(max(t.duration, 0) for t in target) or 1
    fit = min(1.0, sum(covered) / total)
    return [sorted(g) for g in groups], fit


def estimate_offset(source: Sequence[Cue], target: Sequence[Cue],
                    candidates: int = 40) -> tuple[int, float]:
    """The constant shift (ms, target minus source) that best lines the files up, and its fit."""
    n, m = len(source), len(target)
    diffs: Counter[int] = Counter()
    for j, t in enumerate(target):
        centre = round(j * n / m)
        for i in range(max(0, centre - 8), min(n, centre + 9)):
            diffs[round((t.start - source[i].start) / 100) * 100] += 1
    best = (0, 0.0)
    for offset, _ in diffs.most_common(candidates):
        _, fit = align_by_time(source, target, offset)
        if fit > best[1]:
            best = (offset, fit)
    return best


def _window_texts(cues: Sequence[Cue]) -> tuple[list[str], dict[tuple[int, int], int]]:
    """Texts of every run of 1..MAX_GROUP consecutive cues, and (start, length) -> row."""
    texts: list[str] = []
    rows: dict[tuple[int, int], int] = {}
    for start in range(len(cues)):
        for length in range(1, MAX_GROUP + 1):
            if start + length > len(cues):
                break
            rows[(start, length)] = len(texts)
            texts.append(" ".join(c.text for c in cues[start:start + length]))
    return texts, rows


def align_by_embedding(source: Sequence[Cue], target: Sequence[Cue], encoder) -> list[list[int]]:
    """Monotonic many-to-many alignment maximising summed group similarity."""
    n, m = len(source), len(target)
    s_texts, s_rows = _window_texts(source)
    t_texts, t_rows = _window_texts(target)
    vectors = encoder.encode(s_texts + t_texts)
    s_vec, t_vec = vectors[: len(s_texts)], vectors[len(s_texts):]

    moves = [(a, b) for a in range(1, MAX_GROUP + 1) for b in range(1, MAX_GROUP + 1)
             if a == 1 or b == 1] + [(1, 0), (0, 1)]
    neg = -1e9
    score = np.full((n + 1, m + 1), neg)
    back: dict[tuple[int, int], tuple[int, int]] = {}
    score[0, 0] = 0.0
    band = max(BAND, abs(n - m) + 5)
    for i in range(n + 1):
        centre = round(i * m / n) if n else 0
        for j in range(max(0, centre - band), min(m, centre + band) + 1):
            if i == 0 and j == 0:
                continue
            best, arg = neg, None
            for a, b in moves:
                pi, pj = i - a, j - b
                if pi < 0 or pj < 0 or score[pi, pj] <= neg:
                    continue
                if a and b:
                    sim = float(s_vec[s_rows[(pi, a)]] @ t_vec[t_rows[(pj, b)]])
                    # Weight by the cues the step consumes, so every cue counts once
                    # whatever the grouping, and charge a little for each merge so that
                    # three honest 1:1 steps beat one 3:1 step of the same similarity.
                    gain = sim * (a + b) / 2 - 0.05 * (a + b - 2)
                else:
                    gain = -SKIP_PENALTY
                if score[pi, pj] + gain > best:
                    best, arg = score[pi, pj] + gain, (a, b)
            if arg is not None:
                score[i, j] = best
                back[(i, j)] = arg
    groups: list[list[int]] = [[] for _ in range(m)]
    i, j = n, m
    while (i, j) != (0, 0):
        a, b = back[(i, j)]
        for tj in range(j - b, j):
            groups[tj] = list(range(i - a, i))
        i, j = i - a, j - b
    return groups
